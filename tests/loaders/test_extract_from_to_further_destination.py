"""A supply written "from X to A and, <aside>, to B" (the goods' origin, then a first and
a further destination that repeats "to"): the subject supplies both. On short texts
written for these tests."""

import pytest
from extract_candidates import pairs

SUPPLY = "SUPPLIES_TO"


@pytest.mark.parametrize("text,want", [
    ("Cusco ships dried trout from Lake Langui to the markets of Lima and, in smaller "
     "amounts, to Arequipa.",
     {("city:pe:cusco", "city:pe:lima"), ("city:pe:cusco", "city:pe:arequipa")}),
    ("Cusco ships dried trout from Lake Langui to Lima and, since 2020, to Arequipa.",
     {("city:pe:cusco", "city:pe:lima"), ("city:pe:cusco", "city:pe:arequipa")}),
])
def test_a_further_destination_after_an_aside(text, want):
    assert want <= set(pairs(text, SUPPLY))


def test_a_later_clause_of_its_own_is_no_destination():
    text = ("Cusco ships dried trout from Lake Langui to Lima, and Arequipa, for its part, "
            "sends cheese to Puno.")
    assert ("city:pe:cusco", "city:pe:puno") not in set(pairs(text, SUPPLY))
