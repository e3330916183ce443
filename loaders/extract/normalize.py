"""Text normalisation for documents extracted from PDF.

PDF text comes with artefacts that break pattern matching: replacement characters
where a glyph had no Unicode mapping, non-breaking and zero-width spaces, soft hyphens,
ligatures, words hyphenated across lines, and footnote numbers glued to words
(``regions3.``, ``28And``). The functions here repair a single line or a paragraph
without ever raising, so they are safe on any input.

>>> clean_line("Minsk\\u00a0and  Lyon\\ufffd ")
'Minsk and Lyon'
>>> dehyphenate("infor-", "mation is", vocabulary={"information"})
('information', 'is')
"""

from __future__ import annotations

import re
import unicodedata

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.gazetteer.names import common_english

# Characters dropped outright: replacement char, soft hyphen, zero-width marks, BOM.
_DROP = dict.fromkeys(map(ord, "\ufffd\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Characters mapped to a plain space or ASCII punctuation.
_MAP = {
    **dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                             "\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"), " "),
    ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"',
    ord("\u201e"): '"', ord("\u00ab"): '"', ord("\u00bb"): '"', ord("\u2212"): "-",
}
_SPACES = re.compile(r" {2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_line(text: str) -> str:
    """One line with PDF debris removed and spaces collapsed (never raises).

    Ligatures and full-width forms are folded (NFKC) so ``ﬁ`` matches ``fi``.

    >>> clean_line("  of\\ufb01cial   text\\u00ad ")
    'official text'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFKC", text.translate(_DROP)).translate(_MAP)
    text = _CONTROL.sub(" ", text.translate(_DROP))
    return _SPACES.sub(" ", text).strip()


_HYPHEN_END = re.compile(r"([A-Za-z\u00c0-\u024f\u0400-\u04ff]+)-$")
_WORD_START = re.compile(r"^([a-z\u00df-\u024f\u0430-\u04ff]+)")


def dehyphenate(left: str, right: str, vocabulary: set[str] | frozenset = frozenset()
                ) -> tuple[str, str]:
    """Rejoin a word split across a line break when the text suggests it was split.

    ``left`` ends a line, ``right`` starts the next. The hyphen is dropped only when
    the joined word occurs elsewhere in the document (``vocabulary``, lower case) and
    the hyphenated form does not; English keeps many real compounds at line ends
    (``cross-border``, ``socio-economic``), so keeping the hyphen is the safe default.
    Returns the new (left, right).

    >>> dehyphenate("cross-", "border ties", vocabulary={"border"})
    ('cross-border', 'ties')
    >>> dehyphenate("Rostov-", "on-Don", vocabulary=set())
    ('Rostov-on-Don', '')
    """
    m = _HYPHEN_END.search(left)
    w = _WORD_START.match(right) if m else None
    if not m or not w:
        return left, right
    tail = w.group(1)
    if should_drop_hyphen(m.group(1), tail, vocabulary):
        word = left[:-1] + tail
    else:
        word = left + tail
    rest = right[w.end():]
    # Punctuation glued to the moved fragment stays with it ("infor-" "mation, and").
    glued = re.match(r"^\S*", rest).group(0)
    return word + glued, rest[len(glued):].lstrip()


def should_drop_hyphen(head: str, tail: str, vocabulary) -> bool:
    """True when ``head-`` + ``tail`` is a word split by hyphenation, not a compound:
    the joined word is attested in the text, or a name is split before a lower-case tail
    that is no English word ("Nizhny Nov-" "gorod", "Sino-" "truk"; not "Minsk-"
    "based", "Rostov-" "on-Don").

    >>> should_drop_hyphen("Nov", "gorod", set()), should_drop_hyphen("Jinan", "based", set())
    (True, False)
    """
    joined = (head + tail).lower()
    if f"{head}-{tail}".lower() in vocabulary:
        return False
    # (or a word of the dictionary the text happens to use only once, split: "Admin-"
    # "istration", "re-" "gions"; a compound's joined form is rarely one: "cross-border")
    return joined in vocabulary or _split_name(head, tail) or \
        joined in common_english() or _split_country(head, joined)


def _split_country(head: str, joined: str) -> bool:
    """A country's name or demonym split where its tail is an English word of its own
    ("Switzer-" "land", "Ger-" "man", "Nether-" "lands"): no compound of a capitalised
    fragment and "land" or "man" is meant; the whole word is.

    >>> _split_country("Switzer", "switzerland"), _split_country("Ger", "german")
    (True, True)
    >>> _split_country("Sino", "sinoland"), _split_country("post", "postman")
    (False, False)
    """
    return head[:1].isupper() and (joined in COUNTRY_BY_NAME or joined in DEMONYMS)


def _split_name(head: str, tail: str) -> bool:
    return head[:1].isupper() and tail.islower() and len(tail) >= 3 and \
        tail not in common_english()


def clean_text(text: str) -> str:
    """A whole passage normalised into single-spaced prose (never raises).

    Lines are cleaned, words hyphenated across line breaks are rejoined when the
    passage itself attests the joined form, and line breaks become spaces.
    Blank lines (paragraph breaks) are kept as one blank line, so cleaning twice
    changes nothing.

    >>> clean_text("The infor-\\nmation reached\\u00a0the\\nregions.  More information.")
    'The information reached the regions. More information.'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    vocab = vocabulary(text)
    out = []
    for para in paragraphs:
        lines = [clean_line(line) for line in para.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        joined = lines[0]
        for line in lines[1:]:
            if joined.endswith("-"):
                joined, rest = dehyphenate(joined, line, vocab)
                joined = (joined + " " + rest).strip() if rest else joined
            else:
                joined = joined + " " + line
        out.append(_SPACES.sub(" ", joined).strip())
    return "\n\n".join(p for p in out if p)


_VOCAB_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]+(?:-[A-Za-z\u00c0-\u024f\u0400-\u04ff]+)*")  # noqa: E501


_CONTINUED = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]-\n[ \t]*$")


def vocabulary(text: str) -> set[str]:
    """Lower-case words and hyphenated compounds of ``text`` that are not split at a
    line end (those are the evidence :func:`dehyphenate` relies on)."""
    words = set()
    for m in _VOCAB_WORD.finditer(text or ""):
        end = m.end()
        if end < len(text) and text[end] == "-":
            continue  # the word continues on the next line: not evidence of anything
        if _CONTINUED.search(text, max(0, m.start() - 12), m.start()):
            continue  # nor is the rest of a word the line before broke off ("-\ngorod")
        word = m.group(0).lower()
        words.add(word)
        if "-" in word:
            words.update(word.split("-"))
    return words
