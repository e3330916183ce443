"""Monograph habits of writing: a forum's venue before a list of signed documents,
"respectively" between named firms and buyers, a town's descriptor plant that is no
known firm. Short texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"])
                  for c in extract_lines(text.splitlines(), "mono.txt").candidates
                  if c["type"] == rel_type)


# -- the venue of a forum signs nothing ---------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("The first forum of the regions was held in Tashkent in 2018, at which more than "
     "seventy documents were signed by the regions of the two countries. Among them were "
     "the agreements between the Samarkand Region and the Sverdlovsk Region and between "
     "the Bukhara Region and the Orenburg Region.",
     [("region:uz:bukhara", "region:ru:orenburg"), ("region:uz:samarkand", "region:ru:sverdlovsk")]),
    ("The session of the Forum was organised in Mogilev in 2019, and several regions of "
     "the two countries signed documents at it. Among them were the memoranda between the "
     "Vitebsk Region and the Pskov Region, and between the Minsk Region and the Tula Region.",
     [("region:by:minsk", "region:ru:tula"), ("region:by:vitebsk", "region:ru:pskov")]),
])
def test_a_forum_venue_is_no_signer_of_the_listed_agreements(text, pairs):
    assert {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")} == \
        {frozenset(p) for p in pairs}


def test_a_named_signer_still_opens_the_list_beside_a_venue():
    text = ("At the forum held in Minsk, the Grodno Region signed agreements with several "
            "Russian regions. Among them were the Smolensk Region and the Bryansk Region.")
    got = {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")}
    assert got == {frozenset(("region:by:grodno", "region:ru:smolensk")),
                   frozenset(("region:by:grodno", "region:ru:bryansk"))}


# -- "respectively" pairs named suppliers with their buyers in order ------------------
@pytest.mark.parametrize("text, pairs", [
    ("Santa Bremor and Bellakt supply fish products and infant formula to Shandong and "
     "Guangdong respectively.",
     [("company:by:bellakt", "region:cn:guangdong"), ("company:by:santa-bremor", "region:cn:shandong")]),
    ("In 2020 Belshina and Amkodor shipped tyres and loaders to Kazan and to Omsk, "
     "respectively, under the new contracts.",
     [("company:by:amkodor", "city:ru:omsk"), ("company:by:belshina", "city:ru:kazan")]),
])
def test_respectively_pairs_suppliers_and_buyers_in_order(text, pairs):
    assert _pairs(text, "SUPPLIES_TO") == pairs


def test_without_respectively_every_supplier_reaches_every_buyer():
    text = "Santa Bremor and Bellakt supply fish products to Shandong and Guangdong."
    assert len(_pairs(text, "SUPPLIES_TO")) == 4


# -- a described plant whose trade the name of a known firm does not show --------------
@pytest.mark.parametrize("text, firm", [
    ("Mogilevkhimvolokno ships fibre to the Ivanovo Region. The Mogilev meat-packing plant "
     "supplies sausages to Smolensk.", "company:by:mogilev-meat-packing-plant"),
    ("Bobruiskagromash sells balers in the Bryansk Region. In 2019 the Bobruisk bakery plant "
     "began to deliver bread to Smolensk.", "company:by:bobruisk-bakery-plant"),
])
def test_a_described_plant_of_another_trade_is_no_glued_firm(text, firm):
    suppliers = [p[0] for p in _pairs(text, "SUPPLIES_TO")]
    assert firm in suppliers and len(suppliers) == 2


def test_a_described_plant_whose_trade_the_glued_name_shows_is_that_firm():
    text = ("Mogilevliftmash ships lifts to Kazan. The Mogilev lift plant also sells lifts "
            "to Tula.")
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {"company:by:mogilevliftmash"}


@pytest.mark.parametrize("text, firm", [
    ("The Osipovichi dairy plant exports cheese to the Tver Region.",
     "company:by:osipovichi-dairy-plant"),
    ("Since 2015 the Lida brewery company has supplied beer to the Smolensk Region.",
     "company:by:lida-brewery-company"),
])
def test_a_trade_head_goes_on_into_the_head_after_it(text, firm):
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {firm}


@pytest.mark.parametrize("text, firm", [
    ("Belshina, the Bobruisk tyre maker, sells tyres in Kazan. The Bobruisk meat-packing "
     "plant supplies sausages to the Bryansk Region.", "company:by:bobruisk-meat-packing-plant"),
    ("The Mogilev holding Mogilevskaya Molochnaya Kompaniya sells cheese in Moscow. The "
     "Mogilev brewery plant ships beer to Smolensk.", "company:by:mogilev-brewery-plant"),
])
def test_a_firm_placed_in_the_town_is_no_plant_of_another_trade(text, firm):
    assert firm in {p[0] for p in _pairs(text, "SUPPLIES_TO")}


def test_a_firm_placed_in_the_town_with_that_trade_is_the_plant():
    text = ("The Bobruisk tyre maker Belshina sells tyres in Kazan. The Bobruisk tyre plant "
            "also supplies tyres to the Bryansk Region.")
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {"company:by:belshina"}
