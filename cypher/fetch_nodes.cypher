// name: fetch_nodes
// Every node of one label with its properties, packed into one record (a list of
// property maps): the driver then decodes one record instead of one per node, which is
// most of a fetch's time. Labels with more nodes than fit one record are read with
// stream_nodes instead.
MATCH (n:{{label}})
RETURN collect(properties(n)) AS nodes
