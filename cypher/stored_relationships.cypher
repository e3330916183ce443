// name: stored_relationships
// The stored relationships of one type among the given rows (id and both ends), packed
// into one record: a list of [start id, end id, properties]. An upsert reads what is
// stored first and then writes only the rows that are missing or differ.
// $rows: [{id, start, end}]
UNWIND $rows AS row
MATCH (a:{{start_label}} {id: row.start})-[r:{{type}} {id: row.id}]->(b:{{end_label}} {id: row.end})
RETURN collect([a.id, b.id, properties(r)]) AS relationships
