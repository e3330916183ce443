"""The private limited company of South Asia, "X Pvt. Ltd." (or "Pvt Ltd"), is a legal
form: its full stop ends no sentence, it leaves the firm's id, and it says the firm is of
India, Pakistan, Bangladesh, Sri Lanka or Nepal, whichever the text names. Texts written
for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier", [
    ("Kaveri Chemicals Pvt. Ltd. ships dyes to Poland.", "company:in:kaveri-chemicals"),
    ("Kaveri Chemicals Pvt Ltd ships dyes to Poland.", "company:in:kaveri-chemicals"),
    ("Lahore is a city of Pakistan. Ravi Textiles Pvt. Ltd. ships towels to Poland.",
     "company:pk:ravi-textiles"),
])
def test_a_private_limited_firm(text, supplier):
    assert [a for a, _b in pairs(text, S)] == [supplier], pairs(text, S)


def test_the_form_before_a_new_sentence_still_ends_it():
    text = "The buyer is Kaveri Chemicals Pvt. Ltd. In 2020 Polfarma shipped dyes to Chile."
    assert pairs(text, S) == [("company:xx:polfarma", "country:cl")], pairs(text, S)
