""""The city" right after a sentence that opens with a town's possessive ("Lyon's
Balkan ties are old. The city ...") is that town, not the last town named before it.
Texts written for these tests."""

import pytest
from extract_candidates import pairs

LEAD = ("Lyon and the Adriatic\n\n"
        "A Lyon shipping firm moved 9,000 containers to Durrës last year.\n")


@pytest.mark.parametrize("opener", [
    "Lyon's Balkan ties are not new.",
    "Lyon's Adriatic friendships go back decades.",
    "Lyon’s Dalmatian links are old.",
])
def test_the_city_after_a_possessive_opener_is_that_town(opener):
    text = LEAD + opener + " The city has counted Rijeka among its sister cities since 1988.\n"
    got = pairs(text, "TWINNED_WITH")
    assert any("lyon" in a + b and "rijeka" in a + b for a, b in got), got
    assert not any("durres" in a + b for a, b in got), got


@pytest.mark.parametrize("opener", [
    # no town opens the sentence: the nearer rules decide, as before
    "Monday's visit was short.",
])
def test_no_town_opener_changes_nothing(opener):
    text = LEAD + opener + " The city has counted Rijeka among its sister cities since 1988.\n"
    got = pairs(text, "TWINNED_WITH")
    assert not any("lyon" in a + b and "rijeka" in a + b for a, b in got), got
