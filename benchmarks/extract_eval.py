"""Precision and recall of `relgraph extract` against an annotated gold file.

    python benchmarks/extract_eval.py CORPUS GOLD [GOLD ...] [--from-line N] [--to-line M] [--show]
    python benchmarks/extract_eval.py --suite [--parts tuning,own-tune] [--show-tuning]

``--suite`` scores the parts the README reports, summed per type: the development
monograph's tuning part (lines 1-1700) and held-out part (1701-2824) against
``gold/belarus-monograph*.jsonl``; the first pass's own texts (``gold/own``); and
our texts in other registers and countries, split by file into a part to tune on
(``gold/own-tune``) and a part held out (``gold/own-holdout``), each ``.txt`` with
its ``.jsonl``. ``--parts`` scores only the named parts (so a tuning run never
prints held-out figures); ``--show-PART`` lists a part's misses and false candidates.

A candidate matches a gold relation when it has the same type, the same parties
(unordered; ordered for SUPPLIES_TO) and its evidence line is within 2 lines of the
gold line. The main score matches parties on ids: the candidate's id must be one of
the gold party's ``ids`` (the gazetteer's id where the gazetteer knows the party,
else the naming convention's). A second, looser score (labelled "by id or name")
also accepts a candidate whose name as written is one of the gold party's ``names``;
it shows how much is lost to resolution rather than to finding. Matching is
one-to-one. Only candidates whose line falls in the annotated range are scored: the
range a gold file declares in a metadata line (``{"annotated_lines": [FROM, TO]}``, a
record without ``type``), else its first to last gold line, narrowed by
--from-line/--to-line. Each gold file is scored on its own, so a part of the text that
states no relation (an empty gold file with a declared range) still counts every
candidate found there as a false positive.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relgraph.loaders.extract.pipeline import extract_file  # noqa: E402

TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")


def _party_ok(cand: dict, gold: dict, by_name: bool = False) -> bool:
    if cand.get("id") in gold["ids"]:
        return True
    return by_name and _norm(cand.get("name", "")) in {_norm(n) for n in gold["names"]}


def _norm(name) -> str:
    # Kind words do not change who is meant: "Myadel regions" is "Myadel".
    name = re.sub(r"\b(?:regions?|districts?|oblasts?|krai|territory|province|city|the)\b", " ",
                  str(name).lower().replace('"', " "))
    return " ".join(name.split())


def matches(c: dict, g: dict, tolerance: int = 2, by_name: bool = False) -> bool:
    if c["type"] != g["type"] or abs(c["evidence"]["line"] - g["line"]) > tolerance:
        return False
    a, b = c["source"], c["target"]
    ga, gb = g["parties"]
    if _party_ok(a, ga, by_name) and _party_ok(b, gb, by_name):
        return True
    return not g.get("directed") and _party_ok(a, gb, by_name) and _party_ok(b, ga, by_name)


def evaluate(cands: list[dict], gold: list[dict], by_name: bool = False) -> dict:
    used: set[int] = set()
    tp: dict[str, int] = dict.fromkeys(TYPES, 0)
    fps: list[dict] = []
    for c in sorted(cands, key=lambda c: -c["confidence"]):
        hit = next((i for i, g in enumerate(gold)
                    if i not in used and matches(c, g, by_name=by_name)), None)
        if hit is None:
            fps.append(c)
        else:
            used.add(hit)
            tp[c["type"]] += 1
    report = {}
    for t in TYPES:
        n_c = sum(1 for c in cands if c["type"] == t)
        n_g = sum(1 for g in gold if g["type"] == t)
        report[t] = {"candidates": n_c, "gold": n_g, "matched": tp[t],
                     "precision": tp[t] / n_c if n_c else 0.0,
                     "recall": tp[t] / n_g if n_g else 0.0}
    missed = [g for i, g in enumerate(gold) if i not in used]
    return {"per_type": report, "false_positives": fps, "missed": missed}


def read_gold(path: str) -> tuple[list[dict], tuple[int, int]]:
    """Gold relations of one file and the line range it annotates.

    >>> import tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    >>> _ = f.write('{"annotated_lines": [1, 797]}\\n'); f.close()
    >>> read_gold(f.name)
    ([], (1, 797))
    >>> os.unlink(f.name)
    """
    rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines()
            if x.strip()]
    gold = [r for r in rows if "type" in r]
    declared = [r["annotated_lines"] for r in rows if "annotated_lines" in r]
    if declared:
        return gold, (declared[0][0], declared[0][1])
    if not gold:
        raise ValueError(f"{path}: no gold relation and no annotated_lines record")
    return gold, (min(g["line"] for g in gold) - 2, max(g["line"] for g in gold) + 2)


HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "seeds" / "000_c16572a867e56ee7.txt"
PARTS = {"tuning": (1, 1700), "held-out": (1701, 2824)}


def _sum(reports: list[dict]) -> dict:
    out = {}
    for t in TYPES:
        c = sum(r[t]["candidates"] for r in reports)
        g = sum(r[t]["gold"] for r in reports)
        m = sum(r[t]["matched"] for r in reports)
        out[t] = {"candidates": c, "gold": g, "matched": m,
                  "precision": m / c if c else 0.0, "recall": m / g if g else 0.0}
    c = sum(out[t]["candidates"] for t in TYPES)
    g = sum(out[t]["gold"] for t in TYPES)
    m = sum(out[t]["matched"] for t in TYPES)
    out["all"] = {"candidates": c, "gold": g, "matched": m,
                  "precision": m / c if c else 0.0, "recall": m / g if g else 0.0}
    return out


# Folders of our own texts, by part name.
OWN_PARTS = {"own": "own", "own-tune": "own-tune", "own-holdout": "own-holdout"}
ALL_PARTS = (*PARTS, *OWN_PARTS)


def suite(corpus: Path = CORPUS, show: tuple[str, ...] = (),
          parts: tuple[str, ...] = ALL_PARTS) -> dict[str, dict]:
    """Per-type scores of the monograph's tuning and held-out parts and of our own
    texts (the first pass's, and the new ones to tune on and held out)."""
    scores: dict = {"_seconds": 0.0}
    if any(p in PARTS for p in parts):
        gold = []
        for path in sorted((HERE / "gold").glob("belarus-monograph*.jsonl")):
            gold += read_gold(str(path))[0]
        t0 = time.perf_counter()
        cands = extract_file(str(corpus)).candidates
        scores["_seconds"] = time.perf_counter() - t0
        for part, (lo, hi) in PARTS.items():
            if part not in parts:
                continue
            cs = [c for c in cands if lo <= c["evidence"]["line"] <= hi]
            ev = evaluate(cs, [g for g in gold if lo <= g["line"] <= hi])
            scores[part] = _sum([ev["per_type"]])
            if part in show:
                _show(ev)
    for part, folder in OWN_PARTS.items():
        if part not in parts:
            continue
        own = []
        for text in sorted((HERE / "gold" / folder).glob("*.txt")):
            g, (lo, hi) = read_gold(str(text.with_suffix(".jsonl")))
            cs = [c for c in extract_file(str(text)).candidates
                  if lo <= c["evidence"]["line"] <= hi]
            ev = evaluate(cs, g)
            own.append(ev["per_type"])
            if part in show:
                print("--", text.name)
                _show(ev)
        scores[part] = _sum(own)
    return scores


def _show(ev: dict) -> None:
    for c in ev["false_positives"]:
        s, t = c["source"], c["target"]
        print("FP", c["type"], c["evidence"]["line"], s["name"], "|", s["id"],
              "->", t["name"], "|", t["id"], c.get("rule"))
    for g in ev["missed"]:
        a, b = g["parties"]
        print("MISS", g["type"], g["line"], a["ids"][0], b["ids"][0],
              "|", a["names"][0], "|", b["names"][0])


def print_suite(scores: dict) -> None:
    print(f"monograph extraction {scores['_seconds']:.2f} s (gazetteer load included)")
    print(f"{'part':11} {'type':18} {'cand':>5} {'gold':>5} {'match':>5} {'P':>5} {'R':>5}")
    for part, per in scores.items():
        if part.startswith("_"):
            continue
        for t, r in per.items():
            print(f"{part:11} {t:18} {r['candidates']:5d} {r['gold']:5d} {r['matched']:5d} "
                  f"{r['precision']:5.2f} {r['recall']:5.2f}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--suite":
        show = tuple(a.removeprefix("--show-") for a in argv[1:] if a.startswith("--show-"))
        parts = ALL_PARTS
        if "--parts" in argv:
            parts = tuple(argv[argv.index("--parts") + 1].split(","))
            unknown = set(parts) - set(ALL_PARTS)
            if unknown:
                print(f"unknown part(s) {', '.join(sorted(unknown))}; parts: "
                      f"{', '.join(ALL_PARTS)}", file=sys.stderr)
                return 2
        print_suite(suite(show=show, parts=parts))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--from-line", type=int)
    ap.add_argument("--to-line", type=int)
    ap.add_argument("--show", action="store_true", help="list false positives and misses")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    result = extract_file(args.corpus)
    elapsed = time.perf_counter() - t0
    for path in args.gold:
        gold, (lo, hi) = read_gold(path)
        lo = max(lo, args.from_line or lo)
        hi = min(hi, args.to_line or hi)
        if lo > hi:
            continue
        print(f"== {Path(path).name}")
        _report(result.candidates, [g for g in gold if lo <= g["line"] <= hi], lo, hi,
                elapsed, args.show)
    return 0


def _report(all_cands: list[dict], gold: list[dict], lo: int, hi: int, elapsed: float,
            show: bool) -> None:
    cands = [c for c in all_cands if lo <= c["evidence"]["line"] <= hi]
    ev = evaluate(cands, gold)
    loose = evaluate(cands, gold, by_name=True)
    print(f"lines {lo}-{hi}: {len(cands)} candidates, {len(gold)} gold relations, "
          f"extraction {elapsed:.2f} s (gazetteer load included)")
    print(f"{'type':18} {'cand':>5} {'gold':>5} {'match':>5} {'precision':>9} {'recall':>7}"
          f"   by id or name: {'P':>4} {'R':>5}")
    for t, r in ev["per_type"].items():
        lr = loose["per_type"][t]
        print(f"{t:18} {r['candidates']:5d} {r['gold']:5d} {r['matched']:5d} "
              f"{r['precision']:9.2f} {r['recall']:7.2f}"
              f"   {'':14}{lr['precision']:4.2f} {lr['recall']:5.2f}")
    if show:
        for c in ev["false_positives"]:
            s, t = c["source"], c["target"]
            print("FP", c["type"], c["evidence"]["line"], s["name"], "|", s["id"],
                  "->", t["name"], "|", t["id"], c.get("rule"))
        for g in ev["missed"]:
            a, b = g["parties"]
            print("MISS", g["type"], g["line"], a["ids"][0], b["ids"][0],
                  "|", a["names"][0], "|", b["names"][0])


if __name__ == "__main__":
    sys.exit(main())
