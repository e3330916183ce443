"""Twin towns that agree on a document of their own, on sentences written for these
tests: "A and B, twin cities since 1993, agreed on a road map on ferries" gives the
twinning and a signing, as "..., signed a memorandum" did. Negative cases: a twinning
charter agreed on (the twinning alone) and "agreed on" something that is no document."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("Gdansk and Kaliningrad, twin cities since 1993, agreed on a road map on ferries and"
     " tourism.", ("city:pl:gdansk", "city:ru:kaliningrad")),
    ("Grodno and Bialystok, partner towns since 2001, have agreed upon a programme of joint"
     " museum events.", ("city:by:grodno", "city:pl:bialystok")),
])
def test_twin_towns_agreeing_on_a_document_sign_it(text, pair):
    assert pairs(text, T) == [pair]
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    "Gdansk and Kaliningrad, twin cities since 1993, agreed on a twinning charter.",
    "Gdansk and Kaliningrad, twin cities since 1993, agreed on closer ties.",
])
def test_no_signing_for_a_twinning_charter_or_no_document(text):
    assert pairs(text, T) == [("city:pl:gdansk", "city:ru:kaliningrad")]
    assert pairs(text, A) == []
