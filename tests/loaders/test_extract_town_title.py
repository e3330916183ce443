"""A town's government written as a title before its name ("the Municipality of X",
"the City of X", "the Town of X") is the town X, whatever kind the relation's default
or the word "municipality" would give; a body of its own named so ("the City of X
Foundation") keeps its kind. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs


@pytest.mark.parametrize("text, rel_type, pair", [
    ("The Municipality of Celje signed a memorandum with the City of Zadar.",
     "SIGNED_AGREEMENT", ("city:hr:zadar", "city:si:celje")),
    ("In 2021 the Town of Kotor concluded a cooperation agreement with the Municipality of "
     "Bitola.", "SIGNED_AGREEMENT", ("city:me:kotor", "city:mk:bitola")),
    ("The City of Ptuj and the Municipality of Trebinje signed an agreement on culture.",
     "SIGNED_AGREEMENT", ("city:ba:trebinje", "city:si:ptuj")),
    ("The Municipality of Šabac has been twinned with the City of Celje since 1999.",
     "TWINNED_WITH", ("city:rs:sabac", "city:si:celje")),
    ("The Municipality of Nova Gorica signed a memorandum with the City of "
     "Kędzierzyn-Koźle.", "SIGNED_AGREEMENT", ("city:pl:kedzierzyn-kozle", "city:si:nova-gorica")),
])
def test_a_town_title_is_the_town(text, rel_type, pair):
    assert pair in undirected_id_pairs(text, rel_type)


def test_a_town_title_is_a_supply_recipient_town():
    got = pairs("Krka supplies medicines to the Municipality of Ptuj.", "SUPPLIES_TO")
    assert [t for _, t in got] == ["city:si:ptuj"]


@pytest.mark.parametrize("text, name", [
    ("The City of London Corporation signed an agreement with Celje.",
     "City of London Corporation"),
    ("The City of Celje Foundation signed an agreement with Zadar.", "City of Celje Foundation"),
])
def test_a_body_named_after_a_town_title_keeps_its_kind(text, name):
    got = {r for p in pairs(text, "SIGNED_AGREEMENT", key="name") for r in p}
    kinds = {i.split(":")[0] for p in pairs(text, "SIGNED_AGREEMENT") for i in p}
    assert name in got and "city" in kinds and kinds - {"city"}, (got, kinds)
