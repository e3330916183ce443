""""The two governments" after two towns of two countries: the governments of those
countries sign, not the towns (whose own would be "the two municipalities" or "the
two city governments"). Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "Narva and Ivangorod face each other across the river. In 2006 the two governments "
    "signed a protocol on the bridge.",
    "Frankfurt (Oder) and Słubice share a bridge. The two governments later signed an "
    "agreement on its upkeep.",
])
def test_the_two_governments_are_the_towns_countries(text):
    pairs = undirected_id_pairs(text, A)
    assert any(p[0].startswith("country:") and p[1].startswith("country:") for p in pairs)


@pytest.mark.parametrize("text", [
    # (a describing word keeps the towns' own governments)
    "Narva and Ivangorod face each other across the river. In 2006 the two city "
    "governments signed a protocol on the bridge.",
    # (two towns of one country: no two nations)
    "Narva and Tartu are old rivals. In 2006 the two governments signed a protocol on "
    "the bridge.",
])
def test_no_nations_without_two_countries_or_with_a_describing_word(text):
    pairs = undirected_id_pairs(text, A)
    assert not any(p[0].startswith("country:") or p[1].startswith("country:") for p in pairs)
