"""Goods a firm's own report says it gets, without naming itself as the recipient.

A report or release that speaks for one firm (it defined "the Company" for it, or its
letterhead names it) tells of its suppliers in the passive, the goods as the subject
and the firm understood::

    Kaya Gida A.S. ("the Company") dries apricots in Malatya. ...
    Jars are supplied by Cam Ambalaj A.S. of Izmir.          (Cam Ambalaj -> Kaya Gida)
    Sugar is delivered by Lumo Oy, and boxes by Pakko Ltd.   (Lumo -> Kaya, Pakko -> Kaya)
    Sulphur was sourced from Kemix d.o.o. of Celje.          (Kemix -> Kaya Gida)

Nothing when the text speaks for no firm (a monograph's "are supplied by X" has no
recipient to add), when the clause names a party before the verb (its subject is the
recipient, "Pharmacies in Poland are supplied by X") or a recipient after it ("to Y"),
when the sentence states a supply of its own, or when the supplier is the firm itself.

``own_buyers`` reads a buyer the report calls its own ("Our Danish distributor, X of
Aarhus, took 40 tonnes"): the report's firm supplies it.

``own_sales`` reads the mirror, goods sold through another firm with the report's firm
understood as the seller ("In Japan, figs are sold through Hanaya Shoji Co., Ltd.").
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

__all__ = ["own_buyers", "own_receipts", "own_sales"]

_FIRMS = ("Company", "Organization")
# "are supplied by", "have been delivered by", "was sourced from", "is bought from":
# a finite passive of a verb of supplying, its supplier next.
_PASSIVE_SUPPLY = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:\w+ly|also|now|still|mainly"
    r"|mostly|largely)\s+)?(?:(?:supplied|delivered|provided|shipped)\s+(?P<by>by)"
    r"|(?:sourced|purchased|bought|obtained|imported)\s+(?P<from>from))\s+(?:the\s+)?", re.I)
# A gapped supplier after the first: ", and printed boxes by B", "; lids from C".
# (the supplier's town after it only locates it: "by A of Izmir, Turkey, and lids by B")
_GAPPED = re.compile(r"(?:\s+(?:of|in)\s+[^,;.]{1,40}?)?(?:,\s+[A-Z][^,;.]{1,30}?)?\s*[,;]?\s*"
                     r"(?:and\s+)?(?:[a-z][\w-]*\s+){1,4}(?:by|from)\s+(?:the\s+)?")
# What ends the clause of the verb.
_CLAUSE_END = re.compile(r";|:|,\s+(?:while|whereas|but|which)\s|[.!?](?:\s|$)")
_RECIPIENT = re.compile(r"\b(?:to|for|into)\s+(?:the\s+|our\s+)?$")


def own_receipts(text: str, mentions: list[Mention], hits: list, disc
                 ) -> list[tuple[Hit, tuple]]:
    """The supplies to the report's own firm that ``text`` states in the passive."""
    verb = _PASSIVE_SUPPLY.search(text)
    if verb is None or any(h.rel_type == "SUPPLIES_TO" for h in hits):
        return []
    opened = max((m.end() for m in re.finditer(r"[;:]", text, 0) if m.end() <= verb.start()),
                 default=0)
    named = [m for m in mentions if not m.adjectival]
    if any(opened <= m.start < verb.start() for m in named):
        return []   # the clause's subject (or a party in it) receives
    end = _CLAUSE_END.search(text, verb.end())
    end = end.start() if end else len(text)
    suppliers = _suppliers(text, named, verb.end())
    # (asked only now: the text's speaker is read once, when first asked for)
    own = disc.own_firm() if suppliers else None
    if own is None or any(_RECIPIENT.search(text, verb.end(), m.start) for m in named
                         if verb.end() <= m.start < end and m not in suppliers):
        return []
    out = []
    for m in suppliers:
        party = disc.party(m, "Company")
        if party.id == own.id or party.label not in _FIRMS:
            continue
        ref = Mention(own.name, verb.start(), verb.start(), refers="Company")
        out.append((Hit("SUPPLIES_TO", m, ref, verb.span(), 0.6, "own firm receives",
                        extra={"goods": None, "value_usd": None}, parties=(party, own)),
                    (party, own)))
    return out


# A description before the supplier's name: "the French cooperage X", "glass maker Y".
# (a preposition ends it: "from small farmers on Rota", "from growers around Lake Y" name
# where the suppliers are, a place and no party)
_DESCRIBED = re.compile(r"(?:[A-Z][\w'’-]+\s+)?(?:(?!(?:and|or|to|in|of|from|by|with|for|on|at"
                        r"|near|around|across|along)\s)"
                        r"[a-z][\w-]+\s+){0,3}")


