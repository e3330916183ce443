"""The anonymised breakdown of cross-sentence misses in ``benchmarks/extract_eval.py
--diagnose``: for a relation whose parties stand in different sentences, how far apart
they are, which role the trigger's sentence leaves out, what the missing party is where
it is named, and what the trigger's sentence has in its place. Only counts are printed,
so the breakdown is safe for held-out parts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_eval.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("extract_eval_cross_under_test", _PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(rel, a, b, line):
    return {"type": rel, "line": line, "directed": rel == "SUPPLIES_TO",
            "parties": [{"ids": [a[0]], "names": [a[1]]}, {"ids": [b[0]], "names": [b[1]]}]}


def _sentence(index, text, parties, paragraph=0, actor=None, refs=()):
    """An observed sentence on its own line ``index + 1``: ``parties`` are (id, name)
    written in ``text``; ``refs`` are unresolved references written in it."""
    spans, seen = [], []
    for pid, name in parties:
        at = text.index(name)
        spans.append((at, at + len(name), pid))
        seen.append((name, pid, "Company", None))
    for ref in refs:
        at = text.index(ref)
        spans.append((at, at + len(ref), None))
        seen.append((ref, None, None, "Actor"))
    return {"lines": (index + 1, index + 1), "text": text, "parties": seen, "typed": [],
            "spans": spans, "actor": actor, "index": index, "paragraph": paragraph}


ZORIN = ("company:by:zorin-mills", "Zorin Mills")
LATVIA = ("country:lv", "Latvia")
VITEBSK = ("region:by:vitebsk", "Vitebsk Region")
PSKOV = ("region:ru:pskov", "Pskov Region")
LIDA = ("city:by:lida", "Lida")
BIALOGARD = ("city:pl:bialogard", "Bialogard")

CASES = [
    # a pronoun for the supplier, who was the subject of the sentence before
    ("SUPPLIES_TO", ZORIN, LATVIA, 2,
     [_sentence(0, "Zorin Mills grinds flour in a town on the Neman.", [ZORIN], actor=ZORIN[0]),
      _sentence(1, "Last year it shipped flour to Latvia.", [LATVIA], refs=["it"])],
     {"missing role": "supplier", "distance": "1 before", "in its place": "pronoun",
      "separated by": "same paragraph"}, {"subject", "last-named"}),
    # an agentless passive names the second party; the first was the subject before
    ("SIGNED_AGREEMENT", VITEBSK, PSKOV, 2,
     [_sentence(0, "The Vitebsk Region borders Russia and Latvia.", [VITEBSK, LATVIA],
                actor=VITEBSK[0]),
      _sentence(1, "An agreement with the Pskov Region was signed in 2012.", [PSKOV])],
     {"missing role": "first party", "distance": "1 before",
      "in its place": "nothing: an agentless passive"}, {"subject"}),
    # "The parties signed ...": both named together in the sentence before
    ("SIGNED_AGREEMENT", VITEBSK, PSKOV, 2,
     [_sentence(0, "Delegations from the Vitebsk Region and the Pskov Region met in Nevel.",
                [VITEBSK, PSKOV]),
      _sentence(1, "The parties signed a memorandum on road repairs.", [])],
     {"missing role": "both: named together in a sentence without the trigger",
      "distance": "1 before", "in its place": "definite description"},
     {"last-named", "in a list"}),
    # a lead-in ending with a colon; the partner is the next list item
    ("TWINNED_WITH", LIDA, BIALOGARD, 1,
     [_sentence(0, "The twin towns of Lida:", [LIDA], actor=LIDA[0]),
      _sentence(1, "Bialogard (Poland, since 1999).", [BIALOGARD], paragraph=1)],
     {"missing role": "second party", "distance": "1 after",
      "separated by": "paragraph or list item", "in its place": "nothing: a list or verbless run"},
     {"subject", "last-named"}),
]


@pytest.mark.parametrize("rel, a, b, line, observed, expected, flags", CASES)
def test_cross_sentence_shape(ev, rel, a, b, line, observed, expected, flags):
    shape = ev.cross_sentence_shape(_gold(rel, a, b, line), {"observed": observed, "all": []})
    for dim, value in expected.items():
        assert shape[dim] == value, (dim, shape)
    assert set(shape["missing party there"]) == flags


def test_breakdown_counts_only_cross_sentence_misses_and_names_no_party(ev, capsys):
    # Two misses: one across sentences, one whose parties stand in one sentence.
    observed = CASES[0][4] + [_sentence(
        4, "Zorin Mills also exports flour to Estonia.", [ZORIN, ("country:ee", "Estonia")],
        actor=ZORIN[0])]
    for e in observed[2:]:
        e["index"] = 4
    gold = [_gold("SUPPLIES_TO", ZORIN, LATVIA, 2),
            _gold("SUPPLIES_TO", ZORIN, ("country:ee", "Estonia"), 5)]
    doc = {"name": "t.txt", "all": [], "observed": observed, "gold": gold}
    d = ev.diagnose_part([doc], [{"missed": gold, "false_positives": []}])
    assert d["cross"][("all", "SUPPLIES_TO")] == 1
    assert d["cross"][("in its place", "pronoun")] == 1
    ev.print_cross("held-out", d["cross"])
    out = capsys.readouterr().out
    assert "1 misses with parties in different sentences" in out
    assert "Zorin" not in out and "Latvia" not in out and "flour" not in out


@pytest.mark.parametrize("refs, resolved_to, place, reference", [
    (["it"], None, "pronoun", "unresolved"),
    (["We"], None, "first person (we/us/our)", "unresolved"),
    (["We"], "company:by:ivan-petrov", "first person (we/us/our)",
     "resolved to another party"),
    ([], None, "nothing: other", "no reference recognised"),
])
def test_the_reference_in_the_trigger_sentence(ev, refs, resolved_to, place, reference):
    text = (refs[0] + " shipped flour to Latvia last year.") if refs else \
        "Flour went to Latvia last year."
    t = _sentence(1, text, [LATVIA], refs=refs)
    if resolved_to:   # what the pipeline adds when a hit resolved the reference
        t["parties"].append((refs[0], resolved_to, "Company", "Speaker"))
    observed = [_sentence(0, "Zorin Mills grinds flour in a town on the Neman.", [ZORIN],
                          actor=ZORIN[0]), t]
    shape = ev.cross_sentence_shape(_gold("SUPPLIES_TO", ZORIN, LATVIA, 2),
                                    {"observed": observed, "all": []})
    assert shape["in its place"] == place
    assert shape["reference"] == reference
