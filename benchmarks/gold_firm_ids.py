"""Give every gold firm the firm table's id as one more accepted id.

Gold files written before the extractor used the firm table's ids name a well-known
firm by the naming convention's slug of its name as written
(``company:ru:chelyabinsk-tractor-plant``); the extractor now gives the table's id
(``company:ru:chtz``), one node for every spelling. This adds that id to a gold party
whose names the table knows, in the country the party's ids give. It is mechanical:
it reads the gold's names and ids, never the texts, and prints only counts.

    python benchmarks/gold_firm_ids.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relgraph.loaders.gazetteer.firms import known_firm  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"


def table_ids(party: dict) -> list[str]:
    """Ids of the firm table the party's names stand for, in the party's country.

    >>> table_ids({"ids": ["company:by:minsk-tractor-works"], "names": ["Minsk Tractor Works"]})
    ['company:by:mtz']
    >>> table_ids({"ids": ["city:by:minsk"], "names": ["Minsk"]})
    []
    """
    firms = [i for i in party["ids"] if i.startswith("company:")]
    countries = {i.split(":")[1] for i in firms}
    out = []
    for name in party.get("names", []):
        known = known_firm(name)
        if known and firms and known.country.lower() in countries | {"xx"} \
                and known.id not in party["ids"] and known.id not in out:
            out.append(known.id)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="count, change nothing")
    args = ap.parse_args(argv)
    for path in sorted(GOLD.rglob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        added = 0
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            row = json.loads(line)
            if "parties" not in row:
                continue
            for party in row["parties"]:
                extra = table_ids(party)
                party["ids"] += extra
                added += len(extra)
            lines[k] = json.dumps(row, ensure_ascii=False)
        if added:
            print(f"{path.relative_to(GOLD)}: {added} ids added")
            if not args.check:
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
