"""A region or town named by its authority: "the Regional Administration of the X
Province of the Republic of Armenia" (the country after the place only locates it),
"the X Self-Governing Region" (Slovakia's regions), and an office holder written with
the place before the title and the person after it ("X Mayor A. B", "X Regional
Governor A. B", "X County Council President A. B"): the place, never a firm or a body
of that long name. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

A = "SIGNED_AGREEMENT"


def signings(text):
    return {tuple(sorted(p)) for p in pairs(text, A)}


@pytest.mark.parametrize("text, pair", [
    ("In 2021 the Tver Region concluded an agreement on cooperation with the Regional "
     "Administration of Lori Province of the Republic of Armenia.",
     ("region:am:lori", "region:ru:tver")),
    ("A protocol was signed in May 2020 between the Vologda Region and the Government of "
     "Kotayk Province of Armenia.", ("region:am:kotayk", "region:ru:vologda")),
])
def test_an_organ_of_a_place_located_by_its_country(text, pair):
    assert pair in signings(text)


@pytest.mark.parametrize("text, region", [
    ("The Trnava Self-Governing Region signed a memorandum with the Lviv Oblast in 2022.",
     "region:sk:trnava"),
    ("In 2022 the Lviv Oblast signed a memorandum with the Nitra Self-Governing Region.",
     "region:sk:nitra"),
])
def test_a_self_governing_region_is_the_region(text, region):
    assert region in party_ids(text), party_ids(text)


@pytest.mark.parametrize("text, pair", [
    ("Vratsa Mayor Ivan Petrov and Dăbuleni Mayor Mihai Ionescu signed a memorandum on a "
     "ferry.", ("city:bg:vratsa", "city:ro:dabuleni")),
    ("At county level, Braila County Council President Ion Popa and Galati Regional Governor "
     "Ana Dima signed a memorandum on flood protection.",
     ("region:ro:braila", "region:ro:galati")),
    ("Brest Governor Yuri Shuleiko and Lublin Voivode Krzysztof Komorski signed a memorandum "
     "on border crossings.", ("region:by:brest", "region:pl:lublin")),
])
def test_an_office_holder_acts_for_the_place(text, pair):
    assert pair in signings(text)


@pytest.mark.parametrize("text", [
    # a hotel's director is no office of a place
    "Brest Hotel Director Ivan Petrov signed a memorandum with Lublin.",
    # "and" inside a ministry's name splits nothing
    "The Ministry of Trade and Industry signed a memorandum with Lublin.",
])
def test_other_titles_make_no_place(text):
    got = party_ids(text)
    assert not any(i.startswith(("region:by:brest", "city:by:brest")) for i in got), got
    assert not any(i.startswith("region:") for i in got), got
