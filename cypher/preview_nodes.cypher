// name: preview_nodes
// What upsert_nodes would do to each row, without writing: created, updated or
// unchanged. $rows: [{id, props}]
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
RETURN CASE
    WHEN old IS NULL THEN 'created'
    WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]
             OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
    ELSE 'updated' END AS outcome, count(*) AS count
