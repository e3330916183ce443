""""The two regions" after a region and a town named like a region of its country ("The
Mogilev Region keeps close ties with Smolensk. In 2005 the two regions signed ..."):
the town stands for its region (``pipeline._of_kind_said``, ``_namesake_region``)."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def signings(text):
    return {tuple(sorted(p)) for p in pairs(text, A)}


@pytest.mark.parametrize("text", [
    "The Mogilev Region keeps close ties with Smolensk. In 2005 the two regions signed an "
    "agreement on trade.",
    "The Mogilev Region has the oldest partnership with Smolensk. Besides the basic "
    "agreement of 2001, both regions later approved a joint plan of measures for 2010-2012.",
])
def test_a_town_named_like_a_region_stands_for_it(text):
    assert ("region:by:mogilev", "region:ru:smolensk") in signings(text)


@pytest.mark.parametrize("text", [
    # a town with no region of its name
    "The Mogilev Region keeps close ties with Klintsy. In 2005 the two regions signed an "
    "agreement on trade.",
    # two towns: no region spoken of
    "Mogilev keeps close ties with Smolensk. In 2005 the two regions signed an agreement on "
    "trade.",
])
def test_no_namesake_or_no_region_gives_no_regions(text):
    assert not signings(text)
