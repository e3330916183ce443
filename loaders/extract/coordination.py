"""One grammar of lists and coordination, shared by twinnings, agreements and supplies.

Parties come in lists: "A, B and C", "A (2003), B (Finland) and C", "A as well as
B"; in grouped pairs: "A with B and C, D with E", "A and B have agreements with C,
and D with E"; and in pair lists: "A and B, C and D". Every relation type reads its
lists here, so a list form learned for one type holds for the others.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "Tartu with Lahti and Kotka, Narva with Turku signed protocols."
>>> [(a.text, b.text) for a, b in grouped_pairs(s, find_mentions(s))]
[('Tartu', 'Lahti'), ('Tartu', 'Kotka'), ('Narva', 'Turku')]
>>> s = "to Norway (2015), Sweden and Finland"
>>> [m.text for m in run_after(s, find_mentions(s)[0], find_mentions(s))]
['Norway', 'Sweden', 'Finland']
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.ellipsis import opens_elided
from relgraph.loaders.extract.firms import FIRM_ORG_NOUNS
from relgraph.loaders.extract.mentions import Mention, known_place

FIRM_NOUNS = FIRM_ORG_NOUNS
_DEMONYM = "|".join(sorted((re.escape(d.title()) for d in DEMONYMS), key=len, reverse=True))
# Offices that act for their place or body: "the governor of B", "A's mayor".
# (a body's officers as its head: "the chief executive of the B Port Authority", "the
# director-general of B", "the CEO of B")
OFFICE = (r"(?:governor|head|chairman|chairwoman|chair|mayor|rector|director|president|minister"
          r"|chief\s+executive(?:\s+officer)?|CEO|(?:managing|executive)\s+director"
          r"|director[- ]general|secretary[- ]general"
          r"|akim|khokim|hokim|marshal|voivode|leadership|heads|leaders|representatives"
          r"|(?:first\s+)?deputy\s+(?:governor|head|chairman|mayor|minister))")
# "Astrakhan's governor and the akim of Atyrau": the office after a possessive acts for it;
# so does an organ ("Lublin's administration and Brest's executive committee").
_OWN_BODY = (rf"(?:(?:first\s+|vice[- ])?{OFFICE}"
             r"|(?:(?:city|town|regional|oblast|district|municipal|provincial|state)\s+)?"
             r"(?:administration|government|executive\s+committee|council|city\s+hall"
             r"|mayoralty|municipality|authorities|akimat|khokimiyat|hokimiyat|duma"
             r"|legislative\s+assembly))(?=\s|$)")
OWN_OFFICE = rf"['’]s\s+{_OWN_BODY}"
# "his counterpart from B", "her Russian counterpart, the governor of B": an office
# holder named by the office of the one before; B is whom the counterpart acts for.
COUNTERPART_HEAD = (rf"(?:his|her|their|its)\s+(?:(?:{_DEMONYM})\s+)?counterparts?"
                    rf"(?:\s*,\s*(?:the\s+)?{OFFICE}\s+of|\s+(?:from|of|in))")
COUNTERPART = rf"{COUNTERPART_HEAD}\s+(?:the\s+)?"
# Words that make a place noun a relation ("the twin town of B"): no description.
_TWIN_WORD = r"twin(?:ned)?|sister|partner\w*|fraternal|brother\w*|friend\w*|pobratim|kindred"
# "A and the Lithuanian spa town of B", "the old port city of B": the town described
# (not "the twin town of B": a relation word).
_DESCRIBED_TOWN = (rf"(?!(?:{_TWIN_WORD})\b)(?:[a-z][\w-]*\s+){{1,2}}"
                   r"(?:town|city|village|settlement|resort|port)\s+of\s+(?:the\s+)?")
# The same with a demonym before it, or a kind word alone, as the next member's opening
# after a repeated preposition ("and with the Lithuanian spa town of B").
DESCRIBED_PLACE = (rf"(?:(?:{_DEMONYM})\s+)?(?:{_DESCRIBED_TOWN}"
                   r"|(?:town|city|village|settlement|district|region|province|municipality"
                   r"|county|port)\s+of\s+(?:the\s+)?)")
# A kind word before the members it introduces, singular or plural, after up to two
# lower-case words that describe them: "voivodeship of", "coastal municipalities of".
_KIND_WORDS = (r"(?:towns?|cit(?:y|ies)|villages?|municipalit(?:y|ies)|communes?|regions?"
               r"|provinces?|districts?|oblasts?|count(?:y|ies)|voivodeships?|krais?"
               r"|prefectures?|cantons?|marzes|velayats?|aimags?|governorates?|okrugs?)")
LIST_KIND_OF = (rf"(?:(?!(?:{_TWIN_WORD})\b)[a-z][\w-]*\s+){{0,2}}{_KIND_WORDS}"
                r"\s+of\s+(?:the\s+)?")
_KIND_OF_END = re.compile(rf"\b{_KIND_WORDS}\s+of\s+(?:the\s+)?$")
# What may stand between two members of a list: a comma, "and", "as well as", "&",
# after an optional bracket ("(2003)", "(Finland)") and before an optional "the".
# The tier of government an organ belongs to, written before it ("the provincial
# government of A", "the departmental authorities of B").
ORGAN_TIER = (r"(?:regional|provincial|county|departmental|municipal|state|local|district"
               r"|cantonal|prefectural|federal|oblast|city|town)")
LIST_SEP = re.compile(
    # "the Governor of A S. Ivanov and B": the person who acts for A is no separator.
    r"(?:\s+(?:[A-Z][a-z]?\.\s?)+[A-Z][a-z][\w'’-]+)?"
    rf"(?:{OWN_OFFICE}"
    # "the A governor and the B council": a place's office written after its name
    r"|\s+(?:(?:first\s+)?deputy\s+)?(?:governor|mayor|akim|hokim|khokim|voivode|marshal"
    r"|prefect)(?=\s*,?\s*(?:and|&)\s))?"
    r"\s*(?:\([^()]{1,40}\)\s*)?"
    # "A (1996), B, 2004, and C", "A - since 2010, B": a member's date set off by a
    # comma or a dash, as a bracket sets it off
    r"(?:(?:,\s*|[-–—]\s*)(?:(?:in|since|from)\s+)?(?:19|20)\d\d(?:\s+on(?:wards)?)?\s*)?(?:"
    # "A and, on the Chinese side, B", "A and, since 2019, B", "A and, for the first time,
    # B": an aside after "and" is no separator (lower-case words or a year; not a clause
    # of its own, "and, if ..., B")
    r"and\s*,\s*(?:on\s+the\s+[A-Z]?[a-z]+\s+side"
    r"|(?!(?:which|who|whose|where|when|if|unless|whether|not|never)\b)"
    r"(?:[a-z\d][\w'’-]*\s+){0,4}[a-z\d][\w'’-]*)\s*,\s+"
    r"|,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+"
    r"|&\s*|;\s*(?=[A-Z]))(?:also\s+)?(?:the\s+)?"
    # "A and its Latvian neighbour B", "A and its Polish neighbour, the B Voivodeship": the
    # next member named as the first one's neighbour
    rf"(?:(?:its|their)\s+(?:(?:{_DEMONYM})\s+)?neighbou?r(?:ing\s+[a-z]+)?(?:\s*,\s*the)?\s+)?"
    # "A, B and the akimat of C": an organ word of the next party does not end the list.
    # "A and the Kazakh city of B": a kind word of the next party neither.
    rf"(?:(?:{_DEMONYM})\s+)?"
    # "A and the county authorities of B", "the provincial government of A and the
    # departmental authorities of B": the tier of the next party's organ neither
    rf"(?:{ORGAN_TIER}\s+(?=(?:government|administration|authorities|council|assembly"
    r"|executive)\b))?"
    # (written in capitals too: "the Chairman of the B Executive Committee", "the General
    # Assembly of B County", "the Executive Council of B")
    r"(?:(?i:akimat|government|administration|city\s+hall|mayoralty|municipality|executive"
    r"\s+committee|(?:general\s+|regional\s+|executive\s+|provincial\s+|county\s+)?"
    r"(?:council|assembly)|duma|hokimiyat|khokimiyat|city|town|village|region|province"
    r"|district|oblast|county|port"
    # "signed by the governor of A and the chairman of B": the office acts for B
    r"|governor|head|chairman|chairwoman|mayor|rector|director|president|minister"
    r"|chief\s+executive(?:\s+officer)?|CEO|(?:managing|executive)\s+director"
    r"|director[- ]general|secretary[- ]general)"
    r"\s+of\s+(?:the\s+)?"
    rf"|{_DESCRIBED_TOWN}"
    # "A and the Polish voivodeship of B", "A and the Lithuanian border municipalities of
    # B, C and D": the kind word of the next members, also plural, also described (not
    # "the twin towns of B": those are others; nor "the regions of Russia": joined())
    rf"|{LIST_KIND_OF}"
    # "A and the governments of the B and C regions": the organs of the next members
    r"|(?:akimats|governments|administrations|executive\s+committees|councils|authorities"
    r"|khokimiyats|hokimiyats)\s+of\s+(?:the\s+)?"
    # "A, the Estonian capital Tallinn and B": a capital named by its country neither
    r"|capital\s+(?:city\s+)?(?:of\s+(?:the\s+)?)?"
    rf"|{COUNTERPART}"
    # "A and the Lithuanian state group B": the next party's description neither.
    rf"|(?:[a-z][\w-]*\s+){{0,3}}(?:{FIRM_NOUNS})\s+)?")


# Between two members of a flat list: a comma, or (before the last) one "and", each
# after an optional bracket and before an optional "the"; nothing that groups members
# under an organ or a kind word ("and the governments of B and C", "and the coastal
# municipalities of B, C and D").
_FLAT_COMMA = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+)?")
_FLAT_AND = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?")
_PLURAL_KIND = re.compile(r"\b(?:towns|cities|villages|municipalities|communes|regions"
                          r"|provinces|districts|oblasts|counties|voivodeships|krais"
                          r"|prefectures|cantons|states)$", re.I)


def flat_list(text: str, ms: list[Mention]) -> bool:
    """True for three or more members written one by one, "A, B and C": single parties
    side by side, not a group of one side joined to another ("A and the B, C and D
    regions")."""
    if len(ms) < 3 or any(_PLURAL_KIND.search(m.text) for m in ms):
        return False
    seps = [text[a.end:b.start] for a, b in zip(ms, ms[1:], strict=False)]
    return all(_FLAT_COMMA.fullmatch(x) for x in seps[:-1]) and bool(_FLAT_AND.fullmatch(seps[-1]))
# "X University in Tartu and Y": the seat a body's name is followed by, before the list
# goes on.
_BODY_SEAT = re.compile(r"(?:\s*,)?\s+(?:(?:based|headquartered|located)\s+)?in\s+(?:the\s+)?"
                        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s*(?:,\s*)?and\s)")

# "- X Cooperative, Masaka (9 million litres)": an entry's firm with its town after a
# comma, then its figures or the line's end (read as the firm's seat, no member).
_ENTRY_SEAT = re.compile(r"\s*,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                         r"(?=\s*\((?=[\d\s]*[\da-z])|[ \t]*\n)")


def body_seat_end(text: str, a: Mention, b: Mention, at: int) -> int:
    """Where the list after a firm or body ``a`` goes on when its seat stands between it
    and ``b`` ("the University in Tartu and the Kalmar Chamber signed ..."): the seat is
    no party of its own (``Discourse.locate_firms``) and no separator; else ``at``."""
    if not (a.organisation or a.named_firm or a.kind_hint in ("Company", "Organization")):
        return at
    seat = _BODY_SEAT.match(text, at, b.start) or _ENTRY_SEAT.match(text, at, b.start)
    return seat.end() if seat else at


def joined(text: str, a: Mention, b: Mention) -> bool:
    """True when ``b`` follows ``a`` as the next member of one list, and not as the
    head of a gapped clause ("..., the Gomel region - with B": that clause's subject)."""
    if b.key in COUNTRY_BY_NAME and (IN_PLACE.fullmatch(text, a.end, b.start)
                                     or _KIND_OF_END.search(text, a.end, b.start)):
        # "Minsk, the capital of Belarus": where Minsk is; "A and the regions of
        # Russia": the regions are the members, the country names none
        return False
    return a.end <= b.start and bool(LIST_SEP.fullmatch(text, body_seat_end(text, a, b, a.end),
                                                        b.start)
                                     or repeated_preposition(text, a, b)
                                     or _located_before_semicolon(text, a, b)
                                     or along_with(text, a, b)
                                     or across_group(text, a, b)
                                     or _semicolon_member(text, a, b)) and not (
        "," in text[a.end:b.start] and _GAPPED_HEAD.match(text, b.end)) and not (
        _NEW_OWNER.match(text, b.end) and "and" in text[a.end:b.start]) and not (
        aside_subject(text, a.end, b)) and not (
        "," in text[a.end:b.start] and opens_elided(text, b.end)) and not (
        object_then_subject(text, a, b)) and not (
        "," in text[a.end:b.start] and contrast_opening(text, a))


# "Unlike A and B, C signed ...", "Besides A, C ships ...": a sentence's opening phrase of
# contrast, comparison or exception names those who are not the clause's parties; its
# comma ends their list.
_CONTRAST_OPENING = re.compile(
    r"(?:(?P<start>\A)|[.!?;:]\s+|\n)\s*(?:(?:[-–—•*]|\d{1,2}[.)])\s+)?(?:Unlike|Like|Just\s+like"
    r"|As\s+with|In\s+contrast\s+to|Contrary\s+to|Compared\s+(?:with|to)|Except\s+for"
    r"|Besides|Apart\s+from|Aside\s+from|Other\s+than|Rather\s+than)\s[^,;:.!?\n]*\Z"
    # "A, unlike B, ships ...", "... with C, in contrast to D": an aside of contrast ("like"
    # or "besides" there may bring examples or more members, and stay out)
    r"|,\s+(?:unlike|in\s+contrast\s+to|contrary\s+to|compared\s+(?:with|to)|except\s+for"
    r"|other\s+than|rather\s+than)\s[^,;:.!?\n()]*\Z")


def contrast_opening(text: str, m: Mention) -> bool:
    """Whether ``m`` stands in a sentence's opening phrase of contrast or exception
    ("Unlike A and B, ..."), whose comma closes the list it is in, or in such an aside
    ("A, unlike B, ...")."""
    lo = max(0, m.start - 200)
    found = _CONTRAST_OPENING.search(text, lo, m.end)
    return found is not None and not (lo > 0 and found.group("start") is not None)


# "A, along with B, signed ...", "A and B, together with the C Region, supply ...": a
# co-subject set off by commas after "along with" or "together with" (before the
# clause's verb only: "X is twinned with A, along with B" may as well make B a second
# twin of A).
_ALONG_WITH = re.compile(r"\s*,\s*(?:along|together)\s+with\s+(?:the\s+)?")
_ALONG_CLOSE = re.compile(r"(?:\s*(?:,|and)\s*(?:the\s+)?[A-Z][\w'’.-]*"
                          r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)*"
                          r"\s*,\s+(?:[a-z]+ly\s+|also\s+|all\s+|both\s+)?[a-z]")
_CLAUSE_OPEN = re.compile(r"[;:]")


def along_with(text: str, a: Mention, b: Mention) -> bool:
    """``b`` follows ``a`` after "along with" or "together with" in a co-subject set off
    by commas before the clause's verb ("Vitebsk, along with the Vitebsk Region, signed")."""
    if not _ALONG_WITH.fullmatch(text, a.end, b.start) or not _ALONG_CLOSE.match(text, b.end):
        return False
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(text, 0, a.start)), default=0)
    return _FINITE.search(text, opened, a.start) is None


