"""``relgraph load``: sheets (and reviewed extraction candidates) into the store.

Everything is read, validated and resolved before the first write. With problems, the
load stops and the store is left as it was, unless ``skip_invalid`` asks to load the
good rows and report the bad ones.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.graph.errors import ValidationError
from relgraph.graph.store import Store, UpsertReport
from relgraph.loaders.build import Batch, SheetBuilder
from relgraph.loaders.problems import Problem
from relgraph.loaders.review import (
    CLASSES,
    EXAMPLES,
    MERGED,
    Reference,
    read_decisions,
    review_rows,
    write_review,
)
from relgraph.loaders.sheets import Sheet, find_sheets, read_sheet

#: A data folder's own decisions file, read with every load of the folder.
ALIASES_FILE = "aliases.csv"


@dataclass
class LoadReport:
    """What a load did (or, for a dry run, would do)."""

    files: list[str]
    upsert: UpsertReport
    rows: dict[str, int]
    references: list[Reference] = field(default_factory=list)
    merges: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    #: Where the review sheet was written (None: not asked for, or nothing to review).
    review: str | None = None
    decisions: int = 0

    def summary_rows(self) -> list[dict]:
        return self.upsert.rows()

    @property
    def unresolved(self) -> list[Reference]:
        return [r for r in self.references if r.match == "unresolved"]

    def counts(self) -> dict[str, int]:
        """Distinct names by how they resolved: exact, approximate, unresolved (kept as
        new nodes), merged (names beyond the first that became one node), decided (by
        a person, in an aliases file)."""
        out = {c: 0 for c in CLASSES}
        for ref in self.references:
            if ref.decided:
                continue
            out[ref.match] += 1
        out[MERGED] = self.merges
        out["decided"] = sum(1 for r in self.references if r.decided)
        return out

    def examples(self, cls: str, limit: int = EXAMPLES) -> list[Reference]:
        """Up to ``limit`` names of a class, in file order."""
        refs = sorted(self.references, key=lambda r: (r.file, r.line))
        if cls == MERGED:
            return [r for r in refs if r.merged_with][:limit]
        return [r for r in refs if r.match == cls and not r.decided][:limit]

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


def aliases_files(paths: list[str | Path], aliases=()) -> list[Path]:
    """The decision files of a load: those given, and ``aliases.csv`` in each data
    folder named."""
    out = [Path(a) for a in aliases]
    for p in map(Path, paths):
        if p.is_dir() and (p / ALIASES_FILE).is_file():
            out.append(p / ALIASES_FILE)
    return list(dict.fromkeys(out))


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
               batch_size: int = 5000, aliases=(), review: str | Path | None = None,
               progress: Callable[[int], None] | None = None,
               on_total: Callable[[int], None] | None = None,
               cache: str | Path | None = None) -> LoadReport:
    """Load sheet files or folders into ``store``.

    Raises :class:`ValidationError` listing every problem (``FILE:LINE: column:
    reason``) unless ``skip_invalid``; then the good rows are loaded and the bad ones
    reported in ``LoadReport.skipped``. ``aliases`` are review sheets or aliases files
    whose decisions this load honours (with any ``aliases.csv`` in a data folder);
    ``review`` is where to write the review sheet of this load (written, even when
    the load stops on problems, whenever a name is not a plain exact match).
    ``cache`` is a folder where what was read and resolved is kept (see
    :mod:`loaders.batch_cache`), so loading the same sheets again skips that work; the
    records are still compared with the store and whatever it lacks is written.
    """
    sheet_files = find_sheets(paths)
    if not sheet_files:
        raise ValidationError([Problem(", ".join(map(str, paths)), 0, "",
                                       "no sheets found (file names must start with a "
                                       "sheet kind, e.g. twinnings.csv)")])
    files = aliases_files(paths, aliases)
    if review is not None and Path(review).is_file():
        # Decisions written into the last review sheet count even when it is not
        # named with --aliases: rewriting it must never lose them.
        files = list(dict.fromkeys([*files, Path(review)]))
    decisions = read_decisions(files)
    built = None
    if cache is not None and resolver is None:
        from relgraph.loaders.batch_cache import BatchCache, load_key
        cache = BatchCache(cache)
        key = load_key(sheet_files, decisions, {"strict": strict, "accept_all": accept_all,
                                                "min_confidence": min_confidence})
        with _no_gc():
            built = cache.get(key)
    else:
        cache = None
    if built is None:
        with _no_gc():
            built = _build(sheet_files, decisions, resolver, strict=strict,
                           accept_all=accept_all, min_confidence=min_confidence)
            if cache is not None:
                cache.put(key, built)
    sheets, problems, batch, rows = built
    problems = list(problems)
    written = None
    if review is not None and rows:
        write_review(review, rows)
        written = str(review)
    problems += batch.problems
    problems += _missing_external(store, batch)
    if problems and not skip_invalid:
        hint = "fix these rows, or use --skip-invalid to load the rest"
        if written:
            hint += f"; the names to review are in {written}"
        raise ValidationError(sorted(problems, key=lambda p: (p.file, p.line, p.column)),
                              hint=hint)
    if problems:
        batch.drop_rows({(p.file, p.line) for p in problems})
    nodes = list(batch.nodes.values())
    rels = list(batch.relationships.values())
    store.ensure_schema()
    if on_total:
        on_total(len(nodes) + len(rels))
    report = store.upsert(nodes, rels, batch_size=batch_size, dry_run=dry_run,
                          progress=progress)
    return LoadReport(files=sheets, upsert=report, rows=dict(batch.rows),
                      references=list(batch.references.values()), merges=batch.merges,
                      skipped=sorted(problems), warnings=batch.warnings, dry_run=dry_run,
                      review=written, decisions=len(decisions))


@contextlib.contextmanager
def _no_gc():
    """Without the cyclic garbage collector: building (or unpickling) a load's records
    makes hundreds of thousands of objects that all live on, and the collector's passes
    over them took a fifth of the time; the few cycles left wait until the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _build(sheet_files: list[Path], decisions, resolver, **options) -> tuple:
    """Read, validate and resolve: ``(sheet names, read problems, batch, review rows)``."""
    sheets, problems = read_inputs(sheet_files)
    resolver = resolver or _default_resolver()
    decided = {}
    for d in decisions:
        resolver.decide(d.name, d.country, d.decision)
        decided[(" ".join(d.name.casefold().split()), d.country)] = d.decision
    batch = build_batch(sheets, resolver=resolver, **options)
    rows = review_rows(batch.references.values(), resolver, decided)
    return [str(s.path) for s in sheets], problems, batch, rows


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
