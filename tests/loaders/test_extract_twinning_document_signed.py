"""A twinning a signed document makes is also that document's signing (convention K: a
Document is a signed paper, SIGNED_AGREEMENT a party's signature of one): the signing
between the twinning's own sides, with the document's kind, its date as read and its
status, however the text says the document was made (signed, concluded, held, to be
signed; in a list, in a later clause or in the next sentence). A twinning stated without
a document, a document only mentioned, and a document of another pair give no signing.
Every text here was written for these tests."""

import pytest
from extract_candidates import candidates

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
TARNOW_KOVEL = ("city:pl:tarnow", "city:ua:kovel")


def rows(text: str, rel: str) -> list[tuple]:
    """(sorted pair, date, status, document kind) of each candidate of ``rel``."""
    return sorted((tuple(sorted((r["source"]["id"], r["target"]["id"]))), r["date"],
                   r["status"], (r["document"] or {}).get("kind"))
                  for r in candidates(text) if r["type"] == rel)


@pytest.mark.parametrize("text,pair,date,kind", [
    ("In 2003 Tarnow and Rivne signed a sister-city charter.",
     ("city:pl:tarnow", "city:ua:rivne"), "2003", "agreement"),
    ("Lutsk concluded a treaty on fraternal ties with Lublin in 1999.",
     ("city:pl:lublin", "city:ua:lutsk"), "1999", "treaty"),
    ("Tarnow and Kovel have had a twinning charter since 1994.", TARNOW_KOVEL, "1994",
     "agreement"),
])
def test_a_signed_twinning_document_is_the_twinning_and_its_signing(text, pair, date, kind):
    assert [r[0] for r in rows(text, T)] == [pair]
    assert rows(text, A) == [(pair, date, "fact", kind)]


@pytest.mark.parametrize("text", [
    # a document in force that joins the pair
    "Tarnow and Kovel are linked by a rail line and, since 1997, by a twinning agreement.",
    "Twinning charters link Tarnow with Kovel.",
])
def test_a_twinning_document_that_joins_the_pair_was_signed(text):
    assert [r[0] for r in rows(text, A)] == [TARNOW_KOVEL]


def test_each_pair_of_a_list_signs_its_own_charter():
    text = "Rivne and Lutsk signed twinning protocols with Tarnow and Lublin respectively."
    want = [("city:pl:lublin", "city:ua:lutsk"), ("city:pl:tarnow", "city:ua:rivne")]
    assert [r[0] for r in rows(text, T)] == want
    assert [(r[0], r[3]) for r in rows(text, A)] == [(p, "protocol") for p in want]


@pytest.mark.parametrize("text", [
    "Tarnow and Kovel intend to sign a twinning agreement next year.",
    # the document in a later clause that names no signer of its own
    "Tarnow and Kovel agreed to become twin towns; the charter is to be signed in June.",
])
def test_a_twinning_document_meant_is_a_planned_signing(text):
    assert [(r[0], r[2]) for r in rows(text, A)] == [(TARNOW_KOVEL, "planned")]


@pytest.mark.parametrize("text", [
    "Tarnow has been twinned with Kovel since 1994. The twinning charter was signed in"
    " Kovel's town hall.",
    "Tarnow and Kovel became twin towns in 1994. The agreement was signed by the two mayors.",
])
def test_the_next_sentence_signs_the_charter_of_the_twinning_before(text):
    assert [r[0] for r in rows(text, A)] == [TARNOW_KOVEL]


@pytest.mark.parametrize("text", [
    # a twinning with no document
    "Tarnow has been twinned with Kovel since 1994.",
    "Tarnow and Kovel established twinning ties in 1994.",
    # a twinning document only mentioned, or never signed
    "Under their twinning agreement, pupils from Tarnow and Kovel spend a week in each"
    " other's schools.",
    "Tarnow and Kovel never signed a twinning agreement.",
    # a charter of another kind in the next sentence
    "Tarnow has been twinned with Kovel since 1994. The charter of the city was adopted in"
    " 1991.",
])
def test_no_signing_without_a_signed_twinning_document(text):
    assert rows(text, A) == []


@pytest.mark.parametrize("text,signed", [
    # the charter of the clause's own signers, not of a twinning set off beside them
    ("Rivne and Lutsk signed a twinning charter, and Tarnow, twinned with Kovel since 1994,"
     " hosted the ceremony.", [("city:ua:lutsk", "city:ua:rivne")]),
    # a charter with another partner than the twinning set off before it
    ("Tarnow, twinned with Kovel since 1990, signed a twinning agreement with Rivne in 2012.",
     []),
])
def test_a_charter_is_no_signing_of_another_pairs_twinning(text, signed):
    assert [r[0] for r in rows(text, A)] == signed
