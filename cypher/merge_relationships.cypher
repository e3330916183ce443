// name: merge_relationships
// Merge a batch of relationships of one type that were not stored when the load looked,
// with their properties (MERGE rather than CREATE: no key constraint would stop two
// concurrent loads from both creating one). Returns how many rows found both ends, so
// the caller can check that none was lost. $rows: [{id, start, end, props}]
UNWIND $rows AS row
MATCH (a:{{start_label}} {id: row.start})
MATCH (b:{{end_label}} {id: row.end})
MERGE (a)-[r:{{type}} {id: row.id}]->(b)
SET r += row.props
RETURN count(*) AS count
