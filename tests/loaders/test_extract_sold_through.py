"""The firm a seller's goods go through receives them: after a recipient market with no
description of the firm, its legal form telling it ("delivers solvents to Latvia,
mainly through B SIA of Riga"), and with no recipient named at all ("has been selling
its bread through B"). Not a place ("through Riga"), not a buyer's "buys its flour
through B". Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "company:xx:emajoe-keemia"
B = "company:xx:baltkem-trade"


@pytest.mark.parametrize("text", [
    "Emajõe Keemia AS continued to deliver solvents to Latvia, mainly through Baltkem "
    "Trade SIA of Riga.",
    "Emajõe Keemia AS exports solvents to Latvia through Baltkem Trade SIA.",
    "Emajõe Keemia AS has been selling its paints through Baltkem Trade SIA, the Latvian "
    "retail chain, since 2021.",
    "Emajõe Keemia AS sells its solvents mainly via Baltkem Trade SIA.",
])
def test_the_firm_goods_go_through_receives_them(text):
    assert (S, B) in blind_pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("Emajõe Keemia AS sells its solvents through Riga.", (S, "city:lv:riga")),
    ("Emajõe Keemia AS buys its resins through Baltkem Trade SIA.", (S, B)),
])
def test_no_recipient_through_a_place_or_for_a_buyer(text, pair):
    assert pair not in blind_pairs(text)
