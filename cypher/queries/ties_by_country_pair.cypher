// name: ties_by_country_pair
// Ties per pair of countries (a matrix in long form): twinnings, co-signed documents
// and supplies between parties of the two countries, most first.
// :param countries => null
//
// Pairs are unordered (country_a <= country_b; a supply counts for its pair whichever
// way it goes) and a document counts once per pair of its co-signatories. `countries`
// (e.g. ["BY"]) keeps pairs with at least one of them; null keeps all.
CALL () {
  MATCH (a)-[r:TWINNED_WITH|SUPPLIES_TO]->(b)
  RETURN a.country AS ca, b.country AS cb, type(r) AS tie
  UNION ALL
  MATCH (a)-[:SIGNED_AGREEMENT]->(d:Document)<-[:SIGNED_AGREEMENT]-(b)
  WHERE a.id < b.id
  WITH DISTINCT a, b, d
  RETURN a.country AS ca, b.country AS cb, 'SIGNED_AGREEMENT' AS tie
}
WITH tie, CASE WHEN ca <= cb THEN ca ELSE cb END AS country_a,
     CASE WHEN ca <= cb THEN cb ELSE ca END AS country_b
WHERE country_a IS NOT NULL AND country_b IS NOT NULL
  AND ($countries IS NULL OR country_a IN $countries OR country_b IN $countries)
RETURN country_a, country_b,
       sum(CASE WHEN tie = 'TWINNED_WITH' THEN 1 ELSE 0 END) AS twinnings,
       sum(CASE WHEN tie = 'SIGNED_AGREEMENT' THEN 1 ELSE 0 END) AS agreements,
       sum(CASE WHEN tie = 'SUPPLIES_TO' THEN 1 ELSE 0 END) AS supplies,
       count(*) AS ties
ORDER BY ties DESC, country_a, country_b
