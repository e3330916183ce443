"""``python -m relgraph.cli`` runs the relgraph command."""

from relgraph.cli import main

main()
