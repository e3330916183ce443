// name: merge_relationships
// Merge a batch of relationships of one type that were not stored when the load looked,
// with their properties (MERGE rather than CREATE: Neo4j has no constraint on
// relationship ids here, and its MERGE locks both ends so that two concurrent loads do
// not both create one; on the embedded server relationship_schema's constraint refuses
// the second, whose batch then runs again as upsert_relationships). Returns how many
// rows found both ends, so the caller can check that none was lost.
// $rows: [{id, start, end, props}]
UNWIND $rows AS row
MATCH (a:{{start_label}} {id: row.start})
MATCH (b:{{end_label}} {id: row.end})
MERGE (a)-[r:{{type}} {id: row.id}]->(b)
SET r += row.props
RETURN count(*) AS count
