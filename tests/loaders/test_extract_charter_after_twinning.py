"""A twinning's charter signed by the pair again as "they" ("A and B said they are to
sign a twinning agreement"), and a charter titled by a partnership's words
alone in a later clause with no signer ("..., and their partnership charter was signed
that May"): the twinning and its charter's signing. Negative cases: another party
named before the pronoun, and a later paper of a field of its own. Every text here was
written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
PAIR = ("city:ee:tartu", "city:ru:pskov")


@pytest.mark.parametrize("text", [
    "Tartu and Pskov, facing each other across the lake, told reporters that they "
    "would sign a twinning agreement before 2026.",
    "Tartu and Pskov confirmed on Monday that they intend to sign a sister-city charter "
    "next spring.",
])
def test_they_sign_the_charter_of_the_pair_named_before(text):
    assert pairs(text, T) == [PAIR]
    assert pairs(text, A) == [PAIR]


@pytest.mark.parametrize("text", [
    "Tartu and Pskov were twinned in 1996, their partnership charter being "
    "signed in the town hall that May.",
    "Tartu and Pskov became partner towns in 1996, and their cooperation agreement was "
    "signed that May.",
])
def test_a_later_charter_of_partnership_words(text):
    assert pairs(text, T) == [PAIR]
    assert pairs(text, A) == [PAIR]


@pytest.mark.parametrize("text", [
    "Tartu was twinned with Pskov in 1996, and Narva later said they will sign a "
    "memorandum on ferries.",
    "Tartu and Pskov were twinned in 1996, and the museum charter was signed that May.",
])
def test_no_charter_signing(text):
    assert PAIR not in pairs(text, A)


def test_their_later_paper_of_a_field_is_their_own_signing():
    # (no charter of the twinning, but a paper the pair signs: their signing all the
    # same, as the gold gives a later memorandum between twin towns)
    text = "Tartu and Pskov were twinned in 1996, and their transport charter was signed that May."
    assert pairs(text, T) == [PAIR]
    assert pairs(text, A) == [PAIR]
