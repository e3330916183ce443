// name: find_party
// Parties (countries, regions, cities, companies, organisations) whose name or an alias
// contains a text (case-insensitive): the ids the other queries take.
// :param text => 'gomel'
MATCH (n)
WHERE NOT n:Document AND NOT n:Source
  AND (toLower(n.name) CONTAINS toLower($text)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)))
RETURN n.id AS id, n.name AS name, labels(n)[0] AS kind, n.country AS country,
       coalesce(n.resolved, true) AS resolved
ORDER BY kind, name
