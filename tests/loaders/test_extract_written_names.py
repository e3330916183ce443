"""Parties named as written that the mention recogniser must find: a body named for its
purpose, a region after a title's opening word ("Report of the Vitebsk oblast ..."), a
firm described without an article ("to Kazakh dealer X"). Every text here was written
for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.mentions import find_mentions


def _texts(text):
    return [m.text for m in find_mentions(text)]


# -- a body named for its purpose, though its field ends in an event word ---------------
@pytest.mark.parametrize("text, name", [
    ("The Agency for Strategic Initiatives signed an agreement with the Ministry of "
     "Agriculture of Belarus.", "Agency for Strategic Initiatives"),
    ("The Centre for Investment Projects of Kazakhstan signed an agreement with Grodno.",
     "Centre for Investment Projects of Kazakhstan"),
    ("The State Committee on Investment Programmes signed a memorandum with Minsk.",
     "State Committee on Investment Programmes"),
])
def test_a_body_for_a_field_is_named(text, name):
    assert name in _texts(text), _texts(text)


@pytest.mark.parametrize("text, word", [
    # an event or a programme for a field stays no party
    ("The Minsk Forum for Regional Initiatives opened in June.", "Minsk Forum"),
    ("The Strategy for Investment Projects was adopted in Grodno.", "Strategy"),
])
def test_an_event_for_a_field_is_no_party(text, word):
    assert not any(t.startswith(word) for t in _texts(text)), _texts(text)


# -- a common word opening a sentence (a title) before "of the" heads no name -----------
@pytest.mark.parametrize("text, rel_type, pair", [
    ("Report of the Vitebsk oblast executive committee, 2023\n\n"
     "The oblast signed an agreement with the Tiumen oblast in 2023.",
     "SIGNED_AGREEMENT", ("region:by:vitebsk", "region:ru:tyumen")),
    ("Review of the Brest Region economy in 2022\n\n"
     "The region shipped cheese to China that year.",
     "SUPPLIES_TO", ("region:by:brest", "country:cn")),
])
def test_the_region_of_an_opening_title_is_the_documents(text, rel_type, pair):
    assert pair in pairs(text, rel_type)


@pytest.mark.parametrize("text, name", [
    ("Summary of the Mogilev Region trade figures", "Mogilev Region"),
    ("Overview of the Gomel Oblast economy for investors", "Gomel Oblast"),
    ("Analysis of the Grodno Region foreign trade", "Grodno Region"),
])
def test_the_name_after_an_opening_common_word_is_read(text, name):
    assert name in _texts(text), _texts(text)


@pytest.mark.parametrize("text, name", [
    # heads that take "of the" inside a name keep it
    ("Embassy of the Republic of Belarus opened in Hanoi.", "Embassy of the Republic of Belarus"),
    ("University of the Arts London signed an agreement with Minsk.",
     "University of the Arts London"),
])
def test_a_head_taking_of_the_keeps_its_name(text, name):
    assert name in _texts(text), _texts(text)


# -- "to Kazakh dealer X": a description without its article after a preposition -------
@pytest.mark.parametrize("text, rel_type, pair", [
    ("Belarus ships tractors to Kazakh firm Agromash Holding KZ.", "SUPPLIES_TO",
     ("country:by", "company:kz:agromash-holding")),
    ("Savushkin sells cheese to Russian retailer Magnit.", "SUPPLIES_TO",
     (None, "company:ru:magnit")),
    ("Kazakhstan bought tractors from Belarusian maker MTZ.", "SUPPLIES_TO",
     ("company:by:mtz", "country:kz")),
])
def test_a_firm_described_without_article_is_the_party(text, rel_type, pair):
    got = pairs(text, rel_type)
    assert any(pair[0] in (None, a) and b == pair[1] for a, b in got), got


@pytest.mark.parametrize("text, rel_type, country", [
    ("Belarus ships tractors to Kazakh firm Agromash Holding KZ.", "SUPPLIES_TO", "country:kz"),
    ("Savushkin sells cheese to Russian retailer Magnit.", "SUPPLIES_TO", "country:ru"),
])
def test_the_demonym_of_such_a_description_is_no_party(text, rel_type, country):
    assert not any(country in pair for pair in pairs(text, rel_type))


def test_places_before_a_plural_head_are_no_description():
    # "Minsk and Gomel plants X and Y": a list of places, not one firm's description
    got = _texts("Belarus ships tractors to Minsk and Gomel plants Amkodor and Gomselmash.")
    assert "Minsk" in got and "Gomel" in got, got
