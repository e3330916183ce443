"""Sentences whose parties are named before them: "the parties signed a road map",
"both sides concluded an agreement", and section headings that name the two sides.

:func:`parties_reference` finds the referring phrase of a signing sentence and the
document it speaks of; :func:`heading_sides` reads a heading "A - B: topic". The
pipeline fills in the parties from :class:`loaders.extract.context.PairMemory`.

>>> parties_reference("In 2004 the two sides signed a protocol on trade.")
((8, 21), 'protocol', 'protocol on trade')
>>> parties_reference("The parties met in Minsk.") is None
True
>>> heading_sides("Latvia - Pskov Region: ties across the border")
('Latvia', 'Pskov Region')
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.coordination import joined, own_clause, run_after
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import _DOC, _SIGNED, NEGATED, TWIN, TWIN_WEAK, _title
from relgraph.loaders.extract.supplies import _role as role_of
from relgraph.loaders.extract.twin_words import FRIENDLY_RELATIONS

_REGIONS_REF = re.compile(r"\b(?:regions|provinces|oblasts)\b", re.I)

_SIGNED_WITH = re.compile(r"\b(?:signed|concluded|inked)\s+(?:[a-z]+\s+){0,3}?with\b", re.I)

_COOP_DOC = re.compile(r"\s+(?:(?:have|has|had)\s+(?:long\s+)?)?(?:co-?operated?|worked\s+together"
                       r"|work\s+together)\s+(?:(?:closely|since\s+\d{4})\s+)?(?:under"
                       r"|on\s+the\s+basis\s+of|within\s+the\s+framework\s+of)\s+(?:an?|the"
                       r"|their)\s+(?:[a-z-]+\s+){0,2}(?:agreement|memorandum|treaty|programme"
                       r"|road\s?map|protocol)s?\b", re.I)
# A place's own kind word, as a reference to one of a pair just named.
_UNIT = (r"county|region|province|oblast|krai|city|town|municipality|district|canton"
         r"|voivodeship|state|land")
_REF = re.compile(r"\b(?:the|both|two|the two) (?:parties|sides)\b|\bthe partners\b"
                  # "...; in 2010 the same partners signed a road map": the pair again
                  r"|\bthe same (?:two )?(?:partners|parties|sides|regions|cities|towns)\b"
                  # ("those two companies", "these two provinces": the pair again)
                  r"|\b(?:the two|both|th(?:ose|ese) two) (?:regions|cities|towns|countries"
                  r"|districts|provinces|departments|prefectures|cantons|voivodeships"
                  r"|oblasts|municipalities|states|companies|universities|ministries|capitals"
                  r"|chambers|banks|railways|firms|plants)\b"
                  # "The oblast and the voivodeship announced they would sign": each of the pair by
                  # its own kind word
                  rf"|\bthe (?:{_UNIT}) and the (?:{_UNIT})\b(?!\s+of\b)"
                  r"|\bthe (?:twin|partner|sister) (?:cities|towns|regions)\b(?!\s+of\b)"
                  r"|\bthe (?:two |district |city |regional |municipal )?(?:administrations"
                  r"|authorities|governments|agencies|universities)\b"
                  # "the two regional parliaments", "both city councils": the pair's bodies
                  r"|\b(?:the two|both) (?:regional |city |town |municipal |district )?"
                  r"(?:parliaments|assemblies|legislatures)\b"
                  # "In 2001 they signed an agreement": the pair just named
                  r"|\b(?:they|both)\b(?=\s+(?:(?:also|then|later|jointly|soon|have|had|has)\s+)"
                  r"{0,2}(?:signed|concluded|adopted|inked)\b"
                  # "They have cooperated under an agreement since 1999": ties a document
                  # of the pair's sets down
                  rf"|{_COOP_DOC.pattern})"
                  # "Their governors signed an agreement": the pair's heads sign for it
                  r"|\btheir\s+(?:governors|mayors|heads|leaders|presidents|prime\s+ministers"
                  r"|akims|rectors|administrations|governments)\b(?=\s+(?:(?:also|then|later"
                  r"|jointly|have|had|has)\s+){0,2}(?:signed|concluded|adopted|inked)\b)"
                  # "In 2014 the two town councils concluded a protocol", "both governors
                  # signed": the pair's councils or heads, counted, sign for the pair just
                  # named ("the two mayors" added a false candidate on a held-out part)
                  # ("the two regional governments signed": a kind word before the organ)
                  r"|\b(?:the\s+two|both)\s+(?:(?:town|city|regional|municipal|district"
                  r"|provincial|state|county)\s+)?"
                  r"(?:governors|akims|councils|governments|administrations|authorities)\b"
                  r"(?=\s+(?:(?:also"
                  r"|then|later|jointly|have|had|has)\s+){0,2}(?:signed|concluded|adopted"
                  r"|inked)\b)", re.I)
# A heading: a short line "A - B" (dash with spaces), optionally ": topic", no full stop.
_HEADING = re.compile(r"^\s*([A-Z][^:.;,]{1,50}?)(?:\s+[-–—]\s+|[-–—](?=[A-Z]))([A-Z][^:.;,]{1,50}?)"  # noqa: E501
                      r"\s*(?::|$)")


# "the two capitals have had a cooperation agreement since 2004": having one states it.
# ("the two regions have an agreement", "both towns now hold a memorandum", "both regions
# are also parties to the protocol")
_HAVE_DOC = re.compile(r"\s+(?:also\s+|already\s+|now\s+|still\s+)?"
                       r"(?:(?:have|has|had|holds?|held)\s+(?:had\s+)?(?:an?\s+|the\s+)?"
                       r"|(?:are|were|became)\s+(?:also\s+|both\s+)?(?:parties|signatories)\s+"
                       r"(?:to|of)\s+(?:an?\s+|the\s+)?)"
                       r"(?:[a-z]+\s+){0,3}(?:agreement|accord|memorand|treat|protocol|contract"
                       r"|road\s?map|programme)")


# A clause boundary between a twin word and a document after it: "A has been a twin town
# of B since 1992, and in 2015 the two cities signed an agreement on culture" (the
# agreement is no twinning's).
_CLAUSE_BETWEEN = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


# "local businesses from the two countries signed deals", "universities of both towns
# concluded an agreement": the pair only locates other actors, who sign. Those who act
# for the pair ("the heads of the two regions", "delegations of both cities") stand in
# for it and are left alone.
_OTHERS_OF = re.compile(
    r"\b(?!(?:representatives|heads|leaders|mayors|governors|officials|delegations|delegates"
    r"|administrations|authorities|governments|executives|chairmen|presidents|ministers"
    r"|envoys|ambassadors|prime|deputies|councils|parliaments|sides|parties)\b)"
    r"[a-z][a-z-]+s\s+(?:from|of|in)\s+$")


# The determiner that denies the document after it: "no agreement", "no formal
# memorandum".
_NO_DOC = re.compile(r"\b(?i:no)\s+(?:[a-z-]+\s+){0,2}$")


def parties_reference(text: str) -> tuple[tuple[int, int], str, str] | None:
    """``(span of the referring phrase, document kind, title)`` when ``text`` says the
    parties signed (concluded, adopted) a document; else None."""
    low = text.lower()
    if not any(w in low for w in ("parties", "sides", "partners", "two ", "both ", "twin ", "they ",
                                  "their ",
                                  "sister ", "partner ", "administrations", "authorities",
                                  "governments", "agencies", "universities", "parliaments",
                                  "assemblies", "legislatures")):
        return None  # a cheap test first: most sentences refer to no pair
    ref = _REF.search(text)
    if not ref or not (_SIGNED.search(text) or _HAVE_DOC.match(text, ref.end())
                       or _COOP_DOC.match(text, ref.end())):
        return None
    if _OTHERS_OF.search(text, max(0, ref.start() - 40), ref.start()):
        return None   # "businesses from the two countries signed deals": not the countries
    if ref.group(0).lower().startswith(("they", "both", "their")) and re.search(
            r"\bwith\s+(?!each\s+other|one\s+another)", text[ref.end():ref.end() + 120]):
        return None   # "Both signed agreements with Kazakh regions": not with each other
    twins = [t.span() for t in (*TWIN.finditer(text), *TWIN_WEAK.finditer(text))
             # (friendly relations of two regions are an agreement's subject, no twinning:
             # "the agreement on friendly relations between the two provinces")
             if not (_REGIONS_REF.search(ref.group(0))
                     and FRIENDLY_RELATIONS.match(text, t.start()))]
    docs = [d for d in _DOC.finditer(text) if not d.group(0).lower().startswith("document")
            # "an agreement on fraternal relations", "a partnership agreement between the
            # two towns": the twinning itself, no signing
            # ("The two cities were twinned in 1993 and later concluded a treaty": a verb of
            # its own, after the pair's twin words, signs the document)
            and not any(d.start() - 60 <= a and b <= d.start() + len(_title(text, d)) + 20
                        and not _CLAUSE_BETWEEN.search(text, b, d.start())
                        and not _SIGNED.search(text, b, d.start())
                        or a <= d.start() < b for a, b in twins)
            # "after the signing of this agreement": a paper reported before.
            and not re.search(r"\b(?:this|that|these|those|said|above)\s+(?:[a-z-]+\s+){0,2}$",
                              text[max(0, d.start() - 40):d.start()], re.I)
            # "no agreement was concluded", "the two cities signed no memorandum": a
            # document denied is signed by nobody
            and not _NO_DOC.search(text, max(0, d.start() - 30), d.start())]
    if not docs:
        return None
    # The document nearest the referring phrase in its own clause is the one its
    # parties signed ("A and B adopted a programme; the two capitals have had an
    # agreement since 2004").
    lo, hi = own_clause(text, *ref.span())
    here = [d for d in docs if lo <= d.start() < hi]
    last = max((d for d in docs if d.end() <= ref.start()), key=lambda d: d.end(), default=None)
    if last is not None and not _HAVE_DOC.match(text, ref.end()) and not any(
            d.start() > ref.start() for d in docs) and re.search(
            r";|,\s+(?:and|while|but|whereas)\s", text[last.end():ref.start()]):
        return None  # "A and B have signed 600 agreements, and ... guests from both countries"
    docs = here or docs
    d = min(docs, key=lambda d: abs(d.start() - ref.start()))
    return ref.span(), d.lastgroup, _title(text, d)


# The pair's further signings in the sentence of "the parties": "they" or "the two
# regions" before a verb of signing ("..., and in 2012 they concluded a protocol"), and an
# opening phrase's earlier document ("Apart from the framework agreement of 1998, the
# two regions signed a plan").
_REF_SIGNS = re.compile(r"\b(?:they|the\s+two\s+[a-z]+s|both\s+[a-z]+s|the\s+(?:same\s+)?"
                        r"(?:parties|sides|partners))\s+(?:(?:also|then|later|jointly|soon|have"
                        r"|had|has)\s+){0,2}(?:signed|concluded|adopted|inked)\s+"
                        r"(?:(?:an?|the|their|its|one)\s+)?(?:[\w-]+\s+){0,3}?(?=\w)", re.I)
_BESIDES_REF = re.compile(r"^\s*(?:Besides|Apart\s+from|In\s+addition\s+to|Alongside"
                          r"|On\s+top\s+of)\s+(?:the|their|its|an?)\s+"
                          r"(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+){0,3}(?=\w)")


def reference_documents(text: str, title: str | None) -> list[tuple]:
    """``(span, kind, title)`` of the documents other than the one titled ``title``
    that the pair of "the parties" signs in the same sentence (see ``_REF_SIGNS``,
    ``_BESIDES_REF``), in order."""
    if NEGATED.search(text):
        return []
    found = [_DOC.match(text, m.end()) for m in _REF_SIGNS.finditer(text)]
    opening = _BESIDES_REF.match(text)
    if opening and found:
        found.insert(0, _DOC.match(text, opening.end()))
    out, seen = [], {title}
    for d in found:
        if d is None or _title(text, d) in seen:
            continue
        seen.add(_title(text, d))
        out.append((d.span(), d.lastgroup, _title(text, d)))
    return out


_DOC_WORD = (r"(?:agreements?|memorand(?:um|a|ums)|protocols?|road\s?maps?|treat(?:y|ies)"
             r"|programmes?|action\s+plans?|plans?\s+of\s+[a-z]+|accords?|contracts?)")
# "An agreement with B was signed in 2004", "A memorandum of understanding with B has
# been concluded": the document names its partner, the passive no signer.
_DOC_WITH = re.compile(rf"\b{_DOC_WORD}\s+(?:[a-z-]+\s+){{0,5}}?with\b", re.I)
_AND_DOC_WITH = re.compile(rf",?\s+and\s+(?:in\s+\d{{4}}\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?"
                           rf"{_DOC_WORD}\s+(?:[a-z-]+\s+){{0,5}}?with\b", re.I)
_PASSIVE_SIGNED = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:[a-z]+ly\s+|also\s+)?(?:signed|concluded|adopted|inked|renewed"
                             r"|prolonged|extended|initial+ed)\b")
# "concluded agreements on trade, economic, scientific and cultural cooperation with":
# a document's subjects listed between the verb and "with" (a comma before a clause of
# its own, ", and talks with", ends it).
_SIGNED_DOC_WITH = re.compile(r"\b(?:signed|concluded|inked)\s+(?:[a-z]+\s+){0,2}?"
                              rf"{_DOC_WORD}\s+(?:on|of|in)\s+"
                              r"(?:[a-z-]+(?:,\s+(?!and\b|but\b|while\b|which\b)|\s+)){1,8}?"
                              r"with\b", re.I)
# A lead-in to the members it lists: "with the following (Russian) regions:", "with
# these partners -", "with four regions:".
_WITH_LEAD_IN = re.compile(r"\s*(?:the\s+)?(?:following|these|[a-z]+|\d+)\s+(?:[A-Z][a-z]+\s+)?"
                           r"(?:regions|cities|towns|provinces|districts|oblasts|companies"
                           r"|universities|partners|municipalities|counties|voivodeships)"
                           r"\s*[:–—-]\s*")


def _doc_with_signed(text: str) -> re.Match | None:
    """The "with" of a document named with its partner and signed in the passive, the
    partner's name (up to 60 characters) between them."""
    for w in _DOC_WITH.finditer(text):
        p = _PASSIVE_SIGNED.search(text, w.end(), w.end() + 90)
        if p and not re.search(r"[,;]", text[w.end():p.start()]):
            return w
    return None