# "in Poland (A, B), Lithuania (C) and Russia (D)": members grouped in brackets after
# their countries; a country before its bracket only locates the members in it.
_GROUP_GAP = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?"
                        r"(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\(\s*")
_GROUP_HEAD_GAP = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?")
_OPENS_GROUP = re.compile(r"\s*\(\s*[A-Z]")


def across_group(text: str, a: Mention, b: Mention) -> bool:
    """``b`` opens the next country's bracket of a list grouped by country, ``a`` closes
    the one before: "Poland (Elk, Gizycko), Lithuania (Alytus)" joins Gizycko and Alytus."""
    gap = _GROUP_GAP.fullmatch(text, a.end, b.start)
    return gap is not None and gap.group("head").lower() in COUNTRY_BY_NAME and \
        "(" in text[text.rfind(")", 0, a.start) + 1:a.start]


def group_head(text: str, a: Mention, b: Mention) -> bool:
    """``b`` is the country that heads the bracket after ``a``'s ("..., Gizycko),
    Lithuania (Alytus)"): no member, it only locates the members in its bracket."""
    return b.key in COUNTRY_BY_NAME and bool(_GROUP_HEAD_GAP.fullmatch(text, a.end, b.start)) \
        and bool(_OPENS_GROUP.match(text, b.end)) and \
        "(" in text[text.rfind(")", 0, a.start) + 1:a.start]


