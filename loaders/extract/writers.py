"""Writing candidates as JSONL (nested, one object a line) or CSV (flat, with an
empty ``accept`` column for reviewers; a quote or name that would start a spreadsheet
formula begins with ``'``). Field names: see README.md here."""

from __future__ import annotations

import csv
import json
from typing import IO

from relgraph.graph.spreadsheet import row_to_spreadsheet

CSV_COLUMNS = [
    "accept", "type", "confidence", "status", "date",
    "source_name", "source_id", "source_kind", "source_country",
    "target_name", "target_id", "target_kind", "target_country",
    "document_kind", "document_title", "goods", "value_usd",
    "evidence_file", "evidence_line", "evidence_quote", "sources", "source_titles",
    "source_body", "target_body", "rule", "source_urls", "source_published",
]


def flatten(row: dict, sources: dict | None = None) -> dict:
    """One candidate as a flat CSV row.

    >>> flatten({"type": "TWINNED_WITH", "source": {"name": "Minsk", "id": "city:by:minsk"},
    ...          "target": {"name": "Lyon"}, "evidence": {"line": 3}, "sources": ["source:1"]}
    ...         )["sources"]
    'source:1'
    """
    sources = sources or {}
    doc = row.get("document") or {}
    ev = row.get("evidence") or {}
    out = {"accept": "", "type": row.get("type"), "confidence": row.get("confidence"),
           "status": row.get("status"), "date": row.get("date"),
           "document_kind": doc.get("kind"), "document_title": doc.get("title"),
           "goods": row.get("goods"), "value_usd": row.get("value_usd"),
           "evidence_file": ev.get("file"), "evidence_line": ev.get("line"),
           "evidence_quote": ev.get("quote"),
           "sources": "|".join(row.get("sources") or []),
           "source_titles": "|".join((sources.get(s) or {}).get("title", "")
                                     for s in row.get("sources") or []),
           # URLs and years ride along so a loaded Source keeps its link.
           "source_urls": "|".join((sources.get(s) or {}).get("url") or ""
                                   for s in row.get("sources") or []),
           "source_published": "|".join((sources.get(s) or {}).get("published") or ""
                                        for s in row.get("sources") or []),
           "rule": row.get("rule")}
    for side in ("source", "target"):
        p = row.get(side) or {}
        out.update({f"{side}_name": p.get("name"), f"{side}_id": p.get("id"),
                    f"{side}_kind": p.get("kind"), f"{side}_country": p.get("country"),
                    f"{side}_body": p.get("body")})
    return {k: ("" if out.get(k) is None else out.get(k)) for k in CSV_COLUMNS}


def write_jsonl(rows: list[dict], fh: IO[str], sources: dict | None = None) -> None:
    for row in rows:
        full = dict(row)
        if sources:
            full["source_records"] = [sources[s] for s in row.get("sources") or [] if s in sources]
        fh.write(json.dumps(full, ensure_ascii=False) + "\n")


def write_csv(rows: list[dict], fh: IO[str], sources: dict | None = None, *,
              header: bool = True) -> None:
    w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
    if header:
        w.writeheader()
    for row in rows:
        w.writerow(row_to_spreadsheet(flatten(row, sources)))


def write(rows: list[dict], fh: IO[str], fmt: str, sources: dict | None = None, *,
          header: bool = True) -> None:
    """Write ``rows``; ``header=False`` appends to a CSV whose header is written."""
    if fmt == "csv":
        write_csv(rows, fh, sources, header=header)
    else:
        write_jsonl(rows, fh, sources)
