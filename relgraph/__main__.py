"""``python -m relgraph`` runs the relgraph command."""

from relgraph.cli import main

main()
