"""A share of the goods of a "verb to" supply and its further destination after a comma
("exported jam to Germany, of which roughly half went to wholesalers in A and B",
", of which about a third went to shops in C"): the further recipients are the supplier's
too, the verb of the share no clause of its own (``_SHARE_OF_IT`` in
``loaders/extract/supplies.py``).
Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("The Soroca cannery Alfa-Nistru exported 9,000 tonnes of jam to Germany, of which "
     "roughly half went to wholesalers in Bavaria and Saxony.",
     [("company:xx:alfa-nistru", "country:de"), ("company:xx:alfa-nistru", "region:de:bavaria"),
      ("company:xx:alfa-nistru", "region:de:saxony")]),
    ("Milavitsa sold two million garments to Russia, of which about a third went to shops "
     "in Kazan.", [("company:xx:milavitsa", "country:ru"), ("company:xx:milavitsa",
                                                             "city:ru:kazan")]),
])
def test_a_share_goes_on_to_further_recipients(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # a clause of its own after the comma: its recipient is no share of these goods
    ("Belshina shipped tyres to Russia, of which most were made in Bobruisk.",
     ("company:xx:belshina", "city:by:babruysk")),
    ("Belshina shipped tyres to Russia, while most of its engineers went to Minsk.",
     ("company:xx:belshina", "city:by:minsk")),
])
def test_no_further_recipient_of_another_clause(text, wrong):
    assert wrong not in supplies(text)
