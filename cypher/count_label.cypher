// name: count_label
// Number of nodes of one label.
MATCH (n:{{label}})
RETURN count(n) AS count
