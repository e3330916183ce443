"""A twin phrase set off by commas describes the town before it: "Brest, a twin city of
Lublin, hosted ...", "a delegation from Lublin, the twin town of Brest, ...", "Lublin,
Brest's twin city, sent ...". A wish ("a future twin city") is no twinning, and a town
after the closing comma is no twin of the owner. Every text here was written for these
tests."""
from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_text


def twins(text: str) -> set[frozenset[str]]:
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_text(text).candidates if c["type"] == "TWINNED_WITH"}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


BREST, LUBLIN, SIEDLCE = "city:by:brest", "city:pl:lublin", "city:pl:siedlce"


@pytest.mark.parametrize("text, expected", [
    ("Brest, a twin city of Lublin, hosted the autumn festival.", {pair(BREST, LUBLIN)}),
    ("A brass band from Lublin, the twin town of Brest, opened the fair on Monday.",
     {pair(BREST, LUBLIN)}),
    ("The fair in Grodno, the oldest twin town of Bialystok, drew large crowds.",
     {pair("city:by:grodno", "city:pl:bialystok")}),
    ("Brest, a twin city of Lublin and Siedlce, hosted the autumn festival.",
     {pair(BREST, LUBLIN), pair(BREST, SIEDLCE)}),
    ("Mayor Nowak of Lublin, Brest's twin city, opened the fair.", {pair(BREST, LUBLIN)}),
    ("Grodno hosted mayors from Lublin, Brest's twin city, and from Kaunas.",
     {pair(BREST, LUBLIN)}),
])
def test_a_twin_phrase_between_commas_describes_the_town_before_it(text, expected):
    assert twins(text) == expected


@pytest.mark.parametrize("text", [
    "Brest, a future twin city of Lublin, hosted the autumn festival.",
    "Vitebsk, not a twin city of Lublin, hosted the autumn festival.",
])
def test_a_wished_or_denied_twin_phrase_gives_no_twinning(text):
    assert twins(text) == set()


@pytest.mark.parametrize("text", [
    "Pinsk has long been a twin town of Lutsk.",
    "Pinsk is also a twin town of Lutsk.",
    "Pinsk has for years been a twin town of Lutsk.",
    "Pinsk has also been a twin town of Lutsk since 1998.",
])
def test_an_adverb_between_the_copula_and_the_twin_noun(text):
    assert twins(text) == {pair("city:by:pinsk", "city:ua:lutsk")}


def test_a_denied_twin_noun_after_the_copula_gives_nothing():
    assert twins("Pinsk is not a twin town of Lutsk.") == set()


@pytest.mark.parametrize("text", [
    "Pinsk is twinned with Lutsk, and it is also twinned with Chelm and Kovel.",
    "Pinsk is twinned with Lutsk; it is also twinned with Chelm and Kovel.",
])
def test_it_opening_a_later_clause_is_the_subjects_twin_not_a_pair_after_with(text):
    assert twins(text) == {pair("city:by:pinsk", "city:ua:lutsk"),
                           pair("city:by:pinsk", "city:pl:chelm"),
                           pair("city:by:pinsk", "city:ua:kovel")}


def test_a_pair_named_as_subject_is_still_twinned():
    assert twins("Chelm and Kovel are twinned.") == {pair("city:pl:chelm", "city:ua:kovel")}
