"""The identity of companies and organisations: a firm's name is its own span (no
place or phrase swallowed), its kind (company or organisation) and its country come
from what the text says around it. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.mentions import find_mentions


def _supplies(text):
    return _pairs(text, "SUPPLIES_TO")


def _agreements(text):
    return {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")}


# -- a bare "the" opens the next name --------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Among the suppliers of the Omsk Region the Omsk Carbon Plant is the largest.",
     "Omsk Carbon Plant"),
    ("Of all firms in the Urals the Kurgan Bus Plant sells most abroad.", "Kurgan Bus Plant"),
    ("In Siberia the Novosibirsk Tin Combine stands apart.", "Novosibirsk Tin Combine"),
])
def test_a_bare_the_between_two_names_splits_them(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("The Academy of the Ministry of Emergency Situations signed.",
     "Academy of the Ministry of Emergency Situations"),
    ("The Bank of the Eurasian Union lent money.", "Bank of the Eurasian Union"),
])
def test_of_the_still_joins_one_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


def test_a_firm_after_a_region_and_a_bare_the_keeps_its_own_id():
    text = ("Among the firms of the Urals the Chelyabinsk Forge Plant supplies forgings to "
            "Belarus.")
    assert ("company:ru:chelyabinsk-forge-plant", "country:by") in _supplies(text)
