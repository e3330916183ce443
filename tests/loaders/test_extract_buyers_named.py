"""Buyers located by a town and then named ("to shipping firms in Klaipeda, among them
Klaipeda Tanker Lines"): the named firm is the recipient, the town only located the
buyers (``_buyers_named`` in ``loaders/extract/pipeline.py``)."""

import pytest
from extract_candidates import blind_pairs as supplies

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "firm", "town"), [
    ("Orlen Lietuva supplies marine fuel to shipping firms in Klaipeda, among them "
     "Klaipeda Tanker Lines.", "company:xx:klaipeda-tanker-lines", "city:lt:klaipeda"),
    ("Amkodor sells loaders to dealers in Almaty, including the firm Kazagrotech.",
     "company:xx:kazagrotech", "city:kz:almaty"),
])
def test_the_named_buyer_not_its_town(text, firm, town):
    found = supplies(text)
    assert [p for p in found if p[1] == firm]
    assert not [p for p in found if p[1] == town]


def test_another_town_of_the_list_stays():
    # the firm carries one town's name; the other town's buyers stay unnamed
    found = supplies("Belshina sells tyres to mining firms in Kemerovo and Novokuznetsk, "
                     "among them Kemerovo Coal Holding.")
    assert ("company:xx:belshina", "city:ru:novokuznetsk") in found
    assert ("company:xx:belshina", "city:ru:kemerovo") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # a country stays the market
    ("Grodno Azot ships ammonia to chemical firms in Poland, among them Anwil.",
     ("company:xx:grodno-azot", "country:pl")),
    # no buyer named after the town: the town stays
    ("Santa Bremor ships fish to retailers in Riga and to Maxima.",
     ("company:xx:santa-bremor", "city:lv:riga")),
])
def test_the_place_stays(text, expected):
    assert expected in supplies(text)
