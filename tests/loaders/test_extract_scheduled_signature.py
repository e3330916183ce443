"""A document with one partner named, "scheduled for signature" (or "planned for", "due
for signature", "planned for 2025"), in a paragraph that spoke of the writer: the
writer's planned signing with that partner. Texts written for these tests. Near-misses:
a signature still awaited, never sought, or not scheduled; a visit planned for a year
(no document)."""

from __future__ import annotations

import pytest
from extract_candidates import FRUIT_FIRM as _FIRM
from extract_candidates import FRUIT_REPORT_HEAD as _HEAD

from relgraph.loaders.extract.pipeline import extract_lines

A = "SIGNED_AGREEMENT"


def _rows(sentence: str) -> list[dict]:
    return [r for r in extract_lines((_HEAD + sentence + "\n").split("\n"), "t.txt").candidates
            if r["type"] == A]


@pytest.mark.parametrize("sentence, partner", [
    ("A joint venture agreement with Sakura Pome Foods is scheduled for signature in 2025.",
     "Sakura Pome Foods"),
    ("A licence agreement with Orchard Genetics BV is planned for signature next spring.",
     "Orchard Genetics BV"),
    ("A memorandum with Tarvo Cider Oy on juice concentrate is due for signature in March.",
     "Tarvo Cider Oy"),
])
def test_scheduled_signature_is_a_planned_signing(sentence, partner):
    rows = [r for r in _rows(sentence)
            if {r["source"]["id"], r["target"]["name"]} == {_FIRM, partner}]
    assert rows and all(r["status"] == "planned" for r in rows)


@pytest.mark.parametrize("sentence", [
    "A joint venture agreement with Sakura Pome Foods is still awaiting signature.",
    "A joint venture agreement with Sakura Pome Foods was never put forward for signature.",
    "A joint venture agreement with Sakura Pome Foods is not scheduled for signature yet.",
])
def test_signature_not_given(sentence):
    assert not _rows(sentence)


_PAGE = ("City of Kestrelby — Partner cities\n\n"
         "Kestrelby keeps close ties with towns around the Baltic.\n")


def _page_rows(sentence: str) -> list[dict]:
    rows = extract_lines((_PAGE + sentence + "\n").split("\n"), "t.txt").candidates
    return [r for r in rows if r["type"] == A]


def test_document_planned_for_a_year_is_a_planned_signing():
    rows = _page_rows("A cooperation agreement with Tallinn on digital services is planned "
                      "for 2025.")
    assert [(r["target"]["name"], r["status"]) for r in rows] == [("Tallinn", "planned")]


@pytest.mark.parametrize("sentence", [
    "A visit to Tallinn by the city's choirs is planned for 2025.",
    "A cooperation agreement with Tallinn is not planned for 2025.",
])
def test_no_document_or_not_planned(sentence):
    assert not _page_rows(sentence)
