"""Example datasets (folders of sheets), installed as ``relgraph.examples`` so that
``relgraph demo`` finds them after a plain ``pip install``."""
