"""A phrase of signing without a subject of its own ("By signing an agreement ..., A
and B ...", "A and B, having signed a roadmap ...") in long sentences of a monograph:
its signers are the main clause's subject, and the intention words of a clause about
the document ("which was to open the market") are no intention to sign. Written for
these tests; the negatives must give no agreement."""

import pytest
from extract_candidates import candidates

AGREEMENT = "SIGNED_AGREEMENT"


def agreements(text: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in candidates(text)
                  if r["type"] == AGREEMENT)


@pytest.mark.parametrize("text,want", [
    ("By signing in 2015 an agreement on the joint production of trucks, which was to open "
     "the Indian market to Belarusian machinery, Belarus and India laid the foundation for "
     "industrial cooperation.", [("country:by", "country:in")]),
    ("Signing the roadmap for 2021-2025, which aims at raising trade to USD 2 billion, "
     "Belarus and Vietnam opened a new stage of cooperation.", [("country:by", "country:vn")]),
    ("After concluding in 2014 an agreement on pharmaceuticals, which envisaged the future "
     "production of vaccines, Cuba and Belarus founded a joint venture near Havana.",
     [("country:by", "country:cu")]),
])
def test_the_main_clause_subject_signed(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text", [
    # a sum after "to" is no side the recogniser missed
    "Belarus and Vietnam, having signed a roadmap on trade in 2019 that aims to raise "
    "turnover to USD 1 billion by 2025, are now among the closest partners in Asia.",
    "Mongolia and Belarus, having concluded a programme of cooperation in 2016 meant to bring "
    "trade to USD 100 million, now meet every year.",
])
def test_a_sum_is_no_open_side(text):
    assert len(agreements(text)) == 1


@pytest.mark.parametrize("text", [
    # a main clause of what is possible or hoped for signs nothing yet
    "By signing an agreement on trucks, Belarus and India could open new markets for their "
    "machinery.",
    "By signing the roadmap, which is to be approved next year, Belarus and Oman hope to "
    "raise trade.",
    "Only by signing a treaty on free trade would Belarus and Egypt remove the duties on "
    "tractors.",
    # refused, not signed
    "Having refused to sign the draft treaty on free trade, Belarus and Moldova returned to "
    "talks.",
])
def test_no_signing_yet(text):
    assert agreements(text) == []
