"""A line with no full stop (a page's heading) ends where its line ends: the word that
opens the next line opens a sentence, so a common plural there ("Delegates agreed ...",
"Councillors voted ...") is no name the text writes inside a sentence, and no party.
Every text here was written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.names import names_inside_sentences


@pytest.mark.parametrize("text, word", [
    ("New partners\nDelegates agreed to sign a memorandum with Bergen.", "Delegates"),
    ("Links abroad\nMembers voted to twin the town with Kalmar.", "Members"),
])
def test_a_word_under_a_heading_line_opens_a_sentence(text, word):
    assert word not in names_inside_sentences(text)


def test_a_name_inside_a_line_is_still_one():
    assert "Progress" in names_inside_sentences("New partners\nWe buy drives from Progress.")


@pytest.mark.parametrize("text", [
    "Tartu abroad\n\nNew partnerships\n\nDelegates agreed in May to sign a memorandum of "
    "understanding with Bergen next year.\n",
    "Tartu abroad\n\nPlans\n\nCouncillors voted in June to sign a cooperation agreement with "
    "Kalmar.\n",
])
def test_a_common_plural_under_a_heading_is_no_signer(text):
    names = {p["name"] for c in candidates(text) for p in (c["source"], c["target"])}
    assert not names & {"Delegates", "Councillors"}, names
