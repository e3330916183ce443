"""Why a relation stated in one sentence, with both parties recognised, gave no
candidate: an anonymised breakdown for ``extract_eval.py --diagnose``.

Stage c of the diagnosis has two single-sentence classes: "no candidate of the type
from it" (nothing of the type came from the sentence) and "other pairs of the type found
in it". For each such miss this module reads what the extractor observed in the
sentence and returns ``(question, answer)`` pairs that are safe to count for held-out
parts: no word of the text, no name, only categories.

Questions asked of every single-sentence miss:

* ``filter``: did the sentence pass the relation filter the pipeline reads it with;
* ``triggers <TYPE>``: for each relation type, is a trigger of it in the sentence, only
  elsewhere in the window, or nowhere;
* ``fallback trigger``: does the clause fallback read a trigger of the type in the
  sentence (it takes supply verbs, not nouns);
* ``patterns``: did a pattern find the type, only another type, or nothing;
* ``fallback``: what the clause fallback did about the type: not reached, skipped
  (the patterns found the type), no trigger it reads, declined (its reason, from the
  same list ``fallback_declines.py`` counts), paired other parties; for "no plain
  reading", which step of the fallback's role grammar found none;
* ``kinds``: the two gold parties' kinds;
* ``order``: both parties before the trigger, both after it, or one on each side;
* ``in a list``, ``in brackets``, ``in a subordinate clause``, ``after a
  negation/condition/intention``, ``outside the trigger's clause``: how many of the two
  parties (none, one, both, or unknown when a party's place in the sentence is not
  known);
* ``tokens``: the sentence's length in words, bucketed.

And of a miss in a sentence that yielded other pairs of the type:

* ``shares a side``: does the missed pair share a party with a found pair;
* ``listed with a found party``: is a party of the missed pair in one list with a party
  of a found pair;
* ``clause boundary``: does a clause boundary (", and", ", while", ";" ...) stand
  between the found pair and the missed one.
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.clause_fallback import _clause, _triggers
from relgraph.loaders.extract.coordination import runs
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import CONDITION, NEGATED, NOT, PLANNED, TO_DO
from relgraph.loaders.extract.scorer import triggers

TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")
_SHORT = {"TWINNED_WITH": "twin", "SIGNED_AGREEMENT": "agreement", "SUPPLIES_TO": "supply"}
_SUBORDINATE = re.compile(r",\s+(?:which|who|whom|whose|where|when|while|whereas|although"
                          r"|though|because|as|since|after|before|once|until)\b", re.I)
_BOUNDARY = re.compile(r",\s+(?:and|but|while|whereas|and\s+also)\b|;|,\s+(?:which|where)\b",
                       re.I)
_STANCE = (NEGATED, NOT, CONDITION, PLANNED, TO_DO)


def _bucket(n: int) -> str:
    return "<=20" if n <= 20 else "21-35" if n <= 35 else "36-50" if n <= 50 else ">50"


def _count(flags: list[bool | None]) -> str:
    if any(f is None for f in flags):
        return "unknown"
    return ("none", "one", "both")[sum(flags)]


def _span_of(party: dict, entry: dict, text: str) -> tuple[int, int] | None:
    """Where ``party`` stands in the sentence: the first recognised mention with one of
    its ids, else the first place one of its names is written."""
    ids = set(party["ids"])
    spans = [(a, b) for a, b, pid in entry.get("spans", ()) if pid in ids]
    if spans:
        return min(spans)
    low = text.lower()
    for name in party["names"]:
        at = re.search(r"\b" + re.escape(name.lower()) + r"\b", low)
        if at:
            return at.span()
    return None


def _mentions(entry: dict, text: str) -> list[Mention]:
    seen, out = set(), []
    # (a reference's span carries no id: sort by place only)
    for a, b, _ in sorted(entry.get("spans", ()), key=lambda span: span[:2]):
        if (a, b) not in seen and b <= len(text):
            seen.add((a, b))
            out.append(Mention(text[a:b], a, b))
    return out


# "..., and B sends": a member after ", and" with a verb of its own opens a clause.
_OWN_VERB = re.compile(r"\s+(?:also\s+|then\s+)?[a-z]+(?:s|ed)\b")


def _lists(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """The list grammar's lists of two or more, split where a member opens a clause."""
    out = []
    for run in runs(text, ms):
        part = [run[0]]
        for m in run[1:]:
            if "," in text[part[-1].end:m.start] and _OWN_VERB.match(text, m.end):
                out.append(part)
                part = [m]
            else:
                part.append(m)
        out.append(part)
    return [run for run in out if len(run) > 1]


def _in_list(span, ms: list[Mention], text: str) -> bool | None:
    if span is None:
        return None
    return any(any(m.start <= span[0] < m.end for m in run) for run in _lists(text, ms))


def _in_brackets(span, text: str) -> bool | None:
    if span is None:
        return None
    before = text[:span[0]]
    return before.count("(") > before.count(")")


def _subordinate(span, text: str) -> bool | None:
    """After a subordinating word set off by a comma, with no comma between them."""
    if span is None:
        return None
    last = None
    for m in _SUBORDINATE.finditer(text, 0, span[0]):
        last = m
    return last is not None and "," not in text[last.end():span[0]]


def _after_stance(span, text: str) -> bool | None:
    if span is None:
        return None
    return any(rx.search(text, 0, span[0]) for rx in _STANCE)


def _trigger_spans(rel: str, text: str) -> list[tuple[int, int]]:
    return [span for r, span, _ in triggers(text) if r == rel]


