"""The anonymised breakdown of single-sentence losses (``benchmarks/sentence_losses.py``)
that ``extract_eval.py --diagnose`` prints for every part, held-out ones included:
categories only, never a word of the text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name):
    sys.path.insert(0, str(_BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"{name}_under_test", _BENCH / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(_BENCH))
    return mod


@pytest.fixture(scope="module")
def sl():
    return _load("sentence_losses")


@pytest.fixture(scope="module")
def ev():
    return _load("extract_eval")


def _party(pid, name):
    return {"ids": [pid], "names": [name]}


def _gold(rel, a, b, line=1):
    return {"type": rel, "line": line, "directed": rel == "SUPPLIES_TO",
            "parties": [_party(*a), _party(*b)]}


def _entry(text, named, *, passed=True, patterns=(), declined=(), fallback=()):
    """An observed sentence; ``named``: (name, id) in text order, found by position."""
    spans, at = [], 0
    for name, pid in named:
        start = text.index(name, at)
        spans.append((start, start + len(name), pid))
        at = start + len(name)
    return {"lines": (1, 1), "text": text, "spans": spans, "passed": passed,
            "patterns": list(patterns), "declined": list(declined), "fallback": list(fallback),
            "parties": [(n, p, None, None) for n, p in named], "typed": []}


def _answers(sl, g, entry, cands=(), others=False):
    return dict(sl.breakdown(g, entry, [entry], list(cands), others))


LIDA, TULA, OREL = ("city:by:lida", "Lida"), ("city:ru:tula", "Tula"), ("city:ru:orel", "Orel")


@pytest.mark.parametrize("entry_kw, want", [
    ({"passed": False}, "not reached (filter)"),
    ({"patterns": ["SIGNED_AGREEMENT"]}, "skipped (patterns found the type)"),
    ({"declined": [("SIGNED_AGREEMENT", "intention", "road map")]}, "declined: intention"),
    ({"declined": [("SIGNED_AGREEMENT", "negation", "road map"),
                   ("SIGNED_AGREEMENT", "basis", "road map"),
                   ("SUPPLIES_TO", "aim", "ship")]}, "declined: basis/negation"),
    ({"fallback": [("SIGNED_AGREEMENT", "city:by:mosty", "city:ru:tula")]},
     "paired other parties"),
    ({}, "read nothing (question or fewer than two parties)"),
])
def test_what_the_fallback_did(sl, entry_kw, want):
    text = "Lida signed a road map with Tula in 2019."
    entry = _entry(text, [("Lida", LIDA[0]), ("Tula", TULA[0])], **entry_kw)
    got = _answers(sl, _gold("SIGNED_AGREEMENT", LIDA, TULA), entry)
    assert got["fallback"] == want


@pytest.mark.parametrize("text, named, question, want", [
    # a supply noun is a trigger of the type, but no verb the fallback reads
    ("Exports of tractors from Lida to Tula doubled.", [LIDA, TULA], "fallback trigger",
     "reads none"),
    ("Lida ships tractors to Tula.", [LIDA, TULA], "fallback trigger", "reads one"),
    ("Lida ships tractors to Tula.", [LIDA, TULA], "order", "trigger between them"),
    ("Lida and Tula ship grain.", [LIDA, TULA], "order", "both before the trigger"),
    ("Lida ships grain to Tula and Orel.", [LIDA, TULA], "in a list", "one"),
    ("Lida ships grain to Tula (Orel region).", [LIDA, TULA], "in brackets", "none"),
    ("Lida ships grain to the Russian cities (Tula, Orel).", [LIDA, TULA], "in brackets", "one"),
    ("Lida, which ships grain to Tula, grows.", [LIDA, TULA], "in a subordinate clause", "one"),
    ("Lida does not ship grain to Tula.", [LIDA, TULA],
     "after a negation/condition/intention", "one"),
    ("Lida plans to ship grain to Tula.", [LIDA, TULA],
     "after a negation/condition/intention", "one"),
    ("Lida ships grain to Tula.", [LIDA, TULA], "tokens", "<=20"),
    ("Lida ships grain to Tula" + " and more" * 12 + ".", [LIDA, TULA], "tokens", "21-35"),
    ("Lida ships grain to Tula.", [LIDA, TULA], "kinds", "place+place"),
])
def test_the_parties_place_in_the_sentence(sl, text, named, question, want):
    named = [(n, i) for i, n in named]
    extra = [("Orel", OREL[0])] if "Orel" in text else []
    entry = _entry(text, named + extra)
    got = _answers(sl, _gold("SUPPLIES_TO", LIDA, TULA), entry)
    assert got[question] == want, got


def test_a_party_not_recognised_in_the_sentence_has_an_unknown_place(sl):
    entry = _entry("Lida ships grain to Tula.", [("Lida", LIDA[0])])
    got = _answers(sl, _gold("SUPPLIES_TO", LIDA, ("city:ru:kursk", "Kursk")), entry)
    assert got["order"] == "unknown"
    assert got["in a list"] == "unknown"


@pytest.mark.parametrize("text, found, shares, listed, boundary", [
    # the missed pair's supplier is the found pair's supplier; its recipient was listed
    # with the found recipient
    ("Lida ships grain to Orel and Tula.", ("Lida", "Orel"), "yes", "yes", "no"),
    # a later clause that names one side alone, the other shared with the found pair
    ("Lida ships grain to Orel; Tula alone received 100 tonnes of it.", ("Lida", "Orel"),
     "yes", "no", "yes"),
    # a second clause with a subject of its own
    ("Mosty ships grain to Orel, and Lida sends flax to Tula.", ("Mosty", "Orel"), "no", "no",
     "yes"),
])
def test_a_miss_beside_found_pairs(sl, text, found, shares, listed, boundary):
    ids = {"Lida": LIDA[0], "Tula": TULA[0], "Orel": OREL[0], "Mosty": "city:by:mosty"}
    names = [w.strip(".,;") for w in text.split() if w.strip(".,;") in ids]
    entry = _entry(text, [(n, ids[n]) for n in names], patterns=["SUPPLIES_TO"])
    cand = {"type": "SUPPLIES_TO", "evidence": {"line": 1},
            "source": {"id": ids[found[0]], "name": found[0]},
            "target": {"id": ids[found[1]], "name": found[1]}}
    got = _answers(sl, _gold("SUPPLIES_TO", LIDA, TULA), entry, [cand], others=True)
    assert got["shares a side with a found pair"] == shares
    assert got["listed with a found party"] == listed
    assert got["clause boundary between it and a found pair"] == boundary


def test_diagnose_counts_the_breakdown_of_an_extracted_text(ev):
    """End to end: the extractor's observation of a sentence it reads no relation from
    feeds the counts; nothing but categories is counted."""
    from relgraph.loaders.extract.pipeline import extract_lines

    lines = ["Grodno has not yet signed a road map with Pskov, officials said."]
    seen: list = []
    cands = extract_lines(lines, "t.txt", observe=seen).candidates
    gold = _gold("SIGNED_AGREEMENT", ("city:by:grodno", "Grodno"), ("city:ru:pskov", "Pskov"))
    doc = {"name": "t", "all": cands, "cands": cands, "gold": [gold], "observed": seen}
    evl = ev.evaluate(cands, [gold])
    d = ev.diagnose_part([doc], [evl])
    counts = d["sentences"]
    assert counts[("no candidate", "SIGNED_AGREEMENT", "all", "")] == 1
    assert counts[("no candidate", "SIGNED_AGREEMENT", "filter", "passed")] == 1
    assert any(q == "fallback" and a.startswith("declined:") and "negation" in a
               for (_, _, q, a) in counts)
    texts = " ".join(a for (_, _, _, a) in counts)
    assert "Grodno" not in texts and "Pskov" not in texts and "road map" not in texts


def test_no_plain_reading_says_which_step_found_none(sl):
    entry = _entry("Lida ships grain to Tula.", [("Lida", LIDA[0]), ("Tula", TULA[0])],
                   declined=[("SUPPLIES_TO", "no plain reading", "ships")])
    entry["unread"] = [("SUPPLIES_TO", "no partner"), ("SIGNED_AGREEMENT", "among")]
    got = _answers(sl, _gold("SUPPLIES_TO", LIDA, TULA), entry)
    assert got["no plain reading, because"] == "no partner"


def test_a_references_span_without_an_id_is_counted_like_any_other(sl):
    # the pipeline records a reference ("it") with no id, and again with the id it was
    # resolved to: the same span twice, once without an id
    text = "Lida ships grain to Orel, and it sends flax to Tula."
    entry = _entry(text, [("Lida", LIDA[0]), ("Orel", OREL[0]), ("Tula", TULA[0])],
                   patterns=["SUPPLIES_TO"])
    at = text.index("it ")
    entry["spans"] += [(at, at + 2, None), (at, at + 2, LIDA[0])]
    cand = {"type": "SUPPLIES_TO", "evidence": {"line": 1},
            "source": {"id": LIDA[0], "name": "Lida"}, "target": {"id": OREL[0], "name": "Orel"}}
    got = _answers(sl, _gold("SUPPLIES_TO", LIDA, TULA), entry, [cand], others=True)
    assert got["shares a side with a found pair"] == "yes"
