"""A region the gazetteer does not know, named with its country's own unit word kept in
English ("the départements of X and Y", "the comunidades autónomas of X", "the
Bundesland of X") or by its own council or government ("the Provincial Council of X",
"the Conseil départemental de X"), is that region where the text writes it bare, and so
is the organ itself; a word only one country uses gives the country. "The département"
refers to a French region named before, never to another country's. Texts written for
these tests; the region names are invented."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.named_regions import names_called_regions, organ_place

A, S = "SIGNED_AGREEMENT", "SUPPLIES_TO"
HEAD = "Chapter 2\n\n"


def ids(text: str, rel: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(HEAD + text)
            if c["type"] == rel for side in ("source", "target")}


@pytest.mark.parametrize("intro,name,expected", [
    ("North of the river lie the départements of Haute-Verlande and Morbec.", "Morbec",
     "region:fr:morbec"),
    ("The comunidades autónomas of Arvedo and Lusquia border France.", "Lusquia",
     "region:es:lusquia"),
    ("The autonomous communities of Arvedo and Lusquia border France.", "Arvedo",
     "region:es:arvedo"),
    ("Its partner is the département des Morbec on the coast.", "Morbec", "region:fr:morbec"),
])
def test_a_name_its_own_unit_word_calls_a_region_is_that_region(intro, name, expected):
    text = f"{intro}\nIn 2011 {name} signed a protocol on transport with Navarre."
    assert ids(text, A).get(name) == expected


def test_a_regions_council_named_in_its_own_language_is_the_region():
    text = ("North of the river lie the départements of Haute-Verlande and Morbec.\n"
            "In 2005 the Conseil départemental de la Morbec concluded an agreement with "
            "Navarre.")
    assert ids(text, A).get("Conseil départemental de la Morbec") == "region:fr:morbec"


def test_a_provincial_council_makes_its_place_a_region():
    text = ("In 2005 the Provincial Council of Arvedo signed a protocol with Navarre.\n"
            "In 2010 Arvedo signed a memorandum with Aragon.")
    found = ids(text, A)
    assert found.get("Arvedo", "").startswith("region:")
    assert found.get("Provincial Council of Arvedo", "").startswith("region:")


@pytest.mark.parametrize("text", [
    # (no unit word: the relation's default kind)
    "Morbec is known for its timber.\nIn 2011 Morbec signed a protocol with Navarre.",
    # (a firm's legal form keeps a firm)
    "The départements of Morbec and Arle are rural.\n"
    "In 2011 Morbec Bois SAS signed a contract with Navarre.",
])
def test_without_a_unit_word_or_with_a_legal_form_no_region(text):
    assert not any(v.startswith("region:") for k, v in ids(text, A).items()
                   if k.startswith("Morbec"))


def test_the_departement_refers_to_the_french_region():
    text = ("The départements of Morbec and Arle lie in France. In 2009 Morbec signed a "
            "memorandum on forestry with Navarre, and the département also sells "
            "seedlings to Aragon.")
    assert ids(text, S).get("the département") == "region:fr:morbec"


def test_the_departement_is_no_region_of_another_country():
    text = ("Morbec lies in the west of France. In 2009 Morbec signed a memorandum on "
            "forestry with Navarre, and the département also sells seedlings to Aragon.")
    assert ids(text, S).get("the département") != "region:es:navarre"


@pytest.mark.parametrize("text,expected", [
    ("the départements of Arle and Morbec", {"Arle": "FR", "Morbec": "FR"}),
    ("the Länder of Ostmark and Vell", {"Ostmark": None, "Vell": None}),
    ("the Diputación Foral de Arvedo", {"Arvedo": "ES"}),
    ("the regioni of Calvena and Orto", {"Calvena": "IT", "Orto": "IT"}),
    ("the region of Calvena", {"Calvena": None}),
])
def test_names_called_regions_by_their_own_words(text, expected):
    assert names_called_regions(text) == expected


@pytest.mark.parametrize("name,expected", [
    ("the Provincial Council of Arvedo", "Arvedo"),
    ("Conseil régional de Morbec", "Morbec"),
    ("the Arvedo Provincial Council", None),
    ("a report of the Provincial Council of Arvedo", None),
])
def test_organ_place(name, expected):
    assert organ_place(name) == expected


@pytest.mark.parametrize("text,name", [
    ("The Conseil départemental des Morbec signed.", "Conseil départemental des Morbec"),
    ("The Diputación foral de Arvedo signed.", "Diputación foral de Arvedo"),
])
def test_a_native_title_with_its_adjective_is_one_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("intro,name,expected", [
    # (the region's own-language name in brackets after its English one)
    ("The Basque Country (Euskadi) lies south of the river.", "Euskadi",
     "region:es:basque-country"),
    ("Two communities, the Basque Country (Euskadi) and Navarre, lie south.", "Euskadi",
     "region:es:basque-country"),
])
def test_a_regions_other_name_in_brackets_is_that_region(intro, name, expected):
    text = f"{intro}\nIn 2011 {name} signed an agreement with Aquitaine."
    assert ids(text, A).get(name) == expected


@pytest.mark.parametrize("intro,name,expected", [
    # (a place the gazetteer knows in the bracket stays that place)
    ("The firm works in Aragon (Zaragoza) and sells there.", "Zaragoza", "city:es:zaragoza"),
    # (after a town, not a region: no other name of a region)
    ("The firm works in Bilbao (Ibarvel) and sells there.", "Ibarvel", None),
])
def test_other_brackets_are_no_region_name(intro, name, expected):
    text = f"{intro}\nIn 2011 {name} signed an agreement with Aquitaine."
    got = ids(text, A).get(name)
    assert got == expected if expected else not (got or "").startswith("region:")
