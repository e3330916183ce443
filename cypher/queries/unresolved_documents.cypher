// name: unresolved_documents
// Documents with at least one party whose name the gazetteer could not resolve (nodes
// stored with resolved = false by `relgraph load` without --strict), to review.
// :param limit => 100
//
// Returns no rows when every name was resolved, as in the example dataset.
MATCH (u)-[:SIGNED_AGREEMENT]->(d:Document)
WHERE u.resolved = false
WITH d, collect(DISTINCT u.name) AS unresolved, collect(DISTINCT u.id) AS unresolved_ids
MATCH (party)-[:SIGNED_AGREEMENT]->(d)
RETURN d.id AS document_id, d.title AS title, d.date AS date, unresolved,
       collect(DISTINCT party.name) AS parties, unresolved_ids
ORDER BY date IS NULL, date, title
LIMIT $limit
