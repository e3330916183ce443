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
