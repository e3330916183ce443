// name: schema
// A key constraint on `id` for one label; run once per label of the schema.
// {{label}} is filled from the schema allow-list, never from user input.
CREATE CONSTRAINT {{label_lower}}_id IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
