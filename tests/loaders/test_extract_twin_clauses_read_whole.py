"""Twinnings read in part in a sentence that names several, on sentences written for these
tests: a grouped list whose first pair has an apposition and a date set off by commas ("A
is twinned with B, the capital of X, since 2004, and C with D"), a later with-phrase that
brings its own twin words ("a twinning with B and a partnership with C", "a partnership
with B ... and is twinned with C"), and a sentence that ends in a bracket or a quotation
before its note's number ("(2013).9 Lida ..."). Negative cases: a verb that twins
nothing, a reduced relative clause describing the next subject, a partnership alone, one
only negotiated, or one with a whole region."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text,expected", [
    ("Orel has been twinned with Mogilev, the capital of the Mogilev Region, since 2004, and"
     " Kursk with Sumy since 2006.",
     [("city:by:mogilev", "city:ru:orel"), ("city:ru:kursk", "city:ua:sumy")]),
    ("Grodno has been twinned with Bialystok, since 1998, and Lida with Alytus since 2004.",
     [("city:by:grodno", "city:pl:bialystok"), ("city:by:lida", "city:lt:alytus")]),
])
def test_a_grouped_pair_after_a_comma_before_the_date(text, expected):
    assert pairs(text, T) == expected


@pytest.mark.parametrize("text,expected", [
    ("Orel has had a twinning with Mogilev since 2004 and a partnership with Vitebsk since"
     " 2011.", [("city:by:mogilev", "city:ru:orel"), ("city:by:vitebsk", "city:ru:orel")]),
    ("Kaluga has been twinned with Orsha since 1999 and has had fraternal ties with Lida"
     " since 2010.", [("city:by:lida", "city:ru:kaluga"), ("city:by:orsha", "city:ru:kaluga")]),
    ("Gomel has maintained a partnership with Bryansk since 1998 and is twinned with"
     " Chernigov and Klintsy.", [("city:by:gomel", "city:ru:bryansk"),
                                 ("city:by:gomel", "city:ru:klintsy"),
                                 ("city:by:gomel", "city:ua:chernihiv")]),
    ("Pinsk has long had a partnership with Kovel, and is also twinned with Lutsk.",
     [("city:by:pinsk", "city:ua:kovel"), ("city:by:pinsk", "city:ua:lutsk")]),
])
def test_a_later_with_phrase_with_its_own_twin_words(text, expected):
    assert pairs(text, T) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb that twins nothing
    ("Orel has been twinned with Mogilev since 2004 and cooperates with Vitebsk.",
     [("city:by:mogilev", "city:ru:orel")]),
    # a reduced relative clause describes the next clause's subject
    ("Polotsk has been twinned with Daugavpils since 1995, and Vitebsk, twinned with Rezekne"
     " since 2000, hosts a joint festival.",
     [("city:by:polotsk", "city:lv:daugavpils"), ("city:by:vitebsk", "city:lv:rezekne")]),
    # a partnership alone, one negotiated, one with a whole region
    ("Gomel has maintained a partnership with Bryansk since 1998.", []),
    ("Karakol and Turpan became sister cities in 2016; Naryn is negotiating a partnership"
     " with Hotan.", [("city:cn:turpan", "city:kg:karakol")]),
    ("Gomel has a partnership with the Bryansk Region and is twinned with Chernigov.",
     [("city:by:gomel", "city:ua:chernihiv")]),
])
def test_no_twinning_beyond_the_twin_words(text, expected):
    assert pairs(text, T) == expected


@pytest.mark.parametrize("text,expected", [
    ("Samara counts Stuttgart among its twin towns (1992).7 Saratov has had a twinning"
     " with Uralsk since 2006 and a partnership with Aktobe.",
     [("city:de:stuttgart", "city:ru:samara"), ("city:kz:aktobe", "city:ru:saratov"),
      ("city:kz:oral", "city:ru:saratov")]),
    ("The twinning of Brest and Terespol was signed in 1999 (\"a charter of friendship\").3"
     " Kobrin has been twinned with Biala Podlaska since 2002 and with Kovel since 2005.",
     [("city:by:brest", "city:pl:terespol"), ("city:by:kobrin", "city:pl:biala-podlaska"),
      ("city:by:kobrin", "city:ua:kovel")]),
])
def test_a_note_number_after_a_bracket_ends_the_sentence(text, expected):
    assert pairs(text, T) == expected


# A list of twin pairs whose last pair follows ", and": the list's, no new clause.
PAIRS = [("city:by:grodno", "city:pl:bialystok"), ("city:by:lida", "city:lt:alytus"),
         ("city:by:pinsk", "city:ua:kovel")]


@pytest.mark.parametrize("text", [
    "Grodno and Bialystok, Lida and Alytus, and Pinsk and Kovel are twin towns.",
    "Grodno and Bialystok, Lida and Alytus, and Pinsk and Kovel became sister cities in the"
    " 1990s.",
])
def test_a_list_of_pairs_before_its_twin_words(text):
    assert pairs(text, T) == PAIRS


def test_a_clause_of_its_own_after_and_stays_apart():
    text = "Brest signed an agreement with Terespol, and Pinsk and Kovel are twin towns."
    assert pairs(text, T) == [("city:by:pinsk", "city:ua:kovel")]


# Twin towns listed with years: after "has had twin towns since the 1990s:", and after
# "counts A among its twin towns (since 1998) and, more recently, B".
GRODNO = [("city:by:grodno", "city:lt:alytus"), ("city:by:grodno", "city:pl:augustow"),
          ("city:by:grodno", "city:pl:bialystok")]


@pytest.mark.parametrize("text", [
    "Grodno has had twin towns since the 1990s: Bialystok, Alytus and Augustow.",
    "Grodno has had twin towns since the 1990s: Bialystok (1998), Alytus (2004) and, most"
    " recently, Augustow (2015).",
])
def test_an_owners_list_after_since(text):
    assert pairs(text, T) == GRODNO


def test_no_owners_list_of_other_partners():
    assert pairs("Grodno has had trade partners since the 1990s: Bialystok, Alytus and"
                 " Augustow.", T) == []


@pytest.mark.parametrize("text,expected", [
    ("Grodno counts Bialystok among its twin towns (since 1998) and, more recently, Augustow"
     " (2015).", [("city:by:grodno", "city:pl:augustow"), ("city:by:grodno", "city:pl:bialystok")]),
    ("Tula counts Vitebsk among its twin towns and, since 2015, Gomel.",
     [("city:by:gomel", "city:ru:tula"), ("city:by:vitebsk", "city:ru:tula")]),
    ("Tula counts Vitebsk among its twin towns and also Gomel.",
     [("city:by:gomel", "city:ru:tula"), ("city:by:vitebsk", "city:ru:tula")]),
    # another list, another verb
    ("Tula counts Vitebsk among its twin towns and Gomel among its trading partners.",
     [("city:by:vitebsk", "city:ru:tula")]),
    ("Tula counts Vitebsk among its twin towns and trades with Gomel.",
     [("city:by:vitebsk", "city:ru:tula")]),
])
def test_the_list_after_among_its_twins_goes_on(text, expected):
    assert pairs(text, T) == expected


def test_a_pair_twinned_since_a_year_before_a_semicolon_owns_no_list():
    text = ("Brest and Terespol have been twin towns since 1999; Pinsk is twinned with Kovel, and"
            " Lida with Alytus.")
    assert pairs(text, T) == [("city:by:brest", "city:pl:terespol"),
                              ("city:by:lida", "city:lt:alytus"),
                              ("city:by:pinsk", "city:ua:kovel")]


# A coordinated clause whose subject is followed by "in turn" or "for its part" is a
# clause of its own; a twin word of the clause before is not its document's.
A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,signed,twinned", [
    ("Brest and Terespol have been twin towns since 1999, and Pinsk, for its part, signed a"
     " twinning charter with Kovel in 2011.", [("city:by:pinsk", "city:ua:kovel")],
     [("city:by:brest", "city:pl:terespol"), ("city:by:pinsk", "city:ua:kovel")]),
    ("Brest and Terespol have been twin towns since 1999, and Pinsk in turn signed a road map"
     " with Kovel in 2011.", [("city:by:pinsk", "city:ua:kovel")],
     [("city:by:brest", "city:pl:terespol")]),
    # "a similar agreement" after a twinning charter is one too: each pair's signing
    ("Brest and Terespol signed a twinning charter in 1999, and Pinsk concluded a similar"
     " agreement with Kovel in 2011.", [("city:by:brest", "city:pl:terespol"),
                                        ("city:by:pinsk", "city:ua:kovel")],
     [("city:by:brest", "city:pl:terespol"), ("city:by:pinsk", "city:ua:kovel")]),
])
def test_a_clause_of_its_own_after_in_turn(text, signed, twinned):
    assert pairs(text, A) == signed
    assert pairs(text, T) == twinned


@pytest.mark.parametrize("text,expected", [
    ("Kursk has been a sister city of Sumy since 1995 and later added Konotop to its list of"
     " twin towns.", [("city:ru:kursk", "city:ua:konotop"), ("city:ru:kursk", "city:ua:sumy")]),
    ("In 2010 Orel added Mogilev and Vitebsk to its circle of partner cities.",
     [("city:by:mogilev", "city:ru:orel"), ("city:by:vitebsk", "city:ru:orel")]),
    # another list
    ("Orel added Mogilev to its list of export markets.", []),
])
def test_places_added_to_a_list_of_twins(text, expected):
    assert pairs(text, T) == expected
