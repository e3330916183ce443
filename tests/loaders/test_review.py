"""The review sheet and aliases files: writing, reading back, counting merges."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.graph.errors import ValidationError
from relgraph.graph.spreadsheet import row_to_spreadsheet
from relgraph.loaders.review import (
    REVIEW_COLUMNS,
    Reference,
    find_merges,
    is_qid,
    read_decisions,
)

names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=30).filter(lambda s: s.strip())
decisions = st.one_of(st.just("new"), st.from_regex(r"city:[a-z]{2}:[a-z0-9-]{1,12}",
                                                     fullmatch=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, st.sampled_from(["", "BY", "FR"]), decisions,
                          st.booleans()), max_size=8))
def test_decisions_round_trip_through_a_review_sheet(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("review") / "review.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=REVIEW_COLUMNS)
        w.writeheader()
        for name, cc, decision, filled in rows:
            # As relgraph writes it: a name that would start a formula gets a quote.
            w.writerow(row_to_spreadsheet({"name": name, "country": cc, "class": "approximate",
                                           "decision": decision if filled else ""}))
    got = [(d.name, d.country or "", d.decision) for d in read_decisions([path])]
    assert got == [(n.strip(), cc, d) for n, cc, d, filled in rows if filled]


def test_an_aliases_file_without_a_decision_column_is_refused(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("name,id\nMinsk,city:by:minsk\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_decisions([path])
    assert err.value.problems[0].line == 1


@given(st.lists(st.tuples(st.sampled_from(["Kiev", "Kyiv", "KIEV", "Minsk", "Gomel"]),
                          st.sampled_from(["UA", "BY", None]),
                          st.sampled_from(["city:ua:kyiv", "city:by:minsk"])), max_size=12))
def test_merges_count_the_names_beyond_the_first_per_node(items):
    refs = {}
    for name, cc, node in items:
        ref = Reference(name, cc, "City", "t.csv", 2, "a", id=node)
        refs.setdefault((ref.key, node), ref)
    merges = find_merges(refs.values(), lambda i: i.split(":")[1].upper())
    groups = {}
    for ref in refs.values():
        groups.setdefault(ref.id, set()).add((ref.key[0], ref.country or ref.id[5:7].upper()))
    assert merges == sum(len(g) - 1 for g in groups.values())
    assert all(bool(r.merged_with) == (len(groups[r.id]) > 1) for r in refs.values())


@pytest.mark.parametrize("text, expected", [("Q1", True), ("Q1490", True), ("Q0", False),
                                            ("Quito", False), ("q12", False)])
def test_qids(text, expected):
    assert is_qid(text) is expected
