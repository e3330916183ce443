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


# A later clause after ", and" that names its own signer right before its verb: the
# signer alone signs its document with the partner, not the first clause's pair.
@pytest.mark.parametrize("text,expected", [
    ("A similar agreement between the Vitebsk Region and the Pskov Region followed in 1996,"
     " and in the autumn of 1998 the regional executive committee in Vitebsk concluded a"
     " protocol on trade with the Latgale region.",
     [("region:by:vitebsk", "region:lv:latgale"), ("region:by:vitebsk", "region:ru:pskov")]),
    ("The Brest Region and the Volyn Region signed a treaty in 1996, and in 2001 the"
     " regional administration in Brest signed a memorandum with the Lublin Voivodeship.",
     [("region:by:brest", "region:pl:lublin"), ("region:by:brest", "region:ua:volyn")]),
])
def test_a_later_clauses_own_signer_signs_alone(text, expected):
    assert sorted(pairs(text, A)) == expected


def test_a_later_clause_without_a_signer_still_takes_the_pair():
    text = ("The Brest Region and the Volyn Region signed a treaty in 1996, and in 2001 a"
            " similar memorandum with the Lublin Voivodeship.")
    found = sorted(pairs(text, A))
    assert ("region:by:brest", "region:ua:volyn") in found and len(found) >= 2