def _suppliers(text: str, named: list[Mention], at: int) -> list[Mention]:
    """The supplier right after the verb's "by" or "from", and each gapped one after it."""
    out: list[Mention] = []
    while True:
        nxt = next((m for m in named if m.start == at or m.start > at and
                    _DESCRIBED.fullmatch(text, at, m.start)), None)
        if nxt is None:
            return out
        out.append(nxt)
        gap = _GAPPED.match(text, nxt.end)
        if gap is None:
            return out
        at = gap.end()


# "is sold through", "were mainly distributed via": a finite passive of a verb of
# selling, the firm the goods reach their buyers through next.
_PASSIVE_SALE = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:\w+ly|also|now|still)\s+)?"
    r"(?:sold|distributed|marketed)\s+(?:(?:mainly|mostly|largely|only|exclusively)\s+)?"
    r"(?:through|via)\s+(?:the\s+)?", re.I)
# A market the sentence opens with: "In China, ...", "Across the Gulf, ...".
_MARKET_OPENING = re.compile(r"\s*(?:In|Across|Throughout)\s+(?:the\s+)?")


def own_sales(text: str, mentions: list[Mention], hits: list, disc
              ) -> list[tuple[Hit, tuple]]:
    """The firms a firm's own report says its goods are sold through, in the passive
    and the firm understood ("In Japan, dried figs are sold through X"): the report's
    firm supplies them. Nothing when the clause names a party before the verb other
    than the market it opens with, or when the text speaks for no firm."""
    verb = _PASSIVE_SALE.search(text)
    if verb is None or any(h.rel_type == "SUPPLIES_TO" for h in hits):
        return []
    opened = max((m.end() for m in re.finditer(r"[;:]", text, 0) if m.end() <= verb.start()),
                 default=0)
    named = [m for m in mentions if not m.adjectival]
    if any(opened <= m.start < verb.start()
           and not _MARKET_OPENING.fullmatch(text, opened, m.start) for m in named):
        return []   # the clause's subject sells (or a party in it is its seller)
    via = next((m for m in named if m.start == verb.end() or m.start > verb.end()
                and _DESCRIBED.fullmatch(text, verb.end(), m.start)), None)
    own = disc.own_firm() if via is not None else None
    if own is None:
        return []
    party = disc.party(via, "Company")
    if party.id == own.id or party.label not in _FIRMS:
        return []
    ref = Mention(own.name, verb.start(), verb.start(), refers="Company")
    return [(Hit("SUPPLIES_TO", ref, via, verb.span(), 0.6, "own firm sells through",
                 extra={"goods": None, "value_usd": None}, parties=(own, party)),
             (own, party))]


# "Our (largest) customer, X, ...", "Our Danish distributor X ...": a buyer the report
# calls its own, then (after the name and its seat) a verb of taking goods.
_OUR_BUYER = re.compile(r"\b[Oo]ur\s+(?:[\w'’-]+\s+){0,3}?(?:customers?|clients?|buyers?"
                        r"|distributors?|importers?|dealers?)(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                        r"(?:\s+[A-Z][\w'’-]*)?)?\s*,?\s+(?:the\s+)?$")
_TOOK = re.compile(r"(?:\s+(?:of|in)\s+[^,;.]{1,40}?)?,?\s+(?:again\s+|also\s+)?"
                   r"(?:took|bought|ordered|purchased|received|imported)\s+(?:[\w,.]+\s+)?"
                   r"(?:tonnes|tons|containers|units|cases|bottles|kg|litres|liters|lots"
                   r"|shipments|a\s+third|half|most|all)\b")


def own_buyers(text: str, mentions: list[Mention], hits: list, disc
               ) -> list[tuple[Hit, tuple]]:
    """A buyer the report's firm calls its own that took a quantity of goods: the firm
    supplies it. Nothing when the sentence states a supply of its own or when the text
    speaks for no firm."""
    if "ur " not in text or any(h.rel_type == "SUPPLIES_TO" for h in hits):
        return []
    named = [m for m in mentions if not m.adjectival and not m.refers]
    buyer = next((m for m in named if _OUR_BUYER.search(text, max(0, m.start - 80), m.start)
                  and _TOOK.match(text, m.end)), None)
    own = disc.own_firm() if buyer is not None else None
    if own is None:
        return []
    party = disc.party(buyer, "Company")
    if party.id == own.id or party.label not in _FIRMS:
        return []
    ref = Mention(own.name, buyer.start, buyer.start, refers="Company")
    return [(Hit("SUPPLIES_TO", ref, buyer, (buyer.start, buyer.end), 0.6, "own firm's buyer",
                 extra={"goods": None, "value_usd": None}, parties=(own, party)),
             (own, party))]
