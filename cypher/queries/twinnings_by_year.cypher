// name: twinnings_by_year
// Twinning pairs by the year the tie began, with status and the founding document.
// :param year_from => 1990
// :param year_to => 2019
//
// A bound set to null is open; undated twinnings are listed (last) only when both
// bounds are null.
MATCH (a)-[r:TWINNED_WITH]->(b)
WHERE ($year_from IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year <= $year_to)
OPTIONAL MATCH (d:Document {id: r.document_id})
RETURN r.year AS year, coalesce(r.since, r.date) AS since, a.name AS twin_a,
       a.country AS country_a, b.name AS twin_b, b.country AS country_b, r.status AS status,
       d.title AS document, a.id AS id_a, b.id AS id_b, r.sources AS sources
ORDER BY year IS NULL, year, since, twin_a, twin_b