_NEXT_GROUP = re.compile(r"[^()]{1,80}" + _GROUP_GAP.pattern)


def heads_group(text: str, country: Mention, m: Mention) -> bool:
    """``country`` opens the first bracket of a list grouped by country and ``m`` is the
    bracket's first member: "in Poland (Elk, Gizycko), Lithuania (Alytus)"."""
    if country.key not in COUNTRY_BY_NAME or not re.fullmatch(r"\s*\(\s*",
                                                              text[country.end:m.start]):
        return False
    nxt = _NEXT_GROUP.match(text, m.start)
    return nxt is not None and nxt.group("head").lower() in COUNTRY_BY_NAME


# "imports beef from A, and the German firm B carries it to C": after the object of a
# preposition, ", and" and a party with a verb of its own open a new clause; so does a
# bare comma ("supplies tyres to A, the B plant ships bearings to C, and ...": clauses
# in a series).
_PREP_BEFORE = re.compile(r"\b(?:to|from|with|by|for|into)\s+(?:the\s+)?$")
_COMMA_AND = re.compile(r",\s+(?:and\s)?")
_CLAUSE_VERB = re.compile(r"(?:carries|takes|receives|uses|operates|produces|makes|assembles"
                          r"|processes|runs|holds|resells|distributes|transports|sends|gets|obtains)")


def object_then_subject(text: str, a: Mention, b: Mention) -> bool:
    """``b`` after ", and" opens a clause of its own, ``a`` being a preposition's object."""
    if not _COMMA_AND.search(text, a.end, b.start) or \
            not _PREP_BEFORE.search(text, max(0, a.start - 12), a.start):
        return False
    # (past the rest of a coordinated subject and an apposition set off by commas: "...,
    # and C and D, two mining towns, formalised their ties")
    word = _NEXT_WORD.match(text, _SUBJECT_REST.match(text, b.end).end())
    return word is not None and (_FINITE.fullmatch(word.group(1)) is not None
                                 or _CLAUSE_VERB.fullmatch(word.group(1)) is not None)


_SUBJECT_REST = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
                           r"(?:\s*,\s+(?:a|an|the|two|three|both)\s+[^,;.()]{1,60},)?")


# "A and, as everyone knows, B is ...": after an aside, a name before its verb opens a
# clause of its own; not after an aside that says whose side B is ("The Minsk Region
# and, on the Russian side, the Tula Region signed": co-signers).
_AND_ASIDE = re.compile(r"\band\s*,(?!\s*(?:on\s+the\s+[A-Z]?[a-z]+\s+side|for\s+(?:its|their)"
                        r"\s+part|in\s+turn|in\s+\d{4})\s*,)")
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def aside_subject(text: str, start: int, b: Mention) -> bool:
    """``b`` follows an aside after "and" (from ``start``) as the subject of a verb of
    its own: "A and, as everyone knows, B is the capital" is no list."""
    if not _AND_ASIDE.search(text, start, b.start):
        return False
    word = _NEXT_WORD.match(text, b.end)
    return word is not None and _FINITE.fullmatch(word.group(1)) is not None


# "A, Poland; B, Russia; and C": a country after a comma locates the member before it
# when a semicolon goes on with the list (the recogniser may read it into A's span).
_LOCATED_SEMICOLON = re.compile(r"\s*,\s*(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*;\s*"
                                r"(?:and\s+)?(?:the\s+)?")
_ENDS_LOCATED = re.compile(r",\s*(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")
_SEMICOLON_NEXT = re.compile(r"\s*;\s*(?:and\s+)?(?:the\s+)?")


# "with A; B, Poland; and C, Latvia": a member after a semicolon that is no clause (its
# locator, a semicolon or the end after it). LIST_SEP's own "; (?=[A-Z])" never matched:
# its look-ahead stood past the end of the gap it was matched against.
_SEMICOLON_GAP = re.compile(r"\s*;\s*(?:and\s+)?(?:the\s+)?")
_MEMBER_END = re.compile(r"\s*(?:,\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*)?(?:;|\.|$)")


def _semicolon_member(text: str, a: Mention, b: Mention) -> bool:
    return bool(_SEMICOLON_GAP.fullmatch(text, a.end, b.start)) and \
        bool(_MEMBER_END.match(text, b.end))


def _located_before_semicolon(text: str, a: Mention, b: Mention) -> bool:
    """"A, Poland; B": the country after ``a`` (in its span when the recogniser read it
    as ``a``'s location, or after it) and a semicolon before ``b``."""
    m = _LOCATED_SEMICOLON.fullmatch(text, a.end, b.start)
    if m is None and _SEMICOLON_NEXT.fullmatch(text, a.end, b.start):
        m = _ENDS_LOCATED.search(text, a.start, a.end)
    return m is not None and m.group("country").lower() in COUNTRY_BY_NAME and \
        text[a.start:a.end].lower() not in COUNTRY_BY_NAME


# "A is twinned with B, and C's harbour is larger", "..., and C's is D": a possessive
# after "and" opens a clause of its own (an office acts for its place: "B's governor").
_NEW_OWNER = re.compile(rf"['’]s\s+(?!{_OWN_BODY})")


