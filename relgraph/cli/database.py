"""``relgraph stats`` and ``relgraph query``: look at what is stored."""

from __future__ import annotations

import time
from pathlib import Path

import click

from relgraph.cli.common import (
    emit,
    output_options,
    parse_params,
    store_from_context,
)
from relgraph.cli.progress import Progress
from relgraph.graph import statements
from relgraph.graph.cypher_script import run_script
from relgraph.graph.output import Result


@click.command()
@output_options
def stats(fmt):
    """Count nodes per label and relationships per type."""
    with store_from_context(read_only=True) as store:
        counts = store.stats()
    rows = ([{"kind": "node", "name": k, "count": v} for k, v in counts["labels"].items()]
            + [{"kind": "relationship", "name": k, "count": v}
               for k, v in counts["relationships"].items()])
    emit(Result(rows, footer=[]), fmt)


@click.command()
@click.argument("statement", required=False)
@click.option("--name", "name", help="Run the named statement (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter; values parse as JSON when they can (42, true, [\"a\"]).")
@click.option("--file", "script", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run a file of ;-separated statements in order.")
@click.option("--list", "list_", is_flag=True, help="List the named analyst queries.")
@output_options
def query(statement, name, params, script, list_, fmt):
    """Run Cypher text (STATEMENT), a named statement, or a script file.

    \b
    relgraph query "MATCH (n:Region) RETURN n.name AS name LIMIT 5"
    relgraph query --name partners_of --param id=region:by:gomel
    relgraph query --file rebuild.cypher

    A script's statements run many to a transaction (schema changes alone); the output
    is a summary: statements, transactions, rows returned and what changed. At the
    first failing statement the run stops, names its line, and says what was committed
    (everything before it).
    """
    if list_:
        rows = [{"name": s.name, "description": s.description,
                 "params": ", ".join(f"{k}={v}" for k, v in s.params.items())}
                for s in statements.analyst_queries()]
        emit(Result(rows, columns=["name", "description", "params"]), fmt)
        return
    given = [x for x in (statement, name, script) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of STATEMENT, --name or --file")
    values = parse_params(params)
    if script:
        text = script.read_text(encoding="utf-8")
        started = time.monotonic()
        progress = Progress()
        try:
            with store_from_context() as store:
                report = run_script(store, text, values, origin=str(script),
                                    progress=progress.advance,
                                    on_total=lambda n: progress.begin("Running", n))
        finally:
            progress.end()
        emit(Result(report.summary_rows(), columns=["what", "count"],
                    meta={"file": str(script),
                          "seconds": round(time.monotonic() - started, 2)},
                    title=f"Ran {report.statements} statement(s) of {script}"), fmt)
        return
    # Cypher given here is read: the way to write a new database is `relgraph load`
    # or a script (--file), which may start one.
    with store_from_context(read_only=True) as store:
        if name:
            st = statements.load(name)
            defaults = {k: _example(v) for k, v in st.params.items()}
            rows = store.run(name, {**defaults, **values})
        else:
            rows = store.run(statement, values)
    emit(Result(rows), fmt)


def _example(literal: str):
    from relgraph.cli.common import parse_value
    return parse_value(literal.strip())


@click.command("migrate-ids")
@click.option("--dry-run", is_flag=True,
              help="Only list the stored nodes that would be renamed; write nothing.")
@output_options
def migrate_ids(dry_run, fmt):
    """Rename stored nodes whose ids the gazetteer has re-issued.

    An id the gazetteer replaced (a slug an earlier version broke, such as
    city:is:isafjor-ur, or a place stored under an outdated name, such as city:dk:arhus)
    is listed in its table of former ids; this renames every stored node that still has
    one to the place's current id. A node whose new id another node already holds is
    left as it is and reported (renamed: false). Running it again renames nothing.
    """
    from relgraph.loaders.gazetteer import migrate_stored_ids
    with store_from_context(read_only=dry_run) as store:
        rows = migrate_stored_ids(store, dry_run=dry_run)
    notes = [] if rows else ["No stored node has a former gazetteer id."]
    emit(Result(rows, columns=["old", "new", "renamed"], notes=notes, footer=[]), fmt)
