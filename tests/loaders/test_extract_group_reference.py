"""A group named by its count or kind ("the two municipalities", "both firms", "the
three partners", "the two German states ... and X") points back at the parties named
together before it (``loaders/extract/group_reference.py``). The count must agree and
the kind word must fit; otherwise nothing is paired. Texts written for these tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.group_reference import group_phrases
from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text: str) -> list[dict]:
    return extract_lines(text.split("\n"), "t.txt").candidates


def _has(rows: list[dict], rel: str, a: str, b: str) -> bool:
    return any(r["type"] == rel and ((r["source"]["id"], r["target"]["id"]) == (a, b) or
                                     rel != "SUPPLIES_TO" and
                                     (r["source"]["id"], r["target"]["id"]) == (b, a))
               for r in rows)


@pytest.mark.parametrize("text, rel, pairs", [
    # the pair a relation joined in the sentence before
    ("Tampere and Linköping signed a cultural agreement in 2001. It extends a twin-town "
     "friendship that the two municipalities started in 1995.", "TWINNED_WITH",
     [("city:fi:tampere", "city:se:linkoping")]),
    # the subjects of the sentences before, one firm each, receive
    ("Holmfors Papper AB ships paper to Japan. Nordvik Massa AB sells pulp to Germany. "
     "Kemira Oyj supplies both firms with bleaching chemicals.", "SUPPLIES_TO",
     [("company:fi:kemira", "company:lt:holmfors-papper"),
      ("company:fi:kemira", "company:lt:nordvik-massa")]),
    # a group of a country's kind, and a party joined to it: each pair of the three
    ("Bavaria and Saxony opened a joint office in Prague in 2015. The office was later "
     "moved to Brno. Next year the two German states and Lower Austria are due to sign a "
     "protocol on rail freight.", "SIGNED_AGREEMENT",
     [("region:de:bavaria", "region:at:lower-austria"),
      ("region:de:saxony", "region:at:lower-austria"),
      ("region:de:bavaria", "region:de:saxony")]),
    # three partners named in one sentence
    ("Tyrol signed a convention with Lombardy and with Bavaria in 2011. Since then the three "
     "partners have signed a joint programme for 2021-2027 in Innsbruck.", "SIGNED_AGREEMENT",
     [("region:at:tyrol", "region:it:lombardy"), ("region:at:tyrol", "region:de:bavaria"),
      ("region:it:lombardy", "region:de:bavaria")]),
    # a bare "the two" after the pair its own sentence names
    ("Kone Oyj sells elevators to Hyundai Elevator Co., Ltd., and the two signed a service "
     "agreement in Seoul.", "SIGNED_AGREEMENT",
     [("company:fi:kone", "company:kr:hyundai-elevator-co-ltd")]),
])
def test_group_means_the_parties_named_before(text, rel, pairs):
    rows = _rows(text)
    for a, b in pairs:
        assert _has(rows, rel, a, b), (a, b, rows)


@pytest.mark.parametrize("text", [
    # three named, "the two" counted: no group
    "Tampere, Uppsala and Linköping signed a cultural agreement in 2001. Since 1995 the two "
    "municipalities are also sister towns.",
    # firms named, "the two cities" said: the kind does not fit
    "Nokia and Ericsson signed a patent agreement in 2011. The two cities have been twinned "
    "since 1990.",
    # only one German state named before: "the two German states" finds none
    "Bavaria and Tyrol opened a joint office in Prague in 2015. Next year the two German "
    "states and Lower Austria are due to sign a protocol on rail freight.",
    # "on both sides": a place, no party
    "Tampere and Linköping signed a transport agreement in 2001. Kemira Oyj sells chemicals "
    "on both sides.",
    # "both of them" after more parties of a kind than two
    "Volvo Cars sells engines to Geely in Hangzhou, Scania ships axles to MAN in Munich, "
    "and the Gothenburg firm SKF delivers bearings to both of them.",
])
def test_no_group_when_count_or_kind_does_not_fit(text):
    assert not [r for r in _rows(text) if r["rule"].startswith("group reference")]


@pytest.mark.parametrize("text, found", [
    ("Later the two Atlantic regions and both firms met.",
     ["the two Atlantic regions", "both firms"]),
    ("The three partners signed; the pair met; all three of them agreed.",
     ["The three partners", "the pair", "all three of them"]),
    ("Both on rivers, the towns share a festival.", []),
])
def test_group_phrases(text, found):
    assert [g.group(0) for g in group_phrases(text)] == found
