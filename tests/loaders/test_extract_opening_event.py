"""The event or venue a sentence opens with ("During VolgaExpo (May 2023) an agreement
was signed with B", "At Innoprom a memorandum was signed with B") signs nothing, though
no comma closes its phrase: the signer of the agentless signing is the one the text
spoke of before (``patterns.opening_event``)."""

import pytest
from extract_candidates import named_pairs, undirected_id_pairs

A = "SIGNED_AGREEMENT"

REPORT = ("MINISTRY OF TRADE OF THE CHUVASH REPUBLIC\n"
          "REPORT\n"
          "on the foreign relations of the Chuvash Republic in 2023\n"
          "3. Kazakhstan\n"
          "3.1. The Chuvash Republic and the Kostanay Region carried on joint work under "
          "their treaty of 2019.\n")


@pytest.mark.parametrize(("text", "pair", "event"), [
    (REPORT + "3.2. During VolgaExpo (May 2023) a trade agreement was concluded with the "
     "Pavlodar Region.",
     ("region:kz:pavlodar", "region:ru:chuvashia"), "VolgaExpo"),
    ("The Tver Region signed an agreement with the Brest Region in 2019. At Innoprom an "
     "agreement was signed with the Grodno Region.",
     ("region:by:grodno", "region:ru:tver"), "Innoprom"),
])
def test_an_opening_event_signs_nothing(text, pair, event):
    assert pair in undirected_id_pairs(text, A)
    assert not any(event in p for p in named_pairs(text, A))


def test_a_signer_after_the_opening_phrase_still_signs():
    text = "At Kazan, the Tver Region signed a memorandum with Hunan."
    assert ("region:cn:hunan", "region:ru:tver") in undirected_id_pairs(text, A)
    assert not any("Kazan" in p for p in named_pairs(text, A))
