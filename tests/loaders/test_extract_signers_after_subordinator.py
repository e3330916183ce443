"""A list of signers that opens a subordinate clause after a main clause with a verb of
its own ("Trade grew in 2009, after A, B and C signed a memorandum"), on sentences
written for these tests: the comma after the first name is the list's, so each pair of
the three signs. A bare comma before a new subject after a main clause still opens a
clause of its own ("A has been a twin of B since 1976, C and D renewed their charter")."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,parties", [
    ("Trade picked up in 2009, after Mogilev, Smolensk and Daugavpils signed a joint"
     " memorandum on tourism.", ("city:by:mogilev", "city:ru:smolensk", "city:lv:daugavpils")),
    ("A new rail route opened in May 2015, when Kazakhstan, Uzbekistan and Kyrgyzstan"
     " concluded a trilateral transit agreement under which grain is carried by rail.",
     ("country:kz", "country:uz", "country:kg")),
    ("Ferry traffic resumed in 2012 once Klaipeda, Karlshamn and Kiel had signed a"
     " protocol on port fees.", ("city:lt:klaipeda", "city:se:karlshamn", "city:de:kiel")),
])
def test_each_pair_of_a_subordinate_clauses_listed_signers(text, parties):
    a, b, c = parties
    expected = sorted(tuple(sorted(p)) for p in ((a, b), (a, c), (b, c)))
    assert sorted(tuple(sorted(p)) for p in pairs(text, A)) == expected


@pytest.mark.parametrize("text,rel,expected", [
    # the bare comma after a main clause opens a clause of its own: two pairs, no triple
    ("Gomel has cooperated with Bryansk since 2001, Mogilev and Smolensk signed a memorandum"
     " in 2009.", A, [("city:by:mogilev", "city:ru:smolensk")]),
    # a name after "when" that ends its own clause before the comma
    ("The talks stalled when Vilnius objected, Minsk and Riga signed a protocol on transit"
     " anyway.", A, [("city:by:minsk", "city:lv:riga")]),
])
def test_a_new_clause_after_a_bare_comma_keeps_its_own_pair(text, rel, expected):
    assert pairs(text, rel) == expected
