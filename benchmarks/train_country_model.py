"""Train the learned decision on a firm's country (``loaders/extract/country_model.json``)
and measure, document by document, whether it places firms better than the rules.

    python benchmarks/train_country_model.py [--jobs N] [--write]

Reads only tuning parts (``TUNE_PARTS``: every part of ``extract_eval.ALL_PARTS`` that
is not held out, less fresh32, which is checked by its totals only and never trained
on). Each document is extracted with the rules alone; every firm the rules placed by
inference (an unresolved ``company:cc:slug``) whose slug the gold names under a
country gives one example per candidate country (:func:`country_model.candidates`),
labelled by whether it is the gold's. A logistic regression (scikit-learn, needed here
only) is fitted on those rows.

Cross-validation by part (one writer's texts, or our own): each part in turn is left
out, the model is fitted on the others (the regularisation and the margin by which the
model must beat the rules' answer chosen on those others, by five folds of documents)
and decides the left-out part's firms. The report gives, per part and overall, how
many firms the rules and the model place right, strictly (the gold's country) and as
the gold accepts (a firm left without a country also matches where the gold says the
text does not give one), and the firms on which they differ.

``--write`` fits on every tuning document and writes the weights, which the pipeline
then applies (it keeps the rules' answer while no weights file is bundled).
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import ALL_PARTS, HELD_OUT, gold_documents  # noqa: E402

from relgraph.loaders.extract import country_model  # noqa: E402
from relgraph.loaders.extract.pipeline import extract_lines  # noqa: E402
from relgraph.loaders.extract.readers import read_lines  # noqa: E402

# fresh32 is checked by its totals alone: never a training document.
NEVER = frozenset({"fresh32"})
TUNE_PARTS = tuple(p for p in ALL_PARTS if p not in HELD_OUT and p not in NEVER)
assert not (HELD_OUT | NEVER) & set(TUNE_PARTS)
C_GRID = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5)


def _docs(part: str) -> list[dict]:
    """A tuning part's documents: name, file, gold and annotated range."""
    if part not in TUNE_PARTS:
        raise ValueError(f"{part} is not a tuning part")
    return gold_documents(part)


def gold_countries(gold: list[dict]) -> dict[str, set[str]]:
    """Per firm slug the gold names, the countries it gives it (``xx`` is none)."""
    out: dict[str, set[str]] = {}
    for g in gold:
        for party in g["parties"]:
            for pid in party.get("ids", []):
                kind, _, rest = pid.partition(":")
                cc, _, slug = rest.partition(":")
                if kind == "company" and slug:
                    got = out.setdefault(slug, set())
                    if cc != "xx":
                        got.add(cc.upper())
    return out


def collect_doc(doc: dict) -> list[dict]:
    """One record per firm of the document that the gold places: its candidates'
    features, labels, and the rules' country."""
    trace: list = []
    result = extract_lines(read_lines(doc["file"]), doc["file"], scored=None,
                           firm_countries=trace)
    lo, hi = doc["range"]
    in_range = {r[side]["id"] for r in result.candidates if lo <= r["evidence"]["line"] <= hi
                for side in ("source", "target")}
    gold = gold_countries(doc["gold"])
    out = []
    for fid, names, rule, ev, why in trace:
        slug = fid.split(":", 2)[2]
        truth = gold.get(slug)
        if fid not in in_range or not truth:
            continue
        near = country_model._mention_evidence(names, ev)
        cands = country_model.candidates(names, rule, ev, near)
        rows = [(cc, country_model.features(names, cc, rule, ev, near, why), cc in truth)
                for cc in cands]
        # (the gold lists "xx" beside a firm's country when the text does not say it:
        # a firm left without a country then matches as well)
        xx_ok = any(f"company:xx:{slug}" in party.get("ids", ()) for g in doc["gold"]
                    for party in g["parties"])
        out.append({"doc": doc["name"], "part": doc["part"], "firm": fid, "names": names,
                    "rule": rule, "truth": sorted(truth), "xx_ok": xx_ok, "rows": rows})
    return out


def collect(jobs: int) -> list[dict]:
    docs = [d for part in TUNE_PARTS for d in _docs(part)]
    with ProcessPoolExecutor(jobs) as pool:
        return [r for recs in pool.map(collect_doc, docs) for r in recs]


def _matrix(records: list[dict]):
    """The records' rows as one sparse matrix (vectorised once), labels, and the
    record each row belongs to."""
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    M = vec.fit_transform([f for r in records for _cc, f, _y in r["rows"]]).tocsr()
    y = [int(lab) for r in records for _cc, _f, lab in r["rows"]]
    owner = [i for i, r in enumerate(records) for _ in r["rows"]]
    return vec, M, y, owner