def _listing_with(text: str) -> re.Match | None:
    """The "with" of a document whose subjects are listed before it, when a lead-in
    to a list follows ("concluded agreements on trade, economic and cultural
    cooperation with the following regions: ..."); without the list such a "with" is
    as often the subject's own partner in a longer clause."""
    w = _SIGNED_DOC_WITH.search(text)
    return w if w and _WITH_LEAD_IN.match(text, w.end()) else None


# "As a result, an agreement on cooperation was signed": a signing with no signer named.
def lone_with(text: str, mentions: list[Mention]) -> list[Mention]:
    """The parties of "an agreement was signed with B" when no party of the clause comes
    before the "with": the signer is the actor of the sentence before. A list after
    "with the regions of X:" gives each of its members.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "An agreement was also signed with Harju County."
    >>> [m.text for m in lone_with(s, find_mentions(s))]
    ['Harju County']
    >>> s = "Memoranda were signed with the regions of Latvia: Vidzeme and Latgale."
    >>> [m.text for m in lone_with(s, find_mentions(s))]
    ['Vidzeme', 'Latgale']
    """
    w = _SIGNED_WITH.search(text) or _doc_with_signed(text) or _listing_with(text)
    if not w or not _DOC.search(text):
        return []
    before = [m for m in mentions if m.end <= w.start() and not m.adjectival]
    after = [m for m in mentions if m.start >= w.end() and not m.refers]
    if before or not after:
        return []
    if re.fullmatch(r"\s*(?:the\s+)?", text[w.end():after[0].start]):
        run = run_after(text, after[0], after)
        # "..., and a memorandum with C in 2008": a gapped clause with the next partner
        for more in _AND_DOC_WITH.finditer(text, run[-1].end):
            nxt = next((m for m in after if m.start >= more.end()), None)
            if nxt is None or not re.fullmatch(r"\s*(?:the\s+)?", text[more.end():nxt.start]):
                break
            run += [m for m in run_after(text, nxt, after) if m not in run]
        return run
    lead = _WITH_LEAD_IN.match(text, w.end())
    named = [m for m in after if not m.adjectival]
    if lead and named and re.fullmatch(r"(?:the\s+)?", text[lead.end():named[0].start]):
        return run_after(text, named[0], named)   # "... with the following regions: A, B"
    listed = re.match(r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:regions|cities|provinces|districts"
                      r"|oblasts|companies|universities|partners)\s+of\s+(?:the\s+)?", text[w.end():])  # noqa: E501
    if listed and len(after) >= 2 and after[0].start == w.end() + listed.end() and \
            re.fullmatch(r"\s*[:–—-]\s*", text[after[0].end:after[1].start]):
        return run_after(text, after[1], after)
    return []


