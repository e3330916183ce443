"""A partnership agreement two towns (or regions) sign, or mean to sign, twins them
besides the signing; a cooperation agreement, a partnership confined to a field, or a
partnership the towns' councils sign as bodies is a signing alone. A twinning charter
signed with one town, then a second predicate twinning another ("and has also been
twinned with C"), is no charter of the second pair. Sentences written for these tests."""

import pytest
from extract_candidates import charter_signings, undirected_id_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Kalisz signed a partnership agreement with Lutsk in 2003.",
     ("city:pl:kalisz", "city:ua:lutsk")),
    ("In 2019 Tarnow concluded an agreement on partnership with Kovel.",
     ("city:pl:tarnow", "city:ua:kovel")),
    ("The Zlin Region plans to sign a partnership agreement with the Trencin Region next "
     "year.", ("region:cz:zlin", "region:sk:trencin")),
])
def test_a_partnership_agreement_twins_the_pair(text, pair):
    assert pair in undirected_id_pairs(text, "TWINNED_WITH")
    assert pair in undirected_id_pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize(("text", "pair"), [
    ("Plock signed a cooperation agreement with Brest in 2005.",
     ("city:by:brest", "city:pl:plock")),
    ("Kalisz signed a partnership agreement on vocational training with Lutsk in 2003.",
     ("city:pl:kalisz", "city:ua:lutsk")),
    ("The Kalisz City Council and the Lutsk City Council concluded a partnership "
     "agreement in 2003.", ("city:pl:kalisz", "city:ua:lutsk")),
])
def test_no_twinning_from_other_papers(text, pair):
    assert pair not in undirected_id_pairs(text, "TWINNED_WITH")


def test_a_second_predicate_twins_without_the_charter():
    text = ("Tarnow signed a twinning agreement with Kovel in 2001 and has also been "
            "twinned with Eger since 2006.")
    signed = {frozenset(p[:2]) for p in charter_signings(text)}
    assert frozenset(("city:pl:tarnow", "city:ua:kovel")) in signed
    assert frozenset(("city:pl:tarnow", "city:hu:eger")) not in signed


def test_a_partnership_agreement_with_its_signer_carried_from_the_topic():
    text = ("Partner cities of Kalisz\n\nWill Kalisz have a new partner city?\n"
            "A partnership agreement with Lutsk is to be signed in Kalisz next spring, after "
            "the council approved it in March.\n")
    assert ("city:pl:kalisz", "city:ua:lutsk") in undirected_id_pairs(text, "TWINNED_WITH")
