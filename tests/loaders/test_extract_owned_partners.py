"""A relation noun owned by "its" with two partners listed after it ("Its charters with
A (1996) and B (1998)", "Its sister-city agreements with A and B"): each partner is the
owner's, not the other's; a document of twinning gives the twinning; "its" means a party
named before it, not one named later in its own sentence
(``reference_chain.owned_relations``)."""

import pytest
from extract_candidates import candidates

A, T = "SIGNED_AGREEMENT", "TWINNED_WITH"


def pairs(text, rel_type):
    return {frozenset((r["source"]["id"], r["target"]["id"]))
            for r in candidates(text) if r["type"] == rel_type}


def fs(a, b):
    return frozenset((a, b))


@pytest.mark.parametrize(("text", "owner", "partners"), [
    ("Gori, the capital of Shida Kartli, entered the 1990s with one partner. Its charters "
     "with Kedainiai (1997) and Lubny (1999) were followed in 2003 by a twinning with Ogre, "
     "which the Latvian side proposed.", "city:ge:gori",
     ("city:lt:kedainiai", "city:ua:lubny")),
    ("Rustavi is an industrial town. Its sister-city agreements with Jelgava and Cherkasy "
     "were signed in the 1990s.", "city:ge:rustavi", ("city:lv:jelgava", "city:ua:cherkasy")),
    ("Gyumri kept one partner from the Soviet years. Its twin-town charters with Siauliai "
     "and Kremenchuk came later, after the Lithuanian side sent a delegation.",
     "city:am:gyumri", ("city:lt:siauliai", "city:ua:kremenchuk")),
])
def test_the_owner_twins_each_partner_listed_after_its_charters(text, owner, partners):
    got = pairs(text, T)
    assert {fs(owner, p) for p in partners} <= got
    assert fs(*partners) not in got           # the partners are not each other's twins
    # a twinning document: its signings are the twinnings', never between the partners
    assert pairs(text, A) <= {fs(owner, p) for p in partners}


@pytest.mark.parametrize("text", [
    # charters of no twinning: no twin word in the sentence
    "Poti is a port town. Its charters with Klaipeda and Ventspils shipping lines cover "
    "container traffic.",
    "Batumi hosts a yacht club. Its charters with Varna and Burgas run every summer.",
])
def test_charters_with_no_twin_word_are_no_twinning(text):
    assert not pairs(text, T)
