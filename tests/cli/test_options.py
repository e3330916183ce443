"""The same thing has the same name and the same case rules in every command.

Walks the whole command tree: every command and option has help, every argument is
explained in its command's help, the root's options are accepted after every
subcommand (and listed in its help), relation types are ``--rel`` everywhere (``--type``
only as extract's hidden, deprecated alias), and kinds, relation types and countries
are read in any case.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.cli.common import KINDS, REL_TYPES, TIE_TYPES
from relgraph.graph.connection import Settings


def tree(group: click.Group = cli, path: tuple[str, ...] = ()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from tree(command, (*path, name))


COMMANDS = list(tree())
LEAVES = [(p, c) for p, c in COMMANDS if not isinstance(c, click.Group)]
GLOBAL = [o for o in cli.params if isinstance(o, click.Option)
          and o.name not in ("help", "version")]


def ids(item):
    return " ".join(item) if isinstance(item, tuple) else None


def visible_options(command: click.Command):
    return [p for p in command.params if isinstance(p, click.Option) and not p.hidden]


@pytest.mark.parametrize("path, command", COMMANDS, ids=ids)
def test_every_option_and_argument_is_explained(path, command):
    assert command.help and command.help.strip(), f"relgraph {' '.join(path)}: no help"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help and param.help.strip(), \
                f"relgraph {' '.join(path)} {param.opts[0]} has no help"
        else:   # click arguments have no help of their own: the command's help says
            assert param.human_readable_name in command.help, \
                f"relgraph {' '.join(path)}: help does not explain {param.human_readable_name}"


@pytest.mark.parametrize("path, command", COMMANDS, ids=ids)
def test_global_options_are_listed_in_every_command_help(path, command):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    shown = result.output.split("Global options")[1]
    for option in GLOBAL:
        assert option.opts[0] in shown, f"relgraph {' '.join(path)} --help lacks {option.opts[0]}"


@pytest.mark.parametrize("path, command", LEAVES, ids=ids)
def test_global_options_are_accepted_after_every_command(path, command):
    """Parsing ``relgraph COMMAND --data-dir d --uri u ...`` sets the root's settings."""
    root = click.Context(cli, info_name="relgraph")
    root.params = {o.name: None for o in GLOBAL}
    root.obj = Settings.from_env()
    parent = root
    for name in path[:-1]:      # a group between root and command (server)
        parent = click.Context(cli.get_command(root, name), info_name=name, parent=parent)
    args = ["--data-dir", "elsewhere", "--uri", "bolt://example.org:7687", "--user", "u",
            "--database", "db", "--debug", "--verbose"]
    command.make_context(path[-1], args, parent=parent, resilient_parsing=True)
    assert root.obj.data_dir == Path("elsewhere") and root.obj.uri == "bolt://example.org:7687"
    assert (root.obj.user, root.obj.database) == ("u", "db")
    assert root.params["debug"] and root.params["verbose"]


def test_relation_types_are_called_rel_everywhere():
    with_rel = {" ".join(p) for p, c in LEAVES
                if any("--rel" in o.opts for o in visible_options(c))}
    assert {"centrality", "partners", "timeline", "render", "export", "extract"} <= with_rel
    for path, command in LEAVES:
        for option in visible_options(command):
            assert "--type" not in option.opts and "--types" not in option.opts, \
                f"relgraph {' '.join(path)} {option.opts}: relation types are --rel"


SAMPLES = {"--rel": "twinned_with", "--kind": "region", "--country": "by"}


@pytest.mark.parametrize("path, command", LEAVES, ids=ids)
def test_kinds_relation_types_and_countries_in_any_case(path, command):
    for option in command.params:
        flag = next((o for o in getattr(option, "opts", ()) if o in SAMPLES), None)
        if flag is None:
            continue
        sample = SAMPLES[flag]
        spellings = {option.type.convert(v, option, None)
                     for v in (sample, sample.upper(), sample.title())}
        assert len(spellings) == 1, f"relgraph {' '.join(path)} {flag}: {spellings}"


def test_the_cli_spells_types_and_kinds_as_the_schema_does():
    from relgraph.graph.projections import TIE_TYPES as LIBRARY_TIES
    from relgraph.graph.schema import SCHEMA

    assert set(REL_TYPES) == set(SCHEMA.relationships)
    assert set(KINDS) == set(SCHEMA.labels)
    assert set(TIE_TYPES) == set(LIBRARY_TIES)


def test_extract_type_still_works_and_says_it_is_deprecated(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Gomel is twinned with Bryansk since 2004.\n"
                    "In 2012 Minsk Tractor Works supplied tractors to Bryansk Oblast.\n",
                    encoding="utf-8")
    old = CliRunner().invoke(cli, ["extract", str(text), "--type", "twinned_with"])
    new = CliRunner().invoke(cli, ["extract", str(text), "--rel", "TWINNED_WITH"])
    assert old.exit_code == new.exit_code == 0, old.output + new.output
    assert old.stdout == new.stdout and '"TWINNED_WITH"' in new.stdout
    assert "SUPPLIES_TO" not in new.stdout
    assert "--type is deprecated: use --rel" in old.stderr
    assert "deprecated" not in new.stderr


def test_resolve_reads_kind_and_country_in_any_case():
    lower = CliRunner().invoke(cli, ["resolve", "Brest", "--kind", "city", "--country", "fr",
                                     "--format", "json"])
    upper = CliRunner().invoke(cli, ["resolve", "Brest", "--kind", "CITY", "--country", "FR",
                                     "--format", "json"])
    assert lower.exit_code == 0, lower.output
    assert lower.stdout == upper.stdout and "city:fr:brest" in lower.stdout
