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


# -- stage b broken down by cause (counts only: safe for held-out parts) --------------

def _sentence_why(text, parties, why):
    e = _sentence(text, parties)
    e["why"] = why
    return e


def _causes(ev, gold, observed, cands=()):
    doc = {"all": list(cands), "observed": observed, "gold": [gold]}
    causes: list = []
    stage, _ = ev._miss_stage(gold, doc, {"missed": [gold]}, causes)
    return stage, causes


@pytest.mark.parametrize("text, name, reason, evidence", [
    ("Qorvex Lighting ships lamps to Almaty.", "Qorvex Lighting",
     "country of the document's subject", "the document's default country"),
    ("The plant Voltrex ships lamps to Almaty.", "Voltrex",
     "country of the document's home", "the document's default country"),
    ("The Chinese maker Qorvex Lighting ships lamps to Almaty.", "Qorvex Lighting",
     "not in the gazetteer", "demonym or country word"),
    ("Qorvex Lighting (China) ships lamps to Almaty.", "Qorvex Lighting",
     "not in the gazetteer", "demonym or country word"),
    ("Qorvex Lighting of Harbin ships lamps to Almaty.", "Qorvex Lighting",
     "not in the gazetteer", "'of Town'/'in Town'"),
    ("Qorvex Lighting in Harbin ships lamps to Almaty.", "Qorvex Lighting",
     "not in the gazetteer", "'of Town'/'in Town'"),
    ("Harbin Qorvex Lighting ships lamps to Almaty.", "Harbin Qorvex Lighting",
     "country from the firm's name", "town in its name"),
    ("Qorvex Lighting ships lamps to Almaty.", "Qorvex Lighting",
     "the other side of a cross-border relation", "the paragraph's country"),
])
def test_other_country_names_the_codes_and_the_evidence(ev, text, name, reason, evidence):
    gold = _gold("SUPPLIES_TO", ("company:cn:" + name.lower().replace(" ", "-"), name),
                 ("city:kz:almaty", "Almaty"))
    ours = "company:by:" + name.lower().replace(" ", "-")
    observed = [_sentence_why(text, [(name, ours, "Company", None),
                                     ("Almaty", "city:kz:almaty", "City", None)],
                              {ours: (reason, False)})]
    stage, causes = _causes(ev, gold, observed)
    assert stage == "b"
    (diff, codes, found), = causes
    assert (diff, codes, found.split("; ")[0]) == ("company other country", "CN -> BY", evidence)


def test_a_firm_with_no_country_is_placed_by_nothing(ev):
    gold = _gold("SUPPLIES_TO", ("company:cn:qorvex", "Qorvex"), ("city:kz:almaty", "Almaty"))
    observed = [_sentence_why("Qorvex ships lamps to Almaty.",
                              [("Qorvex", "company:xx:qorvex", "Company", None),
                               ("Almaty", "city:kz:almaty", "City", None)],
                              {"company:xx:qorvex": ("not in the gazetteer", False)})]
    assert _causes(ev, gold, observed)[1] == [
        ("company other country", "CN -> XX", "none; its country not written nearby")]


@pytest.mark.parametrize("text, name, where", [
    ("The Chinese maker Qorvex ships lamps to Almaty.", "Qorvex", "written beside the name"),
    ("Qorvex (China) ships lamps to Almaty.", "Qorvex", "written beside the name"),
    ("Qorvex ships lamps to Almaty, a market it entered long after other firms of "
     "its home country. China is its home.", "Qorvex", "written in the window"),
    ("Qorvex ships lamps to Almaty.", "Qorvex", "not written nearby"),
])
def test_other_country_tells_where_the_gold_country_is_written(ev, text, name, where):
    assert ev._named_where("CN", name, text) == f"its country {where}"


@pytest.mark.parametrize("name, code, expected", [
    ("Harbin Qorvex Lighting", "cn", True),
    ("Qorvex Kostanay Trade", "kz", True),
    ("Qorvex Lighting", "cn", False),
])
def test_a_place_of_the_gold_country_in_the_name(ev, name, code, expected):
    assert ev._place_in_name(name, code) is expected


