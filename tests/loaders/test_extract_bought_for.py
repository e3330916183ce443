""""We purchase buses from MAZ for the city of Kazan": the town goods are bought for
receives them, not the buyer that ordered them (``supplies._bought_for``); "for its
plant", "for USD 5 million" name no such place. Every text here was written for these
tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pairs"), [
    ("We purchase buses from MAZ and LiAZ for the city of Kazan.",
     {("company:xx:maz", "city:ru:kazan"), ("company:xx:liaz", "city:ru:kazan")}),
    ("Minsktrans bought 40 trolleybuses from Belkommunmash for the city of Bobruisk.",
     {("company:xx:belkommunmash", "city:by:bobruisk")}),
])
def test_the_town_bought_for_receives(text, pairs):
    found = blind_pairs(text, S)
    assert pairs <= found
    assert not [p for p in found if p[1].startswith("company:") or p[1].startswith("region:")]


@pytest.mark.parametrize(("text", "pair"), [
    ("Belshina buys carbon black from Omsk Carbon Group for its Bobruisk plant.",
     ("company:xx:omsk-carbon-group", "company:xx:belshina")),
    ("Belshina bought steel cord from Bekaert for USD 5 million.",
     ("company:xx:bekaert", "company:xx:belshina")),
])
def test_the_buyer_receives_otherwise(text, pair):
    assert pair in blind_pairs(text, S)
