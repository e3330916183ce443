"""A market that takes the report's own goods, or a share of them, receives them from
the report's firm: "Japan and Canada take our jams", "Sweden alone took 30 per cent of
our export sales". Phrases where "take" names no goods give nothing. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
HEAD = "Tervola Berries Oy\nAnnual Report 2024\n\nWe export frozen berries and jams. "


def _own_to(got, market: str) -> bool:
    return any("tervola" in a and b == market for a, b in got)


@pytest.mark.parametrize("sentence, market", [
    ("Norway buys our blueberries, and Japan and Canada take our jams almost weekly.",
     "country:jp"),
    ("Norway buys our blueberries, and Japan and Canada take our jams almost weekly.",
     "country:ca"),
    ("Scandinavia stayed our first market, and Sweden alone took 30 per cent of our export "
     "sales.", "country:se"),
    ("Germany takes about a third of our export sales.", "country:de"),
    ("Poland took the bulk of our exports last year.", "country:pl"),
    ("Estonia took 12% of our juice sales.", "country:ee"),
])
def test_a_market_taking_the_firms_goods_receives_them(sentence, market):
    got = pairs(HEAD + sentence + "\n", S)
    assert _own_to(got, market), got


@pytest.mark.parametrize("sentence, market", [
    ("Norway took our advice on packaging rules.", "country:no"),
    ("Latvia takes its name from an old tribe.", "country:lv"),
    ("Sweden took our delegation to the port of Luleå.", "country:se"),
    ("Germany took part in our tasting week.", "country:de"),
])
def test_take_that_names_no_goods_gives_no_supply(sentence, market):
    got = pairs(HEAD + sentence + "\n", S)
    assert not _own_to(got, market), got
