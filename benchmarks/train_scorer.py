"""Train the extractor's learned scorer (``loaders/extract/scorer.json``).

    python benchmarks/train_scorer.py [--write]

Reads only the parts we tune on: the development monograph's lines 1-1700 and our
texts in ``gold/own-tune``. Every rule candidate and every proposal (a pair of a
sentence's parties around a trigger) is described by the general features of
:mod:`relgraph.loaders.extract.scorer` and labelled by the gold (same type, same
parties by id, evidence line within 2). A logistic regression (scikit-learn, needed
here only) is fitted; its thresholds per type, one to keep a rule's candidate and
one to add a proposal, are chosen by cross-validation over documents (each own text
one fold, the monograph's tuning part in four), as those that maximise F1 with
precision at least 0.7 on the folds not trained on. It prints the cross-validated
figures; ``--write`` also writes the weights, which the pipeline then uses (it runs
on the rules alone while no weights file is bundled).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import CORPUS, HERE, matches, read_gold  # noqa: E402

from relgraph.loaders.extract import scorer  # noqa: E402
from relgraph.loaders.extract.pipeline import extract_file  # noqa: E402

TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")
TUNING_LINES = 1700
MIN_PRECISION = 0.7


def collect() -> list[dict]:
    """One record per rule candidate or proposal: features, type, group, by_rule, label,
    and the gold index it matches (for one-to-one scoring)."""
    records = []
    gold = []
    for path in sorted((HERE / "gold").glob("belarus-monograph*.jsonl")):
        gold += read_gold(str(path))[0]
    gold = [g for g in gold if g["line"] <= TUNING_LINES]
    trace: list = []
    extract_file(str(CORPUS), scored=False, trace=trace)
    for f, row, by_rule in trace:
        if row is None or row["evidence"]["line"] > TUNING_LINES:
            continue
        group = f"monograph-{min(3, row['evidence']['line'] * 4 // TUNING_LINES)}"
        records.append(_record(f, row, by_rule, group, gold, "monograph"))
    texts = sorted((HERE / "gold" / "own-tune").glob("*.txt"))
    for text in texts:
        g, (lo, hi) = read_gold(str(text.with_suffix(".jsonl")))
        trace = []
        extract_file(str(text), scored=False, trace=trace)
        for f, row, by_rule in trace:
            if row is None or not lo <= row["evidence"]["line"] <= hi:
                continue
            records.append(_record(f, row, by_rule, text.stem, g, text.stem))
    return records


def _record(f, row, by_rule, group, gold, doc) -> dict:
    hit = [i for i, g in enumerate(gold) if matches(row, g)]
    return {"features": f, "type": row["type"], "group": group, "by_rule": by_rule,
            "label": bool(hit), "gold": [(doc, i) for i in hit]}


def _fit(records, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r["features"] for r in records])
    y = [r["label"] for r in records]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return vec, model


def _prf(records, probs, keep: float, add: float, rel: str, n_gold: int):
    chosen = [(r, p) for r, p in zip(records, probs, strict=True) if r["type"] == rel and (
        (r["by_rule"] and p >= keep) or (not r["by_rule"] and p >= add))]
    used: set = set()
    tp = 0
    for r, _ in sorted(chosen, key=lambda x: -x[1]):
        free = [g for g in r["gold"] if g not in used]
        if free:
            used.add(free[0])
            tp += 1
    precision = tp / len(chosen) if chosen else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, len(chosen), tp


def cross_validate(records, c: float):
    """Out-of-fold probabilities (each group predicted by a model fitted on the others)."""
    groups = sorted({r["group"] for r in records})
    probs = [0.0] * len(records)
    for g in groups:
        train = [r for r in records if r["group"] != g]
        vec, model = _fit(train, c)
        idx = [i for i, r in enumerate(records) if r["group"] == g]
        x = vec.transform([records[i]["features"] for i in idx])
        for i, p in zip(idx, model.predict_proba(x)[:, 1], strict=True):
            probs[i] = float(p)
    return probs


def gold_counts() -> dict[str, int]:
    counts = dict.fromkeys(TYPES, 0)
    gold = []
    for path in sorted((HERE / "gold").glob("belarus-monograph*.jsonl")):
        gold += read_gold(str(path))[0]
    gold = [g for g in gold if g["line"] <= TUNING_LINES]
    for text in sorted((HERE / "gold" / "own-tune").glob("*.txt")):
        gold += read_gold(str(text.with_suffix(".jsonl")))[0]
    for g in gold:
        counts[g["type"]] += 1
    return counts


def choose(records, probs, counts):
    grid = [x / 20 for x in range(0, 21)]
    out = {"keep": {}, "add": {}, "cv": {}}
    for rel in TYPES:
        rules = _prf(records, probs, 0.0, 2.0, rel, counts[rel])
        best = (rules[0] >= MIN_PRECISION, _f1(rules), 0.0, 2.0, rules)
        for keep in grid[:12]:
            for add in grid[8:]:
                p, r, n, tp = _prf(records, probs, keep, add, rel, counts[rel])
                cand = (p >= MIN_PRECISION, _f1((p, r)), keep, add, (p, r, n, tp))
                if cand[:2] > best[:2]:
                    best = cand
        out["keep"][rel], out["add"][rel] = best[2], best[3]
        out["cv"][rel] = {"rules": rules[:2], "scored": best[4][:2]}
    return out


def _f1(pr) -> float:
    p, r = pr[0], pr[1]
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    records = collect()
    counts = gold_counts()
    best_c, best = None, None
    for c in (0.1, 0.3, 1.0, 3.0):
        probs = cross_validate(records, c)
        chosen = choose(records, probs, counts)
        total = sum(_f1(chosen["cv"][t]["scored"]) for t in TYPES)
        print(f"C={c}: " + ", ".join(f"{t} rules P/R {chosen['cv'][t]['rules'][0]:.2f}/"
                                     f"{chosen['cv'][t]['rules'][1]:.2f} scored "
                                     f"{chosen['cv'][t]['scored'][0]:.2f}/"
                                     f"{chosen['cv'][t]['scored'][1]:.2f}" for t in TYPES))
        if best is None or total > best[0]:
            best_c, best = c, (total, chosen)
    chosen = best[1]
    print(f"chosen C={best_c}; keep {chosen['keep']}; add {chosen['add']}; "
          f"{len(records)} records, {sum(r['label'] for r in records)} positive")
    if "--write" not in argv:
        return 0
    vec, model = _fit(records, best_c)
    coef = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0],
                                                          strict=True) if abs(w) >= 1e-4}
    out = {"about": "Logistic regression over loaders/extract/scorer.py features; trained by "
                    "benchmarks/train_scorer.py on the monograph's lines 1-1700 and "
                    "gold/own-tune.",
           "C": best_c, "intercept": round(float(model.intercept_[0]), 4),
           "keep": chosen["keep"], "add": chosen["add"], "coef": dict(sorted(coef.items()))}
    scorer.WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {scorer.WEIGHTS.name}: {len(coef)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
