"""Goods whose owner is named with them, not as a sentence's subject: "of" a described
firm, "from" a place, "for" a described firm, and goods that "reach" a place
(``frames._goes_to``, ``frames._comes_from``, ``firms.DESCRIPTION``). The diagnosis
counts these as parties in different sentences: the sentence names both and no
trigger word."""

import pytest
from extract_candidates import candidates, firm_blind

S = "SUPPLIES_TO"


def supplies(text):
    """(supplier, recipient) by id, a firm's without its country."""
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == S}


@pytest.mark.parametrize(("text", "expected"), [
    # goods "of" an owner described before its name
    ("Trade grew fast. Pellets of the Rudny iron ore producer SSGPO went to the "
     "Chelyabinsk Metallurgical Plant and to mills in China.",
     {("company:xx:ssgpo", "company:xx:chelyabinsk-metallurgical-plant"),
      ("company:xx:ssgpo", "country:cn")}),
    ("Relay cabinets of the Cheboksary firm EKRA went to Uzbekistan and Vietnam.",
     {("company:xx:ekra", "country:uz"), ("company:xx:ekra", "country:vn")}),
    # goods "from" a place
    ("Grain. Wheat and flour from the North Kazakhstan Region went to Uzbekistan and "
     "Tajikistan in record volumes.",
     {("region:kz:north-kazakhstan", "country:uz"), ("region:kz:north-kazakhstan", "country:tj")}),
    ("Fruit from the Samarkand Region goes mainly to Russia.",
     {("region:uz:samarkand", "country:ru")}),
    ("Coal from the Ekibastuz basin goes to power stations of the Omsk Region.",
     {("city:kz:ekibastuz", "region:ru:omsk")}),
    # goods "for" a described firm that come from a supplier
    ("Milk powder for the Almaty confectioner Rakhat now comes from Molochny Mir of Grodno.",
     {("company:xx:molochny-mir", "company:xx:rakhat")}),
    ("Glass for the Lithuanian brewer Svyturys comes from Grodno Glassworks.",
     {("company:xx:grodno-glassworks", "company:xx:svyturys")}),
    # goods that reach a place
    ("Belarusian potash reaches Serbia through a trader in Belgrade.",
     {("country:by", "country:rs")}),
    ("The Chelyabinsk Region is a steel region. The region's steel reaches Kazakhstan by rail.",
     {("region:ru:chelyabinsk", "country:kz")}),
])
def test_goods_named_with_their_owner_go_to_the_recipient(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize("text", [
    # people, traffic and money that come from a place and go somewhere are no goods
    "A delegation from the Grodno Region went to Bialystok in May.",
    "Trains from Minsk go to Vilnius twice a day.",
    "Grants from the European Union went to Brest and Grodno.",
    "Students of the Minsk university BSU went to Kazan.",
    # a field or deposit is no place that supplies
    "Oil from the Kumkol field reaches the Dushanzi refinery through a pipeline.",
    # "reach" a sum or a place that is no recipient of goods
    "Trade between Belarus and Serbia reached 300 million dollars in 2023.",
    "The delegation of the Grodno Region reached Bialystok on Monday.",
])
def test_no_goods_no_supply(text):
    assert not supplies(text)


# -- goods and their value opening a passive supply ---------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Belshina is a tyre maker in Bobruisk. Tyres worth 40 million dollars were exported to "
     "Russia.", ("company:xx:belshina", "country:ru")),
    ("Grodno Azot makes fertilisers. Carbamide worth $20 million was sold to Poland.",
     ("company:xx:grodno-azot", "country:pl")),
])
def test_goods_with_their_value_are_no_firm(text, expected):
    found = supplies(text)
    assert expected in found
    assert not any(a in ("company:xx:tyres", "company:xx:carbamide") for a, _ in found)
