// name: top_by_centrality
// Parties ranked by a centrality score written back with `relgraph centrality --write`
// (betweenness, degree, strength, closeness, eigenvector, pagerank), highest first.
// :param measure => 'betweenness'
// :param limit => 20
//
// Parties without the score (never written, or outside that run's projection) come
// last with a null score, so before the first --write this lists parties by name.
MATCH (n)
WHERE NOT n:Document AND NOT n:Source
WITH n, n[$measure] AS score
RETURN n.id AS id, n.name AS name, labels(n)[0] AS kind, n.country AS country, score
ORDER BY score IS NULL, score DESC, name
LIMIT $limit
