// name: count_type
// Number of relationships of one type.
MATCH ()-[r:{{type}}]->()
RETURN count(r) AS count
