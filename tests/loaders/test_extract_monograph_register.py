"""Monograph habits of writing: a forum's venue before a list of signed documents,
"respectively" between named firms and buyers, a town's descriptor plant that is no
known firm. Short texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"])
                  for c in extract_lines(text.splitlines(), "mono.txt").candidates
                  if c["type"] == rel_type)


# -- the venue of a forum signs nothing ---------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("The first forum of the regions was held in Tashkent in 2018, at which more than "
     "seventy documents were signed by the regions of the two countries. Among them were "
     "the agreements between the Samarkand Region and the Sverdlovsk Region and between "
     "the Bukhara Region and the Orenburg Region.",
     [("region:uz:bukhara", "region:ru:orenburg"), ("region:uz:samarkand", "region:ru:sverdlovsk")]),
    ("The session of the Forum was organised in Mogilev in 2019, and several regions of "
     "the two countries signed documents at it. Among them were the memoranda between the "
     "Vitebsk Region and the Pskov Region, and between the Minsk Region and the Tula Region.",
     [("region:by:minsk", "region:ru:tula"), ("region:by:vitebsk", "region:ru:pskov")]),
])
def test_a_forum_venue_is_no_signer_of_the_listed_agreements(text, pairs):
    assert {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")} == \
        {frozenset(p) for p in pairs}


def test_a_named_signer_still_opens_the_list_beside_a_venue():
    text = ("At the forum held in Minsk, the Grodno Region signed agreements with several "
            "Russian regions. Among them were the Smolensk Region and the Bryansk Region.")
    got = {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")}
    assert got == {frozenset(("region:by:grodno", "region:ru:smolensk")),
                   frozenset(("region:by:grodno", "region:ru:bryansk"))}
