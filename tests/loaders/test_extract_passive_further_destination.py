"""A passive supply with no agent ("80 loaders were shipped to A") whose goods go on to
a further destination: ", most of them to road builders in B and C" adds B and C as
recipients of the same actor (``_passive_recipients`` in ``loaders/extract/frames.py``).
Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor opened a new plant in Minsk. In 2024, 80 loaders were shipped to the Kazakh "
     "dealer Allur, most of them to road builders in Astana and Karaganda.",
     [("company:xx:amkodor", "company:xx:allur"), ("company:xx:amkodor", "city:kz:astana"),
      ("company:xx:amkodor", "city:kz:karagandy")]),
    ("Gomselmash had a good year. 300 combines were exported to Russia, some of them to "
     "farms of the Orenburg and Saratov regions.",
     [("company:xx:gomselmash", "country:ru"), ("company:xx:gomselmash", "region:ru:orenburg"),
      ("company:xx:gomselmash", "region:ru:saratov")]),
])
def test_a_further_destination_of_a_passive_supply(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # a clause of its own after the recipient: no destination of the goods
    ("Belshina reported record sales. Last year 12,000 tyres were delivered to Kamaz, while "
     "most of its engineers moved to Minsk.", ("company:xx:belshina", "city:by:minsk")),
    # a further destination in the next sentence is no part of this supply
    ("Belshina reported record sales. Last year 12,000 tyres were delivered to Kamaz. Most "
     "of its staff went to Minsk on holiday.", ("company:xx:belshina", "city:by:minsk")),
])
def test_no_further_destination(text, wrong):
    assert wrong not in supplies(text)