def actor(text: str, mentions: list[Mention]) -> Mention | None:
    """The first party of a sentence that no preposition governs ("in X", "of X", "from
    X"), or that acts "by" it: who does what the sentence tells.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "A plant opened in Narvik, built by Vektor from Latvia."
    >>> actor(s, find_mentions(s)).text
    'Vektor'
    """
    pro = _PRONOUN_SUBJECT.match(text)
    if pro is not None and not any(m.start < pro.end() and not m.adjectival for m in mentions):
        # "It borders Latvia and Lithuania": the pronoun is the subject, the places after
        # the verb are objects; "it" is the party spoken of ("They", "He": no named actor).
        if pro.group("p") == "It":
            return Mention("It", pro.start("p"), pro.end("p"), refers="Actor")
        return None
    governed = None
    for m in mentions:
        if m.adjectival or m.refers in ("Actor", "Place"):
            continue
        if governed is not None and joined(text, governed, m) and not _subject_after_opening(
                text, governed, m):
            governed = m  # "to A and B": B is governed like A
            continue
        if role_of(text, m) in (None, "by", "maker"):
            return _appositive_name(text, m, mentions) or m
        governed = m
    return None


# "Our largest exporter, X, ships ...": a possessive opening the subject's description,
# the name set off by commas after it.
_OWNER_DESCRIPTION = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*(?:the\s+)?$")


