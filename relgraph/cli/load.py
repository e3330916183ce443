"""``relgraph load``, ``relgraph resolve`` and ``relgraph demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from relgraph.cli.common import emit, output_options, settings_from_context, store_from_context
from relgraph.graph.output import Result


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--skip-invalid", is_flag=True,
              help="Load the good rows and report the bad ones (default: load nothing).")
@click.option("--dry-run", is_flag=True, help="Validate and report what would change.")
@click.option("--strict", is_flag=True, help="Treat names the gazetteer cannot resolve as errors.")
@click.option("--accept-all", is_flag=True,
              help="For extraction candidates: load every row, not only accepted ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="For extraction candidates: skip rows below this confidence.")
@click.option("--batch-size", type=click.IntRange(1), default=5000, show_default=True)
@output_options
def load(paths, skip_invalid, dry_run, strict, accept_all, min_confidence, batch_size, fmt):
    """Load sheets (files or folders) into the graph.

    Sheets are CSV/TSV/JSON/JSONL/YAML files named after their kind (sources, regions,
    cities, companies, organizations, documents, twinnings, supplies), or reviewed
    candidates from `relgraph extract`. Every row is validated before anything is
    written; problems are listed as FILE:LINE: column: reason.
    """
    from relgraph.loaders.load import load_paths
    progress = _Progress()
    with store_from_context() as store:
        report = load_paths(store, list(paths), skip_invalid=skip_invalid, dry_run=dry_run,
                            strict=strict, accept_all=accept_all,
                            min_confidence=min_confidence, batch_size=batch_size,
                            progress=progress.advance, on_total=progress.begin)
    progress.end()
    emit(load_result(report), fmt)


def load_result(report) -> Result:
    notes = []
    if report.unresolved:
        notes.append(f"{len(report.unresolved)} unresolved name(s), stored with resolved=false:")
        seen = set()
        for u in report.unresolved:
            if u.id not in seen:
                seen.add(u.id)
                notes.append(f"  {u.file}:{u.line}: {u.column}: {u.name!r} -> {u.id}")
    if report.skipped:
        notes.append(f"{len({(p.file, p.line) for p in report.skipped})} invalid row(s) skipped:")
        notes += [f"  {p}" for p in report.skipped]
    notes += [f"warning: {w}" for w in report.warnings]
    verb = "would be" if report.dry_run else "were"
    notes.append(f"{report.created} record(s) {verb} created, "
                 f"{report.upsert.total('updated')} updated, "
                 f"{report.upsert.total('unchanged')} unchanged.")
    meta = {"files": len(report.files), "rows": sum(report.rows.values()),
            "dry_run": report.dry_run, "unresolved": len({u.id for u in report.unresolved}),
            "skipped_rows": len({(p.file, p.line) for p in report.skipped})}
    return Result(report.summary_rows(), columns=["kind", "name", "created", "updated",
                                                  "unchanged"], meta=meta, notes=notes)


class _Progress:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self):
        self.bar = None

    def begin(self, total: int) -> None:
        if sys.stderr.isatty() and total > 2000:
            self.bar = click.progressbar(length=total, label="Loading", file=sys.stderr)
            self.bar.__enter__()

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def end(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@click.command()
@click.argument("name")
@click.option("--kind", type=click.Choice(["country", "region", "city", "company",
                                           "organization"]), help="Expected kind.")
@click.option("--country", metavar="CC", help="Expected country (ISO alpha-2).")
@output_options
def resolve(name, kind, country, fmt):
    """Show what NAME resolves to, and why."""
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve(name, kind=kind.capitalize() if kind else None,
                                     country=country.upper() if country else None)
    rows = [{"id": res.id, "name": res.name, "kind": res.label, "country": res.country,
             "body": res.body, "resolved": res.resolved, "reason": res.reason}]
    others = [c for c in res.candidates if c != res.id][:5]
    emit(Result(rows, meta={"also_considered": others}), fmt)


@click.command()
@click.option("--output", "-o", "html", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("demo-partners.html"), show_default=True,
              help="Where to write the partner-network view.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@output_options
def demo(html, top, fmt):
    """Load the example dataset into the embedded database and show what it holds."""
    from relgraph.api import example_dataset
    from relgraph.loaders.load import load_paths
    with store_from_context() as store:
        report = load_paths(store, [example_dataset()])
        stats = store.stats()
        extra = _demo_extras(store, html, top)
    result = load_result(report)
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
             f"({res.meta.get('nodes')} parties, {res.meta.get('edges')} ties):"]
    for row in res.rows:
        lines.append(f"  {row['rank']:>2}. {row['name']} ({row['kind']}, {row['country']}) "
                     f"{row['score']:.4f}")
    view = render_demo(graph, html)
    lines.append(f"Wrote {html} (open it in a browser; {html.with_suffix('.png').name} and "
                 f"{html.with_suffix('').name}.embed.html beside it)")
    del view
    return lines
