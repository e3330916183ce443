"""Sentence splitting that keeps character offsets (and so line numbers).

>>> [s.text for s in split_sentences("Minsk and Lyon are twins. V. Petrov said so.\\nNew para")]
['Minsk and Lyon are twins.', 'V. Petrov said so.', 'New para']
>>> [s.text for s in split_sentences("Trams went to Minsk. Škoda made them. Ülker did not.")]
['Trams went to Minsk.', 'Škoda made them.', 'Ülker did not.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a period does not end a sentence.
_ABBREV = {"st", "mr", "mrs", "ms", "dr", "no", "nos", "vs", "etc", "e.g", "i.e", "jr", "inc",
           "ltd", "co", "corp", "approx", "p", "pp", "vol", "art", "fig", "mt", "ft", "ch",
           "sq", "km", "thou", "mln", "bln", "min", "max", "dept", "univ", "acad", "prof",
           # (the private limited company of South Asia: "X Pvt. Ltd.")
           "pvt"}
# (a capital of any alphabet opens the next sentence: "... to Minsk. Ülker buys ...")
# A note's call may stand after the full stop: a superscript number ("in 2013.² Lida")
# or a bracketed one ("in 2007.[14] Brest", "[3, 4]", "[5-7]"); the text's folding
# (NFKC) turns a superscript after a word into a digit glued to its full stop ("Kobrin.2
# Lida", "(2013).9 Lida", "ties".4 Lida: not after a digit, "2.5 Minsk"; but after a
# year, "rejected in 2012.7 Lindau", as a year has no decimals).
_CALL = r"(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\])?"
_BOUNDARY = re.compile(r"(?:(?:(?<=[^\W\d_])|(?<=[)\]\"'”’])|(?<=(?<!\d)(?:1[89]|20)\d\d))"
                       r"[.!?]\d{1,3}"
                       r"|[.!?…]+[\"')\]]*" + _CALL + ")"
                       r"(?=\s+[\"'(\[]?[A-Z0-9\u00c0-\u024f\u0400-\u042f])"
                       r"|\n")
_NEXT_CHAR = re.compile(r"\s+[\"'(\[]?(.)")
# Pairing looks at every mention of a sentence for every trigger in it, so its time
# grows with the square of a sentence's length: a line of 14,000 characters with no full
# stop (a flattened table, a text without punctuation) took 40 s. The longest sentence
# of the monograph and of our texts is under 2,300 characters; longer runs are cut at a
# clause boundary.
MAX_SENTENCE = 2400
# Where a run is cut, best first: after a semicolon, a colon, a comma, any space.
_CUTS = (re.compile(r";\s"), re.compile(r":\s"), re.compile(r",\s"), re.compile(r"\s"))


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the first character in the document text
    end: int


def split_sentences(text: str) -> list[Sentence]:
    out = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) != "\n" and (_is_abbreviation(text, m.start()) or not _opens(text, m.end())):
            continue
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _opens(text: str, at: int) -> bool:
    """The next sentence starts with a capital or a digit ("Škoda", "Łódź"; not "é")."""
    c = _NEXT_CHAR.match(text, at).group(1)
    return c.isupper() or c.isdigit()


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"(\S+)$", text[max(0, dot - 20):dot])
    if not m:
        return False
    word = m.group(1).lstrip("\"'(")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "V. Matveev"
    if re.fullmatch(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]?", word):
        return True  # "Ya.I", "V.A"
    if word.lower().rsplit(".", 1)[-1] in _LEGAL_ENDS and _ordinary_word_next(text, dot):
        return False  # "... Eastern Food Import Co., Ltd. Butter in blocks went"
    if text.startswith(" (", dot + 1) and word.lower() in _legal_forms():
        return True   # "X S.L. (Valencia, Spain) - ...": the bracket places the firm
    return word.lower() in _ABBREV


# Legal forms that end a firm's name with a full stop, so that the stop may end the
# sentence too.
_LEGAL_ENDS = frozenset({"ltd", "inc", "corp", "co"})
_NEXT_WORD = re.compile(r"\.\s+([A-Z][a-z]+)\b")


def _legal_forms() -> frozenset:
    from relgraph.loaders.extract.names import LEGAL_FORMS

    return LEGAL_FORMS


def _ordinary_word_next(text: str, dot: int) -> bool:
    """Whether the word after the stop at ``dot`` is a dictionary word written with a
    capital ("Skimmed", "The", "In"): a new sentence, no name going on."""
    from relgraph.loaders.gazetteer.names import common_english

    nxt = _NEXT_WORD.match(text, dot)
    return nxt is not None and nxt.group(1).lower() in common_english()


def _add(out, text, start, end):
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start)
        _add_one(out, text, start, cut)
        start = cut
    _add_one(out, text, start, end)


def _cut(text: str, start: int) -> int:
    """Where a run longer than ``MAX_SENTENCE`` from ``start`` is cut: after the last
    clause boundary of its second half (a hard cut in a run without spaces)."""
    lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    for cut in _CUTS:
        ends = [m.end() for m in cut.finditer(text, lo, hi)]
        if ends:
            return ends[-1]
    return hi


def _add_one(out, text, start, end):
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    if body:
        out.append(Sentence(body, start + lead, start + lead + len(body)))
