"""The learned second opinion's general features, and the training script's ground
rules (only tuning parts; whole parts left out)."""

import sys
from pathlib import Path

import pytest

from relgraph.loaders.extract import scorer
from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.scorer import _M, _P, features

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def _pair(text, first, second):
    a = _M(first, text.index(first), text.index(first) + len(first))
    b = _M(second, text.index(second), text.index(second) + len(second))
    return a, b


def _names(f, rel):
    return {k.split(":", 1)[1] for k in f if k.startswith(rel + ":")}


@pytest.mark.parametrize("text, trigger, negated", [
    ("Fenwick Pumps did not supply valves to Olomouc, and Brandt sold pipes to Aalborg.",
     "sold", False),
    ("Fenwick Pumps supplied valves to Olomouc, but Brandt never sold pipes to Aalborg.",
     "sold", True),
    ("Brandt will not sell pipes to Aalborg.", "sell", True),
])
def test_negation_is_read_in_the_triggers_own_clause(text, trigger, negated):
    a, b = _pair(text, "Brandt", "Aalborg")
    at = text.index(trigger)
    f = features("SUPPLIES_TO", text, (at, at + len(trigger)), a, b, _P("Company", "DE"),
                 _P("City", "DK"), "verb to", 3)
    assert ("clause_negated" in _names(f, "SUPPLIES_TO")) is negated


@pytest.mark.parametrize("reason, read", [
    (None, None),
    ("named by reference ('the plant')", "reference"),
    ("an abbreviation the text defined (FP)", "defined"),
    ("the text's speaker ('we')", "discourse"),
    ("a twin town not in the gazetteer", "unknown"),
])
def test_how_a_party_was_reached_is_a_feature(reason, read):
    text = "Olomouc signed an agreement with Aalborg."
    a, b = _pair(text, "Olomouc", "Aalborg")
    at = text.index("agreement")
    pa = _P("City", "CZ")
    pa.reason = reason
    f = features("SIGNED_AGREEMENT", text, (at, at + 9), a, b, pa, _P("City", "DK"), None, 2)
    got = {n for n in _names(f, "SIGNED_AGREEMENT") if n.startswith("a_read=")}
    assert got == ({f"a_read={read}"} if read else set())


@pytest.mark.parametrize("layout, confidence, between, expected", [
    ("prose", 0.9, 0, {"layout=prose", "conf=high", "between=0"}),
    ("row", 0.75, 1, {"layout=row", "conf=mid", "between=1"}),
    ("heading", 0.4, 5, {"layout=heading", "conf=low", "between=2"}),
])
def test_layout_confidence_and_parties_between(layout, confidence, between, expected):
    text = "Brandt sells pipes to Aalborg"
    a, b = _pair(text, "Brandt", "Aalborg")
    f = features("SUPPLIES_TO", text, (7, 12), a, b, _P("Company", "DE"), _P("City", "DK"),
                 "verb to", 2, confidence=confidence, layout=layout, between=between)
    assert expected <= _names(f, "SUPPLIES_TO")


def test_a_proposal_has_no_confidence_feature():
    text = "Brandt sells pipes to Aalborg."
    a, b = _pair(text, "Brandt", "Aalborg")
    f = features("SUPPLIES_TO", text, (7, 12), a, b, _P("Company", "DE"), _P("City", "DK"),
                 None, 2, confidence=0.5)
    assert not any(n.startswith("conf=") for n in _names(f, "SUPPLIES_TO"))


@pytest.mark.parametrize("lines, layout", [
    (["Brandt sold 20 pumps to Aalborg and Olomouc last year."], "prose"),
    (["Brandt deliveries to Aalborg and Olomouc"], "heading"),
])
def test_every_traced_record_says_its_layout(lines, layout):
    trace: list = []
    extract_lines(lines, "t.txt", None, scored=False, trace=trace)
    assert trace
    for f, _, _ in trace:
        assert [k.split(":", 1)[1] for k in f if ":layout=" in k] == [f"layout={layout}"]


def test_the_pipeline_runs_on_the_rules_alone_without_weights():
    # no weights ship: the learned scorer did not beat the rules on left-out parts
    assert not scorer.WEIGHTS.exists() and not scorer.enabled()


def test_training_reads_only_tuning_parts_and_leaves_out_whole_outside_parts():
    import train_scorer
    from extract_eval import HELD_OUT

    assert not HELD_OUT & set(train_scorer.TUNE_PARTS)
    assert set(train_scorer.OUTSIDE) <= set(train_scorer.TUNE_PARTS)
    assert {"tuning", "mono-tune", "own-tune"} <= set(train_scorer.TUNE_PARTS)
    assert "fresh8" not in train_scorer.OUTSIDE and "fresh21" not in train_scorer.OUTSIDE
    with pytest.raises(ValueError):
        train_scorer._docs("own-holdout")


def test_a_relation_proposed_twice_counts_once():
    import train_scorer

    rel = "SUPPLIES_TO"

    def rec(by_rule, gold, key):
        return {"type": rel, "by_rule": by_rule, "gold": gold, "key": key}

    records = [rec(True, [("d", 0)], "k1"), rec(False, [("d", 0)], "k1"),
               rec(False, [], "k2"), rec(False, [("d", 1)], "k3")]
    probs = [0.9, 0.2, 0.7, 0.6]
    t = train_scorer._Type(records, probs, rel)
    assert train_scorer._prf(t, 0.0, 2.0, 4) == (1.0, 0.25, 1, 1)   # the rules alone
    assert train_scorer._prf(t, 0.0, 0.5, 4) == (2 / 3, 0.5, 3, 2)   # with two proposals
    assert train_scorer._prf(t, 0.95, 0.65, 4) == (0.0, 0.0, 1, 0)   # the rule dropped
