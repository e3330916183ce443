"""A later clause whose subject is a place named by its kind word ("..., and the state
keeps a friendship pact with C") is a clause of its own: its signer is that
reference, not the first clause's town. In a state's own interview "the state" is the
state, a side of a friendship tie (a federation's state as well as a nation may be so
called), and it keeps that reading though the text listed a town's twins before.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.coordination import own_clause

HEAD = "A conversation with the Chief Minister of Sabah\n\nQ: Which partners matter most?\nA: "
FIRST = "Kota Kinabalu is a sister city of Pontianak, and "


def pairs(text: str, rel: str) -> set[tuple[str, str]]:
    return {(c["source"]["id"], c["target"]["id"]) for c in candidates(text)
            if c["type"] == rel}


@pytest.mark.parametrize("rel,clause", [
    ("SIGNED_AGREEMENT", "the state signed a memorandum on tourism with Krabi province in 2015."),
    ("SIGNED_AGREEMENT", "the state has long had a friendship agreement with Krabi province."),
    ("TWINNED_WITH", "the state has long had a friendship agreement with Krabi province."),
])
def test_the_state_signs_its_own_clause(rel, clause):
    found = pairs(HEAD + FIRST + clause, rel)
    assert ("region:my:sabah", "region:th:krabi") in found
    assert not any(a == "city:my:kota-kinabalu" and b == "region:th:krabi" for a, b in found)


def test_a_named_subject_of_the_later_clause_stays_its_own():
    text = HEAD + FIRST + "Kota Kinabalu has a friendship agreement with Krabi."
    assert ("city:my:kota-kinabalu", "city:th:krabi") in pairs(text, "TWINNED_WITH")


@pytest.mark.parametrize("text,at,expected", [
    ("A is a twin of B, and the province has a memorandum with C.", "memorandum", 22),
    ("A is a twin of B, and the département sells seedlings to C.", "sells", 22),
    # (a noun phrase with no verb after it is no subject: one clause)
    ("A signed a memorandum with B, and the province of C joined later.", "memorandum", 0),
])
def test_own_clause_after_a_kind_word_subject(text, at, expected):
    i = text.index(at)
    assert own_clause(text, i, i + len(at))[0] == expected