# "bought by A, B, and by C", "sold to A and to B": the list's own preposition repeated
# before its next member, also after a member's date, a semicolon or a word that adds
# ("with A in 2002; with B in 2004; and with C", "with A and B, and in addition with C",
# "to A as well as to B").
# What a member may carry before the preposition is repeated: its description ("the
# Agrotechmash dealer company"), its seat ("in Kostanay"), its country in a bracket,
# the form of the tie ("tied with A by twin-town links since 1995 and with B"), and
# its date, in any order ("of A (Belarus) since 1997 and of B").
_MEMBER_TAIL = (r"(?:\s+(?:(?!(?:and|or|to|from|with|for|by|in|of)\b)[a-z][\w-]*\s+){0,3}"
                rf"(?:{FIRM_NOUNS})(?=[\s,;]))?"
                r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                r"(?:\s+by\s+(?:a|an|the)?\s*(?:[a-z][\w-]*\s+){0,3}"
                r"(?:relations|ties|links|agreements?|charters?|treaty|treaties|accords?)\b"
                r"(?:\s+of\s+[a-z]+)?)?"
                r"(?:\s*\([^()]{1,40}\)|\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4}){0,2}")
# "and to the Kazakh firm B": the next member's description after the preposition.
_FIRM_DESCRIBED = rf"(?:(?:{_DEMONYM})\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:{FIRM_NOUNS})\s+"
_AND_PREP = re.compile(_MEMBER_TAIL +
                       r"\s*(?:,?\s*(?:and|as\s+well\s+as)"
                       r"(?:\s*,?\s*in\s+addition\s*,?)?|;(?:\s*and\b)?)\s*"
                       # (", and, since 2010, with C": a date set off before it)
                       r"(?:,?\s*(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,\s*)?"
                       r"(?:also\s+)?(by|to|from|with|for|of)\s+(?:the\s+)?"
                       rf"(?:{DESCRIBED_PLACE}|{_FIRM_DESCRIBED})?")
# "of" governs a list only after a twin noun ("a partner city of A and of B"; not "the
# capital of A and of B").
_TWIN_OF = re.compile(rf"\b(?:{_TWIN_WORD})\s+(?:[a-z]+\s+)?(?:towns?|cit(?:y|ies)|regions?)?\s*$")


_NEVER_IN_NAME = frozenset({"by", "with", "from", "into", "between", "among"})


def repeated_preposition(text: str, a: Mention, b: Mention) -> bool:
    """``b`` continues the list ``a`` ends when the preposition before ``b`` is the one
    that governs the list ("bought by BelAZ, MAZ, and by KAMAZ"; not "from A and to
    B")."""
    rep = _AND_PREP.fullmatch(text, a.end, b.start)
    if rep is None or ";" in rep.group(0) and _verb_follows(text, b.end):
        return False
    lo = max(0, a.start - 160, text.rfind(";", 0, a.start) + 1)
    before = text[lo:a.start]
    # the nearest preposition before the list's members (names and commas between)
    last = None
    for m in re.finditer(r"\b(by|to|from|with|for|in|into|of|on|at|between|among)\b", before,
                         re.I):
        if m.group(1).lower() in _NEVER_IN_NAME or \
                not re.search(r"(?:-|\b[A-Z][\w'’]*\s)$", before[:m.start()]):
            last = m  # not inside a name ("Republic of Tatarstan", "Rostov-on-Don"; a
            # name does not hold "with" or "by": "by the Gomel Region with C")
    if rep.group(1) == "of" and (last is None or not _TWIN_OF.search(before, 0, last.start())):
        return False
    return last is not None and last.group(1).lower() == rep.group(1).lower() and \
        re.fullmatch(r"\s+(?:the\s+)?(?:[A-Z\"«“][^;.()]*?)?(?:,\s*|\s+and\s+|\s+)?",
                     before[last.end():]) is not None


# (not a date: "A, B and C - from 2025 on")
_GAPPED_HEAD = re.compile(r"\s*[-–—]\s*(?:with|to|from)\b(?!\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)")


# ", the capital of", ", a town in the": an apposition that says where a town is.
TOWN_APPOSITION = (r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:centre|center|town|city|village"
                   r"|settlement|capital|port)\s+(?:of|in)\s+(?:the\s+)?")
# "A in Lithuania", "Minsk, the capital of Belarus, and ...": what only places a member.
IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?|" + TOWN_APPOSITION)
# What introduces examples of a group: "coal companies such as A", "regions, including B".
EXAMPLES = r"(?:including|such\s+as|notably|in\s+particular|among\s+them|like|e\.\s?g\.,?)"


# "A (Poland, 1994), B": a bracket opened right after a member, closed after the place;
# "A, Poland; B" or "... and C, Latvia.": a comma before it, a semicolon or the end after.
_OPEN_BRACKET = re.compile(r"\s*\([^()]{0,20}")
_CLOSE_BRACKET = re.compile(r"[^()]{0,30}\)")
_COMMA = re.compile(r"\s*,\s*")
_LOCATOR_END = re.compile(r"\s*(?:;|\.|$)")


def locates(text: str, a: Mention, b: Mention) -> bool:
    """``b`` is a country that only says where the list member ``a`` is, with the list
    going on after it: "Alytus in Lithuania, Elk in Poland and Ruse in Bulgaria"; or any
    place set off by commas after "in": "the towns of A, in B department, and C, in D,"."""
    if b.adjectival:
        return False
    if _SET_OFF_IN.fullmatch(text, a.end, b.start) and _SET_OFF_CLOSE.match(text, b.end):
        return known_place(_KIND_WORD_AFTER.sub("", b.text))
    return b.key in COUNTRY_BY_NAME and bool(
        IN_PLACE.fullmatch(text, a.end, b.start)) and bool(re.match(
            r"\s*(?:,|and\b|as\s+well\s+as\b|[.;]|$)", text[b.end:]))


_SET_OFF_IN = re.compile(r"\s*,\s+in\s+(?:the\s+)?")
_SET_OFF_CLOSE = re.compile(r"\s*,")
_KIND_WORD_AFTER = re.compile(r"\s+(?:department|province|region|county|district|oblast|state)$",
                              re.I)


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def seat_of(text: str, a: Mention, b: Mention) -> bool:
    """``b`` is the town ``a`` is of, inside a list: "Belshina of Bobruisk, Mogilevliftmash
    and Grodno Azot" (the list goes on past the town, which is no member)."""
    # (a place before "of" is a gapped pair's, "A is a twin town of B, and C of D")
    return bool(_OF.fullmatch(text, a.end, b.start)) and b.kind_hint in (None, "City") and \
        not b.adjectival and not a.adjectival and b.key not in COUNTRY_BY_NAME and \
        a.kind_hint not in ("City", "Region", "Country") and known_place(b.text) and \
        not known_place(a.text)


def _set_off(text: str, a: Mention, b: Mention) -> bool:
    """The country ``b`` only locates the list member ``a``, set off from it: in a
    bracket ("A (Poland, 1994), B (Russia, 2001) and C") or after a comma ("A, Poland;
    B, Russia; and C, Latvia"). The next member joins ``a`` across it."""
    if b.key not in COUNTRY_BY_NAME or b.adjectival or a.key in COUNTRY_BY_NAME:
        return False
    if _OPEN_BRACKET.fullmatch(text, a.end, b.start) and _CLOSE_BRACKET.match(text, b.end):
        return True
    return bool(_COMMA.fullmatch(text, a.end, b.start) and _LOCATOR_END.match(text, b.end)
                and a.kind_hint not in ("Company", "Organization"))


