// name: agreements_between_countries
// Documents signed by a region of one country together with a region of another, with
// the regions on each side (countries as ISO alpha-2 codes).
// :param country_a => 'BY'
// :param country_b => 'RU'
MATCH (a:Region)-[:SIGNED_AGREEMENT]->(d:Document)<-[:SIGNED_AGREEMENT]-(b:Region)
WHERE a.country = $country_a AND b.country = $country_b AND a <> b
RETURN d.id AS document_id, d.title AS title, d.kind AS kind, d.date AS date,
       d.status AS status, collect(DISTINCT a.name) AS regions_a,
       collect(DISTINCT b.name) AS regions_b
ORDER BY date IS NULL, date, title
