"""A subject "the Iranian fisheries of Gilan" names its side by the place its noun belongs
to, not by the demonym before the noun (``_subject`` and ``_NOUN_OF`` in
``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("The Georgian vineyards of Kakheti, which grow red grapes, have sold vines to farms in "
     "Sheki since 2016.", ("region:ge:kakheti", "city:az:sheki"), ("country:ge", "city:az:sheki")),
    ("The Belarusian dairies of the Grodno Region ship cheese to Kaliningrad.",
     ("region:by:grodno", "city:ru:kaliningrad"), ("country:by", "city:ru:kaliningrad")),
])
def test_the_place_of_the_subject_noun_supplies(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # no place after the noun: the demonym is the side
    ("Belarusian dairies ship cheese to Riga.", ("country:by", "city:lv:riga")),
    # a supply noun keeps its own reading
    ("Belarusian exports of potash to China grew.", ("country:by", "country:cn")),
])
def test_the_demonym_stays(text, expected):
    assert expected in supplies(text)