# "to Kazakhstan (Kostanay, Pavlodar)": the places in a bracket right after a country.
_COUNTRY_BRACKET = re.compile(r"\s*\(\s*")


def _bracketed_members(text: str, first: Mention, ms: list[Mention]) -> Mention:
    """The first place in the bracket after a country ("shipped combines to Kazakhstan
    (Kostanay, Pavlodar)": the places are the parties, the country only says where they
    are; it gives them its country); else ``first``."""
    cc = COUNTRY_BY_NAME.get(first.key)
    if cc is None or first.adjectival:
        return first
    inner = next((m for m in ms if m.start >= first.end), None)
    close = text.find(")", first.end)
    if inner is None or close < 0 or inner.end > close or inner.key in COUNTRY_BY_NAME \
            or not _COUNTRY_BRACKET.fullmatch(text, first.end, inner.start):
        return first
    # ("to Kazakhstan (Astana) and Kyrgyzstan": a list that goes on without brackets
    # keeps its countries)
    goes_on = _GROUP_HEAD_GAP.match(text, close)
    group = _GROUP_GAP.match(text, close)
    if goes_on and text[goes_on.end():goes_on.end() + 1].isupper() and not (
            group and group.group("head").lower() in COUNTRY_BY_NAME):
        return first
    for m in ms:
        if inner.start <= m.start and m.end <= close and not m.country_hint:
            m.country_hint = cc
    return inner


def _in_note(text: str, tail: Mention, m: Mention) -> bool:
    """Whether ``m`` stands in a bracketed note right after the member ``tail`` ("United
    Kingdom (CTC tea, about 9 million kg), Iran"): what the note names is no member, and
    the list goes on after it."""
    gap = _NOTE_OPEN.match(text, tail.end)
    if gap is None:
        return False
    close = text.find(")", gap.end())
    return close > 0 and m.end <= close and "(" not in text[gap.end():m.start]


_NOTE_OPEN = re.compile(r"\s*\(")
# (a longer note than a list's separator allows, then the next member after a comma)
_PAST_NOTE = re.compile(r"\s*\([^()]{1,100}\)\s*(?:,|;)(?:\s*and)?\s*")


def run_after(text: str, first: Mention, ms: list[Mention]) -> list[Mention]:
    """``first`` and the parties listed right after it."""
    first = _bracketed_members(text, first, ms)
    run, tail = [first], first   # tail: where the next member is joined (a locator's end)
    for m in ms:
        if m.start <= run[-1].start or m.start < tail.end:
            continue
        if tail is run[-1] and (_set_off(text, tail, m) or group_head(text, tail, m)
                                or _in_note(text, tail, m)):
            continue
        if (joined(text, tail, m) or tail is run[-1] and _PAST_NOTE.fullmatch(
                text, tail.end, m.start)) and not m.refers:
            run.append(m)
            tail = m
        elif tail is run[-1] and (locates(text, tail, m) or seat_of(text, tail, m)):
            tail = m
        else:
            break
    return run


def runs(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """Maximal lists in ``ms`` (in text order); a country that locates a member inside
    a list ("A in Lithuania, B in Poland", "A (Poland), B", "A, Poland; B") is no member."""
    out: list[list[Mention]] = []
    tail = None
    for m in ms:
        if out and tail is out[-1][-1] and (_set_off(text, tail, m) or group_head(text, tail, m)):
            continue
        if out and joined(text, tail, m) and not m.refers:
            out[-1].append(m)
        elif out and tail is out[-1][-1] and (locates(text, tail, m) or seat_of(text, tail, m)):
            pass
        else:
            out.append([m])
        tail = m
    # A locator after the last member stays a list of its own, as before.
    return out


# "with the akimats of the A and B oblasts": the organs of the parties named next.
_ORGANS_OF = (r"(?:(?:akimats?|governments?|administrations?|executive\s+committees?|councils?"
              r"|authorities|legislative\s+assembl(?:y|ies)|khokimiyats?)\s+of\s+(?:the\s+)?)?")
_WITH = re.compile(r"\s+(?:signed\s+(?:[a-z]+\s+){0,3})?with\s+(?:the\s+)?")


# "the agreements of A with B and of C with D": a document's "of ... with" names its pair.
_OF_WITH_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}with\s+(?:the\s+)?" + _ORGANS_OF)
_AND_OF = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?"
                     r"(?:also\s+)?of\s+(?:the\s+)?" + _ORGANS_OF)


def of_with_pairs(text: str, ms: list[Mention], at: int) -> list[tuple[Mention, Mention]]:
    """The pairs of a noun that starts at ``at``'s "of": "agreements of A with B and C,
    and of D with E" gives (A, B), (A, C), (D, E).

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "the memoranda of Lida with Alytus and of Slonim with Druskininkai"
    >>> [(a.text, b.text) for a, b in of_with_pairs(s, find_mentions(s), 13)]
    [('Lida', 'Alytus'), ('Slonim', 'Druskininkai')]
    """
    out: list[tuple[Mention, Mention]] = []
    m = re.match(r"\s+of\s+(?:the\s+)?" + _ORGANS_OF, text[at:])
    pos = at + m.end() if m else -1
    while pos >= 0:
        head = next((x for x in ms if x.start == pos), None)
        if head is None:
            break
        heads = run_after(text, head, ms)
        w = _OF_WITH_GAP.match(text, heads[-1].end)
        first = next((x for x in ms if w and x.start == w.end()), None)
        if first is None:
            break
        tails = run_after(text, first, ms)
        out += [(h, t) for h in heads for t in tails]
        nxt = _AND_OF.match(text, tails[-1].end)
        pos = nxt.end() if nxt else -1
    return out


# ", and C with D", "; C - with D": a clause whose verb is the one before it (gapping).
_GAP_OPEN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?"
                       r"(?:19|20)\d\d\s*)?(?:;|,)\s*(?:and\s+|while\s+)?"
                       # "concluded by A with B, and by C with D": the agent repeats "by"
                       r"(?:by\s+)?(?:the\s+)?")
# ("..., and C one with D", "and C a similar one with D": a pro-form for the document)
_PRO_ONE = r"(?:(?:one|another|a\s+(?:similar|new|second)\s+one|the\s+same)\s+)?"
_GAP_WITH = re.compile(r"\s*(?:[-–—]\s*)?" + _PRO_ONE + r"with\s+(?:the\s+)?" + _ORGANS_OF)
_GAP_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?"
                      r"(?:19|20)\d\d\s*)?(?:[.;,]|$)")


def gapped_pairs(text: str, ms: list[Mention], after: int) -> list[tuple[Mention, Mention]]:
    """Pairs of clauses that leave out the verb of the clause ending at ``after``:
    "A signed agreements with B in 2011, and C with D in 2013"; "A concluded
    agreements with B; C - with D and E". Each gapped clause is a name, "with" and a
    list, and nothing else up to the next comma, semicolon or full stop.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Lida signed a pact with Alytus in 2004, and Slonim with Druskininkai in 2009."
    >>> [(a.text, b.text) for a, b in gapped_pairs(s, find_mentions(s), 30)]
    [('Slonim', 'Druskininkai')]
    """
    out: list[tuple[Mention, Mention]] = []
    pos = after
    while True:
        g = _GAP_OPEN.match(text, pos)
        head = next((x for x in ms if g and x.start == g.end()), None)
        if head is None or head.refers:
            return out
        w = _GAP_WITH.match(text, head.end)
        first = next((x for x in ms if w and x.start == w.end()), None)
        if first is None:
            return out
        tails = run_after(text, first, ms)
        if not _GAP_END.match(text, tails[-1].end):
            return out
        out += [(head, t) for t in tails]
        pos = tails[-1].end


