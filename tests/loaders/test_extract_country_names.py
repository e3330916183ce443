"""Countries whose names open with a demonym ("Saudi Arabia"), a compass word ("South
Africa") or hold "and" ("Trinidad and Tobago") are one party, not a demonym and a
stray word, a part of the world, or two names of a list."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.countries import multiword_countries
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.names import world_region
from relgraph.loaders.extract.pipeline import extract_lines


def targets(text: str) -> list[str]:
    return sorted(c["target"]["id"] for c in extract_lines(text.splitlines(), "t.txt").candidates)


@pytest.mark.parametrize("name, code", [
    ("Saudi Arabia", "sa"), ("South Africa", "za"), ("the Central African Republic", "cf"),
    ("Bosnia and Herzegovina", "ba"), ("Trinidad and Tobago", "tt"),
    ("Antigua and Barbuda", "ag"), ("Papua New Guinea", "pg"), ("the Dominican Republic", "do"),
    ("North Macedonia", "mk"), ("South Korea", "kr"), ("the United Arab Emirates", "ae"),
    ("Sao Tome and Principe", "st"), ("Saint Kitts and Nevis", "kn"),
])
@pytest.mark.parametrize("sentence", [
    "In 2021 Gomselmash shipped forty combines to {}.",
    "The Minsk Tractor Works sent tractors to Egypt and to {} last year.",
])
def test_a_country_of_several_words_is_one_recipient(name, code, sentence):
    assert f"country:{code}" in targets(sentence.format(name))


def test_the_name_across_a_line_break_is_the_same_country():
    text = "Belshina delivered tyres to Saudi\nArabia and to South\nAfrica in 2019."
    assert targets(text) == ["country:sa", "country:za"]


@pytest.mark.parametrize("part", ["Southern Africa", "North Africa", "Central Asia",
                                  "the Middle East", "South America", "West Africa"])
def test_parts_of_the_world_stay_no_party(part):
    assert world_region(part)
    assert targets(f"Gomselmash shipped combines to {part} in 2020.") == []


def test_a_demonym_before_a_town_still_gives_the_country_hint():
    # "Saudi" opens "Saudi Arabia" but, before a firm or town, is its country.
    assert targets("Amkodor sold loaders to the Saudi city of Jeddah.") == ["city:sa:jeddah"]


@pytest.mark.parametrize("name, rid", [
    ("Thai Binh Province", "region:vn:thai-binh"), ("Long An Province", "region:vn:long-an"),
    ("An Giang Province", "region:vn:an-giang"), ("Lao Cai Province", "region:vn:lao-cai"),
    ("Nghe An Province", "region:vn:nghe-an"),
    ("Ba Ria–Vung Tau Province", "region:vn:ba-ria-vung-tau"),
])
def test_a_region_whose_name_holds_a_demonym_or_a_stop_word_is_one_party(name, rid):
    # "Thai" is a demonym, "An" and "Long" open sentences: read word by word, the name
    # lost its first half and its country.
    assert targets(f"The Minsk Tractor Works delivered tractors to {name} in 2022.") == [rid]


def test_the_demonym_alone_still_describes():
    thai = [m for m in find_mentions("Thai rice reached Minsk in May.") if m.text == "Thai"]
    assert [(m.adjectival, m.country_hint) for m in thai] == [(True, "TH")]
    assert targets("An agreement was signed, and Gomselmash shipped combines to Vietnam.") == [
        "country:vn"]


def test_every_multiword_name_has_two_words_at_least():
    assert all(len(words) > 1 for words in multiword_countries())
    assert multiword_countries()[("saudi", "arabia")] == "SA"
