// name: duplicate_relationships
// Delete the exact copies of relationships of one type: same id, same ends and same
// properties as the copy that is kept, which is what concurrent loads of one input could
// leave before the type had its uniqueness constraint (which cannot be created while
// they remain). Copies that differ are kept, for the caller to report.
// Returns how many it deleted.
MATCH (a)-[r:{{type}}]->(b)
WHERE r.id IS NOT NULL
WITH a, b, r.id AS id, collect(r) AS copies
WHERE size(copies) > 1
WITH copies[0] AS kept, copies[1..] AS extras
UNWIND extras AS extra
WITH kept, extra
WHERE properties(extra) = properties(kept)
DELETE extra
RETURN count(*) AS deleted
