"""What a passive "was received" receives may be no goods ("A proposal from A to twin B
with C has been received"), and the object of another relation's infinitive after "to"
("to twin B", "to sign ... with C") is no recipient. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "A proposal from the Tajik partners to twin Lipetsk with Khujand has been received.",
    "A request from Kaunas to twin Panevezys with Riga was received in May.",
    "An invitation from Kaunas to sign a memorandum with Riga has been received.",
])
def test_a_received_proposal_is_no_supply(text):
    assert pairs(text, S) == [], pairs(text, S)


@pytest.mark.parametrize("text, pair", [
    ("Ten tractors from Minsk were received by Riga.", ("city:by:minsk", "city:lv:riga")),
    ("Kaunas ships buses to Riga.", ("city:lt:kaunas", "city:lv:riga")),
])
def test_received_goods_stay_a_supply(text, pair):
    assert pairs(text, S) == [pair], pairs(text, S)
