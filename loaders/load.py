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

from relgraph.graph.errors import ConnectionFailed, Interrupted, ValidationError
from relgraph.graph.store import Store, UpsertReport
from relgraph.loaders.build import Batch, SheetBuilder
from relgraph.loaders.inputs import MAX_PROBLEMS
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
from relgraph.loaders.sheets import Sheet, find_sheets, open_sheet
from relgraph.loaders.unfinished import Journal

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
    #: Rows left out (``skipped`` lists the problems of at most MAX_PROBLEMS of them).
    skipped_rows: int = 0

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


def read_inputs(paths: list[str | Path], *, follow_links: bool = False,
                warnings: list[str] | None = None) -> tuple[list[Sheet], list[Problem]]:
    """Every sheet under ``paths``, checked to be a text sheet (binary files, UTF-16,
    missing files are problems of all files, collected). Rows are read later, as the
    load builds its records; links leaving a named folder are skipped with a warning
    in ``warnings`` unless ``follow_links``."""
    sheets, problems = [], []
    for path in find_sheets(paths, follow_links=follow_links, warnings=warnings):
        try:
            sheets.append(open_sheet(path))
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
                accept_all: bool = False, min_confidence: float = 0.0,
                max_problems: int | None = None,
                progress: Callable[[int], None] | None = None) -> Batch:
    """Validate and resolve sheets into records (no store needed). Reading stops
    once ``max_problems`` problems are known; ``progress`` is called with the bytes
    of sheet read."""
    from relgraph.loaders.candidates import add_candidates, is_candidates_sheet
    resolver = resolver or _default_resolver()
    builder = SheetBuilder(resolver, strict=strict, max_problems=max_problems,
                           progress=progress)
    candidates = [s for s in sheets if is_candidates_sheet(s)]
    batch = builder.build([s for s in sheets if s not in candidates])
    for sheet in candidates:
        add_candidates(batch, sheet, resolver=resolver, accept_all=accept_all,
                       min_confidence=min_confidence)
    return batch


