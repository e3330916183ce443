"""How many place names of the tuning gold resolve to the gold's own id.

    python benchmarks/gold_place_names.py [--show N]

Every party of a tuning part's gold whose ids include a town or a region
(``city:``/``region:``) gives its names as written (capitalised ones only: "the two
provinces" or "our" name no place by themselves). Each name is read as the extractor
reads a name alone (``parties.resolve_mention``, with the kind a supply or an agreement
gives an unknown name, a firm, or a twinning's, a town, as its relation is), twice:
bare, and with the country of the gold id as if the text had written it beside the
name. A name counts when the id found is one of the party's gold ids. Held-out parts
and the part checked by totals only are never read.

Prints the counts (bare, with the country) and, with ``--show``, up to N names that
miss, with what they resolved to.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from extract_eval import CHECKS, HELD_OUT, OWN_PARTS  # noqa: E402

from relgraph.loaders.extract.mentions import Mention  # noqa: E402
from relgraph.loaders.extract.parties import resolve_mention, text_resolver  # noqa: E402

# Parts read by their totals only, besides the held-out ones.
TOTALS_ONLY = CHECKS
_PLACE_PREFIXES = ("city:", "region:")


def tuning_names() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(part, relation type, name as written, gold ids) of every capitalised place name
    in tuning gold."""
    out = []
    for part, folder in OWN_PARTS.items():
        if part in HELD_OUT or part in TOTALS_ONLY:
            continue
        for path in sorted((HERE / "gold" / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                for party in row.get("parties", ()):
                    ids = tuple(party["ids"])
                    if not any(i.startswith(_PLACE_PREFIXES) for i in ids):
                        continue
                    for name in party["names"]:
                        if name[:1].isupper() and name.split()[0].lower() not in (
                                "our", "the", "its", "their", "both", "we", "us"):
                            out.append((part, row["type"], name, ids))
    return out


def country_of(ids: tuple[str, ...]) -> str | None:
    """The country of the first place id that states one."""
    for i in ids:
        if i.startswith(_PLACE_PREFIXES) and i.split(":")[1] != "xx":
            return i.split(":")[1].upper()
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    r = text_resolver()
    names = sorted(set(tuning_names()))
    bare = with_cc = 0
    misses = []
    for part, rel, name, ids in names:
        default = "City" if rel == "TWINNED_WITH" else "Company"
        m = Mention(name, 0, len(name))
        got_bare = resolve_mention(m, r, None, default).id
        hinted = Mention(name, 0, len(name), country_hint=country_of(ids))
        got_cc = resolve_mention(hinted, r, None, default).id
        bare += got_bare in ids
        with_cc += got_cc in ids
        if got_cc not in ids:
            misses.append((part, name, got_cc, ids))
    print(f"place names {len(names)}: bare {bare}, with the gold's country {with_cc}")
    for part, name, got, ids in misses[:args.show]:
        print(f"  {part:9} {name!r:32} -> {got}  gold {', '.join(ids)}")


if __name__ == "__main__":
    main()
