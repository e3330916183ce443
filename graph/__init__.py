"""relgraph's graph layer: schema, records, store over Bolt, embedded server,
analytics and the command line."""

try:
    from importlib.metadata import version as _version
    __version__ = _version("relgraph")
except Exception:   # running from a source tree that was never installed
    __version__ = "0+unknown"
