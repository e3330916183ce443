"""A way, a line or a crossing "between A and B" joins two places; the document on it
is signed by others, or by no one the sentence names. Every text here was written for
these tests."""

import pytest
from extract_candidates import undirected_id_pairs


@pytest.mark.parametrize("text, signers, ends", [
    ("In 2016 the Pskov Region and the Vitebsk Region signed an agreement on the road "
     "bridge between Pytalovo and Polotsk.",
     ("region:by:vitebsk", "region:ru:pskov"), ("city:by:polotsk", "city:ru:pytalovo")),
    ("The Grodno Region and the Podlaskie Voivodeship concluded a protocol in 2012 on a "
     "new bus route between Grodno and Bialystok.",
     ("region:by:grodno", "region:pl:podlaskie"), ("city:by:grodno", "city:pl:bialystok")),
    ("An agreement on the railway crossing between Brest and Terespol was signed by "
     "Belarus and Poland in 2009.",
     ("country:by", "country:pl"), ("city:by:brest", "city:pl:terespol")),
])
def test_the_signers_not_the_ends_of_the_route(text, signers, ends):
    found = undirected_id_pairs(text, "SIGNED_AGREEMENT")
    assert signers in found
    assert ends not in found


@pytest.mark.parametrize("text", [
    "A memorandum on the ferry line between Aktau and Baku was signed in 2018.",
    "A protocol on a regular container service between Klaipeda and Kaliningrad was "
    "initialled last spring.",
    "An agreement on direct flights between Minsk and Tashkent was signed in May.",
])
def test_the_ends_of_a_route_sign_nothing(text):
    assert undirected_id_pairs(text, "SIGNED_AGREEMENT") == []


@pytest.mark.parametrize("text, pair", [
    ("A memorandum on cooperation between Aktau and Baku was signed in 2018.",
     ("city:az:baku", "city:kz:aktau")),
    ("An agreement between Grodno and Bialystok on a bus route was signed in 2012.",
     ("city:by:grodno", "city:pl:bialystok")),
    ("Russia and China signed an agreement on the border between Russia and China in 2004.",
     ("country:cn", "country:ru")),
])
def test_a_document_between_its_parties_stays(text, pair):
    assert pair in undirected_id_pairs(text, "SIGNED_AGREEMENT")
