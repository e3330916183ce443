"""A twinning stated by a signed document is also the signing of that document.

The data model makes a Document a signed paper and SIGNED_AGREEMENT a party's
signature of one; a TWINNED_WITH carries the id of the document that made it. So
"A and B signed a twinning agreement", "A concluded a sister-city charter with B",
"the friendship between A and B was formalised by a twinning charter in 1989", "A and
B plan to sign a partnership agreement" give both the twinning and a signing between
the same towns (its status, planned or fact, read as for any signing). A twinning
stated without any document ("A has been twinned with B since 1990", "established
twin-city ties") and a twinning charter only mentioned ("under their twinning
agreement, pupils ...") give the twinning alone.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> from relgraph.loaders.extract.patterns import find_hits
>>> s = "Tarnow signed a twinning agreement with Kovel in 1994."
>>> ms = find_mentions(s)
>>> hits = find_hits(s, ms)
>>> [(h.rel_type, h.kind, h.title) for h, _ in charter_signings(s, ms, hits, [None] * len(hits))]
[('SIGNED_AGREEMENT', 'agreement', 'twinning agreement')]
>>> s = "Tarnow has been twinned with Kovel since 1994."
>>> ms = find_mentions(s)
>>> hits = find_hits(s, ms)
>>> charter_signings(s, ms, hits, [None] * len(hits))
[]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import (
    _DOC,
    _GENERIC_TITLE_WORDS,
    _PLANNED_MAKING,
    CHARTER,
    SIGNING_VERBS,
    _title,
    twinning_charters,
)

RULE = "twinning document"

# What makes a document, done or meant: "signed", "concluded", "renewed", "formalised
# by", "to be signed", "will prepare", "agreed to draw up".
_MADE = re.compile(rf"\b(?:{SIGNING_VERBS}|draw(?:n|ing)?\s+up|prepar(?:e|es|ed|ing)"
                   r"|draft(?:s|ed|ing)?)\b", re.I)
# A document given its year is a paper that was signed: "the partnership agreement of
# 2003", "a twinning charter (1996)", "a friendship agreement dated 4 May 2011".
_DATED = re.compile(r"\s*,?\s*(?:of|from|dated|\()\s*(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+)?"
                    r"(?:19|20)\d\d\b", re.I)
# ... or whose clause says when it was made: "the friendship charter with B dates from
# 1993", "their twinning agreement goes back to 1972".
_DATES_FROM = re.compile(r"\b(?:dates?|dating|dated|goes|going|went)\s+(?:back\s+)?(?:from|to)\s+"
                         r"(?:(?:the\s+)?(?:year|spring|summer|autumn|winter)\s+(?:of\s+)?"
                         r"|\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+|(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b",
                         re.I)
# A document a town holds: "has a sister-city agreement with B", "we have had a
# twinning agreement with B since 1999".
_HELD = re.compile(r"\b(?:have|has|had)\s+(?:(?:also|long|already|had|been|a|an|the|their"
                   r"|its|our)\s+)*(?:[\w-]+\s+){0,2}$", re.I)


# A document in force between the pair it joins: "twinning charters link A with B", "a
# friendship agreement binds A to B", "linked since 1995 by a twinning agreement".
_IN_FORCE = re.compile(r"\b(?:links?|linked|binds?|bound|ties|tied|connects?|connected|unites?"
                       r"|united|joins?|joined)\b", re.I)


def title_end(text: str, d: re.Match, title: str) -> int:
    """Where the document's title ends (it may open with words before the noun: "twinning
    agreement")."""
    start = text.find(title, max(0, d.end() - len(title)))
    return start + len(title) if 0 <= start <= d.start() else d.end()


def title_start(text: str, d: re.Match, title: str) -> int:
    """Where the document's title starts ("partnership charter": at "partnership")."""
    start = text.find(title, max(0, d.end() - len(title)))
    return start if 0 <= start <= d.start() else d.start()


def made(text: str, d: re.Match, title: str) -> bool:
    """Whether the clause of the document at ``d`` makes it (signs, renews, means to
    sign it), dates it, has its town hold it or has it join the pair; a document only
    mentioned is none."""
    lo, hi = own_clause(text, d.start(), d.end())
    return bool(_MADE.search(text, lo, hi) or _DATED.match(text, title_end(text, d, title))
                or _DATES_FROM.search(text, title_end(text, d, title), hi)
                or _HELD.search(text, max(lo, d.start() - 50), d.start())
                or _IN_FORCE.search(text, lo, hi))


