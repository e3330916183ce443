"""Train the extractor's learned scorer (``loaders/extract/scorer.json``) and measure
whether it carries to a topic it was not trained on.

    python benchmarks/train_scorer.py [--min-precision P] [--jobs N] [--write]

Reads only the parts we tune on (``TUNE_PARTS``: the development monograph's lines
1-1700, ``gold/mono-tune``, ``gold/own-tune`` and the outside authors' parts fresh7
and fresh9 onwards that have become tuning material); a held-out part is never read.
Every rule candidate and every proposal (a pair of a sentence's parties around a
trigger) is described by the general features of
:mod:`relgraph.loaders.extract.scorer` and labelled by the gold (same type, same
parties by id, evidence line within 2). A logistic regression (scikit-learn, needed
here only) is fitted.

Leave one part out: each outside part in turn (``OUTSIDE``) is set aside as a new
topic. On the other parts alone, the regularisation and the thresholds per type (one
to keep a rule's candidate, one to add a proposal) are chosen by an inner
cross-validation by part, as those that maximise F1 with precision at least
``--min-precision`` on the parts not trained on; the model is refitted on all of
them and the extractor is run on the left-out part with it, in three ways: as a
filter only (it may drop rule candidates), for its proposals only (it may add pairs)
and both. The left-out part is scored with ``extract_eval``'s matching, against the
rules alone, per part and pooled over the outside parts, per type.

``--write`` chooses the regularisation and thresholds in the same way on all tuning
parts, fits on all of them and writes the weights, which the pipeline then uses (it
runs on the rules alone while no weights file is bundled).
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import (  # noqa: E402
    HELD_OUT,
    _sum,
    evaluate,
    gold_documents,
    matches,
)

from relgraph.loaders.extract import scorer  # noqa: E402
from relgraph.loaders.extract.pipeline import extract_lines  # noqa: E402
from relgraph.loaders.extract.readers import read_lines  # noqa: E402

TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")
# Outside authors' parts that are tuning material: each is left out in turn.
OUTSIDE = ("fresh7", *(f"fresh{i}" for i in range(9, 21)))
TUNE_PARTS = ("tuning", "mono-tune", "own-tune", *OUTSIDE)
assert not HELD_OUT & set(TUNE_PARTS)
MODES = ("filter", "propose", "both")
C_GRID = (0.1, 0.3, 1.0)
KEEP_GRID = [x / 20 for x in range(0, 12)]
ADD_GRID = [x / 20 for x in range(8, 21)]
# The inner cross-validation that chooses the regularisation and thresholds: folds of
# whole parts.
INNER_FOLDS = 5


def _docs(part: str) -> list[dict]:
    """The documents of a tuning part: name, lines, file, gold and annotated range."""
    if part not in TUNE_PARTS:
        raise ValueError(f"{part} is not a tuning part")
    return gold_documents(part)


def _in_range(row: dict, doc: dict) -> bool:
    lo, hi = doc["range"]
    return lo <= row["evidence"]["line"] <= hi


def _collect_doc(doc: dict) -> tuple[list[dict], list[dict]]:
    """(records, the rules' own candidates in range) of one document."""
    trace: list = []
    result = extract_lines(read_lines(doc["file"]), doc["file"], scored=False, trace=trace)
    records = []
    for f, row, by_rule in trace:
        if row is None or not _in_range(row, doc):
            continue
        hit = [i for i, g in enumerate(doc["gold"]) if matches(row, g)]
        a, b = row["source"]["id"], row["target"]["id"]
        if row["type"] != "SUPPLIES_TO":
            a, b = sorted((a, b))
        records.append({"features": f, "type": row["type"], "part": doc["part"],
                        "doc": doc["name"], "by_rule": by_rule, "label": bool(hit),
                        "gold": [(doc["name"], i) for i in hit],
                        "key": (doc["name"], row["type"], a, b, row["evidence"]["line"])})
    return records, [c for c in result.candidates if _in_range(c, doc)]


def collect(jobs: int = 1) -> tuple[list[dict], list[dict]]:
    """All records of the tuning parts, and their documents with the rules' candidates."""
    docs = [d for part in TUNE_PARTS for d in _docs(part)]
    with _pool(jobs) as pool:
        out = list(pool.map(_collect_doc, docs, chunksize=4))
    records = []
    for doc, (recs, cands) in zip(docs, out, strict=True):
        records += recs
        doc["rules"] = cands
    return records, docs


def gold_counts(docs, parts) -> dict[str, int]:
    counts = dict.fromkeys(TYPES, 0)
    for d in docs:
        if d["part"] in parts:
            for g in d["gold"]:
                counts[g["type"]] += 1
    return counts


def _fit(records, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["features"] for r in records])
    y = [r["label"] for r in records]
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, y)
    return vec, model


