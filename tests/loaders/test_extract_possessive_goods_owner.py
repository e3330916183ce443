"""A bare possessive right after a supply verb owns the goods ("X resells our cheese to
Y"): the speaker it means is no recipient of X; with "with" the goods after it ("supplies
our farmers with seed") it still is (``supplies._OWNER_OF_GOODS``)."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def received_by_the_speaker(text):
    return [r for r in candidates(text) if r["type"] == S and r["target"]["name"] == "our"]


@pytest.mark.parametrize("text", [
    "Annual report 2024 of AB Vilkyskiu pienine\nExport markets\nThe Polish market is covered "
    "through our regular distributor Mleko Handel Sp. z o.o. (Warsaw), which resells "
    "our butter and curd cheese to supermarket chains in central Poland.",
    "Press release of Ogre Bakery\nThe Finnish wholesaler Leipa Trading Oy distributes our "
    "rye bread to hotels in Helsinki.",
])
def test_the_goods_owner_receives_nothing(text):
    assert not received_by_the_speaker(text)


def test_our_before_with_goods_is_the_recipient():
    text = ("Annual report 2024 of AB Vilkyskiu pienine\nKaunas Grain supplies our farmers "
            "with seed every spring.")
    assert [r["source"]["id"] for r in received_by_the_speaker(text)] == \
        ["company:lt:kaunas-grain"]
