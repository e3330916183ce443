"""A supply told in the passive with no party, after a sentence whose subject was a
firm and a place: "Gomselmash and the Smolensk Region have worked together for two
decades. Last year 260 combines were shipped." The firm shipped to the place.

Only a firm named first and a place (region, town, country) named second, joined by
"and" as the sentence's subject, of two countries, in the sentence just before and in
the same paragraph; the supply sentence names no party of its own (a place it is "in"
or "near" says where, no side), counts its goods, and is neither denied nor planned.
A place named first ("The Kostanay Region and Ural Steel ...: ore was shipped") may as
well be the supplier of raw goods, and two firms or two places say no direction: none
of these gives anything.
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import NEGATED, _planned
from relgraph.loaders.extract.supplies import _role

_PLACES = ("Region", "City", "Country")
# "A and B", "A and the Kazakh city of B": only "and" and a few words of B's description
# between the two members.
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?", re.I)
# After the second member the clause's verb, not a list going on ("A and B, C ...").
_THEN_VERB = re.compile(r"\s+(?:have|has|had|are|were|is|was|share|shared|hold|held|run|ran"
                        r"|work|worked|cooperate|cooperated|maintain|maintained|keep|kept"
                        r"|enjoy|enjoyed|trade|traded|[a-z]+ed)\b")
# A supply verb in the passive with no agent after it: "were shipped", "have been
# delivered", "was supplied", "were handed over".
_PASSIVE_SUPPLY = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?P<verb>shipped|delivered|supplied|exported|sold|sent|handed\s+over)\b"
    r"(?!\s+(?:by|from)\b)", re.I)
# The goods counted ("260 combines", "a further 520 tractors", "1.2 million tonnes of
# ore", "30,000 tyres"); a year is no count.
_COUNTED = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?:(?:million|thousand)\s+)?"
                      r"(?:[a-z-]+\s+){0,3}?[a-z-]+s\b")


def firm_and_place(text: str, who: Mention | None, mentions: list[Mention], party_of
                   ) -> tuple | None:
    """``(firm, place)`` when the sentence's subject is "firm and place" of two countries,
    else None."""
    if who is None or who.refers or who.adjectival:
        return None
    later = [m for m in mentions if m.start >= who.end and not m.refers and not m.adjectival]
    if not later or not _JOINED.fullmatch(text, who.end, later[0].start) \
            or not _THEN_VERB.match(text, later[0].end):
        return None
    firm, place = party_of(who), party_of(later[0])
    if firm is None or place is None or firm.label != "Company" or place.label not in _PLACES:
        return None
    if not firm.country or not place.country or firm.country == place.country:
        return None
    return firm, place


def agentless_supply(text: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a counted supply in the passive that names no side: every party the
    sentence names only says where ("to farms near Vyazma"); not denied, not planned."""
    if any(not m.adjectival and (m.refers or _role(text, m) not in ("in", "at", "near"))
           for m in mentions):
        return None
    v = _PASSIVE_SUPPLY.search(text)
    if v is None or NEGATED.search(text) or _planned(text, 0, len(text)):
        return None
    if not _COUNTED.search(text, 0, v.start()):
        return None
    return v.span("verb")


def pair_supply(text: str, mentions: list[Mention], pair: tuple | None) -> list:
    """``[(hit, (firm, place))]`` for the agentless supply of a sentence right after
    a firm-and-place subject (``pair``), else empty."""
    if pair is None:
        return []
    span = agentless_supply(text, mentions)
    if span is None:
        return []
    m = Mention(text[span[0]:span[1]], *span)
    return [(Hit("SUPPLIES_TO", m, m, span, 0.5, "pair before"), pair)]
