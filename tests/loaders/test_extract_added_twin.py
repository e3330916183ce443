"""One more twin added to the twins the text spoke of, set off by commas after an
ordinal or "another" ("A third twin town, B, was added in 2015", "Another sister city,
C, joined in 2019"): the owner is the topic (``carried_topic._added_twins``). A bare
"partner" counts only right after the paragraph spoke of twins."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
BEFORE = "Kovrov was twinned with Gabrovo in 1994 and with Nis in 1999. "


@pytest.mark.parametrize("text", [
    BEFORE + "A third twin town, Ohrid, was added in 2015.",
    BEFORE + "Another sister city, Ohrid (North Macedonia), joined in 2015.",
    BEFORE + "Records show that a fourth partner, Ohrid, was added only in 2015.",
    "Gabrovo has long had partner towns in Russia. In 2016, a new twin city, Ohrid, "
    "followed.",
])
def test_an_added_twin_is_the_topics(text):
    pairs = undirected_id_pairs(text, T)
    assert any("city:mk:ohrid" in p and ("city:ru:kovrov" in p or "city:bg:gabrovo" in p)
               for p in pairs)


@pytest.mark.parametrize("text", [
    # a new partner of a trade deal is no twin
    "Kovrov signed a trade agreement with Gabrovo in 1994. A new partner, Ohrid, joined in "
    "2015.",
    # no ordinal: the town is named, not added
    BEFORE + "The twin town Ohrid hosted a fair in 2015.",
])
def test_no_added_twin_without_twins_spoken_of(text):
    assert not any("city:mk:ohrid" in p and "city:ru:kovrov" in p
                   for p in undirected_id_pairs(text, T))
