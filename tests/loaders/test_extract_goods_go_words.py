"""Goods that go somewhere, in other words: "finds its way to", and an auxiliary
between the goods and the verb ("X's urea is mostly bound for A", "X's pellets have
largely gone to B"): the goods' owner supplies (``frames._goes_to``). A firm's people
who go somewhere carry no goods ("X's director is going to A"). Every text here was
written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Soligorsk Salt's table salt mostly finds its way to Lithuania.",
     ("company:xx:soligorsk-salt", "country:lt")),
    ("Much of Soligorsk Salt's road salt is bound for Latvia and Estonia.",
     ("company:xx:soligorsk-salt", "country:lv")),
    ("Soligorsk Salt's bagged salt has largely gone to Ukraine.",
     ("company:xx:soligorsk-salt", "country:ua")),
])
def test_the_owner_of_the_goods_supplies(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    "Soligorsk Salt's director is going to Lithuania next week.",
    "Soligorsk Salt's chairman went to Latvia in May.",
    "Soligorsk Salt's managers find their way to Riga every spring.",
])
def test_a_firms_people_carry_no_goods(text):
    assert blind_pairs(text, S) == set()
