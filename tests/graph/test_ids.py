"""Slugs keep every letter of a name: accents drop, letters with no decomposition fold."""

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.graph.ids import node_id, slug
from relgraph.loaders.refs import ID_RE


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


# -- every Latin letter a gazetteer's names use -----------------------------------------
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LATIN_LETTERS = [chr(c) for start, stop in ((0x00C0, 0x0250), (0x1E00, 0x1F00))
                  for c in range(start, stop) if unicodedata.category(chr(c)).startswith("L")]


@pytest.mark.parametrize(("name", "expected"), [
    ("Ísafjörður", "isafjordur"),          # eth, as English writes Icelandic names
    ("SAUÐÁRKRÓKUR", "saudarkrokur"),      # upper-case eth
    ("ÞINGVELLIR", "thingvellir"),
    ("Kakaʻako", "kakaako"),               # ʻokina: no break inside the word
    ("Raʼs al Khaymah", "ras-al-khaymah"),
    ("Oʻzbekiston", "ozbekiston"),
    ("Paral·lel", "parallel"),             # Catalan l·l
    ("Paraŀlel", "parallel"),
    ("Kĸerssuaĸ", "kqerssuaq"),            # Greenlandic kra, now written q
    ("ŉ Dorp", "n-dorp"),
    ("Ǝgbǝ", "egbe"),                      # turned e
    ("Ɓamaŧ", "bamat"),                    # letters with hook or stroke: the base letter
    ("Ħamrun", "hamrun"),
    ("ǃXóõ", "xoo"),                       # clicks drop, as in English spelling
])
def test_slug_spells_letters_without_decomposition(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize("letter", _LATIN_LETTERS)
def test_no_latin_letter_breaks_a_word(letter):
    """Every letter of Latin-1, Latin Extended-A and -B and Latin Extended Additional
    (what place names are written in) stays inside its word: it has a Latin rendering."""
    assert "-" not in slug(f"ab{letter}cd"), letter


@given(st.text(alphabet=st.sampled_from(
    _LATIN_LETTERS + list("abcxyz019 -'’.,()&") + ["ʻ", "ʼ", "·", "ĸ", "Ф", "ё", "城"]),
    min_size=1, max_size=24))
def test_every_slug_fits_the_id_pattern(text):
    assert _ID.fullmatch(slug(text)), slug(text)
    assert ID_RE.match(node_id("city", "is", text))
