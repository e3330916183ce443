"""Cypher statements, one per file, shipped as package data and loaded by name.

See graph/statements.py for the loader and the header format.
"""
