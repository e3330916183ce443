"""The learned decision on a firm's country (:mod:`country_model`): the evidence it reads
per (firm, candidate country), the arbitration between its scores and the rules'
answer, and the agreement between what the training script writes and what inference
reads. No weights ship (the model did not beat the rules on the parts it was not
trained on), so the pipeline keeps the rules' countries. Every text here was written
for these tests."""

import json
import sys
from pathlib import Path

import pytest

from relgraph.loaders.extract import country_model
from relgraph.loaders.extract.country_model import (
    Evidence,
    candidates,
    decide,
    features,
    firm_groups,
    names_of,
)
from relgraph.loaders.extract.discourse import country_counts

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

_TOWNS = {"Bergen": "NO", "Osaka": "JP", "Lyon": "FR", "Tromso": "NO", "Porto": "PT"}.get


def _ev(text: str, home: str | None = None) -> Evidence:
    counts = country_counts(text)
    return Evidence(text, _TOWNS, home=home, countries=[cc for cc, _ in counts.most_common()],
                    counts=dict(counts))


# A firm's own report at home in Norway that names France, its market, far more often.
_REPORT = ("Havbris Fisk ASA - Report for the year\n"
           "France took half of our catch. France remained the first market, and buyers "
           "in France paid more. Our processing plant in Tromso ran all year. Customers "
           "outside Norway took 90 per cent. Sales to our French distributors grew.")


def test_a_firms_own_report_votes_for_its_home_not_its_market():
    ev = _ev(_REPORT)
    home, market = (features(["Havbris Fisk ASA"], cc, "FR", ev) for cc in ("NO", "FR"))
    assert {"lead_firm", "own_top", "own_votes=2", "form_only"} <= set(home)
    assert market["rank=1"] and market["rule"] and market["own_votes=-1"]
    assert "own_top" not in market and "form_out" in market
    assert {"NO", "FR"} <= set(candidates(["Havbris Fisk ASA"], "FR", ev))


def test_a_firm_the_first_line_does_not_name_gets_no_own_votes():
    f = features(["Lumo Trading"], "NO", None, _ev(_REPORT))
    assert "lead_firm" not in f and not any(k.startswith("own_") for k in f)


@pytest.mark.parametrize(("text", "name", "cc", "kind"), [
    ("Last spring the Osaka-based Kumo Trading bought our frozen cod.", "Kumo Trading", "JP",
     "town"),
    ("Our largest buyer is Kumo Trading of Osaka, which took 300 tonnes.", "Kumo Trading", "JP",
     "town"),
    ("We also sell through Vela Foods, Porto, since 2019.", "Vela Foods", "PT", "town"),
    ("A contract with the Japanese importer Kumo Trading was signed.", "Kumo Trading", "JP",
     "demonym"),
    ("In Portugal, Vela Foods doubled its orders.", "Vela Foods", "PT", "sentence"),
])
def test_a_buyers_town_demonym_or_country_beside_its_name_is_read(text, name, cc, kind):
    f = features([name], cc, None, _ev(text))
    assert f[f"{kind}=1"] == 1.0 and f[f"{kind}_top"] == 1.0


@pytest.mark.parametrize(("text", "name", "cc"), [
    # the town is the firm's buyer's, two sentences on: not beside the name
    ("Kumo Trading grew. It ships to Lyon.", "Kumo Trading", "FR"),
    # a demonym of a product, not before the firm's name
    ("Kumo Trading sells Japanese tea and French wine.", "Kumo Trading", "JP"),
])
def test_places_away_from_the_name_are_no_town_or_demonym_of_it(text, name, cc):
    f = features([name], cc, None, _ev(text))
    assert "town=1" not in f and "demonym=1" not in f


def test_pronouns_and_bare_references_are_no_names():
    parties = [{"name": "we"}, {"name": "the company"}, {"name": "Havbris Fisk ASA"},
               {"name": "Our"}, {"name": "that firm"}, {"name": "Havbris  Fisk ASA"}]
    assert names_of(parties) == ["Havbris Fisk ASA"]


