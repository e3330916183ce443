// name: diff_nodes
// For each row of a node upsert, whether it would create a node or change one;
// rows that would leave a node as it is are not returned, so they need no write.
// $rows: [{id, props}]
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
WHERE outcome <> 'unchanged'
RETURN row.id AS id, outcome
