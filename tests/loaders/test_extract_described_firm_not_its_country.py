"""A firm described by its country's adjective and any head of a firm's description ("the
Slovak steelmaker's furnaces", "a Czech carmaker") is one firm, not its country; "the
state" of "the state-owned X", "the state-controlled X" describes a firm's owner, no
country. Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs, party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text,country", [
    ("Ostravske doly ships coal to the Slovak steelmaker's blast furnaces in Presov.",
     "country:sk"),
    ("Ostravske doly ships coal to a Slovak carmaker.", "country:sk"),
    ("Plzen Brewery sells malt to the Hungarian brewer's plant near the border.",
     "country:hu"),
    # (a country named before: what "the state" would have pointed back to)
    ("Poland sells coal abroad. Radom Chemicals, the state-owned fertiliser maker, delivers"
     " urea to Nitra.", "country:pl"),
    ("Poland and the Czech Republic trade a lot of coal. Slaskie Kopalnie (SK), the"
     " state-controlled miner based in Tarnow, delivers thermal coal to the Dukovany power"
     " plant near Znojmo.", "country:cz"),
])
def test_a_described_firm_is_not_its_country(text, country):
    assert country not in party_ids(text)


@pytest.mark.parametrize("text,pair", [
    ("Poland sells coal abroad. Radom Chemicals, the state-owned fertiliser maker, delivers"
     " urea to Nitra.", ("Radom Chemicals", "Nitra")),
    ("Smederevo Steel sold billets to Hungary.", ("Smederevo Steel", "Hungary")),
    ("Bulgaria exports wine; the country sells it to Romania.", ("the country", "Romania")),
    ("Ostravske Coal ships coal to the Slovak market.", ("Ostravske Coal", "Slovak")),
    # (a preposition ends a firm's description: a market of combines is a market)
    ("Zastava Trucks holds a leading place on the Slovak market of trucks.",
     ("Zastava Trucks", "Slovak")),
])
def test_a_country_named_or_referred_to_stays(text, pair):
    assert pair in named_pairs(text, S)
