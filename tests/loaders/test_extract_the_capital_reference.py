""""The capital" (also "the Finnish capital") is a reference to the town named before,
as "the city" is: "Helsinki's links are few. The capital and the Polish city of Gdynia
are friendship cities" twins Helsinki; "the capital of X" names X, and money ("the
capital needed", "the capital market") is no town, nor is "in the capital", where
something is (``mentions._OTHER_REFS``)."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.mentions import find_mentions

HEL_GDY = frozenset({"city:fi:helsinki", "city:pl:gdynia"})


@pytest.mark.parametrize("text", [
    "Helsinki's links are fewer but deliberate. The capital and the Polish city of Gdynia "
    "are friendship cities (2012).\n",
    "Helsinki has few partners. Since 2012 the Finnish capital has been twinned with "
    "Gdynia.\n",
])
def test_the_capital_is_the_town_named_before(text):
    assert HEL_GDY in id_pair_set(text, "TWINNED_WITH")


@pytest.mark.parametrize("text", [
    "Gdynia raised the capital needed for the new terminal.",
    "The capital market of Gdynia grew.",
    "The capital of Finland lies on the sea.",
    # where something is, no side: "housing estates in the capital"
    "Helsinki builders bought lifts for housing estates in the capital.",
])
def test_no_town_where_the_capital_is_money_or_named(text):
    assert not [m for m in find_mentions(text) if m.refers == "City"]

