// name: suppliers_of
// Who supplies a party, what and when: one row per supply, oldest first (undated last).
// :param id => 'region:ru:chechnya'
//
// The party's labels let Neo4j find it through the per-label id constraints (one
// index seek per label) instead of reading every node.
MATCH (s)-[r:SUPPLIES_TO]->(p:Country|Region|City|Company|Organization {id: $id})
RETURN s.id AS supplier_id, s.name AS supplier, labels(s)[0] AS kind,
       s.country AS country, r.goods AS goods, r.date AS date, r.year AS year,
       r.value_usd AS value_usd, r.status AS status, r.sources AS sources
ORDER BY year IS NULL, year, date, supplier
