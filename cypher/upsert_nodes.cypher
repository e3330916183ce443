// name: upsert_nodes
// Merge a batch of nodes of one label on their id and set the given properties (a
// property given as null is removed). Rows that would change nothing are not written;
// returns how many rows created a node, changed one, or left one as it was.
// $rows: [{id, props}]
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |
    MERGE (n:{{label}} {id: row.id})
    SET n += row.props)
RETURN outcome, count(*) AS count
