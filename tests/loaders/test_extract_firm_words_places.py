"""Words of firm names taken for places and places taken for firms: a firm's name word
that GeoNames gives as a foreign or former name of a far town ("Agro" for Agra, "Gaz"
for Gaza, "Korona" for Corona), a town written in another romanisation ("Viazma"), and
a big city's bare name that a small namesake of the document's own country took over
("Ivanovo"). Every text here was written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.resolve import Resolver


def _sides(text, rel_type):
    """(source id, target id) of every candidate of the type."""
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type}


def _ids(text, rel_type):
    return {i for pair in _sides(text, rel_type) for i in pair}


# -- a firm's name word is no far town -------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Dairy news, Grodno.\n\nEko supplies yoghurt to Russia.", "Eko"),
    ("Pipe trade.\n\nIn 2024 Gaz delivered steel pipes to Armenia.", "Gaz"),
    ("Confectionery.\n\nKorona exports sweets and wafers to Kazakhstan.", "Korona"),
    ("Seed market.\n\nAgro shipped barley seed to Uzbekistan last spring.", "Agro"),
    ("Machinery.\n\nStar shipped two hundred tractors to Mongolia.", "Star"),
])
def test_firm_word_is_no_far_town(text, word):
    sides = _sides(text, "SUPPLIES_TO")
    assert len(sides) == 1
    source = next(iter(sides))[0]
    assert source.startswith("company:"), source
    assert source.endswith(":" + word.lower())


@pytest.mark.parametrize("text, place", [
    # the town's own name, and a far city written by its own name, stay places
    ("Trade of Gomel.\n\nGomselmash delivered combines to Agra in 2023.", "city:in:agra"),
    ("Aid.\n\nBelmedpreparaty shipped medicines to Gaza last year.", "city:ps:gaza"),
    # a former name of a near city that is no firm word stays the city
    ("Buses.\n\nMAZ delivered thirty buses to Lvov in 2010.", "city:ua:lviv"),
])
def test_own_names_and_former_names_stay_places(text, place):
    assert place in _ids(text, "SUPPLIES_TO")


def test_text_resolver_drops_only_alternate_names_of_firm_words():
    from relgraph.loaders.extract.parties import text_resolver
    r = text_resolver()
    assert not r.resolve("Agro").resolved and not r.resolve("Eko").resolved
    assert r.resolve("Agra").id == "city:in:agra"
    assert r.resolve("Agro", country="IN").id == "city:in:agra"   # the text places it
    # a sheet's column holds places: the resolver itself still reads it so
    assert Resolver.default().resolve("Agro").id == "city:in:agra"


# -- a town in another romanisation is a town ----------------------------------------
@pytest.mark.parametrize("text, rel_type, pair", [
    ("Twin towns.\n\nSlonim and Viazma are twin towns since 2009.", "TWINNED_WITH",
     ("city:by:slonim", "city:ru:vyazma")),
    ("Exports.\n\nGomselmash delivered combines to Viazma.", "SUPPLIES_TO",
     ("company:by:gomselmash", "city:ru:vyazma")),
    ("Fabrics.\n\nThe Vitebsk linen mill sold fabric to Riazan in 2022.", "SUPPLIES_TO",
     (None, "city:ru:ryazan")),
    ("Tyres.\n\nBelshina delivered tyres for mining trucks to Iakutsk.", "SUPPLIES_TO",
     ("company:by:belshina", "city:ru:yakutsk")),
])
def test_town_in_another_romanisation(text, rel_type, pair):
    sides = _sides(text, rel_type)
    assert any(pair[1] in s and (pair[0] is None or pair[0] in s) for s in sides), sides


# -- a big city's bare name over a small namesake of the document's country ----------
@pytest.mark.parametrize("text, rel_type", [
    ("Twin towns of the Brest region, Belarus.\n\nPinsk is twinned with Ivanovo.",
     "TWINNED_WITH"),
    ("Exports of Belarus, 2024.\n\nThe Belarusian firm Khimvolokno supplies polyester "
     "yarn to Ivanovo.", "SUPPLIES_TO"),
])
def test_big_city_over_small_own_namesake(text, rel_type):
    ids = _ids(text, rel_type)
    assert "city:ru:ivanovo" in ids and "city:by:ivanovo" not in ids, ids


def test_namesake_placed_by_the_text_stays_own():
    text = ("Twin towns of Belarus.\n\nIvanovo in the Brest region is twinned with "
            "Pruzhany.")
    ids = _ids(text, "TWINNED_WITH")
    assert "city:ru:ivanovo" not in ids, ids


# -- a firm word at the head of a firm's name does not place the firm -----------------
@pytest.mark.parametrize("text, firm", [
    ("GRODNO, 5 May 2025 - Business news.\n\nFederal Trading delivered spare parts to "
     "Lithuania.", "company:by:federal-trading"),
    ("MINSK, 2 June 2025 - Trade news.\n\nBelshina signed a contract with the Federal "
     "Tax Service.", "org:by:federal-tax-service"),
])
def test_firm_word_at_the_head_places_no_firm(text, firm):
    ids = _ids(text, "SUPPLIES_TO") | _ids(text, "SIGNED_AGREEMENT")
    assert firm in ids, ids
