"""A document signed on the line of a twinning is, by the gold's convention, signed by
the twinned pair.

The twinning readers give a twinning wherever twin words join two places, also when
the same line tells the pair sign a paper: the charter that made the twinning ("Hyogo
Prefecture | Japan | 1981 | Sister State Agreement", "we signed the friendship
agreement there", "the partnership agreement was signed in 1995") or a later paper
between the twins ("twin towns since 2011; last spring both mayors signed a plan of
youth exchanges", "sister region since 2011; a new memorandum on tourism was signed
in 2022"). Both are the pair's signing of that document (convention K: a
twinning made by a signed document is also a signing). This pass adds it where no rule
gave a signing between the pair on that line, when the document is made (signed,
dated, being drafted) and nobody else is named as its signer ("the University of X and
the University of Y signed a memorandum" on a twin town's line is theirs).

>>> twin = {"type": "TWINNED_WITH", "source": {"id": "city:a", "name": "Arnby"},
...         "target": {"id": "city:b", "name": "Bolvik"}, "date": "1990", "status": "fact",
...         "evidence": {"file": "t", "line": 3,
...                      "quote": "Bolvik - sister city since 1990; a memorandum on "
...                               "youth exchanges was signed in 2019."}}
>>> [(r["type"], r["document"]["kind"]) for r in twinning_signings([twin])]
[('SIGNED_AGREEMENT', 'memorandum')]
>>> twin["evidence"]["quote"] = "Bolvik - sister city since 1990; no memorandum was signed."
>>> twinning_signings([twin])
[]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.countries import country_code
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.patterns import _DOC, _YEAR, CHARTER, PLANNED, _title
from relgraph.loaders.extract.twin_documents import _no_field, _own_partners, _signers_before, made

RULE = "twinning line signing"

# A sentence's end inside a quote: the document's sentence alone is read.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])[.!?]\s+(?=[A-Z\"“])")
# A row of a table or list: its cells are the pair's, whatever they name besides.
_ROW = re.compile(r"\s[|¦]\s|\t|^\s*(?:[-–—•*]|\d{1,2}[.)])\s")
# A paper meant, not yet made: "is being drafted", "is being prepared", "to be signed".
_MEANT = re.compile(r"\b(?:being\s+(?:prepared|drafted|negotiated)|to\s+be\s+(?:signed|concluded)"
                    r"|will\s+sign|in\s+preparation|under\s+negotiation)\b", re.I)
# A paper not signed, or a tie that did not come about: no signing.
_UNSIGNED = re.compile(r"\b(?:not|never)\s+(?:yet\s+|been\s+|be\s+)*(?:sign|conclud|proceed)"
                       r"|\bdid\s+not\s+(?:sign|proceed)|\bdeclined\b|\bwas\s+dropped\b", re.I)
# The pair's own names for themselves: "the two cities", "both mayors", "we", "they".
_PAIR_WORDS = re.compile(r"(?i)^(?:the\s+)?(?:two|both|twin|sister|our|their|we|they|us"
                         r"|its|it|the\s+city|the\s+town|the\s+state|the\s+region)\b")


def _sentence_of(quote: str, at: int) -> tuple[int, int]:
    lo, hi = 0, len(quote)
    for m in _SENTENCE_END.finditer(quote):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _names(side: dict) -> set[str]:
    name = side.get("name") or ""
    slug = side.get("id", "").rsplit(":", 1)[-1].replace("-", " ")
    return {n.lower() for n in (name, slug) if n}


# A body bearing a town's name is not the town: "the Texas Department of Transportation",
# "the Kutaisi Opera and Ballet Theatre", "the Port of Gothenburg".
_BODY = re.compile(r"(?i)\b(?:department|ministry|agency|authority|university|college|school"
                   r"|institute|academy|theatre|theater|museum|port|chamber|company|corporation"
                   r"|commission|council\s+of|association|club|hospital|bank|ltd|inc|llc|ab|as"
                   r"|gmbh|jsc|plc|sa|s\.a\.)\b")


def _the_pair(text: str, names: set[str]) -> bool:
    t = text.lower()
    if _BODY.search(text):
        return False
    return any(n in t or t in n for n in names) or bool(_PAIR_WORDS.match(text))


def _others_sign(sentence: str, d: re.Match, title: str, names: set[str], row: bool) -> bool:
    """Whether the document's clause names a signer or partner that is not the pair:
    one before it (not a country that places a town), or one after "with"/"between"."""
    mentions = find_mentions(sentence)
    before = [] if row else _signers_before(sentence, d, mentions)
    after = _own_partners(sentence, d, title, mentions)
    for m in mentions:
        if m not in before and m.start not in after:
            continue
        if m.adjectival or country_code(m.text) or _the_pair(m.text, names):
            continue
        return True
    return False


# "no document had been signed", "which is not an agreement": no paper.
_NO_PAPER = re.compile(r"\b(?:no|not\s+an?|nor\s+an?|without\s+an?)\s+(?:[\w-]+\s+){0,2}$",
                       re.I)


# The words right before a document's noun: "the museum charter".
_LEFT = re.compile(r"(?:[\w'’-]+\s+){0,2}$")
_TWIN_TITLE = re.compile(r"(?i)\b(?:twin\w*|sister\w*|friendship|partner\w*|jumelage)\b")


def _slugs(pair: frozenset) -> frozenset:
    """The pair's names without their kinds: "region:ng:lagos" and "city:ng:lagos" are
    one side read under two ids."""
    return frozenset(i.split(":", 1)[-1] for i in pair)


def _pair_last(sentence: str, at: int, names: set[str]) -> bool:
    """Whether the place named last before the document in its sentence is one of the
    pair, when one is named: "A is a twin of B, and we work with C - the two cities
    signed a partnership agreement" is C's paper, not B's."""
    # (a place only locating the one before it names no signer: "Y in Inner Mongolia")
    named = [m for m in find_mentions(sentence[:at])
             if not m.refers and not m.adjectival and not country_code(m.text)
             and not _LOCATES.search(sentence, max(0, m.start - 4), m.start)]
    return not named or _the_pair(named[-1].text, names)


