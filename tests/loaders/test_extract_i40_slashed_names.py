"""A firm named after two partners joined by a slash ("Stada/Nizhpharm Trading LLC")
is one firm, when its legal form closes the name; two places so joined stay two.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, pair", [
    ("Stada/Nizhpharm Trading LLC exported tablets to Kazakhstan in 2023.",
     ("company:xx:stada-nizhpharm-trading", "country:kz")),
    ("Last year Fazer/Lunden Bakeries Oy sold rye bread to Estonia.",
     ("company:fi:fazer-lunden-bakeries", "country:ee")),
])
def test_a_slash_inside_a_firms_name(text, pair):
    found = pairs(text, "SUPPLIES_TO")
    assert any(a.endswith(pair[0].rsplit(":", 1)[1]) and b == pair[1] for a, b in found), found


@pytest.mark.parametrize("text, names", [
    ("Narva/Ivangorod is a border pair of towns.", ["Narva", "Ivangorod"]),
    ("Kazakhstan/Tengri Trade LLP ships grain.", ["Kazakhstan", "Tengri Trade LLP"]),
])
def test_a_slash_between_places_leaves_them_apart(text, names):
    assert [m.text for m in find_mentions(text)][:2] == names
