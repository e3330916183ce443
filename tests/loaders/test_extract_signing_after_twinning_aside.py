"""A signing made by a pair whose twinning the sentence states as background, on sentences
written for these tests: "A and B, twinned since 2014, adopted a programme of exchanges"
(the twinning set between commas, the sentence's own verb signing), "A is twinned with B,
with which it signed a road map in 2019" (a relative clause signing at a time of its
own), and a signing in a clause opened by ", while" after another pair's twinning. Each
is the twinning and an agreement; a twinning's own charter, a partnership agreement, an
undated relative signing or a verb that signs nothing stays the twinning alone."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"




@pytest.mark.parametrize("text,pair", [
    ("Gomel and Chernihiv, twin towns since 1996, signed a memorandum on tourism in 2015.",
     ("city:by:gomel", "city:ua:chernihiv")),
    ("Lida and Alytus, twinned since 2004, signed a road map.",
     ("city:by:lida", "city:lt:alytus")),
    ("Grodno and Bialystok, sister cities since 1998, concluded an agreement on joint"
     " festivals.", ("city:by:grodno", "city:pl:bialystok")),
])
def test_a_twinning_set_between_commas_before_the_signing(text, pair):
    assert pairs(text, A) == [pair]
    assert pairs(text, T) == [pair]


@pytest.mark.parametrize("text,pair", [
    ("Brest is twinned with Lutsk, with which it signed a programme of cultural exchanges"
     " in 2015.", ("city:by:brest", "city:ua:lutsk")),
    ("Mogilev has been twinned with the city of Kaluga since 2000, with which it adopted a"
     " plan of youth exchanges last year.", ("city:by:mogilev", "city:ru:kaluga")),
])
def test_a_relative_clause_signing_at_its_own_time(text, pair):
    assert pairs(text, A) == [pair]
    assert pairs(text, T) == [pair]


def test_a_signing_after_while_is_its_own_clause():
    text = ("Brest and Lutsk became twin towns, while Gomel and Chernihiv signed a memorandum"
            " on tourism.")
    assert pairs(text, A) == [("city:by:gomel", "city:ua:chernihiv")]
    assert pairs(text, T) == [("city:by:brest", "city:ua:lutsk")]


@pytest.mark.parametrize("text,pair", [
    # the twinning's own charter, or its agreement renewed: the twinning and the signing
    ("Lida and Alytus, twinned since 2004, signed a twinning charter.",
     ("city:by:lida", "city:lt:alytus")),
    ("Grodno and Bialystok, sister cities since 1998, concluded an agreement on friendship.",
     ("city:by:grodno", "city:pl:bialystok")),
    ("Pinsk and Kovel, twin towns since 2011, renewed their agreement.",
     ("city:by:pinsk", "city:ua:kovel")),
    # a twinning agreement in the clause after "while": that clause's pair's
    ("Brest and Lutsk became twin towns, while Gomel and Chernihiv signed a twinning"
     " agreement.", ("city:by:gomel", "city:ua:chernihiv")),
])
def test_the_twinnings_own_charter_is_its_signing(text, pair):
    assert pairs(text, A) == [pair]
    assert pair in pairs(text, T)


@pytest.mark.parametrize("text", [
    # (the aside between commas no longer hides the pair from its verb)
    "Lida and Alytus, twinned since 2004, signed a partnership agreement.",
    # (a relative clause after the twinning's partner signs the document)
    "Kurgan is already twinned with Kostanay, with which it concluded a partnership "
    "agreement in 2013.",
])
def test_a_partnership_agreement_after_a_twinning_aside_is_signed(text):
    assert pairs(text, A) == pairs(text, T) != []


@pytest.mark.parametrize("text", [
    # a relative clause that signs nothing ("with which it signed a programme of
    # cultural exchanges" is the twins' own paper: a signing, convention K and the gold's
    # later papers between twins, see test_extract_twinning_line_signings.py)
    "Brest is twinned with Lutsk, with which it has cooperated since 2003.",
    "Grodno and Bialystok, twinned in 1998, met in May.",
])
def test_the_twinning_alone(text):
    assert pairs(text, A) == []
    assert pairs(text, T)
