"""The ``relgraph`` command: a thin skin over the library.

Each command parses options, calls one library function and hands the result to the
formatter in relgraph.graph.output. Domain errors (relgraph.graph.errors) become a one-line
message with a hint and exit code 1 (2 for bad input); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import logging
import sys
import traceback
import warnings
from importlib import import_module

import click

from relgraph.cli.global_options import accept_global_options
from relgraph.graph.connection import Settings
from relgraph.graph.errors import RelgraphError, RelgraphWarning, ValidationError

# Command name -> "module:attribute". A command's module is imported only when that
# command runs (or help lists it), so `relgraph --version` imports none of them and no
# command pays for another's imports. Command modules import their heavy libraries
# (networkx, scipy, matplotlib, pyvis, the neo4j driver) inside the functions that use
# them; tests/cli/test_startup.py checks it.
COMMANDS = {
    "server": "relgraph.cli.server:server",
    "stats": "relgraph.cli.database:stats",
    "query": "relgraph.cli.database:query",
    "migrate-ids": "relgraph.cli.database:migrate_ids",
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
            command = getattr(import_module(module), attribute)
            accept_global_options(command, self, before_run=_before_run)
            self.add_command(command, name)
        return self.commands.get(name)

    def invoke(self, ctx: click.Context):
        with warnings.catch_warnings():
            warnings.simplefilter("always", RelgraphWarning)
            warnings.showwarning = _show_warning
            try:
                return super().invoke(ctx)
            except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
                raise
            except BrokenPipeError:
                # The reader went away (`relgraph extract ... | head`): no error of ours.
                # Click's own handler quiets the streams and exits without a message.
                raise
            except RelgraphError as e:
                if ctx.params.get("debug"):
                    _echo_traceback(e)
                report_error(e)
                ctx.exit(e.exit_code)
            except KeyboardInterrupt:
                click.echo("Interrupted.", err=True)
                ctx.exit(130)
            except Exception as e:
                # Not an error relgraph raises on purpose: a bug, or a library failing
                # in a way nobody foresaw. Never shown unscrubbed (a driver's message can
                # hold a URI with its password).
                if ctx.params.get("debug"):
                    _echo_traceback(e)
                click.echo(_scrub(f"Error: unexpected {type(e).__name__}: {e}"), err=True)
                click.echo("Hint: run the command again with --debug to see where, and "
                           "report it", err=True)
                ctx.exit(1)


def _scrub(text: str) -> str:
    """``text`` without any secret this process knows (see relgraph.graph.redact)."""
    from relgraph.graph.redact import Redactor, known_secrets
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    settings = obj if isinstance(obj, Settings) else None
    secrets = known_secrets(password=settings.password if settings else None,
                            uri=settings.uri if settings else None,
                            data_dir=settings.data_dir if settings else None)
    return Redactor(secrets).scrub(text)


def _echo_traceback(error: BaseException) -> None:
    click.echo(_scrub("".join(traceback.format_exception(error))).rstrip("\n"), err=True)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, RelgraphWarning):
        click.echo(_scrub(f"warning: {message}"), err=True)
    else:
        click.echo(_scrub(warnings.formatwarning(message, category, filename, lineno, line)),
                   err=True, nl=False)


def report_error(error: RelgraphError) -> None:
    if isinstance(error, ValidationError):
        for problem in error.problems:
            click.echo(_scrub(str(problem)), err=True)
        more = getattr(error, "more", 0)
        if more:
            click.echo(f"... and {more:,} more problem(s) not listed", err=True)
        click.echo(f"Error: {len(error.problems) + more:,} problem(s); nothing was written.",
                   err=True)
    else:
        click.echo(_scrub(f"Error: {error}"), err=True)
    if error.hint:
        click.echo(_scrub(f"Hint: {error.hint}"), err=True)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``, as click's own option prints it; the version is read only here
    (see relgraph.__version__)."""
    if not value or ctx.resilient_parsing:
        return
    import relgraph
    click.echo(f"relgraph, version {relgraph.__version__}", color=ctx.color)
    ctx.exit()


@click.group(cls=RelgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_show_version, help="Show the version and exit.")
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
@click.option("--verbose", "-v", is_flag=True,
              help="Show every setting of the run under the table (--format json always "
                   "has them).")
@click.pass_context
def cli(ctx, uri, user, password, database, data_dir, debug, verbose):
    """relgraph: a graph database of interregional relations.

    Load sheets and texts about twin cities, agreements and supplies, query them with
    Cypher, rank partners, and render partner-network views for articles.
    """
    if not debug:
        # The driver logs each transaction it retries (two loads writing the same nodes
        # at once), and each connection it loses; the retry is routine and a lost
        # connection ends in an error of ours, so say nothing unless asked.
        logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    ctx.obj = Settings.from_env(uri=uri, user=user, password=password, database=database,
                                data_dir=data_dir)


def _before_run(ctx: click.Context) -> None:
    """Once a command's options are parsed (a --data-dir after it counts)."""
    settings = ctx.find_root().obj
    if isinstance(settings, Settings):
        _warn_unfinished(settings)


def _warn_unfinished(settings: Settings) -> None:
    """Every command says so while a load into its database is unfinished."""
    from relgraph.loaders.unfinished import FILE, Journal
    if (settings.data_dir / FILE).exists():
        for message in Journal(settings.data_dir, settings.describe()).warnings():
            warnings.warn(message, RelgraphWarning, stacklevel=2)



def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="relgraph")


if __name__ == "__main__":   # pragma: no cover
    sys.exit(main())
