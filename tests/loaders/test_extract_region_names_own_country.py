"""A region's country comes from its own name: a former region the gazetteer's present
divisions miss (Lorraine, Burgundy), a region's English name (Rhineland-Palatinate), a
region's adjective opening a body's name (a Walloon agency), not from the country the
sentence names nearest. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.parties import text_resolver

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("name", "rid"), [
    ("Lorraine", "region:fr:lorraine"),
    ("Picardy", "region:fr:picardy"),
    ("Bourgogne", "region:fr:burgundy"),
    ("Moravia", "region:cz:moravia"),
    ("Rhineland-Palatinate", "region:de:rhineland-palatinate"),
    ("Lower Silesia", "region:pl:lower-silesia"),
])
def test_the_resolver_knows_former_regions_and_english_names(name, rid):
    found = text_resolver().resolve(name)
    assert (found.id, found.label, found.resolved) == (rid, "Region", True)


@pytest.mark.parametrize("name", ["Lorrain", "Palatinate Steelworks", "Moravian Gate"])
def test_other_names_are_not_taken_for_them(name):
    assert text_resolver().resolve(name).id not in {
        "region:fr:lorraine", "region:de:rhineland-palatinate", "region:cz:moravia"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Bavaria and Picardy signed a partnership agreement in 1999, a year after a "
     "Luxembourg trade fair.", {"region:de:bavaria", "region:fr:picardy"}),
    ("In 2004 Rhineland-Palatinate signed a memorandum on river transport with "
     "Luxembourg.", {"region:de:rhineland-palatinate", "country:lu"}),
    ("The Flemish Investment Office signed a memorandum with Saxony in 2015.",
     {"org:be:flemish-investment-office", "region:de:saxony"}),
    ("Saxony and the University of Burgundy signed a research agreement in 2011.",
     {"region:de:saxony", "org:fr:university-of-burgundy"}),
])
def test_the_name_gives_the_country(text, pair):
    assert frozenset(pair) in id_pair_set(text, S)


def test_a_regional_adjective_alone_is_no_party():
    # (the near miss: "a Walloon glassworks" names the buyer's region, no buyer)
    ids = {i for pair in id_pair_set(
        "Kelmar Steel S.A. signed a supply contract with a Walloon glassworks in 2019.", S)
        for i in pair}
    assert not any(i.endswith(":walloon") for i in ids)
