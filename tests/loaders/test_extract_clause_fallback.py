"""The clause reader of last resort (``loaders/extract/clause_fallback.py``), on short
texts written for these tests: a sentence with a trigger and two recognised parties
that no phrase pattern pairs is read by roles (actor, partner, between, by), and the
reader declines whatever is not plain."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.clause_fallback import RULE, clause_pairs
from relgraph.loaders.extract.mentions import find_mentions

AGREEMENT = "SIGNED_AGREEMENT"
TWIN = "TWINNED_WITH"
SUPPLY = "SUPPLIES_TO"


def fallback(text: str, rel_type: str) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type and r["rule"] == RULE]


def of_type(text: str, rel_type: str) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type]


@pytest.mark.parametrize("text,want", [
    # the trigger's own "of" names the partner
    ("Ruse has figured among the twin towns of Lida since 2011.",
     [("city:bg:ruse", "city:by:lida")]),
    ("Since 1999 Lida has been listed as one of the sister cities of Alytus.",
     [("city:by:lida", "city:lt:alytus")]),
])
def test_twinning_read_by_roles(text, want):
    assert fallback(text, TWIN) == want


@pytest.mark.parametrize("text,want", [
    ("In 2016 Kolomna added the Belarusian town of Orsha to the list of its twin towns.",
     [("city:ru:kolomna", "city:by:orsha")]),
    # ("X has counted Y among its sister cities" is read by the twin patterns now:
    # tests/loaders/test_extract_twin_vocabulary.py)
    ("Lida made Alytus one of its twin towns in 2001.", [("city:by:lida", "city:lt:alytus")]),
    # the object of another verb is no twin
    ("Lida told Alytus about its twin towns.", []),
])
def test_a_town_taken_into_the_owners_twins(text, want):
    assert fallback(text, TWIN) == want


@pytest.mark.parametrize("text,want", [
    # the agents of a passive
    ("Documents on cooperation were exchanged by the mayors of Lida and Alytus.",
     [("city:by:lida", "city:lt:alytus")]),
    # offices of the two sides joined by "and"
    ("Smolensk's mayor and the chairman of the Mogilev City Executive Committee set their "
     "names to a road map.", [("city:ru:smolensk", "city:by:mogilev")]),
    ("The Kursk Region's governor and the akim of the Kostanay Region set their hands to a "
     "protocol.", [("region:ru:kursk", "region:kz:kostanay")]),
    # an inserted relative clause between the signers and their verb
    ("Orsha and the Russian town of Kolomna, which had exchanged delegations for years, put "
     "their ties on a formal footing with a memorandum in 2019.",
     [("city:by:orsha", "city:ru:kolomna")]),
    # an opening phrase names no side
    ("After Grodno, Lida exchanged documents on cooperation with Alytus.",
     [("city:by:lida", "city:lt:alytus")]),
])
def test_agreement_read_by_roles(text, want):
    assert fallback(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    # a passive buying verb: its agent buys, the maker of the goods supplies
    ("Belshina tyres are bought by KAMAZ in large numbers.",
     [("company:by:belshina", "company:ru:kamaz")]),
    ("Amkodor loaders have been received by the Kostanay Region since 2015.",
     [("company:by:amkodor", "region:kz:kostanay")]),
])
def test_supply_read_by_roles(text, want):
    assert fallback(text, SUPPLY) == want


@pytest.mark.parametrize("text,rel_type", [
    ("Will Brest exchange documents on cooperation with Tula?", AGREEMENT),
    ("If Orsha exchanges documents on cooperation with Kolomna, trade may grow.", AGREEMENT),
    ("Lida and Alytus never exchanged documents on cooperation.", AGREEMENT),
    ("Lida is to exchange documents on cooperation with Alytus next year.", AGREEMENT),
    ("Lida could exchange documents on cooperation with Alytus.", AGREEMENT),
    ("Lida and Alytus did without any documents on cooperation.", AGREEMENT),
    ("Ruse was removed from the twin towns of Lida, which suspended the ties in 2014.", TWIN),
    # a twinning needs two places
    ("Grodno has figured among the sister cities of Poland since 2004.", TWIN),
    # two states' document with no verb of signing in its clause
    ("Belarus and Kazakhstan have worked since 2010 under a memorandum on customs.", AGREEMENT),
    # a twinning's document is the twinning, not an agreement
    ("Lida and Alytus exchanged documents on twinning in 2001.", AGREEMENT),
    # a side the recogniser missed: no pair of the two it did see
    ("Lida and Grodno exchanged documents on cooperation with us.", AGREEMENT),
    # two sides no list joins
    ("Lida, like Grodno in 2005, exchanged documents on cooperation with Alytus and "
     "Kolomna with Orsha.", AGREEMENT),
])
def test_declines_what_is_not_plain(text, rel_type):
    assert fallback(text, rel_type) == []


@pytest.mark.parametrize("text,rel_type", [
    ("Brest signed an agreement with Tula in 2014.", AGREEMENT),
    ("Lida and Alytus are twin towns.", TWIN),
    ("MAZ ships buses to Vilnius.", SUPPLY),
])
def test_a_pattern_that_found_the_type_leaves_nothing_to_the_fallback(text, rel_type):
    assert of_type(text, rel_type) and not fallback(text, rel_type)


@pytest.mark.parametrize("text,want", [
    ("Ruse has figured among the twin towns of Lida.", [(TWIN, "Ruse", "Lida")]),
    ("Documents on cooperation were exchanged by the mayors of Lida and Alytus.",
     [(AGREEMENT, "Lida", "Alytus")]),
    ("Tyumen acquired 35 Gomselmash harvesters.", [(SUPPLY, "Gomselmash", "Tyumen")]),
    ("Tyumen bought harvesters from Gomselmash.", [(SUPPLY, "Gomselmash", "Tyumen")]),
    ("Gomselmash harvesters were handed over to Tyumen.", [(SUPPLY, "Gomselmash", "Tyumen")]),
    # a kind word after a name is no goods ("the Tyumen region")
    ("The Tyumen region signed a memorandum with the Gomel region.",
     [(AGREEMENT, "Tyumen region", "Gomel region")]),
    ("Gomselmash sold harvesters to Tyumen.", [(SUPPLY, "Gomselmash", "Tyumen")]),
    ("Harvesters were sold to Tyumen by Gomselmash.", [(SUPPLY, "Gomselmash", "Tyumen")]),
    # a supply verb whose partner is not governed by the verb's preposition
    ("Gomselmash sold harvesters from Tyumen.", []),
    ("Tyumen bought harvesters for Gomselmash.", []),
    ("Agreements between Lida and Alytus date from 2001.", [(AGREEMENT, "Lida", "Alytus")]),
    ("Agreements between Lida, Alytus and Ruse date from 2001.", []),
])
def test_clause_grammar(text, want):
    got = [(rel, a.text, b.text) for rel, a, b, _ in clause_pairs(text, find_mentions(text), set())]
    assert got == want
