"""Sentence splitting: offsets kept, and runs too long to pair in bounded time cut at a
clause boundary without losing what their clauses state."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.loaders.extract.firm_references import people
from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.sentences import MAX_SENTENCE, split_sentences

_TEXT = st.lists(st.sampled_from(list("ab AB.;:,\n") + ["Minsk", "twinned ", "x" * 700]),
                 max_size=400).map("".join)


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_sentences_are_slices_of_the_text_in_order_and_bounded(text):
    out = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in out)
    assert all(len(s.text) <= MAX_SENTENCE for s in out)
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))
    # nothing but white space is dropped between them
    assert "".join(s.text for s in out).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")


def test_a_long_run_is_cut_after_a_semicolon_before_a_comma():
    clause = "the delegation of the region visited schools, farms and plants"
    text = "; ".join([clause] * 80) + "."
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(p.text.endswith(";") for p in pieces[:-1])


def test_a_run_without_spaces_is_cut_hard():
    assert [len(s.text) for s in split_sentences("x" * (2 * MAX_SENTENCE + 5))] == [
        MAX_SENTENCE, MAX_SENTENCE, 5]


def test_every_twinning_of_a_list_longer_than_the_limit_is_found():
    cities = ["Minsk", "Lyon", "Gomel", "Bryansk", "Vitebsk", "Nancy", "Grodno", "Lublin",
              "Mogilev", "Kaluga", "Pinsk", "Orsha", "Smolensk", "Tula", "Riga", "Vilnius"]
    pairs = list(itertools.combinations(cities, 2))[:110]
    line = "Many ties date from those years: " + "; ".join(
        f"in {1900 + i} {a} was twinned with {b}" for i, (a, b) in enumerate(pairs)) + "."
    assert len(line) > 1.5 * MAX_SENTENCE
    found = {frozenset((c["source"]["name"], c["target"]["name"]))
             for c in extract_lines([line], "list.txt").candidates
             if c["type"] == "TWINNED_WITH"}
    assert [p for p in pairs if frozenset(p) not in found] == []


def test_a_long_firm_name_before_a_title_still_names_the_speakers_firm():
    text = "Minsk Automobile Plant of the Republic of Belarus director Ivan Petrov spoke."
    assert [(s, f) for _o, s, f, _a in people(text)] == [
        ("Petrov", "Minsk Automobile Plant of the Republic of Belarus")]
