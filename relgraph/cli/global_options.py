"""The root group's options (``--data-dir``, ``--uri``, ``--debug`` ...) accepted after
the subcommand too, and listed in its help.

``relgraph stats --data-dir other/`` reads as naturally as ``relgraph --data-dir other/
stats``; both work. Each command gets a copy of every root option (same names, type and
help; no environment variable, which the root option already reads) whose value, when
given, replaces the root's before the command runs. The copies are made from the root
group's own options, so an option added there is accepted everywhere.
"""

from __future__ import annotations

import logging

import click

#: The connection settings among the root options, as ``Settings.from_env`` takes them.
SETTINGS = ("uri", "user", "password", "database", "data_dir")


def _is_global(param: click.Parameter) -> bool:
    return getattr(param, "relgraph_global", False)


def _copy(option: click.Option) -> click.Option:
    """``option`` for a subcommand: same names, type and help; sets the root's value."""
    kwargs = dict(help=option.help, metavar=option.metavar, hidden=option.hidden,
                  expose_value=False, callback=_set_on_root)
    if option.is_flag:
        kwargs.update(is_flag=True, default=False)
    else:
        kwargs.update(type=option.type, default=None)
    copy = click.Option([option.name, *option.opts], **kwargs)
    copy.relgraph_global = True
    return copy


def _set_on_root(ctx: click.Context, param: click.Parameter, value) -> None:
    if value is None or value is False:     # not given after the subcommand
        return
    from relgraph.graph.connection import Settings
    root = ctx.find_root()
    root.params[param.name] = value
    if param.name in SETTINGS:
        root.obj = Settings.from_env(**{k: root.params.get(k) for k in SETTINGS})
    if param.name == "debug":
        logging.getLogger("neo4j").setLevel(logging.NOTSET)


def accept_global_options(command: click.Command, root: click.Group, before_run=None) -> None:
    """Give ``command`` (and, for a group, each of its subcommands) copies of ``root``'s
    options; ``before_run(ctx)`` runs once a leaf command's options are parsed."""
    if getattr(command, "relgraph_globals_added", False):
        return
    command.relgraph_globals_added = True
    own = {opt for p in command.params for opt in getattr(p, "opts", ())}
    for option in root.params:
        if (isinstance(option, click.Option) and option.name not in ("version", "help")
                and not own.intersection(option.opts)):
            command.params.append(_copy(option))
    command.format_options = lambda ctx, formatter: _format_options(command, ctx, formatter)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_global_options(sub, root, before_run)
    elif before_run is not None:
        invoke = command.invoke

        def run(ctx: click.Context):
            before_run(ctx)
            return invoke(ctx)
        command.invoke = run


def _format_options(command: click.Command, ctx: click.Context,
                    formatter: click.HelpFormatter) -> None:
    """The command's own options, then the global ones under their own heading."""
    own, shared = [], []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None:
            (shared if _is_global(param) else own).append(record)
    if own:
        with formatter.section("Options"):
            formatter.write_dl(own)
    if shared:
        with formatter.section("Global options (before or after the command)"):
            formatter.write_dl(shared)
    if isinstance(command, click.Group):
        command.format_commands(ctx, formatter)
