"""A firm's name that opens with initials written apart ("J. S. Baltic Timber") is one
name, not a lone letter and a name cut after it; a person's initials stay no party.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"
NEWS = "BUDAPEST, 3 May 2025 - Business news.\n\n"


@pytest.mark.parametrize("text, supplier", [
    (NEWS + "Last year J. S. Baltic Timber shipped sawn pine to Gdansk.",
     "company:hu:j-s-baltic-timber"),
    (NEWS + "The Latvian sawmill K. T. Kurzemes Koks supplies pallets to Debrecen.",
     "company:lv:k-t-kurzemes-koks"),
])
def test_spaced_initials_open_one_name(text, supplier):
    assert supplier in {a for a, _ in pairs(text, S)}


def test_a_persons_initials_are_no_party():
    text = NEWS + "Director V. I. Petrov said that the plant ships rails to Debrecen."
    assert not any(i.startswith("company:") and "petrov" in i for i in party_ids(text))
