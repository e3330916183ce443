// name: upsert_relationships
// Merge a batch of relationships of one type between existing nodes, keyed by the
// relationship's id, and set the given properties: a changed relationship is updated
// in place, an unchanged one is not written, a new one is merged (MERGE rather than
// CREATE, as in merge_relationships). Returns the outcome counts; rows whose ends are
// missing are not counted, so the caller can check that none was lost.
// $rows: [{id, start, end, props}]
UNWIND $rows AS row
MATCH (a:{{start_label}} {id: row.start})
MATCH (b:{{end_label}} {id: row.end})
OPTIONAL MATCH (a)-[old:{{type}} {id: row.id}]->(b)
WITH row, a, b, old, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END |
    MERGE (a)-[r:{{type}} {id: row.id}]->(b)
    SET r += row.props)
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END |
    SET old += row.props)
RETURN outcome, count(*) AS count
