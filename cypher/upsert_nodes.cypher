// name: upsert_nodes
// Merge a batch of nodes of one label on their id and set the given properties
// (a property given as null is removed). $rows: [{id, props}]
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props
RETURN count(*) AS count
