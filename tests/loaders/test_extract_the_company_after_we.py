""""The company" in a firm's own report is that firm, except in a sentence where the
firm has already spoken of itself as "we" and named one other firm before it: "we
agreed terms with X and will supply the company with ..." means X. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

HEAD = "Dalat Macadamia JSC\nAnnual Report 2022\n\n2. Customers\n"


@pytest.mark.parametrize("sentence", [
    "For 2023 we have agreed terms with Busan Snack Foods Co and will ship to the company "
    "400 tonnes of kernels.",
    "We met Busan Snack Foods Co in Seoul, and the company buys 400 tonnes of our kernels "
    "a year.",
])
def test_the_company_after_we_and_a_partner_is_the_partner(sentence):
    got = pairs(HEAD + sentence + "\n", "SUPPLIES_TO")
    assert not any(b.startswith("company:") and "dalat" in b for _a, b in got), got
    assert not any(a.startswith("company:") and "busan" in a and "dalat" in b
                   for a, b in got), got


@pytest.mark.parametrize("sentence, buyer", [
    # no "we" before it: the report's own firm, as before
    ("Busan Snack Foods Co was a new buyer in 2022, and the company sold it 400 tonnes "
     "of kernels.", "busan"),
])
def test_the_company_without_we_stays_the_reporting_firm(sentence, buyer):
    got = pairs(HEAD + sentence + "\n", "SUPPLIES_TO")
    assert any("dalat" in a and buyer in b for a, b in got), got


def test_a_partner_named_before_we_leaves_the_company_to_the_clause_of_we():
    text = (HEAD + "Roasting drums come from Kessel Anlagenbau GmbH of Bremen, under a "
            "contract we extended with the company in May 2022.\n")
    got = pairs(text, "SIGNED_AGREEMENT")
    assert any("kessel" in a + b and "dalat" in a + b for a, b in got), got
