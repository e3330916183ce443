// name: partners_of
// Partners of a party: every tie (twinning, co-signed document, supply either way) with
// the partner, the document and the dates, oldest first (undated ties last).
// :param id => 'city:by:minsk'
//
// `role` says what the partner is to the party: twin, co-signatory, supplier (it
// supplies the party) or recipient (the party supplies it). A document signed by three
// parties gives each of the other two as a co-signatory. Find ids with find_party.
// The party's labels let Neo4j find it through the per-label id constraints (one
// index seek per label) instead of reading every node.
MATCH (p:Country|Region|City|Company|Organization {id: $id})
CALL (p) {
  MATCH (p)-[r:TWINNED_WITH]-(q)
  OPTIONAL MATCH (d:Document {id: r.document_id})
  RETURN q, 'TWINNED_WITH' AS tie, 'twin' AS role, coalesce(r.since, r.date) AS date,
         r.year AS year, r.status AS status, d.id AS document_id, d.title AS document,
         null AS goods, r.sources AS sources
  UNION ALL
  MATCH (p)-[s:SIGNED_AGREEMENT]->(d:Document)<-[:SIGNED_AGREEMENT]-(q)
  WHERE q <> p
  // One row per co-signed document, even when either side signed through two bodies.
  WITH q, d, collect(s) AS signatures
  RETURN q, 'SIGNED_AGREEMENT' AS tie, 'co-signatory' AS role,
         coalesce(d.date, signatures[0].date) AS date,
         coalesce(d.year, signatures[0].year) AS year, d.status AS status,
         d.id AS document_id, d.title AS document, null AS goods,
         coalesce(d.sources, signatures[0].sources) AS sources
  UNION ALL
  MATCH (p)-[r:SUPPLIES_TO]-(q)
  RETURN q, 'SUPPLIES_TO' AS tie,
         CASE WHEN startNode(r) = q THEN 'supplier' ELSE 'recipient' END AS role,
         r.date AS date, r.year AS year, r.status AS status, null AS document_id,
         null AS document, r.goods AS goods, r.sources AS sources
}
RETURN q.id AS partner_id, q.name AS partner, labels(q)[0] AS kind, q.country AS country,
       tie, role, date, year, status, document, goods, document_id, sources
ORDER BY year IS NULL, year, date, partner, tie
