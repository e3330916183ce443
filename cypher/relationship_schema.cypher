// name: relationship_schema
// A uniqueness constraint on `id` for one relationship type, for servers whose MERGE
// does not stop two concurrent transactions from both creating one relationship (the
// embedded ArcadeDB server merges concurrent appends to a node's edge list at commit).
// With it, the second creation is refused at commit and its batch runs again.
// {{type}} is filled from the schema allow-list, never from user input.
CREATE CONSTRAINT {{type_lower}}_id IF NOT EXISTS FOR ()-[r:{{type}}]-() REQUIRE r.id IS UNIQUE
