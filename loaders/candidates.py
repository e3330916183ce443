"""Reviewed extraction candidates (``relgraph extract -o candidates.csv``) as a sheet:
the accepted rows go through the same validation and the same load as other sheets."""

from __future__ import annotations

from relgraph.graph.errors import ValidationError
from relgraph.graph.spreadsheet import row_from_spreadsheet
from relgraph.loaders.build import Batch
from relgraph.loaders.problems import Problem
from relgraph.loaders.sheets import Sheet


def is_candidates_sheet(sheet: Sheet) -> bool:
    if sheet.kind is not None:
        return False
    try:
        from relgraph.loaders.extract.records import is_candidates_file
    except ImportError:   # extraction not installed in this build
        return False
    try:
        head = sheet.head()
    except ValidationError:
        return False        # unreadable: reported as a sheet of no known kind
    return bool(head) and is_candidates_file(head)


def _rows(batch: Batch, sheet: Sheet) -> list[dict]:
    """The sheet's rows as dicts with their file and line; rows that cannot be read
    are the batch's problems. A CSV relgraph wrote has its formula guards taken off."""
    from_csv = sheet.path.suffix.lower() in (".csv", ".tsv", ".txt")
    rows = []
    try:
        for row in sheet:
            if row.problems:
                batch.add_problems(row.problems)
                continue
            values = row_from_spreadsheet(row.values) if from_csv else row.values
            rows.append({**values, "_file": row.file, "_line": row.line})
    except ValidationError as e:
        batch.add_problems(e.problems)
        batch.unreadable.add(sheet.name)
    return rows


def add_candidates(batch: Batch, sheet: Sheet, *, resolver, accept_all: bool,
                   min_confidence: float) -> None:
    """Merge the accepted candidates of ``sheet`` into ``batch``."""
    from relgraph.loaders.extract.records import candidates_to_records
    rows = _rows(batch, sheet)
    records = candidates_to_records(rows, accept_all=accept_all,
                                    min_confidence=min_confidence, resolver=resolver)
    nodes, rels, problems = records
    for node in nodes:
        batch.nodes.setdefault(node.id, node)
    for rel in rels:
        batch.relationships[rel.id] = rel
    # One accepted candidate is one row, though an agreement becomes two relationships
    # (each party to its Document).
    batch.rows["candidates"] += getattr(records, "accepted", len(rels))
    for line, column, reason in problems:
        batch.add_problems([Problem(str(sheet.path), line, column, reason)])
