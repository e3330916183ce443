""""X supplies the <place> <trade> Y with goods": a description that opens with its
place ("the Leiden importer", "the Gdynia wholesaler") stands between the verb and the
party supplied as a demonym's does. Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Tamsa Growers Ltd has supplied the Leiden importer Brakel Fruit B.V. with pears since 2017.",
    "Tamsa Growers Ltd, which supplies the Leiden wholesaler Brakel Fruit B.V. with pears,"
    " opened a new packhouse.",
    "Tamsa Growers Ltd supplies the Dutch importer Brakel Fruit B.V. with pears.",
    "Tamsa Growers Ltd supplies Brakel Fruit B.V. with pears.",
])
def test_the_described_party_is_supplied(text):
    assert ("Tamsa Growers Ltd", "Brakel Fruit B.V.") in named_pairs(text, S)


def test_a_party_not_supplied_with_goods_is_no_recipient():
    # ("supplies ... to": the firm after the description is the one the goods reach; a
    # meeting is no supply)
    text = "Tamsa Growers Ltd met the Leiden importer Brakel Fruit B.V. at a fair."
    assert not named_pairs(text, S)