_BINDS = re.compile(r"\b(?:bind|binds|bound|link|links|linked|tie|tied|join|joins|joined"
                    r"|connects?|connected)\b")


# "the Smolensk town of", "the Moscow Region town of": a region's name that locates the
# town named after "of".
_REGION_TOWN = (r"(?:[A-Z][\w'’-]*\s+){1,2}(?:[a-z][\w-]*\s+)?(?:town|city|village|settlement"
                r"|resort|port)\s+of\s+(?:the\s+)?")


# The rest of a head's description after the place that locates it: "[Saarland] village
# of", "[Moscow Region] town of".
_LOCATES_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:town|city|village|settlement|resort"
                           r"|port)\s+of\s+(?:the\s+)?[A-Z]")


# What stands between two groups: a bracket or a date of the group before ("A is a twin
# town of B since 2008, and C of D"), a comma or a semicolon, a bullet, "and".
# A pair's "with" right after its first side ("of A with B"), before the second.
_THEN_WITH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?with\s")
_GROUP_SEP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?P<date>(?:,\s*)?(?:in|since|from)\s+"
                        r"(?:[A-Z][a-z]+\s+)?\d{4}\s*)?"
                        r"(?:\([^()]{1,40}\)\s*)?(?:,|;)?\s*(?:[-–•*]\s+)?(?:and\s+)?"
                        # ("the twinnings of A with B and of C with D": the "of" repeated)
                        r"(?:of\s+)?(?:the\s+)?"
                        # (the next head described by its kind: "..., and the Saxon village
                        # of C with D", "and the Moselle town of C of D")
                        rf"(?:{DESCRIBED_PLACE}|{_REGION_TOWN})?")


_GROUP_SEP_BY = re.compile(_GROUP_SEP.pattern + r"by\s+(?:the\s+)?")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


# A verb of a gapped group's own: a finite one, or a word that is no preposition before
# an object ("built a new road").
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:is|are|was|were|has|have|had|will|[a-z]{3,}ed)\b"
    r"|(?!(?:on|in|of|for|to|at|by|about|with|and|or|as|under|over|into|from|until|since"
    r"|within|during)\b)[a-z]+\s+(?:a|an|the|their|its|new)\b)")


