"""A "from" in an aside set off by commas right after a firm ("X S.p.A., also from
Merano, sells ...") says where the firm is; the place sends nothing. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier", [
    ("Cavi Alpini S.p.A., also from Merano, sells steel cable to Austria.", "cavi-alpini"),
    ("Sawmill Nord AB, from Umea, ships planks to Norway.", "sawmill-nord"),
])
def test_the_place_of_a_from_aside_sends_nothing(text, supplier):
    got = pairs(text, S)
    assert [a.rsplit(":", 1)[-1] for a, _b in got] == [supplier], got


def test_a_list_of_froms_still_sends():
    text = "Austria imports steel cable from Bolzano, from Trento, and from Verona."
    got = {a for a, _b in pairs(text, S)}
    assert {"city:it:bolzano", "city:it:trento", "city:it:verona"} <= got, got
