"""Spreadsheet-safe CSV cells: no text starts a formula, and relgraph reads back
exactly what it wrote."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from relgraph.graph.spreadsheet import FORMULA_START, from_spreadsheet, to_spreadsheet

texts = st.one_of(st.text(max_size=30),
                  st.text(alphabet="'=+-@\t\rab ", max_size=8))


@given(texts)
def test_no_cell_starts_a_formula(text):
    assert not to_spreadsheet(text).startswith(tuple(FORMULA_START))


@given(texts)
def test_round_trip(text):
    assert from_spreadsheet(to_spreadsheet(text)) == text


@given(st.text(max_size=30).filter(lambda t: not t.lstrip("'").startswith(tuple(FORMULA_START))))
def test_harmless_texts_are_left_alone(text):
    assert to_spreadsheet(text) == text == from_spreadsheet(text)


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.none(), st.booleans()))
def test_values_that_are_not_text_are_left_alone(value):
    assert to_spreadsheet(value) is value
