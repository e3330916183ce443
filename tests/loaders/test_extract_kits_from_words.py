"""Kits an assembler puts together, and goods for a buyer, that come from a supplier in
any verb of moving ("kits that come in from Y", "kits which are sent from Y", "parts
which arrive from Y", "engines for X are shipped over from Y"): the party after "from"
supplies (``frames._assembled_from``, ``frames._comes_from``). Every text here was
written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Orion Motors in Termez assembles vans from kits that come in from Nanjing.",
     ("city:cn:nanjing", "company:xx:orion-motors")),
    ("Since 2021 Orion Motors has put together pickups from kits which are sent from "
     "Chongqing.", ("city:cn:chongqing", "company:xx:orion-motors")),
    ("Orion Motors builds minibuses from components which arrive from Hubei Province.",
     ("region:cn:hubei", "company:xx:orion-motors")),
    ("Orion Motors assembles trucks from kits that are shipped in from Tianjin.",
     ("city:cn:tianjin", "company:xx:orion-motors")),
])
def test_the_kits_sender_supplies_the_assembler(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize(("text", "pair"), [
    ("Gearboxes for Orion Motors come in from Nanjing.",
     ("city:cn:nanjing", "company:xx:orion-motors")),
    ("Axles for Orion Motors are shipped over from Chongqing.",
     ("city:cn:chongqing", "company:xx:orion-motors")),
])
def test_goods_that_come_in_from_a_supplier(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    # people, not goods, come in: no supply (the first word of the clause counts too)
    "Tourists for Samarkand come from Nanjing.",
    "Tourists for Samarkand come in from Nanjing.",
    "Engineers for Orion Motors came over from Nanjing.",
    # the assembler sends kits away: no supply from the town to it
    "Orion Motors assembles vans from kits of its own and sends them to Nanjing.",
])
def test_no_goods_no_supply_from(text):
    found = blind_pairs(text, S)
    assert not [p for p in found if p[0] == "city:cn:nanjing"]
