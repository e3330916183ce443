"""A direction written alone ("in the North", "to the North-West", "Central") names a
part of the country spoken of, no party: the gazetteer's regions of those names lie in
countries the texts do not speak of. With its kind it is a name. Sentences written for
these tests."""

import pytest
from extract_candidates import named_pairs, party_ids

S = "SUPPLIES_TO"
T = "TWINNED_WITH"

_DIRECTIONS = ("north", "south", "east", "west", "central", "north-west", "north-east",
               "south-east", "south-west")


@pytest.mark.parametrize("text", [
    "Leiria's twin town in the North is Aveiro.",
    "The Dukovany plant ships power to consumers in the Central and Southern federal"
    " districts.",
    "Pirot Tyres supplies tyres to farms all over the South-East, to Bulgaria and to"
    " Romania.",
    "Coimbra Ceramics sells most of its tiles in the North-West.",
    "Uzice Timber delivers sawn wood to the Central region and to the North.",
])
def test_a_direction_alone_is_no_party(text):
    assert not [p for p in party_ids(text) if p.rsplit(":", 1)[-1] in _DIRECTIONS]


@pytest.mark.parametrize("text,rel,pair", [
    ("Leiria's twin town in the North is Aveiro.", T, ("Aveiro", "Leiria")),
    ("Pirot Tyres supplies tyres to farms all over the South-East, to Bulgaria and to"
     " Romania.", S, ("Pirot Tyres", "Romania")),
    ("Pirot Tyres supplies tyres to the North Caucasian Federal District and to North"
     " Macedonia.", S, ("Pirot Tyres", "North Caucasian Federal District")),
    ("Pirot Tyres supplies tyres to the North Caucasian Federal District and to North"
     " Macedonia.", S, ("Pirot Tyres", "North Macedonia")),
    ("Bitola Dairy ships cheese to North Ossetia and to the South Moravian Region.", S,
     ("Bitola Dairy", "North Ossetia")),
    ("Bitola Dairy ships cheese to North Ossetia and to the South Moravian Region.", S,
     ("Bitola Dairy", "South Moravian Region")),
])
def test_a_direction_with_its_kind_or_beside_places_leaves_them(text, rel, pair):
    assert pair in named_pairs(text, rel)
