"""A signing or twinning stated just after the sentence that names its pair::

    Dornbach and Velmar are a case of their own. They signed a friendship charter in
    1994.                                   (Dornbach - Velmar, signed)
    Relations between Korvik and Alsund go back a long way. The memorandum was
    renewed in 2015.                        (Korvik - Alsund, signed)
    Dornbach and Velmar share a river. They became twin towns in 1961.
                                            (Dornbach - Velmar, twinned)

The sentence with the trigger names no party of its own (a place it was signed at aside)
and opens on "they", "both", "together they", or on the document itself with no signer
(a passive with no signer, "an agreement followed"). The sentence before it, on the same
line, names exactly two parties of one family, joined as a pair ("A and B", "between A
and B", "A ... with B"), and names them as what it is about: a visit, a meeting, a
forum, a fair or a comparison that names two sides lends them to nothing
(:data:`_PASSING`). A relation the sentence before already found between the pair is not
said again.

:func:`note_pair` keeps each sentence's pair; :func:`pair_hits` gives the relations.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.group_reference import family, stated_in
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import (
    _DOC,
    _SIGNED,
    DOC_KINDS,
    NEGATED,
    SIGNING_VERBS,
    _title,
)
from relgraph.loaders.extract.twin_words import TWIN, TWIN_WEAK

__all__ = ["note_pair", "pair_hits"]


# How the sentence before joins its two parties.
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|as\s+well\s+as)\s+(?:the\s+)?(?:(?:city|town|region"
                     r"|province|state|county|port)\s+of\s+)?", re.I)
_WITH = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:with|and)\s+(?:the\s+)?$", re.I)
# A pair named only in passing: what brought the two together was an event or a
# comparison, not a tie between them.
_PASSING = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|met|meet(?:s|ing|ings)?|forums?|summits?|conferences?|fairs?"
    r"|expos?|exhibitions?|festivals?|delegations?|compar(?:e|ed|es|ing|ison)|unlike|than"
    r"|similar|whereas|while|matches?|games?|tournaments?|competitions?|rivals?|rivalry"
    r"|wars?|disputes?|border(?:s|ed)?|neighbou?rs?|host(?:s|ed)?|attend(?:s|ed)?"
    r"|talks?|negotiat\w+|consider(?:s|ed|ing)?|propos\w+|plann\w+|hope[sd]?)\b", re.I)
# The trigger sentence's subject: the pair as a pronoun, or the document with no signer.
_DOC_WORDS = "|".join(f"(?:{p})" for _kind, p in DOC_KINDS)   # (no group names)
# (a date or a time word, not a subject of its own: "In 2015 universities of both cities
# ..." opens on the universities)
_OPENING = re.compile(r"(?:(?:(?:In|By|On)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?"
                      r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|Later|Then|Soon\s+after|Since\s+then"
                      r"|(?:In|By|On|Later|Then)\b[^,.;:]{0,30}(?=,)),?\s+)?")
_SUBJECT = re.compile(
    "^" + _OPENING.pattern +
    r"(?:(?P<pron>They|Together\s+they|Both\s+of\s+them"
    # ("Both signed", not "Both districts signed": a kind of their own is another pair)
    r"|Both(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+)?(?:have|had|has|were|are|signed"
    r"|concluded|became|agreed|adopted|renewed|entered|formed|established)\b)"
    # (a kind word with no count, which "the two cities" would give)
    r"|The\s+(?:islands|neighbours|neighbors|partners|sides|twins))\b"
    r"|(?P<doc>(?:The|An?|This|That|Their|A\s+first|A\s+new)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:" + _DOC_WORDS + r"))\b)",
    re.I)
_PASSIVE = re.compile(r"\s+(?:[\w,-]+\s+){0,8}?(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                      r"(?:" + SIGNING_VERBS + r")\b(?!\s+(?:by|between|with)\b)"
                      r"|\s+(?:\w+\s+){0,2}?followed\b", re.I)
# Words that tie the pair the sentence before names, for a document no one signs after it
# (besides a document of its own and twin words).
_TIE = re.compile(r"\b(?:relations?|ties|links?|linked|cooperat\w*|co-operat\w*|partners?"
                  r"|partnerships?|friendship|work(?:ed|s|ing)?\s+together|joint(?:ly)?)\b",
                  re.I)
# A sentence that opens on the speaker's "we" in a tie of its own: "We have been sister
# cities since 1961", "We became partner regions in 2004" (a twin word right after).
_WE_SUBJECT = re.compile(_OPENING.pattern + r"(?:(?:A|Answer)\s*:\s*)?(?P<we>We)\s+(?:have\s+"
                         r"(?:also\s+)?been|are(?:\s+also)?|became|have\s+become)\s+(?=(?:twin"
                         r"|sister|partner|friendship|fraternal)[\w-]*\s+(?:cities|towns|states"
                         r"|regions|provinces|prefectures|municipalities|twins)\b)")
# A party the trigger sentence may still name: where the document was signed.
_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")

_SEEN: WeakKeyDictionary = WeakKeyDictionary()   # disc -> [(si, line, pair, passing)]


def _tied(text: str) -> bool:
    return bool(_TIE.search(text) or _DOC.search(text) or TWIN.search(text))


def note_pair(disc, si: int, text: str, mentions: list[Mention], party_of, line: int) -> None:
    """Keep the pair sentence ``si`` (on ``line``) names, two parties of one family joined
    as a pair, for the sentence after it."""
    plain = [m for m in mentions if not m.refers and not m.adjectival]
    pair = None
    if len(plain) == 2:
        a, b = plain
        pa, pb = party_of(a), party_of(b)
        if pa.id != pb.id and family(pa) == family(pb) and (
                _JOINED.fullmatch(text, a.end, b.start)
                or _WITH.fullmatch(text[a.end:b.start])):
            pair = (pa, pb)
    # (the one town or region the sentence names: the partner of a "we" after it)
    places = {p.id: p for p in map(party_of, plain) if p.label in ("City", "Region")}
    single = next(iter(places.values())) if len(places) == 1 else None
    seen = _SEEN.setdefault(disc, [])
    seen.append((si, line, pair, bool(_PASSING.search(text)), _tied(text), single))
    del seen[:-2]


def pair_hits(text: str, mentions: list[Mention], hits: list, resolved: list, disc, si: int,
              line: int, party_of) -> list[tuple[Hit, tuple]]:
    """(hit, pair) for the relation a sentence with no party of its own states of the pair
    the sentence before named (see the module's doc)."""
    seen = next((x for x in _SEEN.get(disc, ()) if x[0] == si - 1), None)
    if seen is not None and seen[2] is None and not seen[3] and seen[1] == line:
        return _speaker_hits(text, mentions, hits, resolved, disc, si, seen[5])
    if seen is None or seen[2] is None or seen[3] \
            or seen[1] != line:
        return []
    pa, pb = seen[2]
    ids = {pa.id, pb.id}
    tied = seen[4] or any(k[1:] == tuple(sorted(ids)) for k in stated_in(disc, si - 1))
    plain = [m for m in mentions if not m.refers and not m.adjectival]
    subject = _SUBJECT.match(text)
    if subject is not None:
        start, end, doc_first, twin_only = subject.start(), subject.end(), \
            bool(subject.group("doc")), False
        if doc_first and not tied:
            return []   # ("A and B are large cities. An agreement was signed": a document
            # no one signs is the pair's only when the sentence before tied them)
    else:
        # ("A and B share a lake. B signed a friendship charter in 1994": one side as
        # the subject of a tie that takes a partner, a twinning)
        first = plain[0] if plain else None
        if first is None or not _OPENING.fullmatch(text, 0, first.start) \
                or party_of(first).id not in ids:
            return []
        start, end, doc_first, twin_only = first.start, first.end, False, True
    if any(party_of(m).id not in ids and not _AT.search(text, max(0, m.start - 12), m.start)
           for m in plain):
        return []
    lo, hi = own_clause(text, start, end)
    if NEGATED.search(text, lo, hi):
        return []
    have = {(h.rel_type, *sorted((a.id, b.id))) for h, (a, b) in zip(hits, resolved, strict=True)
            if a is not None and b is not None} | stated_in(disc, si - 1)
    out = []
    ref = Mention(text[start:end], start, end)
    for rel, trigger, kind, title in _relations(text, start, end, doc_first, hi):
        key = (rel, *sorted(ids))
        if key in have or twin_only and rel != "TWINNED_WITH" or rel == "TWINNED_WITH" and not (
                pa.label == pb.label and pa.label in ("City", "Region")):
            continue
        have.add(key)
        out.append((Hit(rel, ref, ref, trigger, 0.55, "pair named before", kind, title,
                        parties=(pa, pb)), (pa, pb)))
    return out


def _speaker_hits(text: str, mentions: list[Mention], hits: list, resolved: list, disc,
                  si: int, partner) -> list[tuple[Hit, tuple]]:
    """"The oldest of our partners is Korvik in Norway. We have been sister towns since
    1961": the place the text speaks for (an interview's guest's, a town's own page's)
    and the one town or region of its kind, abroad, that the sentence before named, when
    this one opens on "we" and names no party of its own."""
    subject = _WE_SUBJECT.match(text)
    if subject is None or partner is None or not partner.resolved:
        return []
    own = disc.speaker
    if own is None or not own.resolved or own.label != partner.label or \
            own.id == partner.id or own.country == partner.country:
        return []
    if any(not _AT.search(text, max(0, m.start - 12), m.start)
           for m in mentions if not m.adjectival and m.refers != "Speaker"):
        return []
    if NEGATED.search(text):
        return []
    have = {(h.rel_type, *sorted((a.id, b.id))) for h, (a, b) in zip(hits, resolved, strict=True)
            if a is not None and b is not None}
    ref = Mention(subject.group("we"), subject.start("we"), subject.end("we"))
    out = []
    # (the sentence names no one else: a document "we" sign in it is with the partner)
    for rel, trigger, kind, title in _relations(text, subject.end(), subject.end(), False,
                                                len(text)):
        key = (rel, *sorted((own.id, partner.id)))
        if key in have:
            continue
        have.add(key)
        out.append((Hit(rel, ref, ref, trigger, 0.5, "speaker and the place named before",
                        kind, title, parties=(own, partner)), (own, partner)))
    return out


def _relations(text: str, start: int, end: int, doc_first: bool, hi: int) -> list[tuple]:
    """(type, trigger, document kind, title) the clause states of its subject
    ``text[start:end]`` (``doc_first``: the document itself, signed by no one named)."""
    out = []
    if doc_first:
        passive = _PASSIVE.match(text, end)
        doc = _DOC.search(text, start, end)
        if passive and doc:
            out.append(("SIGNED_AGREEMENT", (passive.start(), passive.end()), doc.lastgroup,
                        _title(text, doc)))
        return out
    sign = _SIGNED.search(text, end, hi)
    doc = _DOC.search(text, end, hi)
    if sign and doc:
        out.append(("SIGNED_AGREEMENT", sign.span(), doc.lastgroup, _title(text, doc)))
    twin = TWIN.search(text, end, hi) or TWIN_WEAK.search(text, end, hi)
    if twin:
        out.append(("TWINNED_WITH", twin.span(), None, None))
    return out
