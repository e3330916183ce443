// name: count_nodes
// Number of nodes per label.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
