// name: diff_relationships
// For each row of a relationship upsert, whether it would create a relationship or
// change one; unchanged rows are not returned. $rows: [{id, start, end, props}]
UNWIND $rows AS row
OPTIONAL MATCH (:{{start_label}} {id: row.start})-[old:{{type}} {id: row.id}]->(:{{end_label}} {id: row.end})
WITH row, CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome
WHERE outcome <> 'unchanged'
RETURN row.id AS id, outcome
