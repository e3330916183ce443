// name: rename_node_id
// Rename nodes of one label: each row's node `old` takes the id `new`, unless a node
// of the label already holds `new` (then nothing is written for that row). Used to
// move a stored graph to ids the gazetteer re-issued (former_ids.csv). Returns one
// row per node found: its old and new id and whether it was renamed; an old id with
// no node returns nothing.
// $rows: [{old, new}]
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.old})
OPTIONAL MATCH (taken:{{label}} {id: row.new})
WITH n, row, taken IS NULL AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET n.id = row.new)
RETURN row.old AS old, row.new AS new, free AS renamed