def _twin_span(text: str, hit: Hit) -> tuple[int, int]:
    """The twinning's trigger with the sides the sentence names for it."""
    ends = [hit.trigger] + [(m.start, m.end) for m in (hit.a, hit.b)
                            if not m.refers and text[m.start:m.end] == m.text]
    return min(a for a, _ in ends), max(b for _, b in ends)


def _of_twinning(text: str, d: re.Match, title: str, hit: Hit) -> bool:
    """Whether the document is the charter of this twinning: in its clause, or its
    trigger in the document's words."""
    start, end = _twin_span(text, hit)
    if d.start() - 40 <= hit.trigger[0] < title_end(text, d, title):
        return True
    lo, hi = own_clause(text, start, end)
    return lo <= d.start() < hi


# The partner a document names after it: "a twinning agreement with (the Polish town
# of) B", "a sister-city charter between A and B".
_PARTNER_AFTER = re.compile(r"(?:\s+(?:of|from|dated)\s+[\w ]{4,20}?)?,?\s+(?:with|between)\s+")


def _own_partners(text: str, d: re.Match, title: str, mentions: list[Mention]) -> set[int]:
    """Where the mentions a document names as its parties after it, up to its clause's
    end: a twinning elsewhere in the clause ("A, twinned with B since 1990, signed a
    twinning agreement with C") is no party to it."""
    w = _PARTNER_AFTER.match(text, title_end(text, d, title))
    if w is None:
        return set()
    _, hi = own_clause(text, d.start(), d.end())
    # ("... with B in 1999 and has been twinned with C since 2004": C is the second
    # predicate's, no party to the document)
    second = _SECOND_PREDICATE.search(text, w.end(), hi)
    hi = second.start() if second else hi
    # ("we note that A signed a charter with B, and that C and D have been friendship
    # cities since 2015": a second reported clause, whose pair signed no charter here)
    reported = _SECOND_REPORTED.search(text, w.end(), hi)
    hi = reported.start() if reported else hi
    return {m.start for m in mentions if w.end() <= m.start < hi}


# A second predicate of the same subject: "and has been twinned", "and signed".
_SECOND_PREDICATE = re.compile(r",?\s+and\s+(?:(?:also|later|then|has|have|had|is|was|were"
                               r"|are|will)\s+)+(?:been\s+)?(?-i:[a-z])", re.I)
_SECOND_REPORTED = re.compile(r"[,;]?\s+(?:and|while|but)\s+that\b", re.I)


# "In Tarnow, A and B signed ...": a place that locates the signing signs nothing.
_LOCATIVE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.I)
# "the same document", "this agreement": a paper told before, no new one.
_BACK = re.compile(r"\b(?:this|that|these|those|said|same)\s+(?:[a-z-]+\s+)?$", re.I)


# (not a coordinated clause: ", and in the same year A and B, ...")
_INSERTION = re.compile(r"\s+(?!(?:and|or|but|while|whereas|as\s+well\s+as)\b)(?-i:[a-z])")


def _set_off(text: str, m: Mention, lo: int, end: int) -> bool:
    """A mention in brackets or in a phrase set off by commas that opens in lower case
    (", then still X,", ", separated only by the X river,", ", which ... with X,")."""
    if text.rfind("(", lo, m.start) > text.rfind(")", lo, m.start):
        return True
    left, right = text.rfind(",", lo, m.start), text.find(",", m.end, end)
    return left >= 0 and right >= 0 and bool(_INSERTION.match(text, left + 1))


def _signers_before(text: str, d: re.Match, mentions) -> list[Mention]:
    """The parties named before the document in its clause that may sign it: not one
    set off by brackets or commas, nor a place that locates the signing."""
    lo, _ = own_clause(text, d.start(), d.end())
    return [m for m in mentions if lo <= m.start and m.end <= d.start()
            and not _LOCATIVE.search(text, max(0, m.start - 10), m.start)
            and not _set_off(text, m, lo, d.start())]


