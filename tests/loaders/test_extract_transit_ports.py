"""A port the goods pass through is no buyer: "sends its tyres by sea to the ports of
Primorsk, Kaliningrad and Arkhangelsk" names no recipient (``pipeline._not_to_ports``); a
town or a firm named without "port(s) of" still receives. Every text here was
written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"
HEAD = "OAO TYREPROM\nANNUAL REPORT 2023\n"


@pytest.mark.parametrize("text", [
    HEAD + "The company now sends its tyres by sea to the ports of Primorsk, Kaliningrad "
    "and Arkhangelsk.",
    HEAD + "Since May the plant has sent its fertilisers to the port of Novorossiysk.",
    "Belaruskali shipped potash to the seaports of Ust-Luga and Vanino in 2023.",
])
def test_a_port_is_no_recipient(text):
    assert not [p for p in blind_pairs(text, S) if p[1].startswith(("city:", "region:"))]


@pytest.mark.parametrize(("text", "pair"), [
    ("Belshina shipped tyres to the port of Riga and to Latvia's Baltic Tyre LLC.",
     ("company:xx:belshina", "company:xx:baltic-tyre")),
    ("Belshina shipped tyres to Riga.", ("company:xx:belshina", "city:lv:riga")),
])
def test_other_recipients_stay(text, pair):
    assert pair in blind_pairs(text, S)


# A place the goods only pass through ("through X", "via X and Y", "through the port of
# X") is their route, on either side of the supply (``pipeline._passed_through``).
@pytest.mark.parametrize(("text", "route"), [
    ("Between 2010 and 2016 the Rana mine bought fuel from Nordolje and sent its ore, "
     "through the port of Narvik, to smelters in Japan and Korea.", "narvik"),
    ("Polish apples, which arrive by lorry through Brest and are sold in the markets of "
     "Minsk and Grodno, are cheap there.", "brest"),
    ("Georgian wine travels by lorry via Lars and Vladikavkaz and is sold in the shops "
     "of Moscow and Rostov.", "vladikavkaz"),
    ("Kazakh wheat arrives by rail via Orenburg and is sold in the markets of Samara "
     "and Ufa.", "orenburg"),
])
def test_a_route_place_is_no_party(text, route):
    assert not [p for p in blind_pairs(text, S) if route in p[0] or route in p[1]]


@pytest.mark.parametrize(("text", "pair"), [
    ("Agrotek sells its feed in Serbia through Vitalis, an importer in Belgrade.",
     ("company:xx:agrotek", "country:rs")),
    ("Brest supplies Grodno with bricks, which travel through Lida.",
     ("city:by:brest", "city:by:grodno")),
    ("Orenburg ships grain to Samara via the Volga river.",
     ("city:ru:orenburg", "city:ru:samara")),
])
def test_named_parties_beside_a_route_stay(text, pair):
    assert pair in blind_pairs(text, S)
