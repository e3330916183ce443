// name: existing_ids
// Which of the given ids exist as nodes of one label. $ids: [id]
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id
