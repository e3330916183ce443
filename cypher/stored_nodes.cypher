// name: stored_nodes
// The stored nodes of one label among the given ids, packed into one record (a list of
// property maps, id included): an upsert reads what is stored first and then writes
// only the rows that are missing or differ. $ids: [id]
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN collect(properties(n)) AS nodes
