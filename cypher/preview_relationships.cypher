// name: preview_relationships
// What upsert_relationships would do to each row, without writing.
// $rows: [{id, start, end, props}]
UNWIND $rows AS row
OPTIONAL MATCH (:{{start_label}} {id: row.start})-[old:{{type}} {id: row.id}]->(:{{end_label}} {id: row.end})
RETURN CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome, count(*) AS count
