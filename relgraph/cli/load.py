"""``relgraph load``, ``relgraph resolve`` and ``relgraph demo``."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from relgraph.cli.common import (
    Names,
    emit,
    output_options,
    settings_from_context,
    store_from_context,
)
from relgraph.cli.progress import Progress, Steps
from relgraph.cli.signals import interruptible
from relgraph.graph.errors import UsageError
from relgraph.graph.output import Result


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--skip-invalid", is_flag=True,
              help="Load the good rows and report the bad ones (default: load nothing).")
@click.option("--dry-run", is_flag=True, help="Validate and report what would change.")
@click.option("--strict", is_flag=True,
              help="Refuse names the gazetteer cannot resolve, approximate matches and "
                   "names merged into one node (unless an aliases file decides them).")
@click.option("--aliases", "aliases", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A filled-in review sheet (or any CSV with name, country, decision) "
                   "whose decisions this load honours; repeatable. An aliases.csv inside "
                   "a data folder is read as well.")
@click.option("--review", "review", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("relgraph-review.csv"), show_default=True,
              help="Where to write the review sheet: every approximate, unresolved and "
                   "merged name, with alternatives and an empty decision column.")
@click.option("--no-review", is_flag=True, help="Do not write a review sheet.")
@click.option("--accept-all", is_flag=True,
              help="For extraction candidates: load every row, not only accepted ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="For extraction candidates: skip rows below this confidence.")
@click.option("--batch-size", type=click.IntRange(1), default=5000, show_default=True,
              help="Rows written per transaction (an interrupted load stops between "
                   "two batches).")
@click.option("--follow-links", is_flag=True,
              help="Read sheets that symbolic links in a folder lead to outside it "
                   "(default: skip them with a warning).")
@output_options
def load(paths, skip_invalid, dry_run, strict, aliases, review, no_review, accept_all,
         min_confidence, batch_size, follow_links, fmt):
    """Load sheets into the graph: PATHS are files or folders of them.

    Sheets are CSV/TSV/JSON/JSONL/YAML files named after their kind (sources, regions,
    cities, companies, organizations, documents, twinnings, supplies), or reviewed
    candidates from `relgraph extract`. Every row is validated before anything is
    written; problems are listed as FILE:LINE: column: reason. Names are counted as
    resolved exactly, approximately, unresolved (kept as new nodes) or merged; the
    review sheet lists all but the exact ones for a person to decide.
    """
    from relgraph.loaders.load import load_paths
    from relgraph.loaders.unfinished import Journal
    settings = settings_from_context()
    progress = Progress()
    # With the embedded server, what was read and resolved is kept in its data folder.
    cache = settings.data_dir / "cache" if settings.embedded else None

    try:
        with store_from_context() as store, interruptible() as stop:
            def advance(n: int) -> None:
                stop.check()    # Ctrl-C or SIGTERM: stop between two batches
                progress.advance(n)
            report = load_paths(store, list(paths), skip_invalid=skip_invalid,
                                dry_run=dry_run, strict=strict, accept_all=accept_all,
                                min_confidence=min_confidence, batch_size=batch_size,
                                aliases=list(aliases), review=None if no_review else review,
                                progress=advance, on_phase=progress.begin,
                                follow_links=follow_links,
                                journal=Journal(settings.data_dir, settings.describe()),
                                cache=cache)
    finally:
        progress.end()
    emit(load_result(report), fmt)


_CLASS_TITLES = {"exact": "resolved exactly", "approximate": "resolved approximately",
                 "unresolved": "unresolved, kept as new nodes with resolved=false",
                 "merged": "merged into one node with another name"}


def load_result(report, *, examples: bool = True) -> Result:
    """The load's summary: records per kind as rows; skipped rows, then how names
    resolved (counts and, with ``examples``, at most 20 examples per class), as notes."""
    notes = []
    if report.skipped:
        notes.append(f"{report.skipped_rows} invalid row(s) skipped:")
        notes += [f"  {p}" for p in report.skipped]
        listed = len({(p.file, p.line) for p in report.skipped})
        if report.skipped_rows > listed:
            notes.append(f"  ... and {report.skipped_rows - listed:,} more")
    notes += [f"warning: {w}" for w in report.warnings[:20]]
    if len(report.warnings) > 20:
        notes.append(f"warning: ... and {len(report.warnings) - 20} more")
    counts = report.counts()
    if report.references:
        notes.append(f"Names: {len(report.references)} distinct; " + ", ".join(
            f"{counts[c]} {_CLASS_TITLES[c].split(',')[0]}" for c in
            ("exact", "approximate", "unresolved", "merged"))
            + (f", {counts['decided']} decided in aliases files" if counts["decided"] else ""))
    for cls in ("approximate", "unresolved", "merged") if examples else ():
        shown = report.examples(cls)
        if not shown:
            continue
        notes.append(f"{counts[cls]} {_CLASS_TITLES[cls]}"
                     f"{' (first 20)' if counts[cls] > len(shown) else ''}:")
        for ref in shown:
            where = f"{ref.where}: {ref.column}"
            name = f"{ref.name!r}" + (f" [{ref.country}]" if ref.country else "")
            if cls == "merged":
                notes.append(f"  {where}: {name} -> {ref.id}, with "
                             f"{'; '.join(ref.merged_with[:2])}")
            else:
                notes.append(f"  {where}: {name} -> {ref.id} ({ref.reason})")
    if report.review:
        notes.append(f"Review sheet: {report.review} (write an id or new in its decision "
                     f"column, then load again with --aliases {report.review})")
    verb = "would be" if report.dry_run else "were"
    notes.append(f"{report.created} record(s) {verb} created, "
                 f"{report.upsert.total('updated')} updated, "
                 f"{report.upsert.total('unchanged')} unchanged.")
    meta = {"files": len(report.files), "rows": sum(report.rows.values()),
            "dry_run": report.dry_run, "names": len(report.references), **counts,
            "skipped_rows": report.skipped_rows,
            "review": report.review}
    return Result(report.summary_rows(), columns=["kind", "name", "created", "updated",
                                                  "unchanged"], meta=meta, notes=notes,
                  footer=["files", "rows"])


@click.command()
@click.argument("names", nargs=-1)
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Names to resolve: a text file (one a line) or a CSV/TSV file "
                   "(see --column).")
@click.option("--column", help="The column of --file that holds the names (a CSV/TSV "
                               "file with a header); --country-column and --lat/--lon "
                               "columns narrow the choice.")
@click.option("--country-column", help="The column of --file with each name's country.")
@click.option("--kind", type=click.Choice(["country", "region", "city", "company",
                                           "organization", "place"], case_sensitive=False),
              help="Expected kind (any case; place: a city or a region).")
@click.option("--country", metavar="CC", type=Names(upper=True),
              help="Expected country (ISO alpha-2 code, any case).")
@output_options
def resolve(names, file, column, country_column, kind, country, fmt):
    """Show what each of NAMES resolves to, and why: one row per name.

    Check a column before loading it: `relgraph resolve --file cities.csv --column name
    --country-column country`. Names may carry a qualifier, as in sheets:
    `"Brest [city, FR]"`.
    """
    from relgraph.loaders.resolve_many import read_names, resolve_names
    items = [(n, None, None, None) for n in names]
    if file is not None:
        items += read_names(file, column=column, country_column=country_column)
    if not items:
        raise UsageError("give names as arguments or with --file")
    rows = resolve_names(items, kind=kind, country=country)
    counts = {}
    for row in rows:
        counts[row["match"]] = counts.get(row["match"], 0) + 1
    emit(Result(rows, columns=["name", "id", "resolved_name", "kind", "country", "region",
                               "population", "match", "body", "reason", "alternatives"],
                meta={"names": len(rows), **counts}), fmt)


@click.command()
@click.option("--output", "-o", "html", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("demo-partners.html"), show_default=True,
              help="Where to write the partner-network view.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True,
              help="How many parties the ranking by betweenness lists.")
@output_options
def demo(html, top, fmt):
    """Load the example dataset into the embedded database and show what it holds."""
    from relgraph.api import example_dataset
    from relgraph.loaders.load import load_paths
    steps = Steps(["Loading the example dataset", "Ranking and drawing"])
    with contextlib.ExitStack() as opened:
        with steps.step("Loading the example dataset"):   # the server starts first
            store = opened.enter_context(store_from_context())
            report = load_paths(store, [example_dataset()], review=None)
            stats = store.stats()
        with steps.step("Ranking and drawing"):
            extra = _demo_extras(store, html, top)
    # The example's names are known: their resolution is no news to a newcomer.
    result = load_result(report, examples=False)
    result.title = f"Loaded the example dataset ({settings_from_context().describe()})"
    result.notes.append("In the database: " + ", ".join(
        f"{v} {k}" for k, v in {**stats["labels"], **stats["relationships"]}.items()))
    result.notes += extra
    emit(result, fmt)


def _demo_extras(store, html: Path, top: int) -> list[str]:
    """The top parties by betweenness, and the partner-network view."""
    from relgraph.graph.centrality import centrality
    from relgraph.viz.render import render_demo
    graph = store.fetch()
    res = centrality(graph, measures=("betweenness",), top=top)
    lines = [f"Top {top} by betweenness in the partner network "
             f"({res.meta.get('nodes')} parties, {res.meta.get('ties')} ties between "
             f"{res.meta.get('edges')} pairs):"]
    for row in res.rows:
        lines.append(f"  {row['rank']:>2}. {row['name']} ({row['kind']}, {row['country']}) "
                     f"{row['score']:.4f}")
    view = render_demo(graph, html)
    lines.append(f"Wrote {html} (open it in a browser; {html.with_suffix('.png').name} and "
                 f"{html.with_suffix('').name}.embed.html beside it)")
    del view
    return lines
