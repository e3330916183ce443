"""A relative clause on a firm's partner whose subject is "it" or "the company": "A buys
its engines from B, with which it signed a supply contract in 2024" is A's signing with
B (the clause was read with no signer, and the signing was lost beside the supply).
Sentences written for these tests."""

import pytest
from extract_candidates import candidates

A = "SIGNED_AGREEMENT"


def pairs(text: str, rel: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((r["source"]["name"], r["target"]["name"])))
                  for r in candidates(text) if r["type"] == rel)


@pytest.mark.parametrize("text,pair", [
    ("Gomselmash buys its engines from Minsk Motor Works, with which it signed a supply"
     " contract in 2024.", ("Gomselmash", "Minsk Motor Works")),
    ("Belshina works with Kamaz, with which the plant signed a five-year contract in 2023.",
     ("Belshina", "Kamaz")),
    ("Amkodor has a partner in Kazakhstan, the firm Allur, with which the holding concluded a"
     " service agreement in 2019.", ("Allur", "Amkodor")),
])
def test_a_pronoun_subject_of_a_relative_clause_is_the_sentences_firm(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    # the relative clause states no signing
    "Belshina works with Kamaz, with which it has cooperated since 2003.",
    "Gomselmash buys its engines from Minsk Motor Works, with which it shares a test track.",
    # no named firm opens the sentence for "it" to stand for
    "The tyres go to Kamaz, with which it signed a contract in 2023.",
    "In 2020, after long talks, the buses went to Kamaz, with which it signed a contract.",
])
def test_no_signing_or_no_subject_gives_no_agreement(text):
    assert pairs(text, A) == []
