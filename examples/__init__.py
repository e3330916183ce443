"""Example datasets (folders of sheets), installed as ``loaders.examples`` so that
``relgraph demo`` finds them after a plain ``pip install``."""
