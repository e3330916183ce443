"""A relation word the sentence denies: named as what was not made ("rather than an
agreement", "no partner regions") or with a predicate saying it never came about ("the
deliveries ... never happened", "has never been formalised"). Every text here was
written for these tests."""

import pytest
from extract_candidates import candidates, undirected_id_pairs


@pytest.mark.parametrize("text", [
    "Vitebsk and Pskov exchanged delegations in 2014, but those visits produced a joint "
    "statement rather than an agreement.",
    "Lida and Alytus held joint festivals for years instead of a formal twinning agreement.",
    "According to the report, the Kotayk and Tavush provinces, which have no partner regions "
    "in Georgia yet, should open talks.",
])
def test_a_relation_named_as_not_made(text):
    assert candidates(text) == []


@pytest.mark.parametrize("text", [
    "Gomselmash now works for domestic buyers; shipments to Vietnam, announced for 2015, "
    "never happened.",
    "Grodno signed a memorandum with Lida in 2004. A long-discussed partnership with "
    "Alytus has never been formalised.",
    "Poti concluded an agreement with Ventspils in 2006. A much-talked-about tie with Parnu "
    "has never been formalised; the mayors only ever met at forums.",
])
def test_a_relation_that_never_came_about(text):
    ids = {x for r in candidates(text) for x in (r["source"]["id"], r["target"]["id"])}
    assert not ids & {"country:vn", "city:lt:alytus", "city:ee:parnu"}


@pytest.mark.parametrize("text, rel, pair", [
    ("Orsha and Pskov signed an agreement rather than a memorandum in 2014.",
     "SIGNED_AGREEMENT", ("city:by:orsha", "city:ru:pskov")),
    ("The agreement between Omsk and Pavlodar, signed in 2010, has not been implemented.",
     "SIGNED_AGREEMENT", ("city:kz:pavlodar", "city:ru:omsk")),
    ("Gomselmash shipped 40 combines to Vietnam in 2015, although the deliveries to Laos "
     "never happened.", "SUPPLIES_TO", ("company:by:gomselmash", "country:vn")),
    ("Grodno signed a memorandum with Lida in 2004. A long-discussed partnership with "
     "Alytus has never been formalised.", "SIGNED_AGREEMENT", ("city:by:grodno", "city:by:lida")),
])
def test_the_relations_beside_a_denial_stay(text, rel, pair):
    assert pair in undirected_id_pairs(text, rel)


# -- "diplomatic relations between A and B": the capitals stand for their states -------
@pytest.mark.parametrize("text, twins, capitals", [
    ("Irkutsk and Kanazawa became sister cities in 1967, a decade after the renewal of "
     "diplomatic relations between Moscow and Tokyo.",
     ("city:jp:kanazawa", "city:ru:irkutsk"), ("city:jp:tokyo", "city:ru:moscow")),
    ("Grodno and Bialystok were twinned in 1995, three years after diplomatic ties between "
     "Minsk and Warsaw were set up.",
     ("city:by:grodno", "city:pl:bialystok"), ("city:by:minsk", "city:pl:warsaw")),
])
def test_diplomatic_relations_of_capitals_are_no_twinning(text, twins, capitals):
    found = undirected_id_pairs(text, "TWINNED_WITH")
    assert twins in found
    assert capitals not in found
