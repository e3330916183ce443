"""A list headed by "the municipalities of" or "the villages of" names towns, every
member of it ("to the municipalities of Hammerfest and Alta"), as "the towns of" does.
Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, names", [
    ("Lesprom sold prefabricated houses to the municipalities of Hammerfest and Alta.",
     ["Hammerfest", "Alta"]),
    ("The fund paid for wells in the villages of Ozerki, Dubrava and Lipki.",
     ["Ozerki", "Dubrava", "Lipki"]),
])
def test_every_member_of_the_list_is_a_town(text, names):
    kinds = {m.text: m.kind_hint for m in find_mentions(text)}
    assert all(kinds.get(n) == "City" for n in names), kinds


def test_a_firm_before_the_list_keeps_its_kind():
    kinds = {m.text: m.kind_hint for m in find_mentions(
        "Lesprom sold prefabricated houses to the municipalities of Hammerfest and Alta.")}
    assert kinds["Lesprom"] != "City"