def _nearest(spans, at: int) -> tuple[int, int] | None:
    return min(spans, key=lambda t: abs(t[0] - at)) if spans else None


def breakdown(g: dict, entry: dict, window: list[dict], cands: list[dict],
              others_found: bool) -> list[tuple[str, str]]:
    """The ``(question, answer)`` pairs of one single-sentence miss ``g`` in the observed
    sentence ``entry`` (``window``: the observed sentences within two lines; ``cands``:
    the document's candidates). ``others_found``: the sentence gave other pairs of
    the type."""
    rel, text = g["type"], entry["text"]
    out = [("filter", "passed" if entry.get("passed") else "not passed")]
    for t in TYPES:
        if any(r == t for r, _, _ in triggers(text)):
            where = "in the sentence"
        elif any(r == t for e in window if e is not entry for r, _, _ in triggers(e["text"])):
            where = "only in the window"
        else:
            where = "none"
        out.append((f"triggers {_SHORT[t]}", where))
    ms = _mentions(entry, text)
    fb_trigs = [span for r, span in _triggers(text, ms, set()) if r == rel]
    out.append(("fallback trigger", "reads one" if fb_trigs else "reads none"))
    found = entry.get("patterns", [])
    out.append(("patterns", "the type" if rel in found else
                "another type only" if found else "none"))
    reasons = sorted({why for r, why, _ in entry.get("declined", ()) if r == rel})
    paired = [x for x in entry.get("fallback", ()) if x[0] == rel]
    if not entry.get("passed"):
        fb = "not reached (filter)"
    elif rel in found and not (paired or reasons):
        fb = "skipped (patterns found the type)"
    elif paired:
        fb = "paired other parties"
    elif reasons:
        fb = "declined: " + "/".join(reasons)
    elif not fb_trigs:
        fb = "no trigger it reads"
    else:
        fb = "read nothing (question or fewer than two parties)"
    out.append(("fallback", fb))
    if "no plain reading" in reasons:
        out.append(("no plain reading, because", "/".join(sorted(
            {what for r, what in entry.get("unread", ()) if r == rel}) or ["unknown"])))
    a, b = g["parties"]
    out.append(("kinds", "+".join(sorted(_kind(p) for p in (a, b)))))
    spans = [_span_of(p, entry, text) for p in (a, b)]
    trig = _nearest(fb_trigs or _trigger_spans(rel, text),
                    min((s[0] for s in spans if s), default=0))
    if None in spans or trig is None:
        out.append(("order", "unknown"))
    else:
        before = [s[1] <= trig[0] for s in spans]
        out.append(("order", "both before the trigger" if all(before) else
                    "both after the trigger" if not any(before) else "trigger between them"))
    out.append(("in a list", _count([_in_list(s, ms, text) for s in spans])))
    out.append(("in brackets", _count([_in_brackets(s, text) for s in spans])))
    out.append(("in a subordinate clause", _count([_subordinate(s, text) for s in spans])))
    out.append(("after a negation/condition/intention",
                _count([_after_stance(s, text) for s in spans])))
    if trig is not None:
        lo, hi = _clause(text, trig)
        out.append(("outside the trigger's clause",
                    _count([None if s is None else not (lo <= s[0] < hi) for s in spans])))
    out.append(("tokens", _bucket(len(text.split()))))
    if others_found:
        out += _beside_found(g, entry, cands, spans, ms, text)
    return out


def _kind(party: dict) -> str:
    return {"region": "place", "city": "place", "company": "company", "org": "organisation",
            "country": "country"}.get(party["ids"][0].split(":", 1)[0], "other")


def _beside_found(g, entry, cands, spans, ms, text) -> list[tuple[str, str]]:
    first, last = entry["lines"]
    found = [c for c in cands if c["type"] == g["type"] and first <= c["evidence"]["line"] <= last]
    gold_ids = set(g["parties"][0]["ids"]) | set(g["parties"][1]["ids"])
    shares = any(c[side]["id"] in gold_ids for c in found for side in ("source", "target"))
    where = {pid: (a, b) for a, b, pid in sorted(entry.get("spans", ()),
                                                 key=lambda span: span[:2], reverse=True)
             if pid}
    found_spans = [where[c[side]["id"]] for c in found for side in ("source", "target")
                   if c[side]["id"] in where and c[side]["id"] not in gold_ids]
    listed: bool | None = None
    boundary: bool | None = None
    if None not in spans and found_spans:
        lists = _lists(text, ms)

        def run_of(span):
            return next((i for i, run in enumerate(lists)
                         if any(m.start <= span[0] < m.end for m in run)), None)

        mine = {run_of(s) for s in spans} - {None}
        listed = bool(mine & {run_of(s) for s in found_spans})
        # (a side the two pairs share is on both sides of any boundary: leave it out)
        found_ids = {c[side]["id"] for c in found for side in ("source", "target")}
        own = [s for s, p in zip(spans, g["parties"], strict=True)
               if not set(p["ids"]) & found_ids] or spans
        lo, hi = min(s[0] for s in own), max(s[1] for s in own)
        flo, fhi = min(s[0] for s in found_spans), max(s[1] for s in found_spans)
        gap = (fhi, lo) if fhi <= lo else (hi, flo) if hi <= flo else None
        boundary = bool(gap and _BOUNDARY.search(text, *gap))
    return [("shares a side with a found pair", "yes" if shares else "no"),
            ("listed with a found party", "unknown" if listed is None else
             "yes" if listed else "no"),
            ("clause boundary between it and a found pair", "unknown" if boundary is None else
             "yes" if boundary else "no")]
