// name: fetch_relationships
// Every relationship of one type, packed into one record: a list of
// [start id, end id, properties]; optionally only ties dated within a year range
// (undated ties are always returned). Types with more relationships than fit one
// record are read with stream_relationships instead.
// $year_from, $year_to: integer or null
MATCH (a)-[r:{{type}}]->(b)
WHERE ($year_from IS NULL OR r.year IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year IS NULL OR r.year <= $year_to)
RETURN collect([a.id, b.id, properties(r)]) AS relationships
