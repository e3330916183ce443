// name: supplies_of_goods
// Supplies whose goods mention a word (case-insensitive), with supplier, recipient,
// year, value and status.
// :param word => 'tractor'
MATCH (s)-[r:SUPPLIES_TO]->(t)
WHERE toLower(coalesce(r.goods, '')) CONTAINS toLower($word)
RETURN s.name AS supplier, t.name AS recipient, r.goods AS goods, r.date AS date,
       r.year AS year, r.value_usd AS value_usd, r.status AS status,
       s.id AS supplier_id, t.id AS recipient_id
ORDER BY year IS NULL, year, supplier, recipient
