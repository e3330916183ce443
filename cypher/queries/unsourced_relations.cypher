// name: unsourced_relations
// Relationships that cite no source (no `sources` or an empty list), optionally only
// some types; null means every type.
// :param types => null
//
// On the example dataset only LOCATED_IN ties taken from the gazetteer have no source;
// try ["TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"] to check the ties themselves.
MATCH (a)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.sources IS NULL OR size(r.sources) = 0)
RETURN type(r) AS type, a.name AS start_node, b.name AS end_node, a.id AS start_id,
       b.id AS end_id, r.id AS relationship_id, r.date AS date
ORDER BY type, start_node, end_node
