// name: fetch_relationships
// Every relationship with its type, ends and properties, optionally only some types
// and only ties dated within a year range (undated ties are always returned).
// $types: [type] or null; $year_from, $year_to: integer or null
MATCH (a)-[r]->(b)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($year_from IS NULL OR r.year IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year IS NULL OR r.year <= $year_to)
RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS props
