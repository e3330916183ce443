"""A paper the twinned pair signs on the twinning's own line is their signing too
(convention K: a twinning made by a signed document is also a signing; a later paper
between twins is theirs). A paper someone else signs on that line, one never signed
and one of another pair are no signing of the twins. Rows that a lead-in says are no
twins ("Our partners are not twin towns. X has made deals with them:") are
the documents only. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

from relgraph.loaders.extract.twin_signings import twinning_signings

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
PAIR = ("city:no:trondheim", "city:se:uppsala")


@pytest.mark.parametrize("text", [
    "Trondheim has been a sister city of Uppsala since 1990; a memorandum on student "
    "housing was signed in 2019.",
    "Trondheim's twin-city ties with Uppsala were formalised in an agreement in 1996.",
    # (a programme the twins sign is their paper, if no charter of the twinning)
    "Trondheim is twinned with Uppsala, with which it signed a programme of youth "
    "exchanges.",
    "Trondheim and Uppsala have been twin towns since 1990, and last spring both mayors "
    "signed a programme of sports exchanges for 2027-2029.",
    "Uppsala's twin towns:\n- Trondheim (Norway) - partner city since 2004; the partnership "
    "agreement was signed in 2004 at the town hall.\n- Tampere (Finland) - partner city "
    "since 2006.",
])
def test_the_twins_sign_the_paper_of_their_line(text):
    assert PAIR in undirected_id_pairs(text, T)
    assert PAIR in undirected_id_pairs(text, A)


@pytest.mark.parametrize("text", [
    # (another's signers)
    "Trondheim has been a sister city of Uppsala since 1990, and the Trondheim Opera "
    "Company and the Uppsala Concert Hall Company signed a memorandum on tours in 2019.",
    # (no paper)
    "Trondheim has been a sister city of Uppsala since 1990, though no document has ever "
    "been signed between them.",
])
def test_no_signing_of_the_twins(text):
    assert PAIR not in undirected_id_pairs(text, A)


def _twin_row(quote: str) -> dict:
    return {"type": T, "source": {"id": PAIR[0], "name": "Trondheim"},
            "target": {"id": PAIR[1], "name": "Uppsala"}, "date": "1990", "status": "fact",
            "confidence": 0.7, "evidence": {"file": "t", "line": 1, "quote": quote}}


@pytest.mark.parametrize("quote, signed", [
    ("Trondheim has been a sister city of Uppsala since 1990 - the two cities signed a "
     "memorandum on buses in 2018.", True),
    # (the place named last before the paper is another: its pair's paper)
    ("Trondheim has been a sister city of Uppsala since 1990, and we work with Tampere as "
     "well - the two cities signed a memorandum on buses in 2018.", False),
    # (a body that bears a twin's name is no twin)
    ("Trondheim has been a sister city of Uppsala since 1990, and we signed a memorandum "
     "with the Uppsala Bus Company in 2018.", False),
    # (a twinning charter only meant is left to the reader of twinning documents)
    ("Trondheim intends to become a sister city of Uppsala, with a charter to be signed "
     "in autumn.", False),
    # (a body's own paper)
    ("Trondheim has been a sister city of Uppsala since 1990; the hospital agreement on "
     "nurses was signed in 2017.", False),
])
def test_whose_paper_on_a_twinning_line(quote, signed):
    assert bool(twinning_signings([_twin_row(quote)])) is signed


DENIED = ("Uppsala - international relations\n\nPartner cities\n"
          "Partner cities are not twin towns. The City of Uppsala has signed agreements "
          "with them on single fields for a fixed term:\n"
          "Trondheim, Norway - agreement on urban mobility, signed 2009\n"
          "Tampere, Finland - memorandum on school meals, signed 2012\n"
          "Kiel, Germany - cooperation programme on culture and flood defence, signed 2019\n")
KIEL = ("city:de:kiel", "city:se:uppsala")


def test_rows_said_to_be_no_twins_are_signings_only():
    assert PAIR in undirected_id_pairs(DENIED, A)
    assert PAIR not in undirected_id_pairs(DENIED, T)
    assert KIEL in undirected_id_pairs(DENIED, A)
    assert KIEL not in undirected_id_pairs(DENIED, T)
