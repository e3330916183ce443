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

Likewise "the buyer", "the customer" or "the client" that receives goods in the
sentence after a contract one firm (the subject) signed with another: the partner, and
the subject its supplier ("Amkodor signed a supply contract with Uzagroleasing. The
first 60 loaders were handed over to the customer").
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


# "The buyer", "the customer", "the client" (one, not "buyers"): the partner of the
# contract the sentence before told of.
_BUYER = re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:buyer|customer|client|purchaser)\b(?![\w'’-])")
# The buyer as subject of a verb that brings it goods ("The buyer received 45 combines",
# "The customer took the first 60 loaders") ...
_BUYER_TAKES = re.compile(r"\s+(?:(?:has|have|had|will|also|already|then|now)\s+)*"
                          r"(?:received|took|got|accepted|took\s+delivery\s+of)\b")
# ... or the goods going "to" it ("were handed over to the customer", "were delivered to
# the buyer").
_TO_BUYER = re.compile(r"\b(?:shipped|delivered|supplied|sent|sold|handed\s+over|went)\s+"
                       r"(?:[\w-]+\s+){0,3}?to\s+$")
# A contract the partner signed to sell, or the subject signed to buy: who buys is
# then not the partner ("X signed a contract with MTZ to buy 100 tractors").
_BUYING = re.compile(r"\b(?:buy|buys|bought|purchas\w*|import\w*|order\w*|acquir\w*)\b", re.I)


def contract_partner(text: str, pa, pb, actor_id: str | None) -> tuple | None:
    """``(seller, buyer)`` of a contract between two firms that the sentence's subject
    signed "with" a partner, when nothing in the sentence says the subject buys."""
    firms = ("Company", "Organization")
    if pa.label not in firms or pb.label not in firms or _BUYING.search(text):
        return None
    if actor_id == pa.id:
        return pa, pb
    if actor_id == pb.id:
        return pb, pa
    return None


def buyer_supply(text: str, mentions: list[Mention], contract: tuple | None) -> list:
    """``[(hit, (seller, buyer))]`` for "The buyer received ..." or "... were handed
    over to the customer" after a contract the seller signed with the buyer in the
    sentence before (``contract``); the sentence names no party of its own."""
    if contract is None or any(not m.adjectival for m in mentions):
        return []
    b = _BUYER.search(text)
    if b is None or NEGATED.search(text) or _planned(text, 0, len(text)):
        return []
    took = _BUYER_TAKES.match(text, b.end())
    to = _TO_BUYER.search(text, 0, b.start())
    if took is None and to is None:
        return []
    span = took.span() if took is not None else to.span()
    m = Mention(text[b.start():b.end()], b.start(), b.end())
    return [(Hit("SUPPLIES_TO", m, m, span, 0.5, "the buyer"), contract)]
