"""What a signed document is for is no plan to sign it: a purpose told between the
document and its passive signing ("An accord meant to ... was signed by A and B"), the
aim of a dated document, and a programme that is the object of a signing whatever its
field. Plans to sign stay plans."""

import pytest
from extract_candidates import candidates

A = "SIGNED_AGREEMENT"


def agreements(text):
    return {(r["source"]["id"], r["target"]["id"], r.get("status"))
            for r in candidates(text) if r["type"] == A}


@pytest.mark.parametrize(("text", "pair"), [
    ("An agreement intended to promote investment was signed by Belarus and Venezuela "
     "in 2007.", ("country:by", "country:ve")),
    ("A treaty which is expected to double trade was signed by Brest and Lublin in 2010.",
     ("city:by:brest", "city:pl:lublin")),
    ("A memorandum that should bring 200 students a year was signed by Grodno and "
     "Bialystok in 2016.", ("city:by:grodno", "city:pl:bialystok")),
    ("The aim of the 2011 agreement between Belarus and Kyrgyzstan was to build a "
     "joint plant.", ("country:by", "country:kg")),
    ("The purpose of this accord between Vitebsk and Pskov is to open a bus route.",
     ("city:by:vitebsk", "city:ru:pskov")),
])
def test_a_documents_purpose_is_no_plan_to_sign_it(text, pair):
    assert agreements(text) == {(*pair, "fact")}


@pytest.mark.parametrize("text", [
    "An agreement intended to promote investment will be signed by Belarus and Venezuela.",
    "A treaty on trade is expected to be signed by Brest and Lublin.",
    "The aim is to sign an agreement between Gomel and Bryansk next year.",
    "The aim of the talks was to prepare an agreement between Gomel and Bryansk.",
])
def test_a_signing_to_come_stays_planned(text):
    got = agreements(text)
    assert got and all(status == "planned" for _a, _b, status in got)


@pytest.mark.parametrize(("text", "pair"), [
    ("Belarus and Vietnam signed a programme designed to expand trade.",
     ("country:by", "country:vn")),
    ("Grodno and Bialystok signed a five-year programme in 2019.",
     ("city:by:grodno", "city:pl:bialystok")),
    ("A joint programme was signed by the Mogilev Region and the Smolensk Region in 2012.",
     ("region:by:mogilev", "region:ru:smolensk")),
])
def test_a_programme_signed_is_a_document(text, pair):
    assert {(a, b) for a, b, _s in agreements(text)} == {pair}


@pytest.mark.parametrize("text", [
    "The Minsk Region adopted a programme of import substitution.",
    "Vitebsk and Pskov discussed a programme of festivals.",
    "Kazan signed the programme director's letter to Minsk.",
    "Minsk signed up for a UN programme together with Kazan.",
])
def test_a_programme_not_signed_by_two_is_none(text):
    assert not agreements(text)
