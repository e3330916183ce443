"""The CLI run in-process against the session's embedded server."""

from click.testing import CliRunner

from relgraph.cli import cli


def invoke(bolt_args, *args):
    """Run ``relgraph *args`` with ``bolt_args`` (options, environment) of a server."""
    opts, env = bolt_args
    return CliRunner().invoke(cli, [*opts, *args], env=env)
