// name: relations_citing_source
// Every relationship that cites a source (by its id), to check what rests on it.
// :param source => 'source:belta-2017-sudan-tractor-assembly'
MATCH (a)-[r]->(b)
WHERE $source IN coalesce(r.sources, [])
RETURN type(r) AS type, a.name AS start_node, b.name AS end_node, r.date AS date,
       r.goods AS goods, a.id AS start_id, b.id AS end_id
ORDER BY type, date, start_node, end_node
