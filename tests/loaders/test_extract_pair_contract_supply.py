"""A signing that states a supply besides itself: "A and B signed a contract for the
delivery of G" and "a contract between A and B for the supply of G" (a firm supplies a
place, a buyer that resells buys; two firms in plain order say no direction), "A has a
contract with the retailer B" (a partner that buys to resell buys A's goods)
(``_pair_contract_supply`` and ``_supply_deal`` in ``loaders/extract/patterns.py``).
Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor and the Akmola Region signed a contract for the delivery of 60 loaders in 2025.",
     ("company:xx:amkodor", "region:kz:akmola")),
    ("The city of Bishkek and MAZ signed a contract for the supply of 50 buses.",
     ("company:xx:maz", "city:kg:bishkek")),
    ("Bobruisk Agromash and the Kostanay Region also concluded a letter of intent on the "
     "supply of balers for local farms.", ("company:xx:bobruisk-agromash", "region:kz:kostanay")),
    ("Talks ended with a contract between Savushkin Product and the retail chain Magnit for "
     "the supply of cheese to 200 Magnit stores.",
     ("company:xx:savushkin-product", "company:xx:magnit")),
])
def test_a_pair_signs_for_a_supply(text, expected):
    assert expected in supplies(text)
    assert len(pairs(text, A)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Savushkin Product holds a contract with the Russian retail chain Magnit for 2025.",
     ("company:xx:savushkin-product", "company:xx:magnit")),
    ("Milavitsa signed a distribution agreement with the Latvian wholesaler Baltic Fashion "
     "in March.", ("company:xx:milavitsa", "company:xx:baltic-fashion")),
    ("In May Borisov Canning Plant concluded a deal with the supermarket chain Rimi.",
     ("company:xx:borisov-canning-plant", "company:xx:rimi")),
])
def test_a_partner_that_resells_buys(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the pair's document is no supply
    ("Amkodor and Allur signed a contract for the joint development of a loader.",
     ("company:xx:amkodor", "company:xx:allur")),
    ("Minsk and Riga signed an agreement on cultural exchanges.",
     ("city:by:minsk", "city:lv:riga")),
    # two firms in plain order: which supplies is not written
    ("Amkodor and Agromash Holding signed a contract for the delivery of 60 loaders.",
     ("company:xx:amkodor", "company:xx:agromash-holding")),
    ("A contract between the Georgian company Tbilisi Motors and JSC Belshina for the supply "
     "of tyres was signed.", ("company:xx:tbilisi-motors", "company:xx:belshina")),
    # the supply has a recipient of its own
    ("The Vitebsk Region and the Pskov Region signed a memorandum on the supply of flax to "
     "spinning mills in Velikiye Luki.", ("region:by:vitebsk", "region:ru:pskov")),
    # a supply contract alone does not say who supplies whom
    ("Grodno Azot signed a supply contract with Achema in March.",
     ("company:xx:grodno-azot", "company:xx:achema")),
    ("Belshina signed a contract with Kamaz for the joint development of tyres.",
     ("company:xx:belshina", "company:xx:kamaz")),
    # the partner is no buyer that resells
    ("Milavitsa signed a contract with the design studio Baltic Fashion.",
     ("company:xx:milavitsa", "company:xx:baltic-fashion")),
])
def test_no_supply_from_the_signing(text, wrong):
    assert wrong not in supplies(text)
    assert len(pairs(text, A)) == 1
