"""A firm's home town after "from" before the verb ("Fruit processor X from Volyn
exports juice to Y") says where the firm is, not where the goods come from: the firm
supplies, the town is no party (``_home_of_subject`` in ``loaders/extract/supplies.py``).
Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("The dairy Milkiland from Kharkiv ships cheese to Kazakhstan.",
     [("company:xx:milkiland", "country:kz")], ("city:ua:kharkiv", "country:kz")),
    ("Dairy maker Lactalis Ukraine from Mykolaiv sells butter to Moldova, mainly to the "
     "Chisinau chain Linella.",
     [("company:xx:lactalis-ukraine", "country:md"), ("company:xx:lactalis-ukraine",
                                                      "company:xx:linella")],
     ("city:ua:mykolayiv", "country:md")),
    ("Last year the furniture factory Pinskdrev from Pinsk delivered sofas to Latvia.",
     [("company:xx:pinskdrev", "country:lv")], ("city:by:pinsk", "country:lv")),
])
def test_the_firm_supplies_not_its_home(text, expected, wrong):
    found = supplies(text)
    assert all(e in found for e in expected)
    assert wrong not in found


@pytest.mark.parametrize(("text", "pair"), [
    # goods from a place (no firm before "from"): the place is the source
    ("Trucks from Minsk were delivered to Moscow.", ("city:by:minsk", "city:ru:moscow")),
    ("Wheat from Kostanay is shipped to Uzbekistan.", ("city:kz:kostanay", "country:uz")),
])
def test_goods_from_a_place_keep_their_source(text, pair):
    assert pair in supplies(text)
