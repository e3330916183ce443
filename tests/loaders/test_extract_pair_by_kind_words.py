"""Two places just named, pointed back at each by its own kind word ("the county and the
region", "the oblast and the voivodeship") before "they" sign again: that pair.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

A = "SIGNED_AGREEMENT"


def lines_of(text: str, pair: set[str]) -> set[int]:
    return {c["evidence"]["line"] for c in candidates(text) if c["type"] == A
            and {c["source"]["id"], c["target"]["id"]} == pair}


@pytest.mark.parametrize("text,pair", [
    ("Alytus County and the Grodno Region signed an agreement in May.\nThe county and the"
     " region announced that they would also sign a road map in the autumn.",
     {"region:lt:alytus", "region:by:grodno"}),
    ("The Brest Region and the Podlaskie Voivodeship signed an agreement in May.\nThe"
     " oblast and the voivodeship said they would sign a protocol on tourism next year.",
     {"region:by:brest", "region:pl:podlaskie"}),
])
def test_a_pair_named_by_its_kind_words_signs_again(text, pair):
    assert lines_of(text, pair) == {1, 2}


@pytest.mark.parametrize("text,pair", [
    # no signing of the pair's own
    ("Alytus County and the Grodno Region signed an agreement in May.\nThe county and the"
     " region differ in size.", {"region:lt:alytus", "region:by:grodno"}),
    # "of": the kind words describe something else's parts
    ("Alytus County and the Grodno Region signed an agreement in May.\nThe city and the"
     " region of Kaunas signed a protocol in June.", {"region:lt:alytus", "region:by:grodno"}),
])
def test_kind_words_without_their_own_signing_name_no_pair(text, pair):
    assert lines_of(text, pair) == {1}
