"""The place a document was signed at ("signed by the Governor in Tambov", "concluded
in Ufa") is no signer, whatever rule would pair it (a gapped "and the roadmap with B"
took the venue for its subject). Texts written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, venue", [
    ("The action plan with the Penza Region was signed by the Governor in Kursk on 3 May "
     "2023, and the roadmap with the Grodno Region at the forum.", "kursk"),
    ("The road map with the Vitebsk Region was concluded in Orel in 2022, and the protocol "
     "with the Mogilev Region a year later.", "orel"),
])
def test_the_signing_place_signs_nothing(text, venue):
    got = pairs(text, A)
    assert not any(x.split(":")[-1] == venue for p in got for x in p), got


@pytest.mark.parametrize("text, pair", [
    ("Lipetsk and Grodno signed a memorandum in Minsk in 2019.",
     ("city:ru:lipetsk", "city:by:grodno")),
    ("The memorandum between Lipetsk and Grodno was signed in Minsk.",
     ("city:ru:lipetsk", "city:by:grodno")),
])
def test_the_signers_stay(text, pair):
    assert pairs(text, A) == [pair], pairs(text, A)
