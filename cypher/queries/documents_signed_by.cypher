// name: documents_signed_by
// Documents a party signed in a period (years, bounds included; null leaves a bound
// open), with the signing bodies and the other parties.
// :param id => 'city:by:minsk'
// :param year_from => 2000
// :param year_to => 2019
//
// The year is the document's, or the signature's when the document has none. Undated
// documents are listed only when both bounds are null.
// The party's labels let Neo4j find it through the per-label id constraints (one
// index seek per label) instead of reading every node.
MATCH (p:Country|Region|City|Company|Organization {id: $id})-[s:SIGNED_AGREEMENT]->(d:Document)
WITH p, d, s, coalesce(d.year, s.year) AS year
WHERE ($year_from IS NULL OR year >= $year_from)
  AND ($year_to IS NULL OR year <= $year_to)
OPTIONAL MATCH (d)<-[:SIGNED_AGREEMENT]-(other)
WHERE other <> p
RETURN d.id AS document_id, d.title AS title, d.kind AS kind,
       coalesce(d.date, s.date) AS date, year, d.status AS status,
       collect(DISTINCT s.body) AS bodies, collect(DISTINCT other.name) AS other_parties
ORDER BY year IS NULL, year, date, title
