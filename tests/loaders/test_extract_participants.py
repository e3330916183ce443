"""One who only takes part in a signing or a supply ("a contract concluded with the
participation of X", "with the mediation of X and Y") is no side of it
(``pipeline._ASSISTED_BY``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs


@pytest.mark.parametrize(("text", "helper"), [
    ("Coke for the smelter was supplied by Koksokhim LLC under a yearly contract "
     "concluded with the participation of Uzbekneftegaz.", "uzbekneftegaz"),
    ("Hydro Tek signed a service contract, prepared with the assistance of Belinvest, "
     "with Gomel Cable Works.", "belinvest"),
])
def test_a_participant_is_no_side(text, helper):
    assert not [p for p in blind_pairs(text, "SIGNED_AGREEMENT") if helper in p[0] + p[1]]


@pytest.mark.parametrize(("text", "pair"), [
    ("Penza signed a memorandum with Grodno in the presence of the two governors.",
     ("city:ru:penza", "city:by:grodno")),
    ("Koksokhim LLC signed a supply contract with Uzbekneftegaz.",
     ("company:xx:koksokhim", "company:xx:uzbekneftegaz")),
])
def test_named_sides_stay(text, pair):
    got = blind_pairs(text, "SIGNED_AGREEMENT")
    assert pair in got or pair[::-1] in got
