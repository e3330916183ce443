"""Two twin words in one clause: the first reads its pair, and a second one that sets
off a pair of its own as an aside ("..., and A and C, twinned in 1998, held a forum")
adds that pair, where before the clause was read once. A name whose accented letters
end like an English adjective ("Montréal") opens a sentence as a name. Every text here
was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text,want", [
    ("Valga celebrated two decades of its sister-city ties with Pskov, established in "
     "2001, and Valga and Riga, twinned in 1998, held a joint forum.",
     [("city:ee:valga", "city:lv:riga"), ("city:ee:valga", "city:ru:pskov")]),
    ("Valga celebrated its friendship-town tie with Pskov, set up in 2001, and Narva and "
     "Riga, which have been sister cities since 1995, staged a song festival.",
     [("city:ee:narva", "city:lv:riga"), ("city:ee:valga", "city:ru:pskov")]),
])
def test_a_pair_set_off_by_a_second_twin_word(text, want):
    assert undirected_id_pairs(text, T) == want


@pytest.mark.parametrize("text", [
    "Montréal is twinned with Pskov.",
    "Montréal celebrated four decades of its sister-city ties with Pskov.",
])
def test_an_accented_name_opens_a_sentence(text):
    assert undirected_id_pairs(text, T) == [("city:ca:montreal", "city:ru:pskov")]


@pytest.mark.parametrize("text", [
    # an adjective opening a sentence stays no party
    "Regional ties are twinned with nothing; Pskov hosted a fair.",
    # a second pair joined by no twin word of its own
    "Valga celebrated two decades of its sister-city ties with Pskov, established in "
    "2001, and Narva and Riga held a joint forum.",
])
def test_no_further_pair(text):
    assert not any("city:lv:riga" in p for p in undirected_id_pairs(text, T))
    assert all("Regional" not in x for p in undirected_id_pairs(text, T) for x in p)
