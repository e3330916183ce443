"""A "with" in a clause that opens after a twinning's words, a participle after a comma
or a relative clause on a noun of its own ("..., anchoring it in the road that links the
plateau with the coast"), names no partner: the pair before the twin words stays the
twinning. On short texts written for these tests."""

import pytest
from extract_candidates import named_pairs

TWIN = "TWINNED_WITH"


@pytest.mark.parametrize("text", [
    "The towns of Potosi and Antofagasta proclaimed a sister-city relationship in 2009, "
    "anchoring it in the railway that links the mining plateau with the Pacific.",
    "Potosi and Antofagasta became sister cities in 2009, celebrating the railway that "
    "connects the mines with the coast.",
    "Potosi and Antofagasta became twin towns in 2009, along the old road that joins the "
    "Altiplano with the Pacific.",
])
def test_a_later_clause_with_leaves_the_pair(text):
    assert named_pairs(text, TWIN) == {("Antofagasta", "Potosi")}


@pytest.mark.parametrize("text,want", [
    # the twin words' own "with", after the pair's date
    ("Potosi became a sister city in 2009 with Antofagasta.", {("Antofagasta", "Potosi")}),
    # a relative clause that twins: its "with" is a partner
    ("Potosi is the Bolivian town that is twinned with Antofagasta.",
     {("Antofagasta", "Potosi")}),
])
def test_the_twinning_with_still_names_the_partner(text, want):
    assert named_pairs(text, TWIN) == want
