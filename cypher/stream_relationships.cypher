// name: stream_relationships
// Every relationship of one type, one record each (for types too large for
// fetch_relationships' single record), optionally only ties dated within a year range.
// $year_from, $year_to: integer or null
MATCH (a)-[r:{{type}}]->(b)
WHERE ($year_from IS NULL OR r.year IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year IS NULL OR r.year <= $year_to)
RETURN a.id AS start, b.id AS end, properties(r) AS props
