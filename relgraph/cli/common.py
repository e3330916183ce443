"""What every command shares: connection settings from the context, the ``--format``
option, the one formatter, and ``key=value`` parameter parsing."""

from __future__ import annotations

import contextlib
import json

import click

from relgraph.graph.connection import Settings, open_store
from relgraph.graph.data_folder import require_database
from relgraph.graph.errors import UsageError
from relgraph.graph.output import FORMATS, Result, render


def settings_from_context(ctx: click.Context | None = None) -> Settings:
    ctx = ctx or click.get_current_context()
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings.from_env()


def database_label(settings: Settings) -> str:
    """The database a command used, as its output names it (a full path: a command
    run from another folder uses another database)."""
    if settings.embedded:
        return f"embedded, {settings.data_dir.absolute()}"
    return settings.describe()


@contextlib.contextmanager
def store_from_context(ctx: click.Context | None = None, *, read_only: bool = False):
    """The Store the global options point at (embedded server when no URI).

    ``read_only``: the command only reads, so a data folder without a database is an
    error (naming the folder) rather than a new, empty database. The database used is
    named in the command's output (see :func:`emit`)."""
    ctx = ctx or click.get_current_context()
    settings = settings_from_context(ctx)
    if read_only and settings.embedded:
        require_database(settings.data_dir)
    ctx.find_root().meta[_USED] = database_label(settings)
    with open_store(settings) as store:
        yield store


_USED = "relgraph.database"


#: Relationship types and node labels, spelt out so that loading the command line
#: does not load the schema (tests/cli/test_options.py checks they agree with it).
REL_TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO", "LOCATED_IN")
TIE_TYPES = REL_TYPES[:3]
KINDS = ("Country", "Region", "City", "Company", "Organization", "Document", "Source")


class Names(click.ParamType):
    """Names given in any case, comma-separated or not (``twinned_with,SUPPLIES_TO``),
    as the canonical spelling: ``known`` names by their own spelling, others in upper
    case when ``upper``, else as given (the library then says what is valid, for the
    graph at hand). ``strict`` refuses names not in ``known``.

    >>> Names(REL_TYPES).convert("twinned_with, Supplies_To", None, None)
    'TWINNED_WITH,SUPPLIES_TO'
    >>> Names(KINDS).convert("region,org", None, None)
    'Region,org'
    >>> Names(upper=True).convert("by,ru", None, None)
    'BY,RU'
    """

    name = "names"

    def __init__(self, known: tuple[str, ...] = (), *, upper: bool = False,
                 strict: bool = False):
        self.known = {k.lower(): k for k in known}
        self.upper, self.strict = upper, strict

    def convert(self, value, param, ctx):
        out = []
        for item in (v.strip() for v in str(value).split(",")):
            if not item:
                continue
            name = self.known.get(item.lower())
            if name is None and self.strict:
                self.fail(f"{item!r} is not one of {', '.join(self.known.values())} "
                          "(any case)", param, ctx)
            out.append(name or (item.upper() if self.upper else item))
        return ",".join(out)


def filter_options(what: str = "count"):
    """The filters every graph command shares: ``--rel``, ``--kind``, ``--country``,
    ``--as-of`` (parameters ``rels``, ``kinds``, ``countries``, ``as_of``); ``what``
    says what a kept relation type does (count, are drawn, are exported)."""
    def decorate(func):
        options = [
            click.option("--rel", "rels", multiple=True, metavar="TYPE",
                         type=Names(REL_TYPES),
                         help=f"Relation types that {what} (TWINNED_WITH, SIGNED_AGREEMENT, "
                              "SUPPLIES_TO; LOCATED_IN in the full graph; any case); "
                              "repeatable or comma-separated. Default: all."),
            click.option("--kind", "kinds", multiple=True, metavar="KIND",
                         type=Names(KINDS),
                         help="Node kinds kept (region, city, company, organization, "
                              "country, ...; any case); repeatable or comma-separated."),
            click.option("--country", "countries", multiple=True, metavar="CC",
                         type=Names(upper=True),
                         help="Countries kept (ISO alpha-2 codes, any case); repeatable "
                              "or comma-separated."),
            click.option("--as-of", "as_of", type=int, metavar="YEAR",
                         help="Only ties dated up to YEAR and not ended by then (undated "
                              "ties are kept and counted)."),
        ]
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


def output_options(func):
    """Adds ``--format table|csv|json``."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="Output format.")(func)


def emit(result: Result, fmt: str = "table") -> None:
    """Print ``result``; a table's footer names the database the command used, and
    shows every setting with the global ``--verbose``."""
    root = click.get_current_context().find_root()
    used = root.meta.get(_USED)
    if used and "database" not in result.meta:
        result.meta["database"] = used
        if result.footer is not None:
            result.footer = [*result.footer, "database"]
    click.echo(render(result, fmt, verbose=bool(root.params.get("verbose"))), nl=False)


def parse_value(text: str):
    """A parameter value from the command line: JSON when it parses, else the text.

    >>> parse_value("42"), parse_value("true"), parse_value('["a", "b"]'), parse_value("Gomel")
    (42, True, ['a', 'b'], 'Gomel')
    """
    try:
        return json.loads(text)
    except ValueError:
        if len(text) >= 2 and text[0] == text[-1] == "'":
            return text[1:-1]
        return text


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict:
    """``["year=2018", "name=Gomel"]`` -> ``{"year": 2018, "name": "Gomel"}``."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param expects key=value, got {pair!r}")
        params[key.strip()] = parse_value(value)
    return params


def split_list(values: tuple[str, ...] | None) -> list[str] | None:
    """Options given several times or comma-separated: ``--rel A,B --rel C``."""
    if not values:
        return None
    out = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return out or None