@pytest.mark.parametrize("ours, gold, difference", [
    ("zenit-jsc", "zenit", "legal form kept"),
    ("orlan", "ojsc-orlan", "legal form dropped"),
    ("brovary-plant", "brovary", "generic head word more"),
    ("tolmach", "tolmach-works", "generic head word less"),
    ("mzkt", "minsk-wheel-tractor-plant", "acronym vs full name"),
    ("gsw", "gomel-selmash-works", "acronym vs full name"),
    ("nova-kerama", "kerama", "a leading word more"),
    ("kerama", "kerama-trade", "a trailing word less"),
    ("kazakhtelecom", "qazaqtelecom", "transliteration"),
    ("alpha", "omega-group-west", "other, no word shared"),
    ("belorusneft", "production-association-belorusneft", "a leading word less (several)"),
    ("vitebsk-plant", "vitebsk-machine-tool-plant", "words less inside the name"),
])
def test_other_name_says_how_the_ids_differ(ev, ours, gold, difference):
    assert ev._slug_difference(ours.split("-"), gold.split("-")) == difference


def test_other_name_inside_the_name_is_ranked_not_a_crash(ev):
    # "words less inside the name" had no rank among the differences: the part crashed
    party = {"ids": ["company:by:vitebsk-machine-tool-plant"], "names": ["X"]}
    assert ev._name_cause("Vitebsk Plant", "company:by:vitebsk-plant", party) == (
        "other name", "words less inside the name", "")


def test_other_name_of_a_quoted_name_says_so(ev):
    gold = _gold("SUPPLIES_TO", ("company:by:zenit", "Zenit"), ("city:kz:almaty", "Almaty"))
    observed = [_sentence_why('OJSC "Zenit Plant" ships lamps to Almaty.',
                              [('"Zenit Plant"', "company:by:zenit-plant", "Company", None),
                               ("Almaty", "city:kz:almaty", "City", None)], {})]
    assert _causes(ev, gold, observed)[1] == [
        ("company other name", "quotes; generic head word more", "")]


@pytest.mark.parametrize("name, ours, why, rel, expected", [
    ("Grodno Chamber of Commerce", "org:by:grodno-chamber-of-commerce", ("x", False),
     "SIGNED_AGREEMENT", ("org", "head noun")),
    ("Kostroma Flax Works", "company:ru:kostroma-flax-works", ("x", False), "SIGNED_AGREEMENT",
     ("company", "head noun (industrial)")),
    ("Voltrex Committee", "org:by:voltrex-committee", ("x", False), "SUPPLIES_TO",
     ("org", "head noun")),
    ("Voltrex", "company:by:voltrex", ("not in the gazetteer", False), "SUPPLIES_TO",
     ("company", "default kind of the relation type")),
    ("Qorvex", "company:by:qorvex", ("not in the gazetteer", False), "SIGNED_AGREEMENT",
     ("company", "default kind of the relation type")),
    ("Brest", "city:by:brest", ("exact name", True), "SIGNED_AGREEMENT",
     ("city", "gazetteer place")),
    ("MTZ", "company:by:mtz", ("a well-known firm", True), "SUPPLIES_TO",
     ("company", "firm table")),
])
def test_other_kind_says_which_kind_we_gave_and_why(ev, name, ours, why, rel, expected):
    assert ev._kind_cause(name, ours, *why, rel) == ("other kind", *expected)


def test_the_breakdown_is_counted_per_part_without_names(ev, capsys):
    gold = _gold("SUPPLIES_TO", ("company:cn:qorvex-lighting", "Qorvex Lighting"),
                 ("city:kz:almaty", "Almaty"))
    observed = [_sentence_why("Qorvex Lighting ships lamps to Almaty.",
                              [("Qorvex Lighting", "company:by:qorvex-lighting", "Company", None),
                               ("Almaty", "city:kz:almaty", "City", None)],
                              {"company:by:qorvex-lighting":
                               ("country of the document's subject", False)})]
    doc = {"name": "t.txt", "all": [], "observed": observed, "gold": [gold]}
    d = ev.diagnose_part([doc], [{"missed": [gold], "false_positives": []}])
    assert d["b_causes"] == {("company other country", "CN -> BY",
                              "the document's default country; its country not written "
                              "nearby"): 1}
    ev.print_diagnosis({"held-out": d})
    out = capsys.readouterr().out
    assert "1  company other country: CN -> BY [the document's default country;" in out
    assert "Qorvex" not in out


def test_the_extractor_records_why_a_party_has_its_id(ev):
    from relgraph.loaders.extract.pipeline import extract_lines

    seen: list = []
    extract_lines(["The Minsk Tractor Works shipped tractors to Almaty in 2020."], "t.txt",
                  observe=seen)
    why = {pid: reason for e in seen for pid, (reason, _) in e["why"].items()}
    assert why.get("company:by:mtz") == "a well-known firm"