def grouped_pairs(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"A with B and C, D with E" (each head with its own list), also after a shared
    verb: "A and B have agreements with C, and D with E". Empty unless at least two
    groups are found, so a plain "A with B" is left to the other rules."""
    groups: list[tuple[list[Mention], list[Mention]]] = []
    i = 0
    prep = "with"
    while i < len(ms):
        heads = run_after(text, ms[i], ms)
        last = heads[-1]
        # "A and B have agreements with C": the heads, then up to 40 characters, then "with"
        # (or "of": "A is a twin town of B"). The groups after it repeat that preposition
        # alone: "..., and C with D", "..., and C of D".
        after = text[last.end:last.end + 60]
        if not groups:
            # (a member described by its kind: "with the Ukrainian town of Shatsk")
            w = re.match(rf"(?:\s+[a-z][\w-]*){{0,5}}?\s+(with|of|to)\s+(?:the\s+)?"
                         rf"(?:{DESCRIBED_PLACE}|{_REGION_TOWN})?{_ORGANS_OF}", after)
            if w and w.group(1) == "of" and not re.search(
                    r"\b(?:twin|sister|partner|friend)", w.group(0)):
                w = None  # "of" links a pair only after a twin noun ("a twin town of")
            if w and w.group(1) == "to" and not _BINDS.search(text, 0, last.end + w.end()):
                w = None  # "to" only after a verb that binds ("ties bind A to B, C to D")
            if w and w.group(1) == "of" and any(
                    m.start == last.end + w.end() and _THEN_WITH.match(text, m.end) for m in ms):
                # "X marked the twinnings of A with B and of C with D": the twin noun's
                # "of" names a pair's first side, no twin of X
                i += 1
                continue
            prep = w.group(1) if w else "with"
        else:
            w = re.match(rf"\s+{_PRO_ONE}{prep}\s+(?:the\s+)?(?:{DESCRIBED_PLACE}|{_REGION_TOWN})?"
                         rf"{_ORGANS_OF}", after)
        # (the region that only locates the member is no member: "with the Bryansk town
        # of B")
        nxt = [m for m in ms if m.start >= last.end + (w.end() if w else 0)]
        if w and nxt and nxt[0].start == last.end + w.end():
            tail = run_after(text, nxt[0], ms)
            # A new group may start inside the tail: "with B and C, D with E".
            # (or at a place that only describes the next head: "with B, and the Saarland
            # village of D with E": Saarland locates D)
            cut = next((k for k in range(1, len(tail)) if re.match(rf"\s+{prep}\b",
                                                                  text[tail[k].end:])
                        or _LOCATES_NEXT.match(text, tail[k].end)), None)
            if cut is not None:
                tail = tail[:cut]
            groups.append((heads, tail))
            i = ms.index(tail[-1]) + 1
            continue
        i += 1
    if len(groups) < 2:
        return []
    # Groups must follow each other as one list ("..., D with E"), not two sentences' worth.
    # (after a first group with its verb, "A signed ... with B in 2011", a later group
    # followed by a verb is a clause of its own: ", and C with D built a road"; "A with B,
    # C with D signed" shares the verb after them; a group's date may stand after it:
    # "A is a twin of B since 2019 and C of D")
    verb_first = _FINITE.search(text, groups[0][0][0].end, groups[0][1][0].start)
    by_heads = _BY_BEFORE.search(text, max(0, groups[0][0][0].start - 8), groups[0][0][0].start)
    for (_, t1), (h2, t2) in zip(groups, groups[1:], strict=False):
        sep = _GROUP_SEP.fullmatch(text, t1[-1].end, h2[0].start)
        if sep is None and by_heads:
            # "by A with B and C, and by D with E": each group repeats its "by"
            sep = _GROUP_SEP_BY.fullmatch(text, t1[-1].end, h2[0].start)
        if sep is None:
            return []
        if verb_first and _OWN_VERB_AFTER.match(text, t2[-1].end):
            return []
        if sep.group("date") and not _GROUP_END.match(text, groups[-1][1][-1].end):
            return []   # "..., and Tyumen with Petropavl built a road": a clause of its own
    return [(h, t) for heads, tails in groups for h in heads for t in tails]


# What may close the last group of a gapped list after a dated one: its own date or
# bracket, then the clause's end ("..., and Bukhara of Kazan since 2017.").
# ("..., and C with D only in 2014": an adverb before the group's date)
_GROUP_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:(?:only|just|already)\s+)?"
                        r"(?:since|in|from)\s+(?:[A-Z][a-z]+\s+)?"
                        r"(?:19|20)\d\d\s*)?(?:\[[^\[\]]{1,20}\]\s*)?(?:[,;.)]|$|respectively\b)")
# "in 2016", "in March 2019", "in the following years", "later", "subsequently": what may
# open a coordinated clause before its subject.
_ADVERBIAL = (r"(?:(?:in|on|since|by)\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,2}(?:(?:19|20)\d\d|years?"
              r"|decades?)|later|then|subsequently|also|soon|afterwards),?")
# ", and the Almaty Region has ...": a coordinated clause with a subject of its own.
# (", and the dealer Agrotek in Almaty purchases ...", ", and the Kurgan bus maker KAvZ
# sold ...": a firm's description before the name and its seat after it belong to the
# new subject)
_NEW_SUBJECT = re.compile(r",\s+and\s+(?=(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])"
                          r"|(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,2}"
                          rf"(?:{FIRM_NOUNS})\s+"
                          # (", and the Uzbek city of Samarkand buys ...": the kind word
                          # of a place, only after a clause with a verb, see own_clause)
                          r"|(?P<kind>(?:[A-Z][\w-]+\s+)?(?:town|city|village|region|district"
                          r"|province|oblast|capital)\s+of\s+(?:the\s+)?(?=[A-Z])))?"
                          r"[A-Z][\w-]+"
                          r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w-]+)*"
                          r"(?:\s+\([^()]{1,20}\))?"
                          r"(?:\s+(?:in|from|of|based\s+in)\s+(?:the\s+)?[A-Z][\w-]+"
                          # (", and Slonim of our region became ...": the speaker's region)
                          r"|\s+(?:in|from|of)\s+(?:our|its|their)\s+(?:region|district"
                          r"|province|oblast|county|country|area))?"
                          # (", and C in turn signed ...", ", and C, for its part, signed")
                          r"(?:,?\s+(?:in\s+turn|for\s+(?:its|their)\s+part),?)?"
                          r"\s+(?:[a-z]+\s+)?"
                          r"(?:has|have|had|is|are|was|were|signed|concluded|agreed|adopted|became"
                          r"|supplies|supplied|exports|exported|ships|shipped|sells|sold|buys|bought"
                          r"|purchases|imports|receives|orders|acquires|procures"
                          r"|sent|sends|delivers|will|would|shall|can|could|plans|intends"
                          # irregular past forms: ", and C later built fraternal ties with D"
                          r"|built|made|set|struck|forged|took|began|kept|keeps|held|won|got|gets|obtains"
                          # ", and Salo maintains ties of friendship with Novgorod"
                          r"|maintains|enjoys|counts|remains|cooperates|hosts|links|binds"
                          r"|[a-z]{3,}ed)\b)"
                          # "A has been a twin of B since 1994, C and D renewed their
                          # charter, ...": a bare comma before a subject and its verb
                          # (see own_clause)
                          r"|,\s+(?P<bare>)(?=[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?\s+(?:also\s+)?"
                          r"(?:has|have|had|signed|concluded|became|renewed|established"
                          r"|formali[sz]ed|maintains|maintain|keeps|keep|kept|hosted|partnered"
                          r"|twinned|agreed|adopted)\b)"
                          # ", and the state has an agreement with C", ", and the
                          # département sells ...": a place or firm named by its kind
                          # word opens a clause of its own as a name does
                          r"|,\s+and\s+(?=(?:the|this|that)\s+(?:state|province|region|oblast"
                          r"|d[ée]partement|county|prefecture|voivodeship|krai|city|town"
                          r"|municipality|company|firm|plant|group)\s+(?:(?:also|now|later"
                          r"|itself|too)\s+)?(?:has|have|had|is|was|signed|concluded|agreed"
                          r"|adopted|became|supplies|supplied|exports|exported|ships|shipped"
                          r"|sells|sold|buys|bought|delivers|delivered|maintains|keeps)\b)"
                          # ", and in 2019 the capitals extended it": a later event of its own.
                          r"|,\s+and\s+(?=(?:in|on|since|by)\s+(?:[A-Za-z]+\s+){0,2}(?:19|20)\d\d,?"
                          r"\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,3}(?:[a-z]+ed|signed|became|has|have)\b)"
                          # ", while QazaqGaz supplies ...": a contrasted clause of its own.
                          r"|,\s+(?:while|whereas|but)\s+(?=(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z])"
                          # ", and in 2016 a similar agreement was concluded with C", ", and
                          # in the following years agreements were signed with C": a passive
                          # clause of its own, whose parties are not the first clause's.
                          rf"|,\s+and\s+(?=(?:{_ADVERBIAL}\s+)?(?:[\w-]+\s+){{0,8}}?"
                          r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:signed|concluded|adopted|supplied|delivered|shipped|sent|exported"
                          r"|sold|formali[sz]ed|established|added)\b)")


# A finite verb of a clause (what the first of two coordinated clauses has).
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|signed|concluded|became"
                     r"|supplies|exports|ships|sells|buys|sold|bought|imports|delivers"
                     r"|[a-z]{3,}ed)\b")


# A semicolon ends a clause, except before the list's own preposition repeated ("with A
# in 2002; with B in 2004; and with C in 2008", "to A; to B": no verb of its own), or
# before a member located by its country after a comma ("A, Poland; B, Russia; and C,
# Latvia").
_SEMICOLON = re.compile(r";(?:\s*(?:and\s*)?"
                        # ("; and, since 2022, to C": a date set off before the preposition)
                        r"(?:,?\s*(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,\s*)?"
                        r"(?:also\s+)?(?P<prep>with|to|from|for|by)\s"
                        r"|(?P<located>\s*(?:and\s+)?(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}"
                        r",\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*(?:[;.]|$)))?")
# "A and B have been twin cities since 2022; C and D since 2015": a pair and its date
# alone after the semicolon, the verb left out, is no clause of its own.
_NAME = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_GAPPED_PAIR_AFTER = re.compile(rf";\s*(?:and\s+)?{_NAME}\s+and\s+{_NAME}\s+(?:since|in|from"
                                r"|as\s+early\s+as)\s+(?:19|20)\d\d\s*(?:[;.]|$)")
_PREP_NAME = re.compile(r"\b(with|to|from|for|by)\s+(?:the\s+)?[A-Z]")
# "buys engines from A; axles from B", "sells carbamide to A; and ammonia to B": goods
# and their party alone after the semicolon, the verb left out, go on with its clause.
_GAPPED_GOODS_AFTER = re.compile(r";\s*(?:and\s+)?(?:(?:its|their|our|the)\s+)?"
                                 r"(?:(?!(?:in|since|until|during|by|for|comes?|came|go|goes|went|arrives?"
                                 r"|moves?|travels?|flows?|rose|fell|grew|rises?|falls?|grows?|flew|fl(?:y|ies)"
                                 r"|ran|runs?|drove|drives?|rode|sailed|sails?|turns?|looks?"
                                 r"|belongs?|speaks?|spoke|talks?|writes?|wrote|said|says?"
                                 r"|gave|gives?|took|takes?|sent|sends?|brought|brings?)\s)"
                                 r"[a-z][\w-]*\s+){1,3}"
                                 # (the party, or a list of them, ends the clause: "; sales
                                 # to B fell" has a verb of its own after it)
                                 rf"(?:from|to|into)\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*"
                                 r"\s*(?:[.;,]|$)")
# "supplies tractors to A; Russia grain to B": a party, its goods and its recipients after
# the semicolon, the verb left out (the goods words as above, none a verb).
_GAPPED_SUPPLIER_AFTER = re.compile(
    _GAPPED_GOODS_AFTER.pattern.replace(r"(?:(?:its|their|our|the)\s+)?", _NAME + r"\s+", 1))


def _verb_follows(text: str, at: int) -> bool:
    """A finite verb stands between ``at`` and the next semicolon or the end: "...; with
    C and D it signed ..." is a clause of its own."""
    end = text.find(";", at)
    return bool(_FINITE.search(text, at, len(text) if end < 0 else end))


def clause_semicolons(text: str) -> list[int]:
    """Where the semicolons that end a clause stand (see ``_SEMICOLON``)."""
    out = []
    for m in _SEMICOLON.finditer(text):
        if m.group("located") or _GAPPED_PAIR_AFTER.match(text, m.start()):
            continue
        if (_GAPPED_GOODS_AFTER.match(text, m.start()) or _GAPPED_SUPPLIER_AFTER.match(
                text, m.start())) and not _verb_follows(text, m.end()):
            continue
        if m.group("prep") and not _verb_follows(text, m.end()):
            # (the preposition of the last member before it, since the last clause)
            last = [p.group(1) for p in _PREP_NAME.finditer(text, out[-1] + 1 if out else 0,
                                                              m.start())]
            if last and last[-1] == m.group("prep"):
                continue
        out.append(m.start())
    return out


# "..., when A, B and C concluded ...": the name after the subordinating word opens the
# list of the subordinate clause's subjects; the comma after it is the list's.
_SUBORDINATE_LIST = re.compile(r"\b(?:when|after|once|as|because|before|until|where|while"
                               r"|whereas|although|though|if)\s+(?:the\s+)?"
                               r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s*$")


def own_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The coordinated clause holding ``text[start:end]``: "A and B are twins, and the
    C Region has an agreement with D" is two clauses."""
    lo, hi = 0, len(text)
    for m in _NEW_SUBJECT.finditer(text):
        if (m.group("kind") and not _FINITE.search(text, 0, m.start())) or (
                m.group("bare") is not None and (not _FINITE.search(
                    text, max(text.rfind(":", 0, m.start()), text.rfind(";", 0, m.start()), 0),
                    m.start()) or _SUBORDINATE_LIST.search(text, 0, m.start()))):
            continue  # "Lida, a district centre of X, and the Russian town of Y became
            # twin towns": one coordinated subject, no clause before it; "Lahti, Porvoo
            # and Viljandi renewed ...", "...: Kapan, Goris and Sisian concluded ...": a
            # list of subjects (a bare comma opens a clause only after a clause with a
            # verb since the last colon: "A has been a twin of B since 1994, C and D
            # renewed their charter")
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = min(hi, m.start())
    for at in clause_semicolons(text):
        if at + 1 <= start:
            lo = max(lo, at + 1)
        elif at >= end:
            hi = min(hi, at)
    return lo, hi


_DASH = re.compile(r"\s*[-–—]\s*")


def dash_pairs(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs written with a dash and listed with commas: "Minsk - Belgrade (2010), Grodno
    - Novi Sad (2013)". A pair stands alone only in such a list of two or more.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Twins: Minsk - Lyon (1976), Brest - Narva (2015)."
    >>> [(a.text, b.text) for a, b in dash_pairs(s, find_mentions(s))]
    [('Minsk', 'Lyon'), ('Brest', 'Narva')]
    """
    pairs: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(ms) - 1:
        a, b = ms[i], ms[i + 1]
        if a.end < b.start and _DASH.fullmatch(text, a.end, b.start) and " " in text[a.end:b.start]:
            if pairs and not re.fullmatch(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|;|and)\s*(?:and\s+)?",
                                          text[pairs[-1][1].end:a.start]):
                break
            pairs.append((a, b))
            i += 2
        else:
            if pairs:
                break
            i += 1
    return pairs if len(pairs) >= 2 else []


# An inserted relative clause after a party: ", which had cooperated since 2000," or
# ", whose twin town is B,", closed by the comma before the main clause's lower-case verb
# (not "and", "or", "but" or another relative word, which go on with a list or clause).
# (an object relative, "which the C akimat promoted through ...", has a subject of its
# own: read, like "whose", without the party before it)
_RELATIVE_OPEN = re.compile(r"\s*,\s+(?:(?:which|whom)\s+(?=(?:the|an?|its|their|our)\s)"
                            r"|(?P<subject>which|who)\s+(?=[a-z])|whose\b"
                            # an apposition: "Chelm, the second city of the voivodeship, is"
                            r"|(?P<apposition>(?:the|a|an)\s+(?=[a-z])))")
_RELATIVE_CLOSE = re.compile(r",\s+(?!(?:and|or|but|nor|which|who|whose|where|when|while"
                             r"|whereas|as|then|respectively|including|in|on|at|of|for|from"
                             r"|to|with|by|the|a|an|its|their|his|her)\b)[a-z]")


# ", according to the Ministry of Trade," / ", as reported by X," / ", citing X,": who
# says so, set off by commas inside a clause or closing the sentence ("..., according to
# the customs office."); never a party of what it reports.
_SOURCE_ASIDE = re.compile(r",\s+(?i:according\s+to|as\s+reported\s+by|citing"
                           r"|in\s+the\s+words\s+of)\s+[^,;:()]{2,100}?(?:,|(?=\.?\s*$))")
# ... or opening the sentence: "According to the X Chamber of Commerce, the department
# exported ...": the body that gives the figures trades nothing. (Not a document the
# clause goes by: "Under the contract with B, ...", "According to the agreement signed
# with B, ..." names a signing.)
_SOURCE_OPENING = re.compile(r"^\W*(?:according\s+to|as\s+reported\s+by|citing|in\s+the\s+words"
                             r"\s+of)\s+(?![^,;:()]*\b(?:agreements?|contracts?|memorand\w*|treat"
                             r"\w*|protocols?|deals?|signed|accords?|programmes?|charters?)\b)"
                             r"[^,;:()]{2,100}?,", re.I)


def source_asides(text: str) -> list[tuple[int, int]]:
    """Spans of the asides that name whom a clause is reported by, set off by commas
    ("The A and B regions, according to the Kazakh ministry, shipped wheat to C")."""
    opening = _SOURCE_OPENING.match(text)
    first = [(opening.start(), opening.end())] if opening else []
    return first + [(m.start(), m.end()) for m in _SOURCE_ASIDE.finditer(text)]


def inserted_relative(text: str, mentions: list[Mention]) -> tuple[int, int, int] | None:
    """``(start, body, end)`` of the first relative clause (or apposition, "Chelm, the
    second city of the voivodeship, is ...") set off by commas between a party and the
    main clause's verb; ``body`` is where the clause's own words begin after "which" or
    "who" (their subject is the party before), or -1 after "whose" or an apposition. In
    "Pinsk, which has been twinned with Lutsk since 1998, is also twinned with Ivanovo"
    the main clause is "Pinsk is also twinned with Ivanovo", in "A and B, which had
    cooperated since 2000, signed an agreement" it is "A and B signed an agreement".
    None when there is no such clause.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Lida, which borders Alytus, signed a road map with Pskov."
    >>> lo, body, hi = inserted_relative(s, find_mentions(s))
    >>> s[:lo] + s[hi:], s[body:hi]
    ('Lida signed a road map with Pskov.', 'borders Alytus,')
    """
    for m in mentions:
        opened = _RELATIVE_OPEN.match(text, m.end)
        if opened is None:
            continue
        stop = min((i for i in (text.find(";", m.end), text.find(":", m.end)) if i >= 0),
                   default=len(text))
        close = _RELATIVE_CLOSE.search(text, opened.end(), stop)
        if close is None or close.start() - opened.end() > 160 or opened.group("apposition") \
                and "," in text[opened.end():close.start()]:
            return None   # (an apposition holds no comma of its own)
        return m.end, opened.end() if opened.group("subject") else -1, close.start() + 1
    return None
