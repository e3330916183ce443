"""Regions whose gazetteer name carries the generic term of the country's language, as
English texts write them. Korean provinces: by the name without the romanised
"-do" ("Gangwon", "Gangwon Province") or, for a half of an old province, as North or
South ("North Jeolla Province"), besides the romanised name itself ("Jeollabuk-do").
The forms come with the bundled gazetteer (built from GeoNames' names by a rule, see
``benchmarks/build_gazetteer.korean_names``). Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.resolve import Resolver

T, S = "TWINNED_WITH", "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, rel, pair", [
    ("North Jeolla Province and Oaxaca signed a friendship agreement in 2012.", S,
     {"region:kr:jeollabuk-do", "region:mx:oaxaca"}),
    ("In 2015 the Mexican state of Yucatan signed a memorandum with North Jeolla.", S,
     {"region:mx:yucatan", "region:kr:jeollabuk-do"}),
    ("Lublin Voivodeship and Jeollabuk-do signed a memorandum in 2016.", S,
     {"region:pl:lublin", "region:kr:jeollabuk-do"}),
    ("Alberta and Gangwon Province have been sister provinces since 1974.", T,
     {"region:ca:alberta", "region:kr:gangwon"}),
])
def test_korean_provinces_are_read(text, rel, pair):
    assert frozenset(pair) in id_pair_set(text, rel)


@pytest.mark.parametrize("name, expected", [
    ("Gangwon", "region:kr:gangwon"),
    ("South Gyeongsang Province", "region:kr:gyeongsangnam-do"),
    ("Yanggang Province", "region:kp:yanggang"),
    # a city's own name stays the city's: Sejong is a town before the region
    ("Sejong", "city:kr:sejong"),
])
def test_korean_province_names_resolve(name, expected):
    assert Resolver.default().resolve(name).id == expected


@pytest.mark.parametrize("name, expected", [
    # Estonian counties: English "County" on the base, or the name with "maa"
    ("Harju County", "region:ee:harju"),
    ("Võru County", "region:ee:voru"),
    ("Läänemaa", "region:ee:laane"),
    # the county's town keeps its own name
    ("Viljandi", "city:ee:viljandi"),
])
def test_estonian_county_names_resolve(name, expected):
    assert Resolver.default().resolve(name).id == expected
