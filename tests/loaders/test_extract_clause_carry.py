"""Single-sentence losses, on short texts written for these tests: a sentence whose
patterns read one clause of a type leaves the fallback the other clauses
(``clause_fallback``), and a later clause that names one side of a supply takes the
other from the supply before it (``clause_carry``)."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.clause_carry import RULE as CARRY
from relgraph.loaders.extract.clause_fallback import RULE as FALLBACK

SUPPLY = "SUPPLIES_TO"


def pairs(text: str, rel_type: str, rule: str | None = None) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type and (rule is None or r["rule"] == rule)]


@pytest.mark.parametrize("text,rel,want", [
    # a pattern read the first clause; the second, in a wording no pattern knows, is
    # still read by the fallback
    ("Zhodino and Kstovo have been twin towns since 1998, and Lida has figured among the "
     "sister cities of Alytus since 2006.", "TWINNED_WITH", ("city:by:lida", "city:lt:alytus")),
    ("Pinsk signed a road map with Tula in 2017; the documents on youth exchanges were "
     "exchanged by the mayors of Lida and Alytus.", "SIGNED_AGREEMENT",
     ("city:by:lida", "city:lt:alytus")),
])
def test_the_fallback_reads_a_clause_the_patterns_left(text, rel, want):
    assert want in pairs(text, rel, FALLBACK)
    assert len(pairs(text, rel)) == 2   # the patterns' pair stays, and only one is added


def test_the_fallback_leaves_a_clause_the_patterns_read():
    text = "Pinsk and Tula signed a road map in 2017 and renewed it in 2021."
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text", [
    # an opening phrase (of any length up to a long line) names no signer
    "Within the framework of the long visit of the Governor of the Tula Region and his "
    "delegation to Minsk in 2019, contracts were signed for the supply of buses.",
    "During the visit of a delegation of the Tula Region to Minsk, contracts were signed.",
])
def test_an_opening_phrase_names_no_signer(text):
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text,want", [
    # a receiving verb: the clause's actor receives from the earlier supplier
    ("Grodno Azot ships fertiliser to Poland; the Kaunas Region alone received 5,000 tonnes "
     "of it.", ("company:by:grodno-azot", "region:lt:kaunas")),
    ("Gomselmash delivered 410 combine harvesters to Russia in 2023; the Saratov Region "
     "alone received 120 of them.", ("company:by:gomselmash", "region:ru:saratov")),
    # a sending verb whose subject is a pronoun or the goods: the earlier supplier sends
    ("Belshina supplies tyres to Russia, and since 2019 it has also been shipping them to "
     "Serbia.", ("company:by:belshina", "country:rs")),
    ("Santa Bremor exports fish preserves to Lithuania, while last year a first batch was "
     "sold to Armenia.", ("company:by:santa-bremor", "country:am")),
])
def test_a_later_clause_takes_the_side_it_does_not_name(text, want):
    assert want in pairs(text, SUPPLY, CARRY)


@pytest.mark.parametrize("text", [
    # the later clause names a supplier of its own
    "Belshina ships tyres to Russia, and MAZ exports trucks.",
    "Belshina ships tyres to Russia, and Lithuania bought tyres from Nokian.",
    # two suppliers before: whose goods are received is not plain
    "Belshina ships tyres to Russia and Savushkin Product ships cheese to Russia, and the "
    "Omsk Region alone received 300 tonnes.",
    # a later clause that denies or only intends
    "Belshina ships tyres to Russia, but Serbia no longer buys them.",
    "Belshina ships tyres to Russia, and Serbia plans to buy 2,000 of them.",
    # one clause only
    "The Kaunas Region alone received 5,000 tonnes of fertiliser.",
])
def test_nothing_is_carried_where_the_clause_is_not_plain(text):
    assert pairs(text, SUPPLY, CARRY) == []
