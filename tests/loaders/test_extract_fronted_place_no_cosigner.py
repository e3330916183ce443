"""A place a fronted phrase names ("in X,", "at X,") says where a signing took place: it
is no co-signer of the list that follows it, on short texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,want", [
    ("The delegation toured Riga and Vilnius; in Riga, Valga County and the Pskov Region "
     "signed a memorandum on tourism.",
     [("region:ee:valga", "region:ru:pskov")]),
    ("At Tartu, Pskov Region and Valga County signed a protocol on tourism.",
     [("region:ee:valga", "region:ru:pskov")]),
    ("In Riga, the Pskov Region, Valga County and Tartu County signed a memorandum on "
     "tourism.",
     [("region:ee:tartu", "region:ee:valga"), ("region:ee:tartu", "region:ru:pskov"),
      ("region:ee:valga", "region:ru:pskov")]),
])
def test_a_fronted_place_is_where_the_signers_met(text, want):
    assert undirected_id_pairs(text, AGREEMENT) == want


def test_a_list_without_a_fronted_place_keeps_its_first_member():
    # no preposition before the first member: it signs with the others
    pairs = undirected_id_pairs(
        "Riga, Valga County and the Pskov Region signed a memorandum on tourism.", AGREEMENT)
    assert len(pairs) == 3
    assert any("riga" in party for pair in pairs for party in pair)


def test_a_place_said_after_the_signing_is_no_member():
    assert undirected_id_pairs(
        "Valga County and the Pskov Region signed a memorandum on tourism in Riga.",
        AGREEMENT) == [("region:ee:valga", "region:ru:pskov")]
