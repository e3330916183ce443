"""A body's name read whole: a field before "and" that is a head word elsewhere
("Ministry of Local Administration and Infrastructure": one ministry, not a
ministry and a body called "Infrastructure"), and a state's formal name with its own
adjective left out of the id ("of the Islamic Republic of Iran"), as "of the Republic
of Belarus" was. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.parties import provisional_id
from relgraph.loaders.extract.pipeline import extract_lines


def _signers(text):
    out = set()
    for c in extract_lines(text.split("\n"), "t.txt").candidates:
        if c["type"] == "SIGNED_AGREEMENT":
            out |= {c["source"]["id"], c["target"]["id"]}
    return out


@pytest.mark.parametrize("text, body", [
    ("The Ministry of Local Administration and Infrastructure of Moldova signed a "
     "memorandum with the Ministry of Economy of Azerbaijan in April.",
     "org:md:ministry-of-local-administration-and-infrastructure"),
    ("The State Committee of Land Administration and Cadastre of Tajikistan signed an "
     "agreement with the Agency for Land Management of Kazakhstan.",
     "org:tj:state-committee-of-land-administration-and-cadastre"),
])
def test_a_field_after_a_head_word_and_and_stays_in_the_name(text, body):
    assert body in _signers(text)


@pytest.mark.parametrize("text, two", [
    # a whole name with its own head after "and": two bodies
    ("The Siberian Branch of the Academy of Sciences and Buketov University signed it.",
     ["Siberian Branch of the Academy of Sciences", "Buketov University"]),
    # a place after "and": a list, not a field
    ("The Institute of Public Administration and Azerbaijan signed a plan.",
     ["Institute of Public Administration", "Azerbaijan"]),
])
def test_a_named_body_or_a_place_after_and_is_the_next_name(text, two):
    assert [m.text for m in find_mentions(text)] == two


@pytest.mark.parametrize("name, country, want", [
    ("Ministry of Roads of the Islamic Republic of Iran", "IR", "org:ir:ministry-of-roads"),
    ("Ministry of Industry and Trade of the Socialist Republic of Vietnam", "VN",
     "org:vn:ministry-of-industry-and-trade"),
    ("Ministry of Justice of the Republic of Belarus", "BY", "org:by:ministry-of-justice"),
])
def test_a_states_formal_name_is_left_out_of_a_bodys_id(name, country, want):
    assert provisional_id("Organization", country, name) == want


def test_a_formal_name_in_a_text_gives_the_same_id():
    text = ("The Ministry of Economy of the Islamic Republic of Iran signed a memorandum "
            "with the Ministry of Economy of Armenia.")
    assert "org:ir:ministry-of-economy" in _signers(text)


def _supplies(text):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, pair", [
    ("Last year Mongolia's Tavan Coal LLC delivered coking coal to Wuhan Iron and Steel "
     "(Group) Co., Ltd. under a new contract.",
     ("company:mn:tavan-coal", "company:cn:wuhan-iron-and-steel-group-co-ltd")),
    ("Kazakh Ore JSC ships pellets to Hebei Steel (Group) Co. Ltd. every month.",
     ("company:kz:kazakh-ore", "company:cn:hebei-steel-group-co-ltd")),
])
def test_a_group_in_brackets_before_the_legal_form_is_part_of_the_name(text, pair):
    assert pair in _supplies(text)


def test_two_places_before_a_bracketed_group_are_not_joined():
    names = [m.text for m in find_mentions("Minsk and Gomel (Group) LLC")]
    assert names[0] == "Minsk"