_LOCATES = re.compile(r"\bin\s+$")
# A later paper of the line signed with the partner just named: "... and last year we
# signed a youth programme with them".
_WITH_THEM = re.compile(r"[^,;]{0,60}?\bwith\s+(?:them|it)\b", re.I)


def _documents(quote: str, names: set[str]):
    """``(match, kind, title, clause)`` of each paper the quote makes between the pair:
    the first, then those signed "with them" (the partner just named) after it."""
    row = bool(_ROW.search(quote))
    later = False
    for d in sorted([*_DOC.finditer(quote), *CHARTER.finditer(quote)], key=lambda d: d.start()):
        kind = d.lastgroup or "agreement"
        if kind == "contract":
            continue   # (a contract on a twin town's line is its firms')
        lo, hi = _sentence_of(quote, d.start())
        sentence = quote[lo:hi]
        dd = next((x for x in (*_DOC.finditer(sentence), *CHARTER.finditer(sentence))
                   if x.start() == d.start() - lo), None)
        if dd is None:
            continue
        title = _title(sentence, dd)
        if _BODY.search(title) or _BODY.search(_LEFT.search(sentence[:dd.start()]).group(0)):
            continue   # ("the museum charter", "the port's agreement": a body's own paper)
        c_lo, c_hi = own_clause(sentence, dd.start(), dd.end())
        clause = sentence[c_lo:c_hi]
        if _UNSIGNED.search(clause) or _NO_PAPER.search(sentence, max(0, dd.start() - 30),
                                                         dd.start()):
            continue
        # (a twinning's own charter only meant is the twinning-document reader's: one
        # writer's gold gives "a charter to be signed in June" no signing, another's does;
        # a later paper the twins are drafting is theirs, "a cooperation plan is being
        # drafted")
        meant = _MEANT.search(clause) or PLANNED.search(clause)
        if meant and (_TWIN_TITLE.search(title) or CHARTER.fullmatch(dd.group(0))
                      or _no_field(title, dd.group(0))):
            continue
        dated_row = row and bool(_YEAR.search(quote))
        if not (made(sentence, dd, title) or dated_row or meant):
            continue
        if _others_sign(sentence, dd, title, names, row) or \
                not _pair_last(sentence, dd.start(), names):
            continue
        if later and not _WITH_THEM.match(sentence, dd.end()):
            return
        yield dd, kind, title, clause
        if not _WITH_THEM.match(sentence, dd.end()):
            return
        later = True


def twinning_signings(candidates: list[dict]) -> list[dict]:
    """A signing for each twinning whose line makes a document between the pair, where
    no candidate already signs one between them on that line."""
    signed = [(r["evidence"]["line"], frozenset((r["source"]["id"], r["target"]["id"])),
               (r.get("document") or {}).get("kind"))
              for r in candidates if r["type"] == "SIGNED_AGREEMENT"]
    out = []
    for r in candidates:
        if r["type"] != "TWINNED_WITH":
            continue
        line = r["evidence"]["line"]
        pair = frozenset((r["source"]["id"], r["target"]["id"]))
        # (a pair some rule signs on the line already: only its later papers "with them")
        read = any(x == line and p == pair for x, p, _k in signed)
        names = _names(r["source"]) | _names(r["target"])
        for nth, (_d, kind, title, clause) in enumerate(_documents(r["evidence"]["quote"],
                                                                    names)):
            if nth or not read:
                out += _signing(r, line, pair, signed, kind, title, clause)
    return out


def _signing(r: dict, line: int, pair: frozenset, signed: list, kind: str, title: str,
             clause: str) -> list[dict]:
    """The signing of ``kind`` the twinning ``r`` gives, where none was read."""
    planned = bool(_MEANT.search(clause) or PLANNED.search(clause))
    # (a quote that runs on to the next lines may hold the paper a rule read there)
    # (one side read under another id on the line: "the state government" for the
    # state's city)
    if any((abs(x - line) <= 2 and p == pair or x == line and _slugs(p) == _slugs(pair))
           and k == kind for x, p, k in signed):
        return []
    year = _YEAR.search(clause)
    signed.append((line, pair, kind))
    return [{
        **r, "type": "SIGNED_AGREEMENT", "document": {"kind": kind, "title": title},
        "date": year.group(0) if year else r.get("date"),
        "status": "planned" if planned else r.get("status", "fact"),
        "confidence": min(r.get("confidence", 0.6), 0.55), "rule": RULE}]
