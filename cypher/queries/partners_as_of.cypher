// name: partners_as_of
// A party's partners as of a year: ties dated up to that year that had not ended by
// then, one row per partner with its tie types, the first year and the number of ties.
// :param id => 'city:by:minsk'
// :param year => 2010
//
// The same rule as `relgraph centrality --as-of`: undated ties are kept; an ended
// twinning is dropped; a document is dropped once ended (valid_to before the year, or
// status expired/terminated without valid_to). A document's year is its own, else
// valid_from's, else the signature's. The party's labels let Neo4j find it through the
// per-label id constraints (one index seek per label) instead of reading every node.
MATCH (p:Country|Region|City|Company|Organization {id: $id})
CALL (p) {
  MATCH (p)-[r:TWINNED_WITH]-(q)
  WHERE coalesce(r.status, '') <> 'ended'
  RETURN q, 'TWINNED_WITH' AS tie, r.year AS year
  UNION ALL
  MATCH (p)-[s:SIGNED_AGREEMENT]->(d:Document)<-[t:SIGNED_AGREEMENT]-(q)
  WHERE q <> p
    AND NOT (CASE WHEN d.valid_to IS NOT NULL
                  THEN toInteger(substring(d.valid_to, 0, 4)) < $year
                  ELSE coalesce(d.status, '') IN ['expired', 'terminated'] END)
  // One tie per co-signed document; undated documents take the later signature.
  WITH q, d, max(s.year) AS ys, max(t.year) AS yt
  RETURN q, 'SIGNED_AGREEMENT' AS tie,
         coalesce(d.year, toInteger(substring(d.valid_from, 0, 4)),
                  CASE WHEN ys IS NULL OR yt > ys THEN yt ELSE ys END) AS year
  UNION ALL
  MATCH (p)-[r:SUPPLIES_TO]-(q)
  RETURN q, 'SUPPLIES_TO' AS tie, r.year AS year
}
WITH q, tie, year
WHERE year IS NULL OR year <= $year
RETURN q.id AS partner_id, q.name AS partner, labels(q)[0] AS kind,
       q.country AS country, collect(DISTINCT tie) AS ties, min(year) AS since,
       count(*) AS count
ORDER BY since IS NULL, since, partner
