"""A bare name that the gazetteer gives both a town and its province, as their own names
("Khon Kaen", "Udon Thani", "Plovdiv"), is read by what the text says of it: beside a
region in a relation it is the province (regions pair with regions); in a text that
writes the town with its kind word elsewhere ("Khon Kaen City"), the bare name is the
province. A town whose region carries its kind word ("Mogilev Region") and a city-state
(a town of a million or more named as its region) keep the town. Texts written for these
tests."""

import pytest
from extract_candidates import candidates, party_ids

from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import namesake_province, resolve_mention, text_resolver

R = text_resolver()


def _ids(text: str, rel_type: str) -> set[str]:
    return {r[side]["id"] for r in candidates(text) if r["type"] == rel_type
            for side in ("source", "target")}


@pytest.mark.parametrize("text, province", [
    ("Udon Thani has been twinned with Styria since 2004.", "region:th:udon-thani"),
    ("In 2019 Tartu signed a friendship agreement with Styria, its first in Austria.",
     "region:ee:tartu"),
    ("Khon Kaen has had a friendship agreement with Saxony since 2010.",
     "region:th:khon-kaen"),
])
def test_beside_a_region_the_bare_name_is_the_province(text, province):
    ids = party_ids(text)
    assert province in ids and province.replace("region:", "city:") not in ids, ids


@pytest.mark.parametrize("text, rel_type, town", [
    ("Khon Kaen and Dresden signed a memorandum on vocational training in 2021.",
     "SIGNED_AGREEMENT", "city:th:khon-kaen"),
    ("Udon Thani has been twinned with Graz since 2004.", "TWINNED_WITH",
     "city:th:udon-thani"),
    ("Plovdiv concluded a cooperation agreement with Hannover in 2018.",
     "SIGNED_AGREEMENT", "city:bg:plovdiv"),
])
def test_beside_a_town_it_stays_the_town(text, rel_type, town):
    assert town in _ids(text, rel_type)


@pytest.mark.parametrize("name", ["Mogilev", "Busan", "Hamburg"])
def test_no_province_for_a_town_whose_region_is_named_otherwise_or_a_city_state(name):
    assert namesake_province(R, resolve_mention(Mention(name, 0, len(name)), R)) is None


@pytest.mark.parametrize("text, expected", [
    ("Khon Kaen City hosted the rice fair in May. Khon Kaen sells rice to Laos.",
     "region:th:khon-kaen"),
    ("Udon Thani sells sugar to Cambodia, and Udon Thani City is the seat of the fair.",
     "region:th:udon-thani"),
    # no town told apart: the bare name keeps the gazetteer's town
    ("Khon Kaen sells rice to Laos.", "city:th:khon-kaen"),
    # the town's organ, named with its kind word, is still the town's own
    ("The Khon Kaen City Council met in May. Khon Kaen sells rice to Laos.",
     "city:th:khon-kaen"),
])
def test_a_text_that_writes_the_town_as_x_city_means_the_province_by_x(text, expected):
    sellers = {r["source"]["id"] for r in candidates(text) if r["type"] == "SUPPLIES_TO"}
    assert expected in sellers, sellers
