// name: upsert_relationships
// Merge a batch of relationships of one type between existing nodes, keyed by the
// relationship's id, and set the given properties. Endpoints are checked beforehand;
// the returned `count` per outcome lets the caller verify that every row was written.
// $rows: [{id, start, end, props}]
UNWIND $rows AS row
MATCH (a:{{start_label}} {id: row.start})
MATCH (b:{{end_label}} {id: row.end})
OPTIONAL MATCH (a)-[old:{{type}} {id: row.id}]->(b)
WITH row, a, b, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
MERGE (a)-[r:{{type}} {id: row.id}]->(b)
SET r += row.props
RETURN outcome, count(*) AS count
