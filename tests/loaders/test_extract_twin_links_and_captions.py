"""Twinnings stated by a clause that links towns after a sentence on twinning, though
another clause of its sentence has its own twin word, and rows of town pairs under a
caption on the towns' partnerships; on texts written for these tests."""

import pytest
from extract_candidates import candidates

T = "TWINNED_WITH"


def pairs(text: str, rel: str = T) -> set[tuple]:
    return {tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in candidates(text)
            if r["type"] == rel}


_BEFORE = "Towns of the region have twin ties with 20 foreign cities. "


# -- a clause that links towns, beside a clause with its own twin word ---------------------

@pytest.mark.parametrize("text,expected", [
    (_BEFORE + "The earliest of these link Lida with Alytus (from 1992) and with Augustow (from"
     " 1996); Lida has also been twinned with Kaunas since 1999.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:augustow"),
      ("city:by:lida", "city:lt:kaunas")}),
    ("Grodno has many twin towns. These ties connect Grodno with Bialystok and with Augustow"
     " since the 1990s, while Lida is twinned with Alytus.",
     {("city:by:grodno", "city:pl:bialystok"), ("city:by:grodno", "city:pl:augustow"),
      ("city:by:lida", "city:lt:alytus")}),
])
def test_a_linking_clause_after_a_sentence_on_twinning_is_a_twinning(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize("text,absent", [
    # what links them is a road, not the ties
    (_BEFORE + "A motorway links Lida with Alytus; Lida has also been twinned with Kaunas"
     " since 1997.", ("city:by:lida", "city:lt:alytus")),
    # the linked town is a pronoun: the towns after "with" are no pair of their own
    ("Grodno has many twin towns. These ties connect it with Bialystok and Augustow since"
     " the 1990s, while Lida is twinned with Alytus.", ("city:pl:augustow", "city:pl:bialystok")),
    # no sentence on twinning before
    ("The region trades with Poland. The oldest of these ties link Lida with Alytus; Lida has"
     " also been twinned with Kaunas since 1997.", ("city:by:lida", "city:lt:alytus")),
])
def test_no_twinning_from_a_link_that_is_no_tie_or_follows_no_twinning(text, absent):
    assert absent not in pairs(text)


# -- rows under a caption on the towns' partnerships ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The border towns' partnerships include:\nLida - Alytus, since 1996;\n"
     "Smorgon - Augustow, since 1999.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")}),
    ("Partnerships of the district's towns:\nLida - Alytus (Lithuania), since 1996;\n"
     "Oshmyany - Kaunas (Lithuania), since 2003.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:oshmyany", "city:lt:kaunas")}),
])
def test_rows_under_the_towns_partnerships_are_twinnings(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # partnerships of regions are no twinnings
    "Partnerships of the regions:\nGrodno Region - Podlaskie Voivodeship, since 1996;\n"
    "Minsk Region - Lublin Voivodeship, since 1999.",
    # the partnerships of firms
    "The plant's partnerships include:\nAmkodor - Agromehanika, since 1996;\n"
    "Belshina - Michelin, since 1999.",
])
def test_other_partnerships_give_no_twinning(text):
    assert not pairs(text)


# -- pairs listed after a sentence on twinning, members described by their kind -----------

@pytest.mark.parametrize("text,expected", [
    ("Lida has been twinned with Alytus since 1995. Smaller towns followed: Oshmyany with"
     " Ukmerge, Ivye with Sokolka in Poland, and Dyatlovo with Kaunas, the last of them in"
     " 2009.",
     {("city:by:oshmyany", "city:lt:ukmerge"), ("city:by:ivye", "city:pl:sokolka"),
      ("city:by:dyatlovo", "city:lt:kaunas")}),
    ("Grodno and Bialystok became sister cities in 1995. Others followed in 2001: Lida with"
     " Alytus and Smorgon with Augustow.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")}),
    # a gapped list in a twinning sentence whose members carry their kind
    ("Lida is twinned with the Lithuanian town of Alytus, and Smorgon with the Polish city of"
     " Augustow.", {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")}),
])
def test_pairs_listed_after_twinning_are_twinnings(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize("text", [
    # the list goes on with another kind of tie
    "Lida is twinned with Alytus. Trade grew too: Oshmyany with Ukmerge, Ivye with Sokolka.",
    # no sentence on twinning before
    "Lida exports milk to Alytus. Smaller towns followed: Oshmyany with Ukmerge, Ivye with"
    " Sokolka.",
    # one pair only: left to the other rules
    "Lida is twinned with Alytus. Another followed: Oshmyany with the town of Ukmerge.",
])
def test_no_pairs_listed_without_twinning_before_or_with_other_ties(text):
    assert ("city:by:oshmyany", "city:lt:ukmerge") not in pairs(text)


# -- a second pair gapped after a semicolon; a neighbour named in apposition ---------------

@pytest.mark.parametrize("text,expected", [
    ("The cities of Lida and Alytus have been twin cities since 2022; Smorgon and Augustow"
     " since 2015.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")}),
    ("Grodno and Bialystok became sister cities in 1995; Lida and Alytus in 2001.",
     {("city:by:grodno", "city:pl:bialystok"), ("city:by:lida", "city:lt:alytus")}),
    ("Lida and Alytus established twinning relations in 2002, Smorgon and its Polish neighbour"
     " across the border, Augustow, as early as 1994.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")}),
    ("Tornio and its Swedish neighbour Haparanda make up a twin town.",
     {("city:fi:tornio", "city:se:haparanda")}),
])
def test_gapped_pairs_and_named_neighbours_are_twinnings(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,absent", [
    # the clause after the semicolon has its own verb: no gapped pair
    ("Lida and Alytus have been twin towns since 1995; Smorgon and Augustow are rivals since"
     " 2001.", ("city:by:smorgon", "city:pl:augustow")),
    # a signing's pair gapped after a semicolon is no twinning
    ("Lida signed an agreement with Alytus in 2001; Smorgon and Augustow in 2005.",
     ("city:by:smorgon", "city:pl:augustow")),
])
def test_no_gapped_twinning_from_a_clause_of_its_own(text, absent):
    assert absent not in pairs(text)


# -- a participle "twinned with" set off after another party -------------------------------

@pytest.mark.parametrize("text,expected,absent", [
    ("Lida and Alytus, whose ties grew out of a youth football tournament in 2009, signed a"
     " twinning charter, and the delegation of Smorgon, twinned with Augustow since 2002,"
     " presented a route.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:smorgon", "city:pl:augustow")},
     ("city:by:lida", "city:pl:augustow")),
    ("Grodno and Bialystok became sister cities in 1995, and the mayor of Ivye, long"
     " partnered with Sokolka, joined them.",
     {("city:by:grodno", "city:pl:bialystok")}, ("city:by:grodno", "city:pl:sokolka")),
])
def test_a_participle_with_belongs_to_the_party_before_it(text, expected, absent):
    got = pairs(text)
    assert expected <= got and absent not in got
