"""A bare name the gazetteer holds for a region only without its generic term
("Busia" of Busia County) is the region's town of that name, as a bare "Gomel" is the
city: the name alone reached no town because namesakes abroad come near its size, and
the region's country settles which. A region's word written out keeps the region, and
a village of the name ("Primorskiy" in Primorsky Krai) does not take it. Texts written
for these tests."""

import pytest
from extract_candidates import id_pair_set

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, pair", [
    ("Busia and Tororo signed a cross-border memorandum in 2019.",
     {"city:ke:busia", "city:ug:tororo"}),
    ("Limón and Gulfport signed a port cooperation memorandum in 2018.",
     {"city:cr:limon", "city:us:gulfport"}),
])
def test_a_bare_name_of_a_region_base_is_its_town(text, pair):
    assert frozenset(pair) in id_pair_set(text, S)


@pytest.mark.parametrize("text, pair", [
    # the region's word written out: the regions
    ("Busia County and Tororo District signed a memorandum in 2019.",
     {"region:ke:busia", "region:ug:tororo"}),
    ("Limón Province and Gulfport signed a port cooperation memorandum in 2018.",
     {"region:cr:limon", "city:us:gulfport"}),
])
def test_a_region_written_out_stays_the_region(text, pair):
    assert frozenset(pair) in id_pair_set(text, S)
