"""Places in a phrase of contrast or exception ("Unlike A and B, C signed ...", "Besides
A, ...", "C, unlike D, ships ...") are set apart from the clause: no party of its
relations, and its comma ends their list (``coordination.contrast_opening``). Every text
here was written for these tests."""

import pytest
from extract_candidates import party_ids, undirected_id_pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "apart"), [
    ("Unlike the Russian cities of Smolensk and Bryansk, Orsha ships flax to "
     "Kazakhstan.", {"city:ru:smolensk", "city:ru:bryansk"}),
    ("Unlike Smolensk and Bryansk, Orsha ships flax to Kazakhstan.",
     {"city:ru:smolensk", "city:ru:bryansk"}),
    ("Unlike the Russian towns of Smolensk and Bryansk, Lida has a twin town in "
     "Lithuania, Alytus.", {"city:ru:smolensk", "city:ru:bryansk"}),
    ("Like Orsha and Polotsk, Lida has signed a twinning agreement with a Latvian town, "
     "Rezekne.", {"city:by:orsha", "city:by:polotsk"}),
    ("Besides Smolensk, Orsha and Polotsk signed an agreement with Bryansk.",
     {"city:ru:smolensk"}),
    ("Smolensk, unlike Bryansk, ships tractors to Kazakhstan.", {"city:ru:bryansk"}),
    ("Smolensk ships tractors to Kazakhstan, unlike Bryansk.", {"city:ru:bryansk"}),
])
def test_places_set_apart_are_no_parties(text, apart):
    assert not party_ids(text) & apart


@pytest.mark.parametrize(("text", "rel_type", "pair"), [
    ("Unlike Smolensk and Bryansk, Orsha ships flax to Kazakhstan.", S,
     ("city:by:orsha", "country:kz")),
    ("Besides Smolensk, Orsha and Polotsk signed an agreement with Bryansk.", A,
     ("city:by:orsha", "city:ru:bryansk")),
    ("Besides Smolensk, Orsha and Polotsk signed an agreement with Bryansk.", A,
     ("city:by:polotsk", "city:ru:bryansk")),
    ("Lida, unlike Orsha, signed a twinning agreement with Rezekne.", T,
     ("city:by:lida", "city:lv:rezekne")),
    # "like" in a sentence's middle brings examples: they stay members
    ("Smolensk ships tractors to many countries, like Kazakhstan and Uzbekistan.", S,
     ("city:ru:smolensk", "country:uz")),
])
def test_the_clause_keeps_its_own_parties(text, rel_type, pair):
    assert tuple(sorted(pair)) in undirected_id_pairs(text, rel_type)
