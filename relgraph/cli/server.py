"""``relgraph server start|stop|status|reset-password``: the embedded ArcadeDB server."""

from __future__ import annotations

import click

from relgraph.cli.common import emit, output_options, settings_from_context
from relgraph.graph.output import Result
from relgraph.graph.server import EmbeddedServer


@click.group()
def server():
    """Start, stop or inspect the embedded database server.

    Commands on a data folder share one server: the first starts it, the others use
    it, and it stops once no command has used it for RELGRAPH_SERVER_IDLE seconds
    (default 300; 0: when the last command using it ends). `start` keeps it running
    until `stop`; `stop` always stops it.
    """


def _server() -> EmbeddedServer:
    return EmbeddedServer(settings_from_context().data_dir.absolute())


@server.command()
@output_options
def start(fmt):
    """Start the embedded server (or keep the running one) until `relgraph server stop`."""
    srv = _server()
    status = srv.start(detached=True)
    emit(Result([status.as_row()], title="relgraph server running"), fmt)


@server.command()
@output_options
def stop(fmt):
    """Stop the embedded server of the data folder, whoever uses it."""
    srv = _server()
    # A folder that does not exist runs no server; asking must not create it.
    stopped = srv.stop() if srv.data_dir.is_dir() else False
    emit(Result([{"stopped": stopped, "data_dir": str(srv.data_dir)}],
                notes=[] if stopped else ["no server was running"]), fmt)


@server.command()
@output_options
def status(fmt):
    """Show whether the embedded server runs, and where."""
    emit(Result([_server().status().as_row()]), fmt)


@server.command("reset-password")
@output_options
def reset_password(fmt):
    """Give the embedded database a new root password (the data stays).

    For a password file that was lost, changed, or readable by others. The server is
    stopped first; no command may be using it.
    """
    srv = _server()
    srv.reset_password()
    emit(Result([{"data_dir": str(srv.data_dir), "password_file": str(srv.password_file)}],
                notes=["a new password was written; the next command starts the server "
                       "with it"]), fmt)
