"""The miss diagnosis of ``benchmarks/extract_eval.py``: stage b (a party found under
another id) tells which context the extractor read the name in, so a name merely
never paired is not counted as misread."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_eval.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("extract_eval_under_test", _PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(rel, a, b, line=3):
    return {"type": rel, "line": line, "directed": rel == "SUPPLIES_TO",
            "parties": [{"ids": [a[0]], "names": [a[1]]}, {"ids": [b[0]], "names": [b[1]]}]}


def _sentence(text, parties, typed=(), line=3):
    return {"lines": (line, line), "text": text, "parties": list(parties), "typed": list(typed)}


def _cand(rel, a, b, line=3):
    return {"type": rel, "evidence": {"line": line}, "confidence": 0.8,
            "source": {"name": a[1], "id": a[0]}, "target": {"name": b[1], "id": b[0]}}


def _stage(ev, gold, observed, cands=()):
    doc = {"all": list(cands), "observed": observed, "gold": [gold]}
    return ev._miss_stage(gold, doc, {"missed": [gold]})


TEXT_TWIN = "Zhabinka and Qwertyvale have been twin towns since 2001."


@pytest.mark.parametrize("gold_b, first_pass", [
    # a town the gazetteer knows, which the first pass read as a firm
    (("city:by:zhabinka", "Zhabinka"), ("Zhabinka", "company:by:zhabinka", "Company", None)),
    # a town it does not know: the pairing gives it the text's country
    (("city:pl:qwertyvale", "Qwertyvale"),
     ("Qwertyvale", "company:by:qwertyvale", "Company", None)),
])
def test_twin_side_only_seen_with_the_supply_default_is_not_misread(ev, gold_b, first_pass):
    gold = _gold("TWINNED_WITH", ("city:ru:ivanovo", "Ivanovo"), gold_b)
    observed = [_sentence(TEXT_TWIN, [("Ivanovo", "city:ru:ivanovo", "City", None), first_pass])]
    stage, why = _stage(ev, gold, observed)
    assert stage == "c", why
    assert why == "one sentence, no candidate of the type from it"


def test_twin_side_read_as_another_town_in_a_twinning_is_misread(ev):
    gold = _gold("TWINNED_WITH", ("city:by:zhabinka", "Zhabinka"),
                 ("city:pl:qwertyvale", "Qwertyvale"))
    observed = [_sentence(TEXT_TWIN, [("Zhabinka", "city:by:zhabinka", "City", None),
                                      ("Qwertyvale", "company:by:qwertyvale", "Company", None)],
                          typed=[("Qwertyvale", "city:by:qwertyvale", "City", "TWINNED_WITH")])]
    stage, why = _stage(ev, gold, observed)
    assert stage == "b"
    assert why.startswith("city -> city, other country (read so in a TWINNED_WITH pairing")


@pytest.mark.parametrize("typed, cands, where", [
    # what the pairing read, though no candidate came of it
    ([("Kant Cement", "company:kz:kant-cement", "Company", "SUPPLIES_TO")], [],
     "read so in a SUPPLIES_TO pairing"),
    # a candidate of the type (against another recipient) is the most telling reading
    ([], [_cand("SUPPLIES_TO", ("company:kz:kant-cement", "Kant Cement"),
                ("country:cn", "China"))], "read so in a SUPPLIES_TO pairing"),
    ([("Kant Cement", "company:kz:kant-cement", "Company", "SIGNED_AGREEMENT")], [],
     "read so only in a SIGNED_AGREEMENT pairing"),
    ([], [], "never paired; read with the type's default kind"),
])
def test_firm_of_another_country_names_the_context_it_was_read_in(ev, typed, cands, where):
    gold = _gold("SUPPLIES_TO", ("company:kg:kant-cement", "Kant Cement"),
                 ("city:kz:almaty", "Almaty"))
    text = "Kant Cement ships clinker to Almaty."
    observed = [_sentence(text, [("Kant Cement", "company:kz:kant-cement", "Company", None),
                                 ("Almaty", "city:kz:almaty", "City", None)], typed)]
    stage, why = _stage(ev, gold, observed, cands)
    assert stage == "b"
    assert why == f"company -> company, other country ({where}; by its name)"


def test_the_extractor_reports_the_typed_readings(ev):
    from relgraph.loaders.extract.pipeline import extract_lines

    seen: list = []
    extract_lines(["Zhabinka and Ivanovo have been twin towns since 2001."], "t.txt",
                  observe=seen)
    typed = [(name, rel) for e in seen for name, _, _, rel in e["typed"]]
    assert ("Zhabinka", "TWINNED_WITH") in typed


def test_stage_b_is_split_by_the_context_of_its_reading(ev):
    from collections import Counter

    counts = Counter({
        ("b", "SUPPLIES_TO", "company -> company, other country (read so in a SUPPLIES_TO "
                             "pairing; by its name)"): 2,
        ("b", "SUPPLIES_TO", "org -> company, other kind (read so only in a "
                             "SIGNED_AGREEMENT pairing; by its name)"): 1,
        ("b", "SUPPLIES_TO", "company -> company, other country (never paired; read with "
                             "the type's default kind; by its name)"): 4,
        ("c", "SUPPLIES_TO", "parties in different sentences"): 9,
    })
    assert ev._b_contexts(counts) == (" (in the type's pairing: 2, in another type's only: 1,"
                                      " never paired: 4)")
