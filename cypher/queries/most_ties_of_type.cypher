// name: most_ties_of_type
// Parties with the most relationships of one type (TWINNED_WITH, SIGNED_AGREEMENT,
// SUPPLIES_TO or LOCATED_IN), either direction, most first.
// :param type => 'TWINNED_WITH'
// :param limit => 10
//
// For SIGNED_AGREEMENT the count is signatures (a party signing one document through
// two bodies counts twice); `partners` counts the distinct nodes at the other end.
MATCH (p)-[r]-(q)
WHERE type(r) = $type AND NOT p:Document AND NOT p:Source
RETURN p.id AS id, p.name AS name, labels(p)[0] AS kind, p.country AS country,
       count(r) AS ties, count(DISTINCT q) AS partners
ORDER BY ties DESC, name
LIMIT $limit
