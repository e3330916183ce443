"""The ``relgraph`` command: a thin skin over the library.

Each command parses options, calls one library function and hands the result to the
formatter in relgraph.graph.output. Domain errors (relgraph.graph.errors) become a one-line
message with a hint and exit code 1 (2 for bad input); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import logging
import sys
from importlib import import_module

import click

from relgraph import __version__
from relgraph.graph.connection import Settings
from relgraph.graph.errors import RelgraphError, ValidationError

# Command name -> "module:attribute". A command's module is imported only when that
# command runs (or help lists it), so `relgraph --version` imports none of them and no
# command pays for another's imports. Command modules import their heavy libraries
# (networkx, scipy, matplotlib, pyvis, the neo4j driver) inside the functions that use
# them; tests/cli/test_startup.py checks it.
COMMANDS = {
    "server": "relgraph.cli.server:server",
    "stats": "relgraph.cli.database:stats",
    "query": "relgraph.cli.database:query",
    "load": "relgraph.cli.load:load",
    "resolve": "relgraph.cli.load:resolve",
    "demo": "relgraph.cli.load:demo",
    "extract": "relgraph.cli.extract:extract",
    "render": "relgraph.cli.render:render",
    "centrality": "relgraph.cli.centrality:centrality",
    "partners": "relgraph.cli.partners:partners",
    "timeline": "relgraph.cli.partners:timeline",
    "export": "relgraph.cli.export:export",
}


class RelgraphGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            module, attribute = COMMANDS[name].split(":")
            self.add_command(getattr(import_module(module), attribute), name)
        return self.commands.get(name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RelgraphError as e:
            if ctx.params.get("debug"):
                raise
            report_error(e)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


def report_error(error: RelgraphError) -> None:
    if isinstance(error, ValidationError):
        for problem in error.problems:
            click.echo(str(problem), err=True)
        click.echo(f"Error: {len(error.problems)} problem(s); nothing was written.", err=True)
    else:
        click.echo(f"Error: {error}", err=True)
    if error.hint:
        click.echo(f"Hint: {error.hint}", err=True)


@click.group(cls=RelgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="relgraph")
@click.option("--uri", envvar="NEO4J_URI", metavar="URI",
              help="Bolt URI of a Neo4j server (env NEO4J_URI). Without it, the embedded "
                   "server of the data folder is used.")
@click.option("--user", envvar="NEO4J_USERNAME", help="User name (env NEO4J_USERNAME).")
@click.option("--password", envvar="NEO4J_PASSWORD",
              help="Password (env NEO4J_PASSWORD; prefer the variable).")
@click.option("--database", envvar="NEO4J_DATABASE",
              help="Database name (env NEO4J_DATABASE).")
@click.option("--data-dir", envvar="RELGRAPH_HOME", type=click.Path(file_okay=False),
              help="Data folder of the embedded server (env RELGRAPH_HOME; default .relgraph).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx, uri, user, password, database, data_dir, debug):
    """relgraph: a graph database of interregional relations.

    Load sheets and texts about twin cities, agreements and supplies, query them with
    Cypher, rank partners, and render partner-network views for articles.
    """
    if not debug:
        # The driver logs each transaction it retries (two loads writing the same nodes
        # at once); the retry is routine, so say nothing unless asked.
        logging.getLogger("neo4j").setLevel(logging.ERROR)
    ctx.obj = Settings.from_env(uri=uri, user=user, password=password, database=database,
                                data_dir=data_dir)



def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="relgraph")


if __name__ == "__main__":   # pragma: no cover
    sys.exit(main())
