"""A twinning owned by the pair the sentence before named: "Their twinning ...", "The
twinning of the two towns ..."."""
from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_text


def twins(text: str) -> set[frozenset[str]]:
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_text(text).candidates if c["type"] == "TWINNED_WITH"}


@pytest.mark.parametrize("text, a, b", [
    ("Delegations from Tampere and Kursk met in 1957. Their twinning was formalised two years "
     "later.", "city:fi:tampere", "city:ru:kursk"),
    ("Mayors of Lahti and Pskov visited each other often in the 1960s. Their partnership as "
     "sister cities continues today.", "city:fi:lahti", "city:ru:pskov"),
    ("Brest and Terespol lie on the two banks of the Bug. The twinning of the two towns dates "
     "from 1998.", "city:by:brest", "city:pl:terespol"),
    ("Grodno and Druskininkai are an hour apart by road. The partnership between these towns "
     "as twin cities began in 2004.", "city:by:grodno", "city:lt:druskininkai"),
])
def test_the_pair_named_before_owns_the_twinning(text, a, b):
    assert twins(text) == {frozenset((a, b))}


@pytest.mark.parametrize("text, not_twins", [
    # their twin towns are other towns, not each other
    ("Minsk and Gomel are large cities. Their twin towns include Bonn.",
     frozenset(("city:by:minsk", "city:by:gomel"))),
    # the sentence before names countries that buy, no pair of places
    ("Gomel exports tractors to Kenya and Chile. Their twinning ceremony was held in 2001.",
     frozenset(("country:ke", "country:cl"))),
])
def test_a_pair_that_is_no_pair_of_partners_is_not_twinned(text, not_twins):
    assert not_twins not in twins(text)
