"""Why the clause fallback declined, counted by reason on the parts we tune on.

    python benchmarks/fallback_declines.py [--parts tuning,mono-tune,own-tune] [--show REASON]

The clause fallback (``loaders/extract/clause_fallback.py``) reads a sentence whose
patterns found no relation of a type although it has the type's trigger and two
parties; when the reading is not plain it declines, with a reason. This counts the
declines per type and reason over every sentence, and separately over the sentences
that hold a gold relation of that type that no candidate matched ("lost"): those are
the declines that may be wrong. ``--show REASON`` prints the lost ones with that reason
(type, line, the trigger word, the sentence), ``--every`` the others too. Held-out
parts are refused: their sentences may not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import HELD_OUT, matches, part_docs  # noqa: E402

TUNING = ("tuning", "mono-tune", "own-tune")


def declines(parts: tuple[str, ...] = TUNING) -> tuple[Counter, Counter, list[tuple]]:
    """(all declines, declines in sentences with a lost gold relation of the type, every
    decline as ``(part, document, type, reason, line, trigger, sentence, lost)``)."""
    every, lost, cases = Counter(), Counter(), []
    cache: dict = {}
    for part in parts:
        if part in HELD_OUT:
            raise SystemExit(f"{part} is held out: its sentences are not to be read")
        for doc in part_docs(part, _cache=cache):
            missed = [g for g in doc["gold"] if not any(matches(c, g) for c in doc["cands"])]
            for e in doc["observed"]:
                first, last = e["lines"]
                if part == "tuning" and first > 1700:
                    continue   # the monograph's held-out lines
                for rel, reason, word in e.get("declined", []):
                    every[rel, reason] += 1
                    is_lost = any(g["type"] == rel and first <= g["line"] <= last for g in missed)
                    lost[rel, reason] += is_lost
                    cases.append((part, doc["name"], rel, reason, first, word, e["text"], is_lost))
    return every, lost, cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default=",".join(TUNING))
    ap.add_argument("--show", default=None,
                    help="print the lost declines with this reason ('all': every reason)")
    ap.add_argument("--every", action="store_true", help="--show prints the declines not lost too")
    args = ap.parse_args(argv)
    every, lost, cases = declines(tuple(args.parts.split(",")))
    print(f"{'type':18} {'reason':20} {'all':>5} {'lost':>5}")
    for (rel, reason), n in sorted(every.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{rel:18} {reason:20} {n:5d} {lost[rel, reason]:5d}")
    print(f"{'total':39} {sum(every.values()):5d} {sum(lost.values()):5d}")
    for part, name, rel, reason, line, word, text, is_lost in cases:
        if args.show in (reason, "all") and (is_lost or args.every):
            print(f"\n[{part} {name}:{line}] {rel} {reason} <{word}>"
                  f"{' LOST' if is_lost else ''}\n  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