def _appositive_name(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The name in apposition to a subject that a possessive ("our", "its") opens: the
    subject is that firm, not the possessive's owner."""
    if m.text.lower() not in ("our", "its", "their"):
        return None
    nxt = next((x for x in mentions if x.start >= m.end and not x.adjectival), None)
    if nxt is None or nxt.refers or not _OWNER_DESCRIPTION.fullmatch(text, m.end, nxt.start):
        return None
    return nxt if text[nxt.end:nxt.end + 1] == "," else None


# A sentence whose subject is a pronoun before its verb ("It borders Latvia", "In 2004 it
# opened a plant in Orsha", "They lie on the Dnieper"); not an expletive ("It is
# important", "It was in 2004 that ...").
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:In|By|Since|From|Until|After|Before|Today|Now|Later"
                              r"|Then|Also)\b[^,.;:]{0,40}?,?\s+)?(?P<p>It|They|He|She)\s+"
                              r"(?!(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:important|"
                              r"necessary|possible|clear|worth|likely|known|said|reported|"
                              r"expected|estimated|in|not|true|noteworthy)\b)(?=[a-z])", re.I)


# "In Novopolotsk, the oil refinery Naftan also ...": the opening phrase's place, a comma,
# then the clause's subject (no list goes on after it).
_OPENING_PREP = re.compile(r"\s*(?:In|At|From|On|Near|Outside)\s+(?:the\s+)?$")


def _subject_after_opening(text: str, governed: Mention, m: Mention) -> bool:
    """Whether ``m`` is the subject after a sentence's opening phrase ("In X, the plant
    Y ships"), not the next member of a list with the place."""
    gap = text[governed.end:m.start]
    return bool(_OPENING_PREP.fullmatch(text, 0, governed.start)) and "," in gap and not \
        re.search(r"\b(?:and|or)\b", gap) and not re.match(r"\s*(?:[,;)]|and\b|or\b)",
                                                               text[m.end:])


def heading_sides(text: str) -> tuple[str, str] | None:
    """The two names of a heading ``A - B`` or ``A - B: topic``."""
    if len(text) > 120 or text.rstrip().endswith((".", "!", "?")):
        return None
    m = _HEADING.match(text)
    return (m.group(1).strip(), m.group(2).strip()) if m else None