class _Type:
    """One type's distinct candidates (records naming the same relation at the same
    line are one): the best probability of a rule's record and of a proposal among them
    (-1 where none), and which gold relations each matches."""

    def __init__(self, records, probs, rel: str):
        import numpy as np
        from scipy.sparse import csr_matrix

        keys: dict[tuple, int] = {}
        rule, prop, gold = [], [], []
        items: dict[tuple, int] = {}
        for r, p in zip(records, probs, strict=True):
            if r["type"] != rel:
                continue
            k = keys.setdefault(r["key"], len(keys))
            if k == len(rule):
                rule.append(-1.0)
                prop.append(-1.0)
                gold.append(set())
            if r["by_rule"]:
                rule[k] = max(rule[k], p)
            else:
                prop[k] = max(prop[k], p)
            gold[k] |= {items.setdefault(g, len(items)) for g in r["gold"]}
        self.rule, self.prop = np.array(rule), np.array(prop)
        rows = [k for k, gs in enumerate(gold) for _ in gs]
        cols = [g for gs in gold for g in gs]
        self.gold = csr_matrix((np.ones(len(rows)), (rows, cols)),
                               shape=(len(gold), max(1, len(items))))
        self.has_gold = np.array([bool(gs) for gs in gold])


def _prf(t: _Type, keep: float, add: float, n_gold: int):
    """(precision, recall, candidates, matches) of one type when rule candidates need
    ``keep`` and proposals ``add``. Matches: the gold relations the chosen candidates
    cover, at most one per candidate (a close bound of the one-to-one matching)."""
    chosen = ((t.rule >= 0) & (t.rule >= keep)) | ((t.prop >= 0) & (t.prop >= add))
    n = int(chosen.sum())
    covered = int((t.gold[chosen].sum(axis=0) > 0).sum()) if n else 0
    tp = min(covered, int((chosen & t.has_gold).sum()))
    precision = tp / n if n else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, n, tp


def _f1(pr) -> float:
    p, r = pr[0], pr[1]
    return 2 * p * r / (p + r) if p + r else 0.0


def out_of_fold(records, c: float, folds: int = INNER_FOLDS) -> list[float]:
    """Out-of-fold probabilities: the parts are dealt into ``folds`` folds (whole parts,
    in a fixed order), each predicted by a model fitted on the others."""
    parts = sorted({r["part"] for r in records})
    fold_of = {p: i % folds for i, p in enumerate(parts)}
    probs = [0.0] * len(records)
    for k in range(min(folds, len(parts))):
        train = [r for r in records if fold_of[r["part"]] != k]
        vec, model = _fit(train, c)
        idx = [i for i, r in enumerate(records) if fold_of[r["part"]] == k]
        x = vec.transform([records[i]["features"] for i in idx])
        for i, p in zip(idx, model.predict_proba(x)[:, 1], strict=True):
            probs[i] = float(p)
    return probs


def choose(records, probs, counts, min_precision: float) -> dict:
    """Per mode and type the (keep, add) thresholds that maximise F1 with precision at
    least ``min_precision``, else the rules alone (keep 0, add over 1)."""
    out = {}
    typed = {rel: _Type(records, probs, rel) for rel in TYPES}
    for mode in MODES:
        keeps = KEEP_GRID if mode != "propose" else [0.0]
        adds = ADD_GRID if mode != "filter" else [2.0]
        out[mode] = {"keep": {}, "add": {}, "cv": {}}
        for rel in TYPES:
            t = typed[rel]
            rules = _prf(t, 0.0, 2.0, counts[rel])
            best = (rules[0] >= min_precision, _f1(rules), 0.0, 2.0, rules)
            for keep in keeps:
                for add in adds:
                    got = _prf(t, keep, add, counts[rel])
                    cand = (got[0] >= min_precision, _f1(got), keep, add, got)
                    if cand[:2] > best[:2]:
                        best = cand
            out[mode]["keep"][rel], out[mode]["add"][rel] = best[2], best[3]
            out[mode]["cv"][rel] = {"rules": rules, "scored": best[4]}
    return out


