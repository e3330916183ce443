"""The ``relgraph`` command: a thin skin over the library.

Each command parses options, calls one library function and hands the result to the
formatter in relgraph.graph.output. Domain errors (relgraph.graph.errors) become a one-line
message with a hint and exit code 1 (2 for bad input); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import sys

import click

from relgraph import __version__
from relgraph.graph.connection import Settings
from relgraph.graph.errors import RelgraphError, ValidationError


class RelgraphGroup(click.Group):
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
        more = getattr(error, "more", 0)
        if more:
            click.echo(f"... and {more:,} more problem(s) not listed", err=True)
        click.echo(f"Error: {len(error.problems) + more:,} problem(s); nothing was written.",
                   err=True)
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
    ctx.obj = Settings.from_env(uri=uri, user=user, password=password, database=database,
                                data_dir=data_dir)


def _register() -> None:
    from relgraph.cli import centrality, database, export, extract, load, partners, render, server
    cli.add_command(server.server)
    cli.add_command(database.stats)
    cli.add_command(database.query)
    cli.add_command(load.load)
    cli.add_command(load.resolve)
    cli.add_command(load.demo)
    cli.add_command(extract.extract)
    cli.add_command(render.render)
    cli.add_command(centrality.centrality)
    cli.add_command(partners.partners)
    cli.add_command(partners.timeline)
    cli.add_command(export.export)


_register()


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="relgraph")


if __name__ == "__main__":   # pragma: no cover
    sys.exit(main())
