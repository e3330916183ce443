"""Two office holders who sign for their places: "the mayor of A, Jan Novak, and the
governor of the province of B, Eva Horn, signed a protocol", "in a programme signed by
the president of the A County Council and the prefect of B, the two ...".

An office "of" a place, its holder's name set off by commas or left out, stands for the
place (or the body named there) when two such holders, joined by "and", are the
subject of a verb of signing or the signers named after "signed by". The signing is the two
places'; the holders' own names, which the other readers may take for firms, are no
party of it.

A meeting, talks or a proposal of the two holders signs nothing; nor does a signing
the sentence denies ("did not sign", "have yet to sign").

>>> import re
>>> t = ("The mayor of Arnby, Jan Holm, and the governor of the province of Bolvik, "
...      "Eva Strand, signed a protocol on ferries.")
>>> [t[a:b] for a, b in holder_spans(t, [(t.index("Arnby"), t.index("Arnby") + 5),
...                                     (t.index("Bolvik"), t.index("Bolvik") + 6)])]
['The mayor of Arnby, Jan Holm,', 'the governor of the province of Bolvik, Eva Strand,']
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.patterns import DOC_KINDS

__all__ = ["holder_spans", "office_signings"]

_OFFICE = (r"(?:mayor|governor|intendente|prefect|president|chair(?:man|woman|person)?|head"
           r"|premier|leader|burgomaster|reeve|starosta|akim|voivode|marshal|alcalde|sindaco"
           r"|maire|commissioner|executive|administrator|minister)")
# "the (regional) governor of (the Argentine province of) ": an office of the place named
# right after it.
_OFFICE_OF = re.compile(
    r"\b(?i:the)\s+(?:(?:regional|provincial|municipal|county|district|city|deputy|vice"
    r"|first|chief|lord|acting|elected|then)[\s-]+){0,2}" + _OFFICE +
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?(?:of\s+(?:the\s+)?)?\Z")
# The holder's name set off by commas after the place (and the body's word that the
# place's name may leave out): " County Council, Jan Holm,".
_HOLDER_NAME = re.compile(r"(?:\s+(?:County|Regional|District|City|Municipal|Provincial|Town)?\s*"
                          r"(?:Council|Administration|Assembly|Government))?"
                          r"(?:,\s+(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3},)?")
_AND = re.compile(r"\s+and\s+")
# The two as the subject of a signing: "... signed", "have jointly signed".
_SIGNED_AFTER = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:(?:jointly|also|formally)\s+)?"
                           r"(?:signed|concluded|initial(?:l)?ed)\b")
# ... or named after "signed by": "a programme signed (in 2018) by".
_SIGNED_BY = re.compile(r"\b(?:signed|concluded|initial(?:l)?ed)\s+(?:(?:jointly|in\s+\d{4})\s+)?"
                        r"by\s+\Z")
_DOC = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in DOC_KINDS) + r")\b", re.I)
_WORDS_BEFORE = re.compile(r"(?:(?-i:[a-z][\w-]*)\s+){0,3}\Z")


def holder_spans(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each place span, the span of "the <office> of <place>[, <name>,]" around it,
    or ``(-1, -1)`` where no office stands before the place."""
    out = []
    for start, end in places:
        office = _OFFICE_OF.search(text, max(0, start - 90), start)
        if office is None or office.end() != start:
            out.append((-1, -1))
            continue
        out.append((office.start(), _HOLDER_NAME.match(text, end).end()))
    return out


def _document(text: str, start: int, end: int) -> re.Match | None:
    return next(_DOC.finditer(text, start, end), None)


def office_signings(text: str, mentions: list, party) -> tuple[list[tuple[Hit, tuple]], set]:
    """The signings of two office holders' places (see the module's doc), and the
    spans of the holders' names (no party of any relation of the sentence)."""
    ms = sorted((m for m in mentions if not m.refers and not m.adjectival),
                key=lambda m: m.start)
    spans = holder_spans(text, [(m.start, m.end) for m in ms])
    out, names = [], set()
    held = [(m, span) for m, span in zip(ms, spans, strict=True) if span[0] >= 0]
    for (a, (s1, e1)), (b, (s2, e2)) in zip(held, held[1:], strict=False):
        # (the first holder's name ends where "and" leads to the second's office)
        if not _AND.fullmatch(text, e1, s2):
            continue
        after = _SIGNED_AFTER.match(text, e2)
        if after is not None:
            doc = _document(text, after.end(), min(len(text), after.end() + 120))
        elif _SIGNED_BY.search(text, max(0, s1 - 40), s1):
            doc = max(_DOC.finditer(text, max(0, s1 - 160), s1), key=lambda d: d.start(),
                      default=None)
        else:
            continue
        if doc is None:
            continue
        words = _WORDS_BEFORE.search(text, 0, doc.start())
        title = " ".join((text[words.start():doc.start()] + doc.group(0)).split())
        pa, pb = party(a, "Region"), party(b, "Region")
        if pa.id == pb.id:
            continue
        out.append((Hit("SIGNED_AGREEMENT", a, b, doc.span(), 0.7, "office holders",
                        doc.lastgroup, title), (pa, pb)))
        names.update({(a.end, e1), (b.end, e2)})
    return out, names
