"""A place adverb after "through" or "via" ("sends berries through here to B") is the way
the goods pass, no recipient: the "to" after it names who receives. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
INTERVIEW = "An interview with the Mayor of Tartu\n\nQ: Trade?\n\nA: {}\n"


@pytest.mark.parametrize("answer, recipient", [
    ("Ivanec Berry d.o.o. sends raspberries through here to Germany.", "country:de"),
    ("Ivanec Berry d.o.o. ships frozen fruit via here in reefers to Sweden.", "country:se"),
])
def test_through_here_is_no_recipient(answer, recipient):
    got = pairs(INTERVIEW.format(answer), S)
    assert [b for _a, b in got] == [recipient], got


@pytest.mark.parametrize("answer", [
    "Ivanec Berry d.o.o. has shipped raspberries here since 2019.",
    "Ivanec Berry d.o.o. supplies raspberries here.",
])
def test_here_alone_still_receives(answer):
    got = pairs(INTERVIEW.format(answer), S)
    assert [b for _a, b in got] == ["city:ee:tartu"], got
