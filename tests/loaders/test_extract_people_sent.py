"""People sent are no goods: "travel agencies plan to send tourist groups to the beaches
of X", "sent 30 students to Y" state no supply (``supplies._PEOPLE_SENT``); goods sent still
do. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Yekaterinburg travel agencies plan to send tourist groups to the beaches of Batumi.",
    "Brest sent 30 students to Lublin for a summer school.",
    "Every spring Grodno sends a delegation of teachers to Bialystok.",
])
def test_people_sent_are_no_supply(text):
    assert blind_pairs(text, S) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("Brest sent 30 tonnes of flour to Lublin.", ("city:by:brest", "city:pl:lublin")),
    ("Gomel sends its buses to Bryansk.", ("city:by:gomel", "city:ru:bryansk")),
])
def test_goods_sent_are_a_supply(text, pair):
    assert pair in blind_pairs(text, S)
