// name: fetch_nodes
// Every node with its label and properties, optionally only some labels.
// $labels: [label] or null
MATCH (n)
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
RETURN labels(n) AS labels, properties(n) AS props
