"""A name that is a region in a country the text never names and a town in the
country the text speaks from is that town; a title's country in brackets after its
region says which namesake the region is; "A's neighbouring town of B" names B, not A.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.discourse import home_country
from relgraph.loaders.extract.mentions import find_mentions

T = "TWINNED_WITH"


def test_a_bracketed_country_after_the_title_region_is_the_home():
    title = "Annual report of the Saint-Louis Region (Senegal)\n\nTrade grew."
    assert home_country(title, lambda name: "US") == "SN"


@pytest.mark.parametrize("title", [
    "Report of the Saint-Louis Region (Senegal)",
    "REGIONAL COUNCIL OF SAINT-LOUIS (SENEGAL)\nExternal relations, 2022",
])
def test_a_town_at_home_is_no_region_abroad(title):
    text = (f"{title}\n\nTowns of the region and their partners:\n"
            "- Podor - twinned with Vierzon (France) since 1990;\n"
            "- Dagana - twinned with Cervia since 2009;\n")
    assert frozenset({"city:sn:dagana", "city:it:cervia"}) in id_pair_set(text, T)


@pytest.mark.parametrize(("text", "named", "not_named"), [
    ("Kotka is twinned with Tallinn's seaside district of Pirita.", "Pirita", "Tallinn"),
    ("Aalst is twinned with Genoa's port of Voltri.", "Voltri", "Genoa"),
])
def test_a_possessors_kind_of_place_names_the_place(text, named, not_named):
    words = {m.text for m in find_mentions(text)}
    assert named in words and not any(w.startswith(not_named) for w in words)


def test_a_possessor_without_a_kind_of_place_stays():
    # (the near miss: "Genoa's port handles ..." speaks of Genoa)
    assert "Genoa's" in {m.text for m in find_mentions("Genoa's port handles cargo.")} or \
        "Genoa" in {m.text for m in find_mentions("Genoa's port handles cargo.")}
