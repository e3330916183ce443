"""relgraph's graph layer: schema, records, the store over Bolt, the embedded server
and analytics. It builds on :mod:`relgraph.cypher` only; loaders, views and the
command line build on it."""
