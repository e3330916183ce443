"""``relgraph load``: sheets (and reviewed extraction candidates) into the store.

Everything is read, validated and resolved before the first write. With problems, the
load stops and the store is left as it was, unless ``skip_invalid`` asks to load the
good rows and report the bad ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.graph.errors import ValidationError
from relgraph.graph.store import Store, UpsertReport
from relgraph.loaders.build import Batch, SheetBuilder, Unresolved
from relgraph.loaders.problems import Problem
from relgraph.loaders.sheets import Sheet, find_sheets, read_sheet


@dataclass
class LoadReport:
    """What a load did (or, for a dry run, would do)."""

    files: list[str]
    upsert: UpsertReport
    rows: dict[str, int]
    unresolved: list[Unresolved] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary_rows(self) -> list[dict]:
        return self.upsert.rows()

    @property
    def created(self) -> int:
        return self.upsert.total("created")


def read_inputs(paths: list[str | Path]) -> tuple[list[Sheet], list[Problem]]:
    """Read every sheet under ``paths``; parse problems of all files are collected."""
    sheets, problems = [], []
    for path in find_sheets(paths):
        try:
            sheets.append(read_sheet(path))
        except ValidationError as e:
            problems += e.problems
    return sheets, problems


def build_batch(sheets: list[Sheet], *, resolver=None, strict: bool = False,
                accept_all: bool = False, min_confidence: float = 0.0) -> Batch:
    """Validate and resolve sheets into records (no store needed)."""
    from relgraph.loaders.candidates import add_candidates, is_candidates_sheet
    resolver = resolver or _default_resolver()
    builder = SheetBuilder(resolver, strict=strict)
    batch = builder.build([s for s in sheets if not is_candidates_sheet(s)])
    for sheet in sheets:
        if is_candidates_sheet(sheet):
            add_candidates(batch, sheet, resolver=resolver, accept_all=accept_all,
                           min_confidence=min_confidence)
    return batch


def load_paths(store: Store, paths: list[str | Path], *, skip_invalid: bool = False,
               dry_run: bool = False, strict: bool = False, resolver=None,
               accept_all: bool = False, min_confidence: float = 0.0,
               batch_size: int = 5000,
               progress: Callable[[int], None] | None = None,
               on_total: Callable[[int], None] | None = None) -> LoadReport:
    """Load sheet files or folders into ``store``.

    Raises :class:`ValidationError` listing every problem (``FILE:LINE: column:
    reason``) unless ``skip_invalid``; then the good rows are loaded and the bad ones
    reported in ``LoadReport.skipped``.
    """
    sheets, problems = read_inputs(paths)
    if not sheets and not problems:
        raise ValidationError([Problem(", ".join(map(str, paths)), 0, "",
                                       "no sheets found (file names must start with a "
                                       "sheet kind, e.g. twinnings.csv)")])
    batch = build_batch(sheets, resolver=resolver, strict=strict, accept_all=accept_all,
                        min_confidence=min_confidence)
    problems += batch.problems
    problems += _missing_external(store, batch)
    if problems and not skip_invalid:
        raise ValidationError(sorted(problems, key=lambda p: (p.file, p.line, p.column)),
                              hint="fix these rows, or use --skip-invalid to load the rest")
    if problems:
        batch.drop_rows({(p.file, p.line) for p in problems})
    nodes = list(batch.nodes.values())
    rels = list(batch.relationships.values())
    store.ensure_schema()
    if on_total:
        on_total(len(nodes) + len(rels))
    report = store.upsert(nodes, rels, batch_size=batch_size, dry_run=dry_run,
                          progress=progress)
    return LoadReport(files=[str(s.path) for s in sheets], upsert=report, rows=dict(batch.rows),
                      unresolved=batch.unresolved, skipped=sorted(problems),
                      warnings=batch.warnings, dry_run=dry_run)


def _missing_external(store: Store, batch: Batch) -> list[Problem]:
    """Problems for ids referenced but neither loaded now nor stored before."""
    wanted: dict[str, set[str]] = {}
    for node_id in batch.external_refs:
        if node_id in batch.nodes:
            continue
        label = store.schema.label_for_id(node_id)
        wanted.setdefault(label, set()).add(node_id)
    problems = []
    for label, node_ids in wanted.items():
        for node_id in sorted(node_ids - store.existing_ids(label, node_ids)):
            problems += batch.external_refs[node_id]
    return problems


def _default_resolver():
    from relgraph.loaders.resolve import Resolver
    return Resolver.default()
