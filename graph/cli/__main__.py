"""``python -m graph.cli`` runs the relgraph command."""

from graph.cli import main

main()
