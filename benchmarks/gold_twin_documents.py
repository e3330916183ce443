"""Give every gold twinning made by a signed document the signing of that document.

The data model makes a Document a signed paper and SIGNED_AGREEMENT a party's
signature of one; a TWINNED_WITH carries the id of the document that made it. Gold
files written before that convention record such a twinning alone, with the document's
kind in its ``document`` field. This adds, after each TWINNED_WITH whose ``document``
is set, a SIGNED_AGREEMENT between the same parties with the same line, date, document
and status, unless the file already has one for that pair within two lines. It is
mechanical: it reads the gold records, never the texts, and prints only counts.

    python benchmarks/gold_twin_documents.py [--check] GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _pair(record: dict) -> frozenset:
    return frozenset(frozenset(p["ids"]) for p in record["parties"])


def with_signings(records: list[dict]) -> tuple[list[dict], int]:
    """The records with a signing after each twinning a document made, and how many
    were added.

    >>> twin = {"id": "g1", "type": "TWINNED_WITH", "line": 5, "parties": [
    ...     {"ids": ["city:by:lida"], "names": ["Lida"]},
    ...     {"ids": ["city:lt:alytus"], "names": ["Alytus"]}],
    ...     "directed": False, "date": "2004", "document": "agreement", "status": "fact"}
    >>> out, added = with_signings([{"annotated_lines": [1, 9]}, twin])
    >>> added, out[2]["type"], out[2]["id"], out[2]["document"], out[2]["line"]
    (1, 'SIGNED_AGREEMENT', 'g1-signed', 'agreement', 5)
    >>> with_signings(out)[1]
    0
    >>> with_signings([dict(twin, document=None)])[1]
    0
    """
    signed = [r for r in records if r.get("type") == "SIGNED_AGREEMENT"]
    out, added = [], 0
    for r in records:
        out.append(r)
        if r.get("type") != "TWINNED_WITH" or not r.get("document"):
            continue
        if any(_pair(s) == _pair(r) and abs(s["line"] - r["line"]) <= 2 for s in signed):
            continue
        signing = {"id": f"{r['id']}-signed", "type": "SIGNED_AGREEMENT", "line": r["line"],
                   "parties": [dict(p) for p in r["parties"]], "directed": False,
                   "date": r.get("date"), "document": r["document"],
                   "status": r.get("status", "fact")}
        out.append(signing)
        signed.append(signing)
        added += 1
    return out, added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="count, write nothing")
    args = parser.parse_args(argv)
    total = 0
    for path in args.gold:
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        records, added = with_signings([json.loads(x) for x in lines])
        total += added
        if added and not args.check:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                            encoding="utf-8")
        print(f"{path.name}: {added} signings added")
    print(f"total: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
