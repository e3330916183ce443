"""Regions the gazetteer does not hold, named with an administrative unit's word of their
own language ("Landkreis Ravensburg", "Kreis Minden", "Region Västra Götaland",
"Oberbergkreis", "Jönköpings län") or by a lower-case unit word before them ("the canton
of Zug-Land"): a region, of the country of the town or region its base name is, else
of the country its unit word names among the text's. Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.parties import administrative_unit

A = "SIGNED_AGREEMENT"


def parties(text: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(text) if c["type"] == A
            for side in ("source", "target")}


@pytest.mark.parametrize("name,expected", [
    ("the Landkreis Ravensburg", "region:de:ravensburg"),
    ("Kreis Ravensburg", "region:de:ravensburg"),
    ("the Oberbergkreis", "region:de:oberbergkreis"),
    ("Region Gotland Fårö", "region:se:gotland-faro"),
])
def test_a_unit_word_of_its_language_makes_a_region_of_its_country(name, expected):
    text = ("Germany, Sweden and Belarus keep close regional ties. In 2019"
            f" {name} signed a cooperation agreement with the Vitebsk Region.")
    assert expected in parties(text).values()


@pytest.mark.parametrize("text,expected", [
    # a lower-case unit word before the name, and its base name a town of one country
    ("Switzerland and Belarus keep close regional ties. The canton of Basel-Umland signed a"
     " cooperation agreement with the Vitebsk Region.", "region:ch:basel-umland"),
    ("The district of Ravensburg signed a cooperation agreement with the Vitebsk Region.",
     "region:de:ravensburg"),
])
def test_an_unknown_region_takes_the_country_of_its_base_name(text, expected):
    assert expected in parties(text).values()


@pytest.mark.parametrize("name", ["Kreisbank Ravensburg", "Regional Bank", "Kreis", "Region"])
def test_words_that_only_begin_like_a_unit_are_no_unit(name):
    assert administrative_unit(name) is None


def test_a_names_first_word_counts_only_as_a_place_of_a_country_the_text_names():
    # ("Gotland" alone: Sweden is not named here, so no Swedish region)
    text = "In 2019 Region Gotland Fårö signed a cooperation agreement with the Vitebsk Region."
    assert "region:se:gotland-faro" not in parties(text).values()


def test_a_firm_named_after_a_unit_keeps_its_kind():
    text = "In 2019 Kreisbau GmbH signed a supply contract with the Vitebsk Region."
    assert parties(text).get("Kreisbau GmbH", "").startswith("company:")
