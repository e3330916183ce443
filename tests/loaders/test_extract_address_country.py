"""A country set off by commas after the place a preposition locates a firm in ("X Ltd.
of Pune, India, ships ...") completes the place's address and is no party: read as
one, it became the supplier in the firm's stead. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, pair", [
    ("Kaveri Chemicals Ltd. of Pune, India, ships dyes to Poland.",
     ("kaveri-chemicals", "country:pl")),
    ("Kaveri Chemicals Ltd. of Pune, India, provides Polfarma with dyes.",
     ("kaveri-chemicals", "polfarma")),
    ("Olivar Sur S.L., based in Jaen, Spain, sells olive oil to Norway.",
     ("olivar-sur", "country:no")),
])
def test_an_address_country_is_no_supplier(text, pair):
    got = [(a.rsplit(":", 1)[-1], b if b.startswith("country:") else b.rsplit(":", 1)[-1])
           for a, b in pairs(text, S)]
    assert got == [pair], got


@pytest.mark.parametrize("text, recipients", [
    # (a country with no place before it, or listed with "and", stays a party)
    ("Kaveri Chemicals Ltd. ships dyes to India, Poland and Chile.",
     {"country:in", "country:pl", "country:cl"}),
    ("Kaveri Chemicals Ltd. of Pune ships dyes to India, Poland and Chile.",
     {"country:in", "country:pl", "country:cl"}),
])
def test_a_listed_country_stays_a_recipient(text, recipients):
    assert {b for _a, b in pairs(text, S)} == recipients, pairs(text, S)


def test_a_country_after_a_body_is_the_partner():
    # (after a body, not a place, the country in commas names the member)
    text = "Latvia signed an agreement with another member of the Nordic Council, Norway, on fish."
    assert pairs(text, "SIGNED_AGREEMENT") == [("country:lv", "country:no")], pairs(
        text, "SIGNED_AGREEMENT")
