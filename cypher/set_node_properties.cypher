// name: set_node_properties
// Set properties on existing nodes of one label (e.g. centrality scores written back).
// $rows: [{id, props}]
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
SET n += row.props
RETURN count(*) AS count
