"""A possessive followed by a verb elides its noun ("A's twin town is B, and C's is D",
"X's largest customer is Y, and Z's is W"): D is C's, never A's; only lower-case words
that are no verb describe the name after a possessive ("with Almaty's neighbour
Talgar", ``patterns._DESCRIBES``). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs

T, S = "TWINNED_WITH", "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair", "absent"), [
    ("Grodno's twin town in Poland is Bialystok, and Lida's is Elk.",
     ("city:by:lida", "city:pl:elk"), ("city:by:grodno", "city:pl:elk")),
    ("Grodno's twin town is Bialystok (1995), and Lida's is Elk.",
     ("city:by:lida", "city:pl:elk"), ("city:by:grodno", "city:pl:elk")),
    ("Kobrin's twin towns are Chelm and Kovel, and Pinsk's are Lutsk and Sarny.",
     ("city:by:pinsk", "city:ua:sarny"), ("city:by:kobrin", "city:ua:sarny")),
])
def test_elided_possessive_twins(text, pair, absent):
    found = undirected_id_pairs(text, T)
    assert tuple(sorted(pair)) in found and tuple(sorted(absent)) not in found


def test_elided_possessive_buyers():
    found = pairs("Belshina's largest customer is Rostselmash, and Amkodor's is Gazprom.", S)
    assert ("company:by:amkodor", "company:ru:gazprom") in found
    assert ("company:by:belshina", "company:ru:gazprom") not in found


def test_a_possessive_description_still_describes():
    found = undirected_id_pairs("Urumqi is twinned with Almaty's neighbour Talgar.", T)
    assert [p for p in found if "city:cn:urumqi" in p and "city:kz:almaty" not in p]