def select(records, docs, min_precision: float) -> tuple[float, dict, list[str]]:
    """The regularisation and thresholds chosen by cross-validation by part over
    ``records`` (the sum of F1 over types in mode "both" decides the regularisation)."""
    counts = gold_counts(docs, {r["part"] for r in records})
    best = None
    log = []
    for c in C_GRID:
        chosen = choose(records, out_of_fold(records, c), counts, min_precision)
        total = sum(_f1(chosen["both"]["cv"][t]["scored"]) for t in TYPES)
        log.append(f"C={c}: " + ", ".join(
            f"{t} rules {chosen['both']['cv'][t]['rules'][0]:.2f}/"
            f"{chosen['both']['cv'][t]['rules'][1]:.2f} scored "
            f"{chosen['both']['cv'][t]['scored'][0]:.2f}/"
            f"{chosen['both']['cv'][t]['scored'][1]:.2f}" for t in TYPES))
        if best is None or total > best[0]:
            best = (total, c, chosen)
    return best[1], best[2], log


def weights(records, c: float, chosen: dict, mode: str = "both", about: str = "") -> dict:
    vec, model = _fit(records, c)
    coef = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0],
                                                          strict=True) if abs(w) >= 1e-4}
    return {"about": about, "C": c, "intercept": round(float(model.intercept_[0]), 4),
            "keep": chosen[mode]["keep"], "add": chosen[mode]["add"],
            "coef": dict(sorted(coef.items()))}


def run_with(w: dict | None, docs: list[dict]) -> list[dict]:
    """Per-type reports of ``docs`` extracted with weights ``w`` (None: rules alone)."""
    reports = []
    saved = scorer._weights
    scorer._weights = lambda: w
    try:
        for d in docs:
            if w is None:
                cands = d["rules"]
            else:
                cands = [c for c in extract_lines(read_lines(d["file"]), d["file"],
                                                  scored=True).candidates if _in_range(c, d)]
            reports.append(evaluate(cands, d["gold"])["per_type"])
    finally:
        scorer._weights = saved
    return reports


# What the folds read (shared with the worker processes by forking, not by pickling).
_STATE: dict = {}


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))


def _fold(part: str) -> tuple[str, dict, list[str]]:
    """Leave ``part`` out: choose and fit on the others, score it four ways."""
    records, docs, min_precision = _STATE["records"], _STATE["docs"], _STATE["min_precision"]
    train = [r for r in records if r["part"] != part]
    c, chosen, log = select(train, docs, min_precision)
    mine = [d for d in docs if d["part"] == part]
    out = {"rules": _sum(run_with(None, mine))}
    for mode in MODES:
        w = weights(train, c, chosen, mode)
        out[mode] = _sum(run_with(w, mine))
    log.append(f"chosen C={c}; " + "; ".join(
        f"{m} keep {chosen[m]['keep']} add {chosen[m]['add']}" for m in MODES))
    return part, out, log