def load_paths(store: Store, paths: list[str | Path], *, skip_invalid: bool = False,
               dry_run: bool = False, strict: bool = False, resolver=None,
               accept_all: bool = False, min_confidence: float = 0.0,
               batch_size: int = 5000, aliases=(), review: str | Path | None = None,
               progress: Callable[[int], None] | None = None,
               on_total: Callable[[int], None] | None = None,
               on_phase: Callable[[str, int], None] | None = None,
               follow_links: bool = False, journal: Journal | None = None,
               cache: str | Path | None = None) -> LoadReport:
    """Load sheet files or folders into ``store``.

    Raises :class:`ValidationError` listing every problem (``FILE:LINE: column:
    reason``; reading stops after :data:`~relgraph.loaders.inputs.MAX_PROBLEMS`)
    unless ``skip_invalid``; then the good rows are loaded and the bad ones reported
    in ``LoadReport.skipped`` (the first MAX_PROBLEMS of them). ``aliases`` are
    review sheets or aliases files whose decisions this load honours (with any
    ``aliases.csv`` in a data folder); ``review`` is where to write the review sheet
    of this load (written, even when the load stops on problems, whenever a name is
    not a plain exact match). ``on_phase(label, total)`` starts a phase ("Reading"
    bytes of sheets, "Loading" records) that ``progress(n)`` advances; links leaving
    a named folder are read only with ``follow_links``.

    Writing starts only when everything is valid. When it is cut short (Ctrl-C or
    SIGTERM, which ``progress`` may raise as :class:`Interrupted` between batches; a
    server gone), the error says the graph may be incomplete, and ``journal`` keeps
    the load as unfinished until a load of the same input completes.

    ``cache`` is a folder where what was read and resolved is kept (see
    :mod:`relgraph.loaders.batch_cache`), so loading the same sheets again skips that
    work; the records are still compared with the store and whatever it lacks is
    written.
    """
    warnings: list[str] = []
    sheets, problems = read_inputs(paths, follow_links=follow_links, warnings=warnings)
    if not sheets and not problems:
        raise ValidationError([Problem(", ".join(map(str, paths)), 0, "",
                                       "no sheets found (file names must start with a "
                                       "sheet kind, e.g. twinnings.csv)")])
    files = aliases_files(paths, aliases)
    if review is not None and Path(review).is_file():
        # Decisions written into the last review sheet count even when it is not
        # named with --aliases: rewriting it must never lose them.
        files = list(dict.fromkeys([*files, Path(review)]))
    decisions = read_decisions(files)
    options = {"strict": strict, "accept_all": accept_all,
               "min_confidence": min_confidence,
               "max_problems": None if skip_invalid else
               max(1, MAX_PROBLEMS - len(problems))}
    built = store_in = cache_key = None
    if cache is not None and resolver is None and not problems:
        from relgraph.loaders.batch_cache import BatchCache, load_key
        store_in = BatchCache(cache)
        cache_key = load_key([s.path for s in sheets], decisions, options)
        with _no_gc():
            built = store_in.get(cache_key)
    if built is None:
        if on_phase:
            on_phase("Reading", sum(s.size for s in sheets))
        with _no_gc():
            built = _build(sheets, decisions, resolver, progress=progress, **options)
            if store_in is not None:
                store_in.put(cache_key, built)
    batch, rows = built
    batch.warnings[:0] = warnings
    written = None
    if review is not None and rows:
        write_review(review, rows)
        written = str(review)
    problems += batch.problems
    late = _missing_external(store, batch)
    problems += late
    more = batch.more_problems + max(0, len(problems) - MAX_PROBLEMS)
    problems = sorted(problems, key=lambda p: (p.file, p.line, p.column))[:MAX_PROBLEMS]
    if (problems or more) and not skip_invalid:
        hint = "fix these rows, or use --skip-invalid to load the rest"
        if batch.stopped:
            hint = f"{batch.stopped}; " + hint
        if written:
            hint += f"; the names to review are in {written}"
        raise ValidationError(problems, hint=hint, more=more)
    if problems or batch.unreadable:
        batch.drop_rows({(p.file, p.line) for p in problems})
    nodes = list(batch.nodes.values())
    rels = list(batch.relationships.values())
    store.ensure_schema()
    batch.warnings += _former_ids_warning(store, nodes)
    if on_total:
        on_total(len(nodes) + len(rels))
    if on_phase:
        on_phase("Loading", len(nodes) + len(rels))
    key = journal.begin([str(s.path) for s in sheets]) if journal and not dry_run else None
    try:
        report = store.upsert(nodes, rels, batch_size=batch_size, dry_run=dry_run,
                              progress=progress)
    except (Interrupted, KeyboardInterrupt, ConnectionFailed) as e:
        if dry_run:
            raise
        signum = getattr(e, "signum", 2)
        # One line: the driver's own words (several lines, a port) say no more than
        # this to the user; --debug shows them.
        why = "" if not isinstance(e, ConnectionFailed) else \
            " (the database server stopped answering)"
        error = (ConnectionFailed if isinstance(e, ConnectionFailed) else Interrupted)
        message = f"interrupted: the graph may be incomplete; run the same load again{why}"
        hint = ("every command warns about this load until it completes"
                if journal else None)
        if error is Interrupted:
            raise Interrupted(message, signum=signum, hint=hint) from None
        raise ConnectionFailed(message, hint=hint) from None
    if key is not None:
        journal.done(key)
    return LoadReport(files=[str(s.path) for s in sheets], upsert=report, rows=dict(batch.rows),
                      references=list(batch.references.values()), merges=batch.merges,
                      skipped=sorted(problems), warnings=batch.warnings, dry_run=dry_run,
                      review=written, decisions=len(decisions),
                      skipped_rows=_skipped_rows(problems, batch, late))


def _former_ids_warning(store: Store, nodes: list) -> list[str]:
    """A warning when the store still holds places under ids the gazetteer re-issued
    that this load writes under their current ids: the place would stand twice."""
    from relgraph.loaders.gazetteer import stored_former_ids
    stale = stored_former_ids(store, (n.id for n in nodes))
    if not stale:
        return []
    shown = ", ".join(f"{old} (now {new})" for old, new in list(stale.items())[:3])
    more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
    return [f"{len(stale)} stored place(s) still have an id the gazetteer re-issued: "
            f"{shown}{more}; this load writes them under the current id beside the old "
            f"node: run `relgraph migrate-ids` first"]


def _skipped_rows(problems: list[Problem], batch: Batch, late: list[Problem]) -> int:
    """Rows left out by --skip-invalid (counted even where problems were not kept)."""
    if not batch.more_problems:
        return len({(p.file, p.line) for p in problems if p.line})
    return batch.bad_rows + len({(p.file, p.line) for p in late})


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


def _build(sheets: list[Sheet], decisions, resolver, *, progress=None,
           **options) -> tuple:
    """Validate and resolve: ``(batch, review rows)``."""
    resolver = resolver or _default_resolver()
    decided = {}
    for d in decisions:
        resolver.decide(d.name, d.country, d.decision)
        decided[(" ".join(d.name.casefold().split()), d.country)] = d.decision
    batch = build_batch(sheets, resolver=resolver, progress=progress, **options)
    rows = review_rows(batch.references.values(), resolver, decided)
    return batch, rows


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
