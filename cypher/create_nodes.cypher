// name: create_nodes
// Create a batch of nodes of one label that were not stored when the load looked, with
// their properties. The key constraint refuses an id another load created meanwhile:
// the batch then rolls back and is merged with upsert_nodes instead.
// Returns how many nodes it created. $rows: [{id, props}]
UNWIND $rows AS row
CREATE (n:{{label}} {id: row.id})
SET n += row.props
RETURN count(*) AS count
