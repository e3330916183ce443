"""A route named by the countries it runs through ("the Kazakhstan-Turkmenistan-Iran
(KTI) railway", "the Uzbekistan-Kyrgyzstan-China gas pipeline") is no firm, though an
acronym follows it; what it is built to carry goes from the first country. A chain of
countries before anything else ("Kazakhstan-China trade") is left as it was. Every text
here was written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, pairs_wanted", [
    ("The Kazakhstan-Turkmenistan-Iran (KTI) railway supplies Kazakh grain to Turkmenistan "
     "and Iran.",
     {("country:kz", "country:tm"), ("country:kz", "country:ir")}),
    ("The Uzbekistan-Kyrgyzstan-China (UKC) gas pipeline, which is meant to supply gas to "
     "Kyrgyzstan and China, is being built.",
     {("country:uz", "country:kg"), ("country:uz", "country:cn")}),
])
def test_a_route_of_countries_carries_from_the_first(text, pairs_wanted):
    got = set(pairs(text, S))
    assert pairs_wanted <= got, got
    assert not any(a.startswith("company:") for a, _ in got), got


def test_a_chain_of_countries_before_no_route_noun_is_no_country():
    text = ("Kazakhstan-China trade grew by a fifth, and the KazChina Trade House supplied "
            "wool to Urumqi.")
    assert "country:kz" not in {a for a, _ in pairs(text, S)}, party_ids(text)
