"""Loaders: read sheets and documents, resolve names through the gazetteer, emit records."""
