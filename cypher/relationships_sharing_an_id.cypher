// name: relationships_sharing_an_id
// Relationships of which more than one carries the same id, with how many and between
// which nodes: what stops a relationship type's uniqueness constraint from being created
// (copies left by loads that ran at once before the constraint existed). Optionally
// only some types; null means every type.
// :param types => null
MATCH (a)-[r]->(b)
WHERE r.id IS NOT NULL AND ($types IS NULL OR type(r) IN $types)
WITH type(r) AS type, r.id AS relationship_id,
     collect(a.id + ' -> ' + b.id) AS ends, count(*) AS copies
WHERE copies > 1
RETURN type, relationship_id, copies, ends
ORDER BY type, relationship_id
