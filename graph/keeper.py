"""``python -m relgraph.graph.keeper DATA_DIR``: the process that runs a data folder's
embedded server and stops it when no command has used it for the idle time.

Started by the first command that needs the server (see :mod:`relgraph.graph.server`),
in a session of its own so that the command's Ctrl-C or exit does not reach it.
"""

from __future__ import annotations

import argparse
import sys

from relgraph.graph.server import keep


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relgraph.graph.keeper")
    parser.add_argument("data_dir")
    parser.add_argument("--idle", type=float, required=True)
    parser.add_argument("--timeout", type=float, required=True)
    parser.add_argument("--detached", action="store_true")
    args = parser.parse_args(argv)
    return keep(args.data_dir, idle=args.idle, detached=args.detached, timeout=args.timeout)


if __name__ == "__main__":
    sys.exit(main())