def test_only_unresolved_firms_are_grouped_for_revision():
    firm = {"name": "Havbris Fisk ASA", "id": "company:fr:havbris-fisk", "kind": "Company",
            "country": "FR", "resolved": False}
    known = {"name": "France", "id": "country:fr", "kind": "Country", "country": "FR",
             "resolved": True}
    rows = [{"source": firm, "target": known}, {"source": dict(firm), "target": known}]
    assert list(firm_groups(rows)) == ["company:fr:havbris-fisk"]
    assert len(firm_groups(rows)["company:fr:havbris-fisk"]) == 2


# Hand-set weights: the rules' answer is worth 2, a seat the firm calls its own 3.
_W = {"intercept": -2.0, "coef": {"rule": 2.0, "own_top": 3.0}, "margin": 0.2}


@pytest.mark.parametrize(("weights", "rule", "expected"), [
    (_W, "FR", "NO"),                         # its own seat outweighs the rules' answer
    (dict(_W, margin=0.9), "FR", "FR"),       # not by the margin: the rules' answer stands
    (dict(_W, coef={"rule": 2.0}), "FR", "FR"),   # no evidence against the rules
    (_W, None, "NO"),                         # the rules gave none: the model's best
])
def test_the_model_overrides_the_rules_only_by_its_margin(weights, rule, expected):
    assert decide(["Havbris Fisk ASA"], rule, _ev(_REPORT), weights) == expected


def test_without_weights_the_rules_answer_stands():
    # no weights ship: the model did not beat the rules on left-out parts
    assert not country_model.WEIGHTS.exists() and not country_model.enabled()
    assert decide(["Havbris Fisk ASA"], "FR", _ev(_REPORT)) == "FR"


def test_the_pipeline_hands_its_firms_evidence_to_training_and_keeps_its_countries():
    from relgraph.loaders.extract.pipeline import extract_lines
    from relgraph.loaders.extract.readers import read_lines

    trace: list = []
    lines = ["Havbris Fisk ASA signed a supply contract with Kumo Trading of Osaka."]
    rows = extract_lines(lines, "t.txt", firm_countries=trace).candidates
    assert rows and trace
    fid, names, rule, ev, why = trace[0]
    assert fid.startswith("company:") and isinstance(ev, Evidence) and names
    assert isinstance(why, str)
    assert rule == fid.split(":")[1].upper() or rule is None
    assert read_lines  # (the same reader the training script uses)


def test_the_training_scripts_weights_are_what_inference_reads(tmp_path):
    pytest.importorskip("sklearn")
    import train_country_model as train

    ev = _ev(_REPORT)
    rec = []
    for i in range(6):
        rows = [(cc, features(["Havbris Fisk ASA"], cc, "FR", ev), cc == "NO")
                for cc in candidates(["Havbris Fisk ASA"], "FR", ev)]
        rec.append({"doc": f"d{i}", "part": "p", "firm": "company:fr:havbris-fisk",
                    "names": ["Havbris Fisk ASA"], "rule": "FR", "truth": ["NO"],
                    "xx_ok": False, "rows": rows})
    w = train.choose(rec)
    path = tmp_path / "w.json"
    path.write_text(json.dumps(w), encoding="utf-8")
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert {"intercept", "coef", "margin"} <= set(loaded)
    assert all(isinstance(v, float) for v in loaded["coef"].values())
    assert 0.0 <= country_model.score(features(["Havbris Fisk ASA"], "NO", "FR", ev),
                                      loaded) <= 1.0
    assert decide(["Havbris Fisk ASA"], "FR", ev, loaded) in ("NO", "FR")


def test_training_reads_only_tuning_parts_and_never_fresh32():
    import train_country_model as train
    from extract_eval import HELD_OUT

    assert "fresh32" not in train.TUNE_PARTS and not HELD_OUT & set(train.TUNE_PARTS)
    assert {"tuning", "own-tune", "fresh31"} <= set(train.TUNE_PARTS)
    for part in ("fresh32", "own-holdout"):
        with pytest.raises(ValueError):
            train._docs(part)