def _signer_before(text: str, d: re.Match, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether the party named last before the document in its clause (the signer, as
    a rule) is a side of the twinning, or no party is named there: "A and B signed a
    twinning agreement, and C, twinned with D since 2002, ..." gives C and D no part
    in A's and B's charter."""
    before = _signers_before(text, d, (*mentions, hit.a, hit.b))
    if not before:
        return True
    last = max(before, key=lambda m: m.end)
    # (a side a list's row or a heading gave stands where the trigger is: its name)
    return last.start in (hit.a.start, hit.b.start) or last.text in (hit.a.text, hit.b.text) \
        or _the_pair_again(last, hit, mentions)


# "A and B said they are to sign a twinning agreement": a plural pronoun
# after both sides stands for them, as the subject of a reported or a second clause,
# when no other party is named between them and it ("..., and C said they ...").
_PLURAL_PRONOUN = re.compile(r"(?:they|both|both\s+of\s+them)", re.I)


def _the_pair_again(m: Mention, hit: Hit, mentions: list[Mention]) -> bool:
    sides = max(hit.a.end, hit.b.end)
    return bool(m.refers) and bool(_PLURAL_PRONOUN.fullmatch(m.text)) and sides <= m.start \
        and not (hit.a.refers or hit.b.refers) \
        and not any(sides <= o.start < m.start for o in mentions)


# "The agreement was signed in May", "the documents are to be signed at the next forum":
# a document with no title of its own, told as the one a twinning just spoken of needs.
_DEFINITE = re.compile(r"\b(?:the|their|its)\s+$", re.I)


def _bare_documents(text: str) -> list[tuple[re.Match, str, str]]:
    out = []
    for d in (*_DOC.finditer(text), *CHARTER.finditer(text)):
        title = _title(text, d)
        start = title_start(text, d, title)
        if _DEFINITE.search(text, max(0, start - 8), start) and _no_field(title, d.group(0)):
            out.append((d, d.lastgroup or "agreement", title))
    return out


def _no_field(title: str, noun: str) -> bool:
    """Whether a title names nothing but its noun and words any partnership's charter
    bears ("the agreement", "their partnership charter", "the friendship and cooperation
    agreement"), so that it may be the charter of a twinning told before it; "the
    agreement on river transport" is a paper of its own."""
    words = re.findall(r"[a-z][a-z-]*", title.lower())
    return bool(words) and all(w in _GENERIC_TITLE_WORDS for w in words
                               if w not in noun.lower().split())


def _documents(text: str, mentions: list[Mention]) -> tuple[list, list]:
    """The twinning charters the sentence makes, and the bare documents it makes with
    no signer named before them (which speak of a twinning told before)."""
    charters = [(d, kind, title) for d, kind, title in twinning_charters(text, mentions)
                if made(text, d, title) and not _BACK.search(text, max(0, d.start() - 30),
                                                             d.start())]
    starts = {d.start() for d, _, _ in charters}
    bare = [(d, kind, title) for d, kind, title in _bare_documents(text)
            if d.start() not in starts and made(text, d, title)]
    return charters, [(d, kind, title) for d, kind, title in charters + bare
                      if not _signers_before(text, d, mentions)]


def _last_twinnings(text: str, d: re.Match, hits: list[Hit]) -> list[Hit]:
    """The twinnings of the last clause before a later clause's document that names no
    signer ("A and B agreed to become twin towns; the agreement is to be signed in
    May")."""
    dlo, _ = own_clause(text, d.start(), d.end())
    before = [(own_clause(text, *_twin_span(text, h))[0], h) for h in hits
              if h.rel_type == "TWINNED_WITH" and _twin_span(text, h)[1] <= dlo]
    if not before:
        return []
    last = max(lo for lo, _ in before)
    return [h for lo, h in before if lo == last]


# "agreed to draw up a twinning charter", "decided to prepare a friendship agreement": a
# charter only meant, whatever the twinning's own status.
_MEANT = re.compile(rf"\b(?:{_PLANNED_MAKING})\s+(?:(?:a|an|the|their|its|new|full|joint)\s+)*"
                    r"(?:[\w-]+\s+){0,3}$", re.I)


def _meant(text: str, d: re.Match) -> dict:
    lo, _ = own_clause(text, d.start(), d.end())
    return {"status": "planned"} if _MEANT.search(text, max(lo, d.start() - 120), d.start()) else {}


# "twinned with B, with which it signed a friendship charter in 2009", "sister cities
# include B, with which the city concluded a partnership protocol": the twin partner, then
# a relative clause whose subject is the other twin and which signs a document.
_WITH_WHICH_SIGNED = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+with\s+(?:which|whom)\s+(?:it|they|we|the\s+(?:city|town"
    r"|municipality|region|province|county|council|state))\s+(?:also\s+)?(?:has\s+|had\s+)?"
    r"(?:signed|concluded)\s+(?:an?|the|its|their)\s+")


def _signed_with_which(text: str, hit: Hit) -> tuple[re.Match, str, str] | None:
    """The document the relative clause after this twinning's later side signs (see
    ``_WITH_WHICH_SIGNED``), when its title names no field of its own."""
    w = _WITH_WHICH_SIGNED.match(text, max(hit.a.end, hit.b.end))
    if w is None:
        return None
    for d in (*_DOC.finditer(text, w.end(), min(len(text), w.end() + 60)),
              *CHARTER.finditer(text, w.end(), min(len(text), w.end() + 60))):
        title = _title(text, d)
        if title_start(text, d, title) == w.end() and _no_field(title, d.group(0)):
            return d, d.lastgroup or "agreement", title
    return None


# "twinned with B (friendship charter, 1995)", "with B since 2001 (twinning agreement
# of 2003)": a dated document in brackets right after the twin partner.
_BRACKETED_DATED = re.compile(r"\s*(?:since\s+(?:19|20)\d\d\s*)?\(\s*")
_BRACKET_DATE_END = re.compile(r"\s*,?\s*(?:(?:of|from|dated|signed(?:\s+in)?)\s+)?"
                               r"(?:19|20)\d\d\s*\)")


def _bracketed_charter(text: str, hit: Hit) -> tuple[re.Match, str, str] | None:
    """The dated document in brackets after this twinning's later side (see
    ``_BRACKETED_DATED``), when its title names no field of its own."""
    b = _BRACKETED_DATED.match(text, max(hit.a.end, hit.b.end))
    if b is None:
        return None
    for d in (*_DOC.finditer(text, b.end(), min(len(text), b.end() + 50)),
              *CHARTER.finditer(text, b.end(), min(len(text), b.end() + 50))):
        title = _title(text, d)
        if title_start(text, d, title) == b.end() and _no_field(title, d.group(0)) \
                and _BRACKET_DATE_END.match(text, title_end(text, d, title)):
            return d, d.lastgroup or "agreement", title
    return None


def charter_signings(text: str, mentions: list[Mention], hits: list[Hit],
                     resolved: list) -> list[tuple[Hit, tuple]]:
    """A signing of each twinning charter the sentence makes, between each pair its
    clause twins, with the pair the twinning resolved (``extra["twinning"]`` is that
    twinning's hit: the signing stands only where the twinning does)."""
    charters, agentless = _documents(text, mentions)
    # (a document that names its own partner, "will sign an agreement with C", is C's
    # twinning's, not that of the twins the clause before listed)
    later = {id(h): (d, kind, title) for d, kind, title in agentless
             for h in _last_twinnings(text, d, hits)
             if _partner_fits(_own_partners(text, d, title, mentions), h)}
    out = []
    for hit, pair in zip(hits, resolved, strict=True):
        if hit.rel_type != "TWINNED_WITH":
            continue
        found = next(((d, kind, title) for d, kind, title in charters
                      if _charter_of(text, d, title, hit, mentions)), None) \
            or later.get(id(hit)) or _signed_with_which(text, hit) \
            or _bracketed_charter(text, hit)
        if found is not None:
            d, kind, title = found
            extra = {"twinning": hit, **_meant(text, d)}
            out.append((Hit("SIGNED_AGREEMENT", hit.a, hit.b, d.span(), hit.confidence, RULE,
                            kind, title, extra, hit.parties), pair))
    return out


def _partner_fits(partners: set[int], hit: Hit) -> bool:
    return not partners or bool({hit.a.start, hit.b.start} & partners)


def _charter_of(text: str, d: re.Match, title: str, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether the charter at ``d`` is this twinning's: in its clause, its partner after
    it (when it names one) a side of the twinning, and its signer before it too."""
    partners = _own_partners(text, d, title, mentions)
    named = {hit.a.start, hit.b.start} & partners
    if partners and not named:
        return False
    # (a document that names this twinning's partner after it is theirs, whoever
    # stands before it: "A, then still B, signed a twinning protocol with C")
    return _of_twinning(text, d, title, hit) and bool(named or _signer_before(text, d, hit,
                                                                             mentions))


def later_charter(text: str, mentions: list[Mention], pairs: list[tuple],
                  party_of) -> list[tuple[Hit, tuple]]:
    """A twinning charter (or "the agreement") signed in a sentence that names no
    signer and states no relation of its own, after a sentence that twinned ``pairs``
    ("Kovel, Ukraine (since 2011). The twinning agreement was signed in Kovel in May"):
    the signing of that twinning's charter. When the document names its partner ("The
    twinning agreement with Kovel was signed ..."), the pair of that partner; else the
    twinning before must be one pair."""
    _, agentless = _documents(text, mentions)
    out = []
    for d, kind, title in agentless[:1]:
        partners = _own_partners(text, d, title, mentions)
        ids = {party_of(m).id for m in mentions if m.start in partners}
        mine = [p for p in pairs if ids & {p[0].id, p[1].id}] if ids else pairs
        if len(mine) != 1 and not ids:
            continue
        for pair in mine:
            m = Mention(text[d.start():d.end()], d.start(), d.end())
            out.append((Hit("SIGNED_AGREEMENT", m, m, d.span(), 0.6, RULE, kind, title), pair))
    return out



def _peers(a: dict, b: dict) -> bool:
    return a["kind"] == b["kind"]


def _mixed_places(a: dict, b: dict) -> bool:
    return {a["kind"], b["kind"]} == {"City", "Region"}


# A region's own word beside a name ("the county of B", "B Province", "B's
# prefecture"): the sentence itself made it the region.
_REGION_NOUN = (r"(?:region|oblast|province|prefecture|voivodeship|county|department"
                r"|governorate|state|krai|okrug|marz|district|canton|aimag|velayat)")


def _region_written(name: str, quote: str) -> bool:
    n = re.escape(name)
    return re.search(rf"(?i)\b{_REGION_NOUN}\s+(?:of\s+)?(?:[\w-]+\s+)?{n}\b"
                     rf"|\b{n}(?:'s)?\s+(?:[\w-]+\s+)?{_REGION_NOUN}\b", quote) is not None


def twins_sign_as_twins(rows: list[dict], charters: list[tuple[dict, dict]] = ()) -> None:
    """Give a signing between two places the document twinned the twinning's reading
    of them, in place, where the signing alone read a town and a region and the
    twinning two towns (or two regions): "A and B signed a protocol on the market"
    after "A is twinned with B" is the two towns signing, though A is also a
    province's name the document wrote out. ``charters`` pairs each charter's signing
    with the twinning it made; other signings take a twinning of the same two names as
    written ("the A Province" stays the province). A signing read as two regions
    keeps them: twins read as towns may be the misreading."""
    for signing, twinning in charters:
        if _mixed_places(signing["source"], signing["target"]) \
                and _peers(twinning["source"], twinning["target"]):
            signing["source"] = dict(twinning["source"])
            signing["target"] = dict(twinning["target"])
    twin_sides: dict[tuple[str, str], dict] = {}
    for r in rows:
        if r["type"] != "TWINNED_WITH" or not _peers(r["source"], r["target"]):
            continue
        a, b = r["source"], r["target"]
        twin_sides.setdefault((b["id"], a["name"].lower()), a)
        twin_sides.setdefault((a["id"], b["name"].lower()), b)
    if not twin_sides:
        return
    for r in rows:
        if r["type"] != "SIGNED_AGREEMENT" or not _mixed_places(r["source"], r["target"]):
            continue
        a, b = r["source"], r["target"]
        quote = r["evidence"]["quote"]
        new_a = None if _region_written(a["name"], quote) else \
            twin_sides.get((b["id"], a["name"].lower()))
        new_b = None if _region_written(b["name"], quote) else \
            twin_sides.get((a["id"], b["name"].lower()))
        if new_a is not None and new_a["id"] != a["id"]:
            r["source"] = dict(new_a)
        elif new_b is not None and new_b["id"] != b["id"]:
            r["target"] = dict(new_b)
