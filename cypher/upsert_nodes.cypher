// name: upsert_nodes
// Merge a batch of nodes of one label on their id and set the given properties (a
// property given as null is removed). Each row's node is looked up once: a new id is
// created (the key constraint stops a concurrent load from creating it twice; the
// loser's batch is rolled back and run again), a changed node is updated in place,
// and an unchanged one is not written at all. Returns how many rows created a node,
// changed one, or left one as it was. $rows: [{id, props}]
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, old, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END |
    CREATE (n:{{label}} {id: row.id})
    SET n += row.props)
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END |
    SET old += row.props)
RETURN outcome, count(*) AS count
