// name: shortest_chain
// The shortest chain of ties (twinnings, signatures of shared documents, supplies)
// linking two parties: the path itself (`relgraph query` prints it as a chain,
// Minsk -[TWINNED_WITH 2010]- Bryansk -[...]- ..., Browser draws it), its length, and
// the tie types and ids along it.
// :param from_id => 'region:by:gomel'
// :param to_id => 'region:ru:chechnya'
//
// LOCATED_IN is not a tie, so it is not followed; a shared document is two steps
// (party -> document -> party). Chains longer than 12 steps are not searched. No row
// means the two parties are not linked. The parties' labels let Neo4j find them through
// the per-label id constraints (index seeks) instead of reading every node.
MATCH (a:Country|Region|City|Company|Organization {id: $from_id})
MATCH (b:Country|Region|City|Company|Organization {id: $to_id})
MATCH path = shortestPath((a)-[:TWINNED_WITH|SIGNED_AGREEMENT|SUPPLIES_TO*..12]-(b))
RETURN path AS chain, length(path) AS steps, [r IN relationships(path) | type(r)] AS ties,
       [n IN nodes(path) | n.id] AS ids
