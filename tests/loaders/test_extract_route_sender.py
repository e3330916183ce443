"""A route named by the countries it runs through ("the A-B-C gas pipeline supplies gas
to B and C") sends from its first country; the chain is no firm (``_ROUTE`` and
``_route_sender`` in ``loaders/extract/supplies.py``). Sentences written for these
tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkmenistan-China gas pipeline supplies gas to China and Kazakhstan.",
     {("country:tm", "country:cn"), ("country:tm", "country:kz")}),
    ("The Azerbaijan-Georgia-Turkey pipeline, opened in 2006, delivers Caspian gas to Georgia "
     "and Turkey.", {("country:az", "country:ge"), ("country:az", "country:tr")}),
    ("Their flagship is the Russia-Belarus-Poland (RBP) oil pipeline, built to deliver crude "
     "to Poland.", {("country:ru", "country:pl")}),
])
def test_the_route_sends_from_its_first_country(text, expected):
    found = supplies(text)
    assert expected <= found
    assert not any(a.startswith("company:") for a, _ in found)


def test_a_firm_named_before_the_verb_supplies():
    found = supplies("Along the Turkmenistan-China pipeline, PetroChina ships gas to Kazakhstan.")
    assert ("company:xx:petrochina", "country:kz") in found
    assert ("country:tm", "country:kz") not in found


def test_a_chain_of_towns_is_no_route_of_countries():
    found = supplies("The Minsk-Brest railway carries timber to Poland.")
    assert not any(a in ("country:by", "city:by:minsk") for a, _ in found)