def fit(records: list[dict], c: float, data=None, keep: set[int] | None = None) -> dict:
    """Logistic regression weights, in the shipped format, on the rows of the records
    (of those whose index is in ``keep``, when given)."""
    from sklearn.linear_model import LogisticRegression

    vec, M, y, owner = data or _matrix(records)
    rows = [j for j, i in enumerate(owner) if keep is None or i in keep]
    ys = [y[j] for j in rows]
    if len(set(ys)) < 2:
        return {"intercept": 0.0, "coef": {}}
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(M[rows], ys)
    return {"intercept": float(model.intercept_[0]),
            "coef": {k: round(float(v), 5) for k, v in
                     zip(vec.get_feature_names_out(), model.coef_[0], strict=True) if v}}


def decide(record: dict, w: dict) -> str | None:
    """The country the model gives the record's firm under weights ``w`` (the same
    arbitration as :func:`country_model.decide`, on the collected features)."""
    scored = {cc: country_model.score(f, w) for cc, f, _y in record["rows"]}
    rule = record["rule"]
    if not scored:
        return rule
    best = max(scored, key=scored.get)
    margin = w.get("margin", 0.0)
    if rule is None:
        return best if scored[best] >= margin else None
    return best if best == rule or scored[best] - scored.get(rule, 0.0) >= margin else rule


def _accepted(cc: str | None, record: dict) -> bool:
    """Whether the gold accepts the firm under ``cc`` (None: under no country)."""
    return cc in record["truth"] if cc else record.get("xx_ok", False)


def choose(records: list[dict], data=None, train: set[int] | None = None) -> dict:
    """Regularisation and margin that place the training firms best (those whose
    index is in ``train``; all when None), each judged by a model fitted without its
    document (five folds of documents), then the weights fitted on all of them."""
    data = data or _matrix(records)
    train = set(range(len(records))) if train is None else train
    docs = sorted({records[i]["doc"] for i in train})
    folds = [set(docs[k::5]) for k in range(5)]
    best, best_acc = None, -1.0
    for c in C_GRID:
        fitted = [(fold, fit(records, c, data, {i for i in train
                                                if records[i]["doc"] not in fold}))
                  for fold in folds]
        for margin in MARGINS:
            right = sum(decide(records[i], dict(w, margin=margin)) in records[i]["truth"]
                        for fold, w in fitted for i in train if records[i]["doc"] in fold)
            if right > best_acc:
                best, best_acc = (c, margin), right
    c, margin = best
    return dict(fit(records, c, data, train), margin=margin, C=c)


def cross_validate(records: list[dict]) -> None:
    """Leave one part out (a part is one writer's texts, or our own): the model is
    chosen and fitted on the other parts and decides the left-out part's firms."""
    data = _matrix(records)
    per_part: dict[str, Counter] = {}
    changes = []
    for part in sorted({r["part"] for r in records}):
        w = choose(records, data, {i for i, r in enumerate(records) if r["part"] != part})
        for r in records:
            if r["part"] != part:
                continue
            model = decide(r, w)
            c = per_part.setdefault(part, Counter())
            c["firms"] += 1
            c["rules"] += r["rule"] in r["truth"]
            c["model"] += model in r["truth"]
            c["rules_ok"] += _accepted(r["rule"], r)
            c["model_ok"] += _accepted(model, r)
            if model != r["rule"]:
                changes.append((r["doc"], r["firm"], r["rule"], model, r["truth"]))
    total = sum(per_part.values(), Counter())
    print("leave one part out: firms placed right by the rules and by the model")
    print("(strict: the gold's country; accepted: a firm left without one counts too where"
          " the gold accepts that)")
    print(f"{'part':12} {'firms':>5} {'rules':>6} {'model':>6} {'rules_ok':>9} {'model_ok':>9}")
    for part, c in sorted(per_part.items()):
        print(f"{part:12} {c['firms']:5} {c['rules']:6} {c['model']:6} {c['rules_ok']:9} "
              f"{c['model_ok']:9}")
    n = total["firms"]
    print(f"{'all':12} {n:5} {total['rules']:6} {total['model']:6} {total['rules_ok']:9} "
          f"{total['model_ok']:9}")
    print(f"strict: rules {total['rules'] / n:.3f} model {total['model'] / n:.3f}; "
          f"accepted: rules {total['rules_ok'] / n:.3f} model {total['model_ok'] / n:.3f}")
    print("changes (document, firm, rules, model, gold):")
    for ch in changes:
        print("  ", *ch)


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true", help="write the shipped weights")
    ap.add_argument("--cache", help="a file to keep the collected examples in between runs")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        records = pickle.loads(cache.read_bytes())
    else:
        records = collect(args.jobs)
        if cache:
            cache.write_bytes(pickle.dumps(records))
    print(f"{len(records)} firms placed by the gold, "
          f"{sum(len(r['rows']) for r in records)} candidate countries")
    if not args.no_cv:
        cross_validate(records)
    if args.write:
        w = choose(records)
        w["about"] = ("Learned decision on a firm's country (loaders/extract/country_model.py), "
                      "fitted by benchmarks/train_country_model.py on the tuning parts "
                      f"({', '.join(TUNE_PARTS)}); fresh32 and held-out parts never read.")
        country_model.WEIGHTS.write_text(json.dumps(w, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
        print(f"wrote {country_model.WEIGHTS.name}: C={w['C']} margin={w['margin']} "
              f"{len(w['coef'])} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
