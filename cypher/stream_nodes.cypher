// name: stream_nodes
// Every node of one label with its properties, one record per node (for labels too
// large for fetch_nodes' single record).
MATCH (n:{{label}})
RETURN properties(n) AS props
