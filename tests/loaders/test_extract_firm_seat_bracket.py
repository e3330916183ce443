"""A town in brackets after a firm's name ("Alpina Foods AG (Herisau)") says where the
firm is: no short name of it, so no id made from the town, though a bare name does not
reach a town that small. A bracketed word no town bears stays the firm's short name.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, rel_type, firm", [
    ("Alpina Foods AG (Herisau) bought fruit from Serbia.", "SUPPLIES_TO",
     "company:ch:alpina-foods"),
    ("Alpina Foods AG (Aarau) signed a contract with Kaunas Bread Factory.",
     "SIGNED_AGREEMENT", "company:ch:alpina-foods"),
])
def test_a_town_in_brackets_is_the_firms_seat(text, rel_type, firm):
    assert firm in {i for p in pairs(text, rel_type) for i in p}


def test_a_word_no_town_bears_is_the_firms_short_name():
    got = pairs("Kaunas Bread Factory (Duonita) supplies bread to Latvia.", "SUPPLIES_TO")
    assert [s for s, _ in got] == ["company:lt:duonita"]
