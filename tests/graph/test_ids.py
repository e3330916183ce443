"""Slugs keep every letter of a name: accents drop, letters with no decomposition fold."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.graph.ids import node_id, slug


@pytest.mark.parametrize(("name", "expected"), [
    ("Łańcut Sp. z o.o.", "lancut-sp-z-o-o"),
    ("Azərsun Holding", "azarsun-holding"),
    ("Ørsted", "orsted"),
    ("Großglockner", "grossglockner"),
    ("Mıktarı", "miktari"),
    ("Могилёв", "mogilev"),
    ("Hrodna Voblasć", "hrodna-voblasc"),
])
def test_slug_folds_every_letter(name, expected):
    assert slug(name) == expected


_ASCII_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@given(_ASCII_WORD, st.sampled_from("łøđßæıœþəŁØĐÆŒÞƏ"), _ASCII_WORD)
def test_a_letter_without_decomposition_never_vanishes(before, letter, after):
    s = slug(before + letter + after)
    assert s.isascii() and s.startswith(before) and s.endswith(after)
    assert len(s) > len(before) + len(after)


def test_node_id_of_a_name_with_such_letters_is_stable():
    assert node_id("company", "PL", "Łańcut") == node_id("company", "pl", "Łańcut") \
        == "company:pl:lancut"
