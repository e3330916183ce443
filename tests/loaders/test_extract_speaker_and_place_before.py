"""A sentence that opens on the speaker's "we" in a tie ("We have been sister towns since
1961") after a sentence naming one town or region abroad: the place the text speaks for
(an interview's guest's) and that one. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"

INTERVIEW = """"Friends across the sea"
An interview with the Mayor of Opole

Q: Which partner is the oldest?
A: {answer}"""


@pytest.mark.parametrize("answer", [
    "The oldest is Grasse in France. We have been sister cities since 1998.",
    "Our first partner was Grasse. We became twin towns in 1998, and in 2018 we signed a "
    "renewed charter.",
])
def test_we_and_the_town_named_before(answer):
    text = INTERVIEW.format(answer=answer)
    assert ("city:fr:grasse", "city:pl:opole") in undirected_id_pairs(text, T)


def test_a_document_we_sign_in_that_sentence_is_with_it():
    text = INTERVIEW.format(answer="Our first partner was Grasse. We became twin towns in "
                                   "1998, and in 2018 we signed a renewed charter.")
    assert ("city:fr:grasse", "city:pl:opole") in undirected_id_pairs(text, A)


@pytest.mark.parametrize("answer", [
    # (two towns named before: either may be meant)
    "The oldest are Grasse and Mulhouse in France. We have been sister cities since 1998.",
    # (a denial)
    "People mention Grasse in France. We have never been sister cities.",
    # (the sentence names a partner of its own)
    "The oldest is Grasse in France. We have been sister cities with Mulhouse since 1998.",
])
def test_no_pair_when_the_partner_is_not_plain(answer):
    text = INTERVIEW.format(answer=answer)
    assert ("city:fr:grasse", "city:pl:opole") not in undirected_id_pairs(text, T)
