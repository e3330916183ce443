"""A learned second opinion on the rules: every pair of parties a sentence relates by
a trigger of some type is proposed, described by general features, and scored by a
logistic regression trained offline (``benchmarks/train_scorer.py``, scikit-learn
at training time only; the weights ship as ``scorer.json`` and are applied here in
plain Python).

The features say nothing about any one sentence's wording: the relation type and
the trigger's word stem, each party's kind, whether it resolved, the preposition
that governs it and its side of the trigger, what stands between the two parties
(a list separator, "with", "between", another party, a clause boundary), distances,
whether the two parties are of one country, negation and intention words (in the
sentence and in the trigger's own clause), how each party was reached (plainly, by a
reference, by a name the text defined, from the discourse), the sentence's layout
(prose, heading, table row), and which rule (if any) proposed the same pair, with its
own confidence.

>>> f = features("SUPPLIES_TO", "MTZ supplies tractors to Serbia.", (4, 12), _M("MTZ", 0, 3),
...              _M("Serbia", 25, 31), _P("Company", "BY"), _P("Country", "RS"), None, 2)
>>> sorted(k for k in f if k.startswith("SUPPLIES_TO:b_role"))
['SUPPLIES_TO:b_role=to']
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from relgraph.loaders.extract.coordination import joined, own_clause
from relgraph.loaders.extract.mentions import Mention as _M  # noqa: F401 (the doctest builds it)
from relgraph.loaders.extract.patterns import _DOC, NEGATED, PLANNED, TWIN, TWIN_WEAK
from relgraph.loaders.extract.supplies import SUPPLY, _role

WEIGHTS = Path(__file__).with_name("scorer.json")

# Triggers of each type: the stem of the word found names the trigger class.
_TRIGGERS = {
    # partnership words count too: between towns they state a twinning
    "TWINNED_WITH": re.compile(TWIN.pattern + "|" + TWIN_WEAK.pattern, re.I),
    "SIGNED_AGREEMENT": _DOC,
    "SUPPLIES_TO": re.compile(SUPPLY.pattern + r"|\b(?:market|buyers?|customers?|recipients?"
                              r"|consumers?|present|represented|popular|known)\b", re.I),
}
_STEM = re.compile(r"^(suppl|deliver|export|import|ship|sen|sel|sold|bought|buy|purchas|receiv"
                   r"|order|provid|hand|twin|sister|fratern|brother|friend|partner|agreement"
                   r"|accord|memorand|road|action|plan|treat|protocol|program|contract|deal"
                   r"|document|letter|fta|market|buyer|customer|recipient|consumer|present"
                   r"|represent|popular|known|supplier|exporter|importer|purchaser)", re.I)


@dataclass
class _P:   # a stand-in party for the doctest
    label: str
    country: str | None
    resolved: bool = True


def triggers(text: str) -> list[tuple[str, tuple[int, int], str]]:
    """(relation type, trigger span, trigger class) for every trigger in ``text``."""
    out = []
    for rel, rx in _TRIGGERS.items():
        for t in rx.finditer(text):
            stem = _STEM.match(t.group(0))
            out.append((rel, t.span(), (stem.group(1) if stem else t.group(0)).lower()))
    return out


def _bin(x: int, edges=(0, 20, 60, 120)) -> str:
    for e in reversed(edges):
        if x >= e:
            return f"{e}+"
    return "0+"


def _how_read(p) -> str:
    """How a party was reached: named plainly, by a reference ("the company", "this
    region"), by a name the text defined, from the discourse (the text's speaker, the
    place it is about), or not known to the gazetteer."""
    why = (getattr(p, "reason", None) or "").lower()
    if not why:
        return "plain"
    if "reference" in why or "one of" in why:
        return "reference"
    if "defined" in why:
        return "defined"
    if "gazetteer" in why:
        return "unknown"
    if any(w in why for w in ("speaker", "speaks", "spoken", "own", "about", "document")):
        return "discourse"
    return "other"


def _conf_bin(c: float) -> str:
    return "high" if c >= 0.85 else "mid" if c >= 0.7 else "low"


def features(rel: str, text: str, trigger: tuple[int, int], a, b, pa, pb, rule: str | None,
             n_parties: int, trig_class: str | None = None, *, confidence: float | None = None,
             layout: str = "prose", between: int = 0) -> dict[str, float]:
    """Binary features (name -> 1.0) of a proposed relation ``rel`` between mentions
    ``a`` and ``b`` (resolved to ``pa``, ``pb``) around ``trigger``; every name starts
    with the type so each type learns its own weights. ``confidence``: the rule's own
    confidence in its candidate; ``layout``: "prose", "heading" or "row" (of a table);
    ``between``: how many other parties stand between the two."""
    T = rel
    f: dict[str, float] = {}

    def on(name: str) -> None:
        f[f"{T}:{name}"] = 1.0

    on("bias")
    on(f"layout={layout}")
    if confidence is not None and rule:
        on(f"conf={_conf_bin(confidence)}")
    for side, p in (("a", pa), ("b", pb)):
        how = _how_read(p)
        if how != "plain":
            on(f"{side}_read={how}")
    if trig_class is None:
        stem = _STEM.match(text[trigger[0]:trigger[1]])
        trig_class = stem.group(1).lower() if stem else "other"
    on(f"trig={trig_class}")
    on(f"rule={rule or 'none'}")
    if rule:
        on("by_rule")
    same = a is b or (a.start == b.start and a.end == b.end)
    kinds = (pa.label, pb.label) if rel == "SUPPLIES_TO" else tuple(sorted((pa.label, pb.label)))
    on(f"kinds={kinds[0]}|{kinds[1]}")
    on(f"resolved={int(bool(pa.resolved)) + int(bool(pb.resolved))}")
    if pa.country and pa.country == pb.country:
        on("same_country")
    if not same:
        for side, m in (("a", a), ("b", b)):
            role = _role(text, m) or "none"
            on(f"{side}_role={role}")
            pos = "before" if m.end <= trigger[0] else "after" if m.start >= trigger[1] else "in"
            on(f"{side}_pos={pos}")
            if m.adjectival:
                on(f"{side}_adjectival")
            if m.refers:
                on(f"{side}_refers")
        first, second = (a, b) if a.start <= b.start else (b, a)
        on(f"order={'a_first' if first is a else 'b_first'}")
        gap = text[first.end:second.start]
        low = gap.lower()
        for word, name in ((r"\bwith\b", "with"), (r"\band\b", "and"), (r"\bbetween\b", "between"),
                           (r",", "comma"), (r";|:", "semicolon"), (r"\bto\b", "to"),
                           (r"\bfrom\b", "from"), (r"\bby\b", "by"), (r"\bof\b", "of"),
                           (r"\bin\b", "in"), (r"\brespectively\b", "respectively")):
            if re.search(word, low):
                on(f"gap_{name}")
        if joined(text, first, second):
            on("listed_together")
        on(f"dist={_bin(len(gap))}")
        near = min(abs(m.start - trigger[1]) if m.start >= trigger[1] else abs(trigger[0] - m.end)
                   for m in (a, b))
        on(f"trig_dist={_bin(near)}")
        lo, hi = own_clause(text, *trigger)
        if lo <= a.start < hi and lo <= b.start < hi:
            on("same_clause")
        # negation and modality of the trigger's own clause, not of another one
        if NEGATED.search(text, lo, hi):
            on("clause_negated")
        if PLANNED.search(text, lo, hi):
            on("clause_planned")
        on(f"between={min(between, 2)}")
        if first.end <= trigger[0] and second.start >= trigger[1]:
            on("around_trigger")
    else:
        on("one_mention")
    on(f"parties={min(n_parties, 6)}")
    if NEGATED.search(text):
        on("negated")
    if PLANNED.search(text):
        on("planned")
    if len(text) > 300:
        on("long_sentence")
    if text.rstrip().endswith("?"):
        on("question")
    return f


def read_weights(path: Path) -> dict | None:
    """A linear model's weights as the training scripts write them (``intercept``,
    ``coef`` and the model's own thresholds), or None when none ship."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def logistic(f: dict[str, float], w: dict) -> float:
    """The probability a linear model with weights ``w`` gives the features ``f``."""
    z = w.get("intercept", 0.0) + sum(w["coef"].get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _weights() -> dict | None:
    return read_weights(WEIGHTS)


def score(f: dict[str, float]) -> float:
    """The probability that the relation the features describe is stated."""
    w = _weights()
    return logistic(f, w) if w else 0.0


def threshold(kind: str, rel: str) -> float:
    """The score a proposal needs to be added (``kind`` "add") or a rule's candidate to
    be kept ("keep"), per relation type."""
    w = _weights()
    if not w:
        return 2.0 if kind == "add" else -1.0
    return w.get(kind, {}).get(rel, 2.0 if kind == "add" else -1.0)


def enabled() -> bool:
    return _weights() is not None