def ranking(records, c: float = 0.3) -> None:
    """How well the scorer, fitted on the other parts (folds of whole parts), ranks the
    rule candidates and the proposals of each type: ROC AUC, average precision and the
    precision of its 10, 30 and 100 best proposals. Proposals can only add what the
    rules miss if their best ones are mostly right."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    probs = out_of_fold(records, c)
    for rel in TYPES:
        for by_rule in (True, False):
            idx = [i for i, r in enumerate(records) if r["type"] == rel and r["by_rule"] == by_rule]
            y = [records[i]["label"] for i in idx]
            p = [probs[i] for i in idx]
            if not idx or len(set(y)) < 2:
                continue
            best = [y[i] for i in sorted(range(len(p)), key=lambda i: -p[i])]
            top = ", ".join(f"best {k} {sum(best[:k]) / k:.2f}" for k in (10, 30, 100))
            print(f"{rel:16s} {'rules' if by_rule else 'proposals':9s} {len(idx):6d} records, "
                  f"{sum(y) / len(y):.2f} right; AUC {roc_auc_score(y, p):.3f}, "
                  f"average precision {average_precision_score(y, p):.3f}; {top}")


def _line(name: str, how: str, rep: dict) -> str:
    cells = []
    for t in (*TYPES, "all"):
        x = rep[t]
        f = _f1((x["precision"], x["recall"]))
        cells.append(f"{x['matched']:4d}/{x['candidates']:4d}/{x['gold']:4d} "
                     f"{x['precision']:.2f} {x['recall']:.2f} {f:.2f}")
    return f"{name:8s} {how:8s} " + " | ".join(cells)


def leave_one_part_out(records, docs, min_precision: float, jobs: int) -> dict:
    _STATE.update(records=records, docs=docs, min_precision=min_precision)
    with _pool(jobs) as pool:
        folds = list(pool.map(_fold, OUTSIDE))
    print("left out; per type and all: matched/candidates/gold P R F1 "
          "(TWINNED_WITH | SIGNED_AGREEMENT | SUPPLIES_TO | all)")
    pooled = {how: [] for how in ("rules", *MODES)}
    for part, out, log in folds:
        for x in log:
            print(f"  [{part}] {x}")
        for how in ("rules", *MODES):
            print(_line(part, how, out[how]))
            pooled[how].append({t: out[how][t] for t in TYPES})
    summed = {how: _sum(reps) for how, reps in pooled.items()}
    for how in ("rules", *MODES):
        print(_line("pooled", how, summed[how]))
    for how in MODES:
        better = sum(_f1(_pr(out[how]["all"])) > _f1(_pr(out["rules"]["all"])) + 1e-9
                     for _, out, _ in folds)
        worse = sum(_f1(_pr(out[how]["all"])) < _f1(_pr(out["rules"]["all"])) - 1e-9
                    for _, out, _ in folds)
        print(f"{how}: F1 (all types) better on {better}, worse on {worse} "
              f"of {len(folds)} left-out parts")
    return summed


def _pr(x: dict) -> tuple[float, float]:
    return x["precision"], x["recall"]


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-precision", type=float, default=0.7)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-lopo", action="store_true", help="skip leave one part out")
    ap.add_argument("--ranking", action="store_true",
                    help="print how well the scorer ranks rule candidates and proposals")
    ap.add_argument("--drop", help="leave out the features whose name (after the type) "
                    "matches this regular expression, to measure what they add")
    ap.add_argument("--cache", type=Path, help="keep the collected records in this file and "
                    "read them from it when it exists (rerun after changing the extractor)")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    if args.cache and args.cache.exists():
        with args.cache.open("rb") as fh:
            records, docs = pickle.load(fh)
    else:
        records, docs = collect(args.jobs)
        if args.cache:
            with args.cache.open("wb") as fh:
                pickle.dump((records, docs), fh)
    if args.drop:
        rx = re.compile(args.drop)
        for r in records:
            r["features"] = {k: v for k, v in r["features"].items()
                             if not rx.search(k.split(":", 1)[1])}
    print(f"{len(records)} records ({sum(r['label'] for r in records)} positive, "
          f"{sum(r['by_rule'] for r in records)} by rules) in {len(docs)} documents of "
          f"{len(TUNE_PARTS)} tuning parts")
    if args.ranking:
        ranking(records)
    if not args.no_lopo:
        leave_one_part_out(records, docs, args.min_precision, args.jobs)
    if not args.write:
        return 0
    c, chosen, log = select(records, docs, args.min_precision)
    print("\n".join(log))
    w = weights(records, c, chosen, "both",
                "Logistic regression over loaders/extract/scorer.py features; trained by "
                "benchmarks/train_scorer.py on the tuning parts " + ", ".join(TUNE_PARTS) + ".")
    scorer.WEIGHTS.write_text(json.dumps(w, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {scorer.WEIGHTS.name}: {len(w['coef'])} weights; keep {w['keep']}; "
          f"add {w['add']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
