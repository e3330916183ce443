"""Supply frames that name no supply verb, and lists that continue in the next sentence.

Texts state who buys from whom without "supply" or "export": "the main buyers of
Vitebsk flax are Lithuania and Poland", "its products are known to customers in A, B
and C", "X is present on the market of Y", "X's goods are popular here". And they
name a party vaguely first and list it in the next sentence: "products of several
Belarusian plants are sold in the Krai. Among them are A and B."

:func:`find_frames` reads the first kind (hits with supplier first);
:func:`open_list` notes a relation whose one side is a vague plural, and
:func:`continue_list` completes it from a sentence that lists the parties.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "The main buyers of Vitebsk flax are Lithuania and Italy."
>>> [(h.a.text, h.b.text, h.how) for h in find_frames(s, find_mentions(s))]
[('Vitebsk', 'Lithuania', 'buyers'), ('Vitebsk', 'Italy', 'buyers')]
>>> s = "Amkodor is present on the markets of Serbia and Mongolia."
>>> [(h.a.text, h.b.text) for h in find_frames(s, find_mentions(s))]
[('Amkodor', 'Serbia'), ('Amkodor', 'Mongolia')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relgraph.loaders.extract.coordination import EXAMPLES, run_after
from relgraph.loaders.extract.firms import DESCRIPTION
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention, known_place
from relgraph.loaders.extract.patterns import _DOC, _SIGNED, NOT, TWIN
from relgraph.loaders.extract.supplies import (
    LIST_INTRO,
    RECIPIENT_REF,
    SUPPLIER_REF,
    SUPPLY,
    goods,
    located_run,
    through_intermediary,
)

# Where the buyers are, between the noun and its verb: "Gomselmash's customers in Vietnam
# are A and B", "Among its buyers in Poland are A" (the place is read as a scope below).
_BUYERS_SCOPE = r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
_BUYERS = re.compile(
    r"(?:\b(?:main|largest|biggest|key|major|top|principal|leading|chief|traditional|new|regular"
    r"|only|sole)"
    # "Among the buyers of its trucks are A and B"
    r"|\bamong\s+(?:the|its|their)(?=\s+(?:[a-z-]+\s+){0,1}(?:buyers|customers|consumers|importers"
    r"|recipients|clients|purchasers|suppliers|exporters)\s+of\b)"
    # "Among its customers are A and B": a list of buyers after "among"
    r"|\bamong\s+(?:its|their|our)(?=\s+(?:[a-z-]+\s+){0,1}(?:buyers|customers|consumers|importers"
    r"|clients|purchasers)" + _BUYERS_SCOPE + r"\s+(?:are|were|is|was|also\s+are|include[sd]?)\b)"
    # "Amkodor's customers - A, B and C", "Its customers include A": an owner needs no
    # adjective
    r"|(?:(?<=['’]s)|(?<=\b[Ii]ts))(?=\s+(?:buyers|customers|consumers|importers|recipients"
    r"|clients|purchasers|suppliers)" + _BUYERS_SCOPE + r"\s*(?:[:–—-]|are\b|were\b|include|,))"
    # "one of its long-standing buyers was A", "its buyer being A", "X's regular customer
    # is A": any words that describe the buyers, one of them or the one
    r"|(?:(?<=['’]s)|(?<=\b[Ii]ts))(?=\s+(?:[a-z-]+\s+){0,2}(?:buyers?|customers?|importers?"
    r"|clients?|purchasers?)" + _BUYERS_SCOPE + r"\s+(?:are|were|is|was|being)\b)"
    # "Gomselmash delivered 120 combines. The buyers were A and B": a clause that opens
    # with the plural noun names the buyers of the supply just stated
    r"|(?:^|(?<=[;:]\s))The(?=\s+(?:buyers|customers|recipients|purchasers|importers)"
    r"\s+(?:are|were|included?)\b)"
    # "...; the importer is X of Kyiv", "In Saudi Arabia the buyer is X": one buyer of the
    # supply just stated, in the market a place opening the clause names
    r"|(?:^|(?<=[;:]\s))(?:In\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+)?[Tt]he"
    r"(?=\s+(?:buyer|customer|recipient|purchaser|importer|distributor)\s+(?:is|was)\b))"
    r"\s+(?:[a-z-]+\s+){0,2}(?P<noun>buyers?|customers?|consumers?|importers?|recipients?|clients?"
    r"|purchasers?|export\s+(?:markets?|destinations?|partners?)|markets?\s+for|outlets?"
    # "the main suppliers of Y are A and B": the listed parties supply the owner
    r"|suppliers"
    # "The main markets are A and B"
    r"|markets(?=\s+(?:are|were|remain|remained|include)\b)"
    # "its only foreign market is Armenia", "Its main export market remains Y"
    r"|market(?=\s+(?:is|was|remains|remained)\b))\b", re.I)
_ARE = re.compile(r"\s*(?:(?:there\s+)?(?:are|is|were|was|being|remain(?:s|ed)?|include[sd]?"
                  r"|became)\b"
                  r"(?:\s+(?:now|also|still|mainly|mostly|chiefly))?|[:–—-])\s*"
                  r"(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}(?:in|of|from)\s+)?(?:the\s+)?")
_PRESENT = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+(?:\w+ly\s+|also\s+|now\s+|already\s+)*"
    r"(?:present|represented|popular|known|sold|available|well\s+known|on\s+sale"
    r"|in\s+(?:great\s+|high\s+|strong\s+|growing\s+|steady\s+)?demand)"
    r"|(?:entered|entering|enters|conquered|won)\s+(?:the\s+)?(?:[a-z-]+\s+)?markets?"
    # "the firm's balers have found buyers in Latvia", "apples find new buyers in the Gulf"
    r"|(?:found|finds?|finding)\s+(?:new\s+|its\s+|their\s+|many\s+|loyal\s+|first\s+)?"
    r"(?:buyers|customers|consumers|markets?|clients)(?=\s+(?:in|among)\b)"
    # "X covers most of the Latvian market", "X holds 30 percent of the Y market"
    r"|(?:covers|covered|dominates|dominated|controls|controlled|holds|held)\s+(?:about\s+|over\s+"
    r"|almost\s+|nearly\s+)?(?:most|much|half|a\s+(?:third|quarter)|[\d.,]+\s*(?:%|per\s*cent"
    r"|percent))\s+of(?=\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}market\b)"
    # "X occupies a strong position in the market of Y", "takes a leading place on the Y market"
    r"|(?:occup(?:y|ies|ied)|takes?|took|holds?|held|has|have)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:position|place|niche|share)(?=\s+(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:[a-z-]+\s+){0,2}markets?\b))"
    r"\s+(?:[a-z-]+\s+){0,3}?(?:on|in|at|to|among)?\s*(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}(?:markets?|customers|consumers|buyers|residents|population|farmers"
    r"|users)\s+(?:of|in)\s+(?:the\s+)?)?",
    re.I)
_GOODS_OF = re.compile(r"\b(?:products?|goods|output|machines|machinery|equipment|vehicles|brands?"
                       r"|tractors|trucks|buses|food)\s+(?:of|from|made\s+by|produced\s+by)\s+"
                       r"(?:the\s+)?(?:[a-z-]+\s+){0,4}$", re.I)
_POSSESSIVE = re.compile(r"['’]s(?:\s+(?:[a-z-]+\s+){0,2})?$")


def _party(m: Mention) -> bool:
    return not (m.refers and m.refers not in ("Region", "Country", "City", "Company", "Place",
                                               "Actor", "Speaker"))


# "The main export items of X on the Y market were ...", "X's export positions in Y
# included ...": what X sold there.
_EXPORT_ITEMS = re.compile(r"\bexport\s+(?:items|positions|goods|products|commodities|groups"
                           r"|articles)\b", re.I)


def _export_items(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for e in _EXPORT_ITEMS.finditer(text):
        own = next((m for m in ms if m.start > e.end() and re.fullmatch(
            r"\s+of\s+(?:the\s+)?", text[e.end():m.start])), None) or next(
            (m for m in ms if m.end <= e.start() and re.fullmatch(
                r"['’]s\s+(?:(?:main|largest|key|major|principal|leading|chief|traditional)\s+)?",
                text[m.end:e.start()])), None)
        if own is None or own.adjectival:
            continue
        after = max(e.end(), own.end)
        where = next((m for m in ms if m.start > after and m is not own and re.fullmatch(
            r"\s+(?:on|in|to|into)\s+(?:the\s+)?", text[after:m.start]) and (
                not m.adjectival or re.match(r"\s+(?:[a-z-]+\s+)?markets?\b", text[m.end:]))),
            None)
        if where is not None and where.key != own.key:
            out.append(Hit("SUPPLIES_TO", own, where, e.span(), 0.7, "export items",
                           extra={"goods": None, "value_usd": None}))
    return out


def find_frames(text: str, mentions: list[Mention]) -> list[Hit]:
    ms = [m for m in mentions if _party(m)]
    hits = _buyers(text, ms) + _presence(text, ms) + _share(text, ms) + _in_use(text, ms) + \
        _export_items(text, ms) + \
        _used_by(text, ms) + _goes_to(text, ms) + _comes_from(text, ms) + _item_lists(text, ms) + \
        _supply_runs(text, ms) + _sourced(text, ms) + _share_taken(text, ms) + \
        _assembled_from(text, ms) + _market_items(text, ms) + _counted_buyers(text, ms)
    # ("entered the Serbian market through the Belgrade importer X": X is supplied too)
    hits += [Hit("SUPPLIES_TO", a, b, h.trigger, h.confidence, h.how, extra=h.extra)
             for h in hits if h.rel_type == "SUPPLIES_TO"
             for a, b, _, _ in through_intermediary(text, ms, [(h.a, h.b, h.how, 0)])]
    seen, out = set(), []
    for h in hits:
        key = (h.a.start, h.b.start)
        if NOT.search(text, max(0, h.trigger[0] - 25), h.trigger[1]):
            continue  # "is not present on the market of Y", "no longer arrive from X"
        if key not in seen and h.a.key != h.b.key:
            seen.add(key)
            out.append(h)
    return out


def _owner(text: str, ms: list[Mention], at: int, lo: int) -> Mention | None:
    """The party whose goods a phrase before ``at`` speaks of: "X's main buyers",
    "buyers of X products", "products of X"."""
    before = [m for m in ms if lo <= m.start and m.end <= at]
    for m in reversed(before):
        gap = text[m.end:at]
        if _POSSESSIVE.match(gap) or re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", gap) and (
                m.adjectival or m.refers in ("Actor", "Speaker")):
            return m
    return None


_CLAUSE_STOP = re.compile(r"[;:]")


def _firm_subject(text: str, ms: list[Mention], before: int) -> Mention | None:
    """The firm that opens the clause of ``before`` (a list item run on after a
    semicolon, "...; - A shipped beans to B, its buyer being C"), or the clause before
    when this one names no party before it ("Latvian sawmills, notably A of Kuldiga,
    exported timber to Sweden; one of its buyers was C"), if that first party is a firm."""
    stops = [0] + [x.end() for x in _CLAUSE_STOP.finditer(text, 0, before)]
    for lo in reversed(stops[-2:]):
        first = next((m for m in ms if lo <= m.start and m.end <= before
                      and not m.adjectival and not m.refers), None)
        if first is not None:
            return first if first.kind_hint == "Company" else None
    return None


def _buyers(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for b in _BUYERS.finditer(text):
        # The goods and their maker: "buyers of Vitebsk flax", "X's main buyers".
        lo = max(text.rfind(";", 0, b.start()), text.rfind(".", 0, b.start())) + 1
        supplier = _owner(text, ms, b.start(), lo) or next(
            (m for m in ms if m.refers in ("Actor", "Speaker") and (
                b.start() <= m.start < b.end() or m.end == b.start())), None)
        if supplier is not None and supplier.refers == "Actor" and \
                supplier.text.lower() == "its":
            # "A shipped beans to B, its buyer being C": "its" is the firm that opened the
            # sentence, before any other firm the text named
            supplier = _firm_subject(text, ms, supplier.start) or supplier
        tail = text[b.end():]
        of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?(?:its\s+|their\s+)?", tail) or (
            # "The key markets for MAZ are ...": "for" is the noun's own
            b.group("noun").lower().endswith("for") and any(
                m.start == b.end() + len(re.match(r"\s*(?:the\s+)?", tail).group(0))
                for m in ms) and re.match(r"\s+(?:the\s+)?", tail))
        are_at = b.end()
        if of:
            # "buyers of Vitebsk flax are": the party inside the "of" phrase supplies.
            stop = re.search(r"\s(?:are|is|were|was|include[sd]?|remain(?:s|ed)?)\b|[:;]", tail)
            end = b.end() + (stop.start() if stop else len(tail))
            inside = [m for m in ms if b.end() <= m.start and m.end <= end]
            if inside and supplier is None:
                supplier = inside[0]
            are_at = end
        # ("The largest customers in 2024 were A and B": a year is a scope too)
        # ("... last year were A and B", "... in the past year were")
        year = re.match(r"\s+(?:(?:in|during|for)\s+(?:19|20)\d\d|(?:last|this)\s+year"
                        r"|in\s+the\s+(?:past|last)\s+year)\b", text[are_at:])
        are_at += year.end() if year else 0
        scope = re.match(r"\s+(?:in|on|across|abroad|among)\s+(?:the\s+)?", text[are_at:])
        if scope:
            # "its main buyers in Russia are ...": a scope, not a buyer.
            inside = next((m for m in ms if m.start == are_at + scope.end()), None)
            if inside is not None:
                are_at = inside.end
        # ("The plant's buyers include A; its suppliers, B and C": a comma stands for
        # the verb of the clause before)
        are = _ARE.match(text, are_at) or (
            _AFTER_SEMICOLON.search(text[max(0, b.start() - 20):b.start()])
            and _GAPPED_ARE.match(text, are_at))
        if not are:
            continue
        if supplier is None and b.group("noun").lower().startswith("supplier"):
            continue  # "the main suppliers of gas are A and B": whom they supply is not said
        if supplier is None:
            if re.search(r"\b(?:its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$", text[lo:b.start()]):
                continue  # an owner that is no party of ours
            # "Amkodor exports loaders. The main buyers are A and B": the supplier the
            # text spoke of last (the pipeline fills it in).
            supplier = context_supplier(b.start())
        first = next((m for m in ms if m.start >= are.end() and m.start - are.end() < 30
                      and m is not supplier), None)
        such = next((m for m in ms if m.start >= are.end() and _SUCH_AS.fullmatch(
            text, are.end(), m.start)), None)
        if such is not None and (first is None or first.adjectival or first.end <= such.start
                                 and _SUCH_AS.fullmatch(text, are.end(), such.start)):
            # "Among its buyers are Russian coal companies such as A and B": the examples
            first = such
        if first is None:
            continue
        receives = b.group("noun").lower().startswith(("buyer", "customer", "consumer", "importer",
                                                      "recipient", "client", "purchaser",
                                                      "export", "market", "outlet"))
        for r in located_run(text, first, ms) + _colon_items(text, b.end(), first, ms):
            a, c = (supplier, r) if receives else (r, supplier)
            out.append(Hit("SUPPLIES_TO", a, c, b.span(), 0.75, "buyers",
                           extra={"goods": _goods_of(text, b), "value_usd": None}))
    return out


# "X counts A among its main customers", "..., which lists A as one of its buyers", "X
# makes cables, with A among its clients": the buyers named before the noun, the firm
# that owns them the clause's subject (or the firm "which" stands for).
_COUNTS = re.compile(r"\b(?:counts?|counted|counting|lists?|listed|listing|numbers|numbered"
                     r"|(?<=,\s)with)\s+(?:(?:also|now|still)\s+)?")
_AMONG_ITS = re.compile(r"\s+(?:(?:also|now)\s+)?(?:among\s+|as\s+(?:one\s+of\s+)?)(?:its|their)\s+"
                        r"(?:[a-z-]+\s+){0,2}(?:buyers|customers|clients|purchasers|importers)\b"
                        r"|\s+as\s+(?:an?|its|their)\s+(?:[a-z-]+\s+){0,2}(?:buyer|customer|client"
                        r"|purchaser|importer)\b")


def _counted_buyers(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for c in _COUNTS.finditer(text):
        lo = text.rfind(";", 0, c.start()) + 1   # (a firm's "o.o." ends no clause)
        # (the nearest party before the verb: the subject, or what "which" stands for)
        owner = next((m for m in reversed(ms) if lo <= m.start and m.end <= c.start()
                      and not m.adjectival), None)
        if owner is None:
            continue
        # (the buyer perhaps described by its place first: "the Espoo builder A")
        runs = [located_run(text, m, ms) for m in ms if m.start >= c.end() and re.fullmatch(
            r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z-]+\s+){0,2}", text[c.end():m.start])]
        run, among = next(((r, _AMONG_ITS.match(text, r[-1].end)) for r in runs
                           if _AMONG_ITS.match(text, r[-1].end)), (None, None))
        if among is None:
            continue
        for r in run:
            if r.key != owner.key:
                out.append(Hit("SUPPLIES_TO", owner, r, (c.start(), among.end()), 0.7,
                               "counted buyers", extra={"goods": None, "value_usd": None}))
    return out


# The next item of a list set out after a colon: "; 2. B (Lyon, France) - ..."
_NEXT_ITEM = re.compile(r";\s+(?:and\s+)?(?:\d{1,2}[.)]\s+)?(?:the\s+)?")


def _colon_items(text: str, at: int, first: Mention, ms: list[Mention]) -> list[Mention]:
    """The parties that open the further items of a list the buyers' noun opens with a
    colon ("Our largest customers were: A (Lyon) - wine stoppers; B (Asti) - corks; C"):
    each item is a buyer, whatever its own words say of the goods. A list run on without
    a colon, or an item that opens with no name ("; sales grew"), gives none."""
    if ":" not in text[at:first.start]:
        return []
    out = []
    for item in _NEXT_ITEM.finditer(text, first.end):
        lead = next((m for m in ms if m.start == item.end()), None)
        if lead is not None and not lead.adjectival and not lead.refers:
            out.append(lead)
    return out


_GAPPED_ARE = re.compile(r"\s*,\s*(?:the\s+)?")
# A group before its examples: "Russian coal companies such as", "large dealers, including".
_SUCH_AS = re.compile(rf"(?:[A-Za-z-]+\s+){{1,4}}?[a-z-]+,?\s+{EXAMPLES}\s+(?:the\s+)?")
_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+)?(?:its|their|the\s+\w+['’]s)?$")


def _goods_of(text: str, b: re.Match) -> str | None:
    m = re.match(r"\s+of\s+(?:the\s+)?((?:[A-Za-z-]+\s+){0,3}?[a-z-]+)\s+(?:are|is|were|was|include)",  # noqa: E501
                 text[b.end():])
    return m.group(1) if m else None


_ASIDE = re.compile(r"^\s*,\s+(?:for\s+its\s+part|in\s+(?:its\s+)?turn|too|meanwhile|however"
                    r"|in\s+particular|for\s+example|moreover)\s*,\s*")


_COUNT_THEN_LIST = re.compile(
    r"(?:\d+|several|many|a\s+number\s+of|dozens\s+of|[a-z]+)\s+(?:[a-z-]+\s+)?(?:countries|regions"
    rf"|cities|states)\s*(?:-|{LIST_INTRO})\s*(?:the\s+)?")


# Finding buyers as an aim or a service is no presence: "an office that helps Lviv firms
# find buyers in Y", "trying to find customers in Y", "in order to find markets in Y"
# (help given, "the fair helped A find buyers in Y", is: they found them).
_AIMED = re.compile(r"(?:\b(?:helps?|helping|assists?|assisting|enables?|enabling)\s+"
                    r"(?:[^,;.]{0,60}?\s)?(?:to\s+)?"
                    r"|\b(?:try|tries|trying|seek|seeks|seeking|hope|hopes|hoping|aim|aims|aiming"
                    r"|want|wants|wanting|plan|plans|planning|order|able|unable|need|needs)"
                    r"\s+to\s+)$", re.I)


def _presence(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for p in _PRESENT.finditer(text):
        if p.group(0).lower().startswith(("find", "found")) and \
                _AIMED.search(text, max(0, p.start() - 90), p.start()):
            continue
        lo = max(text.rfind(";", 0, p.start()), 0)
        before = [m for m in ms if lo <= m.start and m.end <= p.start()]
        # The maker: "products of X are popular", "X's goods are known", "X is present".
        sup = None
        for m in reversed(before):
            gap = text[m.end:p.start()]
            # "X, for its part, is present": a parenthesis between; "..., in particular
            # Belshina tyres, are known": the comma that closes an aside.
            gap = _ASIDE.sub(" ", gap)
            gap = re.sub(r",\s*$", " ", gap)
            if re.fullmatch(r"\s*", gap) or _POSSESSIVE.match(gap) or re.fullmatch(
                    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}", gap) or _GOODS_OF.search(
                    text[:m.start]) and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,3}", gap):
                sup = m
                break
        # "on the markets of 25 countries, including A and B": the list after its count
        intro = _COUNT_THEN_LIST.match(text, p.end())
        at = intro.end() if intro else p.end()
        after = [m for m in ms if m.end > at and m.start >= at - 4 and m.start - at < 15]
        if not after:
            # "on the Kazakh market of combines": the market's demonym inside the phrase
            after = [m for m in ms if p.start() < m.start < p.end() and m.adjectival and re.match(
                r"\s+(?:[a-z-]+\s+)?markets?\b", text[m.end:])][:1]
        if sup is None or not after:
            continue
        for r in run_after(text, after[0], ms):
            if r is not sup:
                out.append(Hit("SUPPLIES_TO", sup, r, p.span(), 0.65, "market presence",
                               extra={"goods": None, "value_usd": None}))
    return out


# A part of a whole: "45%", "a quarter", "two thirds", "half", "the bulk", "most".
_PART = (r"(?:about\s+|almost\s+|over\s+|more\s+than\s+|nearly\s+|roughly\s+|some\s+|up\s+to\s+)?"
         r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)|(?:a|one|two|three)\s+(?:half|third|quarter|fifth"
         r"|tenth)s?|half|the\s+bulk|most|the\s+lion['’]s\s+share)")
# "X accounts for 45% of Y's imports", "X makes up a quarter of the imports of Y"
_SHARE = re.compile(rf"\b(?:accounts?|accounted)\s+for\s+{_PART}\s+of\s+(?:the\s+|all\s+)?"
                    rf"|\b(?:makes?|made)\s+up\s+{_PART}\s+of\s+(?:the\s+|all\s+)?", re.I)


_SHARE_OF = re.compile(
    r"(?:\bshare\s+of\s+(?P<of>(?:the\s+)?[^,;.]{1,60}?)\s+in"
    r"|\baccount(?:s|ed)?\s+for\s+(?:about\s+|almost\s+|over\s+|more\s+than\s+|nearly\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+of)\s+(?:the\s+|all\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?P<noun>exports?|imports?|supplies|deliveries|purchases)\s+(?:of|to|from)\s+"
    r"(?:the\s+)?", re.I)


# "the share of X in Y's imports", "X's share in Y's imports of cheese": the owner's name
# with a possessive, where _SHARE_OF has "of Y" after the noun.
_SHARE_POSSESSIVE = re.compile(
    r"(?:\bshare\s+of\s+(?P<of>(?:the\s+)?[^,;.]{1,60}?)|(?P<poss>['’]s)\s+share)\s+in\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:[\s-][A-Z][\w-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<noun>exports?|imports?|supplies|deliveries|purchases)\b")


# "the share of Belarusian products in the market of Y", "... in the Russian market"
_SHARE_MARKET = re.compile(r"\bshare\s+of\s+(?P<of>(?:the\s+)?[^,;.]{1,60}?)\s+(?:in|on)\s+"
                           r"(?:the\s+)?(?P<market>(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}market"
                           r"(?:\s+of\s+(?:the\s+)?)?)")


def _share(text: str, ms: list[Mention]) -> list[Hit]:
    """"Russia accounts for 45% of Belarusian exports" (to Russia); "... of X's imports"
    (from the subject); "X's share in Y's imports" (X to Y)."""
    out = []
    for s in _SHARE_MARKET.finditer(text):
        who = [m for m in ms if s.start("of") <= m.start and m.end <= s.end("of")]
        rec = next((m for m in ms if s.start("market") <= m.start < s.end("market")
                    and m.adjectival), None) or next(
            (m for m in ms if m.start == s.end() and s.group("market").endswith(" ")), None)
        if who and rec is not None and who[-1].key != rec.key:
            out.append(Hit("SUPPLIES_TO", who[-1], rec, s.span(), 0.7, "share of a market",
                           extra={"goods": None, "value_usd": None}))
    for s in _SHARE_POSSESSIVE.finditer(text):
        if s.group("of"):
            who = [m for m in ms if s.start("of") <= m.start and m.end <= s.end("of")]
        else:
            who = [m for m in ms if m.end == s.start("poss")]
        owner = next((m for m in ms if m.start == s.start("owner")), None)
        if not who or owner is None or who[-1].key == owner.key:
            continue
        exported = s.group("noun").lower().startswith(("export", "suppl", "deliver"))
        a, b = (owner, who[-1]) if exported else (who[-1], owner)
        out.append(Hit("SUPPLIES_TO", a, b, s.span(), 0.7, "share of exports",
                       extra={"goods": None, "value_usd": None}))
    for s in _SHARE_OF.finditer(text):
        # "the share of X in the imports of Y", "... accounted for 12% of the imports of Y"
        who = [m for m in ms if m.end <= s.start()]
        if s.group("of"):
            who = [m for m in ms if s.start("of") <= m.start and m.end <= s.start("noun")]
        owner = next((m for m in ms if m.start == s.end()), None)
        if not who or owner is None or who[-1] is owner:
            continue
        exported = s.group("noun").lower().startswith(("export", "suppl", "deliver"))
        a, b = (owner, who[-1]) if exported else (who[-1], owner)
        out.append(Hit("SUPPLIES_TO", a, b, s.span(), 0.7, "share of exports",
                       extra={"goods": None, "value_usd": None}))
    for s in _SHARE.finditer(text):
        if any(h.trigger[0] <= s.start() < h.trigger[1] for h in out):
            continue
        subj = [m for m in ms if m.end <= s.start()]
        owner = next((m for m in ms if m.start >= s.end() and m.start - s.end() < 40), None)
        if not subj or owner is None:
            continue
        noun = re.match(r"(?:['’]s\s+)?\s*(?:[a-z-]+\s+){0,2}(exports?|imports?|supplies|deliveries"
                        r"|purchases|market)\b", text[owner.end:])
        if not noun and re.fullmatch(r"(?:[a-z-]+\s+){0,2}(?:imports?|purchases|market)\s+of\s+"
                                     r"(?:the\s+)?", text[s.end():owner.start]):
            # "... a third of the fertiliser market of the Krasnodar Territory"
            noun = re.match(r"(imports?|purchases|market)", "imports")
        if not noun:
            continue
        a, b = (owner, subj[-1]) if noun.group(1).startswith(("export", "suppl", "deliver")) \
            else (subj[-1], owner)
        out.append(Hit("SUPPLIES_TO", a, b, s.span(), 0.7, "share of exports",
                       extra={"goods": None, "value_usd": None}))
    return out


# "Russia took two thirds of the volume", "Kazakhstan accounted for 9% of them", "...,
# and A, B and C most of the rest": a share of the supply just stated went to the subject.
_PORTION = (r"(?:(?:about|around|nearly|almost|over|some|roughly|more\s+than|less\s+than|under"
            r"|just\s+over|just\s+under)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)"
            r"|(?:a|one|two|three|four|nine)\s+(?:half|third|quarter|fifth|tenth|thirds|quarters"
            r"|fifths|tenths)|half|most|the\s+bulk|the\s+lion['’]s\s+share|the\s+largest\s+share"
            r"|the\s+rest|a\s+(?:large|small|further|big)\s+share)")
# ("of them", "of the volume": of the goods just named; "of the exports" may be the
# subject's own, as "Russia accounted for 40% of the exports" of the region is not)
_OF_SUPPLY = r"\s+of\s+(?:(?:them|it)\b|the\s+(?:volume|rest|remainder|batch)\b)"
# ("Where do your machines go? / Russia takes more than half.": an answer's bare share)
_TOOK_SHARE = re.compile(r"\s+(?:alone\s+)?(?:took|takes|take|accounted\s+for|accounts\s+for"
                         r"|account\s+for|received|absorbed|bought)\s+" + _PORTION
                         + r"(?:" + _OF_SUPPLY + r"|(?=\s*(?:[.;]|$)))")
_GAPPED_SHARE = re.compile(r"\s+" + _PORTION + _OF_SUPPLY)
SHARE_TAKEN = _TOOK_SHARE   # (the pipeline's relation filter lets such a sentence pass)


def _share_taken(text: str, ms: list[Mention]) -> list[Hit]:
    """"X exported cheese. Russia took two thirds of the volume, and A and B most of the
    rest": each subject of the share receives from the supplier the text spoke of last
    (the pipeline fills it in, as for "The main buyers were A and B")."""
    out, first = [], None
    for rx in (_TOOK_SHARE, _GAPPED_SHARE):
        for s in rx.finditer(text):
            if rx is _GAPPED_SHARE and (first is None or s.start() < first or
                                        not re.search(r",\s+and\s", text[first:s.start()])):
                continue
            last = next((m for m in ms if m.end == s.start() and not m.adjectival), None)
            if last is None or last.refers:
                continue
            head = next((x for x in ms if last in run_after(text, x, ms)), last)
            if rx is _GAPPED_SHARE and not re.search(r",\s+and\s+(?:the\s+)?$",
                                                     text[max(0, head.start - 12):head.start]):
                continue
            first = s.start() if first is None else first
            sup = context_supplier(s.start())
            for r in run_after(text, head, ms):
                out.append(Hit("SUPPLIES_TO", sup, r, s.span(), 0.7, "share taken",
                               extra={"goods": None, "value_usd": None}))
    return out


_MACHINES = (r"(?:trucks|tractors|buses|trolleybuses|trams|combines|harvesters|machines|loaders"
             r"|excavators|elevators|locomotives|wagons|cars|vehicles|equipment)")
_OPERATE = (r"(?:(?:are|were|have\s+been|has\s+been)\s+(?:(?:\w+ly|now|still|also|already)\s+)?"
            r"(?:operating|working|used"
            r"|running|in\s+use|in\s+operation|operated|employed)|work|operate|run)"
            r"\s+(?:in|at|on|across|throughout)\s+"
            # "at practically all open-pit coal mines of the region": the place they serve.
            r"(?:the\s+)?(?:(?:[a-z-]+\s+){0,5}(?:of|in)\s+(?:the\s+)?"
            # "run in many cities: A, B and C"
            rf"|(?:[a-z\d-]+\s+){{0,2}}(?:countries|regions|cities|towns)\s*(?:-|{LIST_INTRO})\s*"
            r"(?:the\s+)?|(?:[a-z-]+\s+){0,2})")
# ("X, whose combines work in Y": the relative's goods are X's)
# ("X's combines work in Y": the maker's possessive)
_IN_USE = re.compile(rf"(?:,\s+whose|['’]s)?\s+(?:[a-z-]+\s+){{0,2}}{_MACHINES}\s+{_OPERATE}")
# "Y, where MAZ buses have been running since 2010": the goods in use at the place before
_WHERE_IN_USE = re.compile(rf",\s+where\s+(?:the\s+)?(?P<maker>[A-Z][\w-]*)\s+(?:[a-z-]+\s+){{0,2}}"
                           rf"{_MACHINES}\s+(?:(?:are|were|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                           r"(?:operating|working|running|used|in\s+use|in\s+operation)|operate|work"
                           r"|run)\b")
# "Belarusian buses MAZ have been operating in Vladivostok": the maker after the goods.
_IN_USE_AFTER = re.compile(rf"\s+{_OPERATE}")
_OPERATE_AT = re.compile(_OPERATE)


def _in_use(text: str, ms: list[Mention]) -> list[Hit]:
    """"MAZ trucks have been operating in Ulaanbaatar since 2015", "buses MAZ operate in
    X": the maker's goods in use there were supplied there."""
    out = []
    for i, m in enumerate(ms[:-1]):
        u = _IN_USE.match(text, m.end)
        if u is None and re.search(rf"\b{_MACHINES}\s+$", text[max(0, m.start - 30):m.start]):
            u = _IN_USE_AFTER.match(text, m.end)
        nxt = ms[i + 1]
        # (the pattern may have taken the "the" of "the region" that follows)
        # ("Belarusian tractors are operated in Y": the goods' country, when no maker's
        # name stands between the goods and the verb)
        if u and u.end() - 4 <= nxt.start <= u.end() and m.refers in (None, "Actor", "Company") \
                and (not m.adjectival or u.start() == m.end and m.country_hint and
                     nxt.country_hint != m.country_hint):
            for r in run_after(text, nxt, ms):  # "run in many cities: A, B and C"
                out.append(Hit("SUPPLIES_TO", m, r, (m.end, u.end()), 0.6, "in use",
                               extra={"goods": None, "value_usd": None}))
    for w in _WHERE_IN_USE.finditer(text):
        place = next((m for m in ms if m.end == w.start() and not m.adjectival), None)
        maker = next((m for m in ms if m.start == w.start("maker") and not m.refers), None)
        if place is not None and maker is not None and place.key != maker.key:
            out.append(Hit("SUPPLIES_TO", maker, place, w.span(), 0.6, "in use",
                           extra={"goods": None, "value_usd": None}))
    return out


_USED_BY = re.compile(r"\b(?:is|are|was|were|(?:has|have)\s+(?:long\s+|also\s+|\w+ly\s+)?been)\s+"
                      r"(?:also\s+|\w+ly\s+)?"
                      r"used\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){1,4}(?:of|in)\s+(?:the\s+)?)?")
# ("operates trolleybuses made by X": vehicles in use were their maker's; "runs trains
# from X" says nothing of a maker)
_USES = re.compile(r"\b(?:(?:uses|used|use|consumes|consumed|processes|processed)\s+"
                   r"(?:[a-z\d-]+\s+){0,3}?(?:(?:produced|made|manufactured|supplied|mined|smelted"
                   r"|built|assembled)\s+by|of|from)"
                   r"|(?:operates|operate|operated|runs)\s+(?:[a-z\d-]+\s+){0,3}?(?:produced|made"
                   r"|manufactured|built|assembled)\s+by)\s+"
                   r"(?:the\s+)?")


_FITTED = re.compile(r"\b(?:is|are|was|were|(?:has|have)\s+(?:long\s+|also\s+|\w+ly\s+)?been)\s+"
                     r"(?:also\s+|\w+ly\s+)?(?:fitted|installed|mounted)\s+(?:to|on|in)\s+"
                     r"(?:the\s+)?")
# The maker's vehicles or machines the parts go into: "KAMAZ trucks", "MAZ buses".
_VEHICLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:trucks|lorries|buses|tractors|combines"
                            r"|harvesters|cars|vehicles|machines|locomotives|wagons|aircraft"
                            r"|loaders|dump\s+trucks)\b")


def _used_by(text: str, ms: list[Mention]) -> list[Hit]:
    """Goods used by someone came from their maker: "the aluminium of X is used by Y",
    "Kazakh coal is also used by the power plants of the Y region"; "Y uses rubber
    produced by X"."""
    out = []
    for u in _USED_BY.finditer(text):
        lo = max(text.rfind(";", 0, u.start()), text.rfind(",", 0, u.start()), 0)
        # The maker: the goods' owner or origin right before the verb.
        maker = [m for m in ms if lo <= m.start and m.end <= u.start() and re.fullmatch(
            r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}", text[m.end:u.start()])]
        # "used by the Minsk enterprise X": the user after its description.
        first = next((m for m in ms if m.start >= u.end() and re.fullmatch(
            r"(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,3}", text[u.end():m.start])), None)
        if not maker or first is None:
            continue
        for r in run_after(text, first, ms):
            if r is not maker[-1]:
                out.append(Hit("SUPPLIES_TO", maker[-1], r, u.span(), 0.6, "used by",
                               extra={"goods": None, "value_usd": None}))
    for u in _FITTED.finditer(text):
        # "Belshina tyres are fitted to KAMAZ trucks": the vehicles' maker takes the parts
        lo = max(text.rfind(";", 0, u.start()), text.rfind(",", 0, u.start()), 0)
        maker = [m for m in ms if lo <= m.start and m.end <= u.start() and re.fullmatch(
            r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}", text[m.end:u.start()])]
        user = next((m for m in ms if m.start == u.end() and not m.adjectival
                     and _VEHICLE_AFTER.match(text, m.end)), None)
        if maker and user is not None and user.key != maker[-1].key:
            out.append(Hit("SUPPLIES_TO", maker[-1], user, u.span(), 0.6, "used by",
                           extra={"goods": None, "value_usd": None}))
    for u in _USES.finditer(text):
        lo = max(text.rfind(";", 0, u.start()), text.rfind(",", 0, u.start()), 0)
        user = [m for m in ms if lo <= m.start and m.end <= u.start() and re.fullmatch(
            r"\s+(?:also\s+|\w+ly\s+)?", text[m.end:u.start()])]
        maker = next((m for m in ms if m.start == u.end()), None)
        if user and maker is not None and maker is not user[-1]:
            out.append(Hit("SUPPLIES_TO", maker, user[-1], u.span(), 0.6, "used by",
                           extra={"goods": None, "value_usd": None}))
    return out


# -- the supplier the text spoke of last -----------------------------------------------


def context_recipient(at: int) -> Mention:
    """A recipient the sentence does not name ("The largest supplier is X")."""
    return Mention("", at, at, refers=RECIPIENT_REF)


def context_supplier(at: int) -> Mention:
    """A supplier the sentence does not name ("The main buyers are A and B", a list of
    goods and their buyers): the pipeline gives it the supplier of the last supply
    the paragraph stated (see ``pipeline``), or drops the hit."""
    return Mention("", at, at, refers=SUPPLIER_REF)


# -- inputs that come from a supplier ---------------------------------------------------
# "Engines come from X and from Y; hydraulics are supplied by Z": goods that a firm spoken
# of before receives (see SOURCING); the sentence names no recipient.
_FROM_SUPPLIER = re.compile(
    r"\b(?:(?:are|is|were|was|have\s+been|has\s+been)\s+(?:(?:also|now|mainly|mostly|largely"
    r"|chiefly|partly|still)\s+)?(?:(?P<by>supplied|delivered|shipped|provided|sent|made)\s+"
    r"|(?:bought|purchased|imported|sourced|ordered|obtained)\s+)"
    r"|c[oa]mes?\s+)(?:(?:mainly|mostly|largely|chiefly|also|directly|still)\s+)?(?P<prep>by|from)\s+")
# (before the supplier: "the Italian firm", "the Minsk plant")
_AGENT_GAP = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}")
# A firm (or "we") that depends on inputs, whose suppliers the next sentence names.
SOURCING = re.compile(r"\b(?:depend(?:s|ed)?|rel(?:y|ies|ied))\s+on\s+(?:[a-z-]+\s+){0,3}"
                      r"(?:suppliers|components|parts|imports|inputs|materials)\b"
                      r"|\b(?:buys|bought|imports|imported|sources|purchases|purchased|needs)\s+"
                      r"(?:its\s+|their\s+|most\s+)?(?:[a-z-]+\s+){0,2}(?:components|parts|inputs"
                      r"|materials)\s+(?:abroad|from\s+(?:abroad|other|several))\b"
                      # "The plant buys most of its copper rod at home", "we source all our
                      # yarn locally": the next sentence names where it comes from
                      r"|\b(?:buys|bought|imports|imported|sources|sourced|purchases|purchased"
                      r"|gets|obtains)\s+(?:most|all|much|part|the\s+bulk|half)\s+of\s+"
                      r"(?:its|their|our)\s+(?:[a-z-]+\s+){0,3}?(?:abroad|at\s+home|locally"
                      r"|domestically|in\s+the\s+country|from\s+(?:abroad|other|several|local"
                      r"|domestic))\b")


_CHIEFLY_FROM = re.compile(r",\s*(?:chiefly|mainly|mostly|largely|notably|in\s+particular)\s+"
                           r"from\s+(?:the\s+)?")


def _sourced(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for f in _FROM_SUPPLIER.finditer(text):
        if f.group("prep") == "by" and not f.group("by"):
            continue  # "bought by X": X is the buyer
        lo = max(text.rfind(c, 0, f.start()) for c in ",;:.") + 1
        hi = min((k for k in (text.find(c, f.end()) for c in ";:.") if k >= 0), default=len(text))
        if any(lo <= m.start < f.start() for m in ms) or re.search(
                r"\b(?:to|for|into)\s+(?:the\s+)?[A-Z]", text[f.end():hi]):
            continue  # a subject or a recipient named: the ordinary frames read it
        agents = [m for m in ms if f.end() <= m.start < hi and not m.adjectival and not m.refers
                  # ("Deutz of Germany", "X in Y": where the supplier is)
                  and not re.search(r"\b(?:of|in)\s+(?:the\s+)?$", text[f.end():m.start])
                  and (_AGENT_GAP.fullmatch(text, f.end(), m.start) or re.search(
                      r"\b(?:and|or)\s+(?:also\s+)?(?:from|by)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?"
                      r"(?:[a-z-]+\s+){0,2}$",
                      text[f.end():m.start]))]
        # "The engines come from X, and the steel from Y": a gapped clause, same recipient
        gap = _GAPPED_FROM.match(text, agents[-1].end) if agents else None
        more = [m for m in ms if gap and m.start == gap.end() and not m.refers]
        # ("; hydraulics from Belarus, chiefly from B": the firm named says who of the place)
        narrow = _CHIEFLY_FROM.match(text, more[0].end) if more else None
        agents += [m for m in ms if narrow and m.start == narrow.end() and not m.refers] or more
        for a in agents:
            out.append(Hit("SUPPLIES_TO", a, context_recipient(f.start()), f.span(), 0.6,
                           "inputs from", extra={"goods": None, "value_usd": None}))
    return out


# -- goods made from another's parts ---------------------------------------------------
# "X put together 900 buses from kits shipped by Y", "X went on assembling tractors
# from kits sent by the Company", "X builds vans from kits that come from Y":
# the maker of the parts supplies the assembler (the clause's subject).
_ASSEMBLED_FROM = re.compile(
    r"\b(?:assembl(?:es|ed|e|ing)|builds?|built|produces?|produced|manufactur(?:es|ed|e)"
    r"|put(?:s|ting)?\s+together)\b"
    r"[^.;:]{0,60}?\bfrom\s+(?:[\w,-]+\s+){0,3}?(?:kits|components|parts|sets|units"
    r"|engines|chassis|cabs|assemblies)\s+(?:(?:supplied|delivered|shipped|sent|provided"
    r"|made)\s+by"
    # where the kits come from, in any verb of moving after "that" or "which": "kits that
    # come in from Y", "kits which are sent from Y" (a bare "parts delivered from Y" may
    # name only where they were loaded)
    r"|(?:that|which)\s+(?:(?:are|were|is|was|get|got|have\s+been|had\s+been)\s+)?"
    r"(?:arriv(?:e[sd]?|ing)|c[ao]m(?:es?|ing)|sent|shipped|delivered|brought"
    r"|imported|bought|purchased|sourced|ordered)(?:\s+in)?\s+from"
    r"|(?:imported|bought|purchased)\s+from)\s+(?:the\s+)?")
_OPENING_IN = re.compile(r"\s*(?:In|At|From|Across)\s+(?:the\s+)?")
_NOUN_OF = re.compile(r"\s+(?:[a-z-]+\s+){1,2}of\s")


def _assembled_from(text: str, ms: list[Mention]) -> list[Hit]:
    """The maker of the kits an assembler puts together supplies the assembler: the
    clause's first party (not a place that opens the sentence: "In Azerbaijan, ...")."""
    out = []
    for f in _ASSEMBLED_FROM.finditer(text):
        maker = next((m for m in ms if f.end() - 4 <= m.start <= f.end() and not m.adjectival
                      and m.end > f.end()), None)
        lo = max(text.rfind(c, 0, f.start()) for c in ";:.") + 1
        # (nor a town before the noun of its owner: "the Kokshetau plant of X")
        before = [m for m in ms if lo <= m.start and m.end <= f.start() and not m.adjectival
                  and not m.refers and not _OPENING_IN.fullmatch(text, lo, m.start)
                  and not _NOUN_OF.match(text, m.end)]
        if maker is None or not before:
            continue
        out.append(Hit("SUPPLIES_TO", maker, before[0], f.span(), 0.6, "assembled from",
                       extra={"goods": None, "value_usd": None}))
    return out


# -- goods that go somewhere -----------------------------------------------------------
# "most of its carbamide went to Poland", "the plant's engines went to Mongolia", "a part
# of its output ended up in Brazil", "MAZ trucks go mainly to Russia": the goods' owner
# supplied the place. Only goods move so: "the mayor of X went to Y" is a visit.
# Who uses goods, named by their place: "mines of X", "farms in X", "builders across X".
_USERS = (r"(?:mines|farms|farmers|plants|factories|mills|smelters|refineries|builders|buyers"
          r"|customers|consumers|dealers|retailers|chains|stores|enterprises|companies"
          r"|power\s+stations|stations|utilities|hospitals|schools|depots|fleets|carriers"
          r"|operators)")
_GO = re.compile(r"\b(?:(?:go(?:es)?|went|gone|going|end(?:s|ed)?\s+up|head(?:s|ed)?"
                 r"|c[ao]me|comes|arriv(?:e|es|ed)"
                 r"|f(?:ound|inds?|inding)\s+(?:its|their)\s+way)\s+"
                 r"(?:(?:also|mostly|mainly|largely|chiefly|primarily|partly|directly|now|then"
                 r"|abroad|only)\s+){0,2}(?:to|in|into)"
                 # "Belarusian potash reaches Serbia through a trader": goods arrive
                 r"|reach(?:es|ed)(?:\s+(?:also|mostly|mainly|now|even|only))?"
                 # "Chinese machinery bound for A and B": goods on their way
                 # "a batch of trolleybuses built by X left for Kazan": goods that left
                 r"|(?:bound|destined|headed|left|leaves|departed|set\s+off|sailed)\s+"
                 r"(?:(?:mostly|mainly|largely|chiefly|primarily"
                 r"|partly|directly|only)\s+)?for)\s+(?:the\s+)?"
                 # "went to three countries - A, B and C": a count before the list.
                 r"(?:(?:[a-z\d-]+\s+){0,2}(?:countries|regions|cities|markets|destinations)"
                 rf"\s*(?:-|{LIST_INTRO})\s*(?:the\s+)?"
                 # "go to mines of the Kemerovo Region", "went to farms in A": recipients
                 # named by their place
                 rf"|(?:[a-z-]+\s+)?{_USERS}\s+(?:of|in|across|throughout)\s+(?:the\s+)?)?", re.I)
_NOT_GOODS = {
    "also", "then", "now", "later", "already", "again", "first", "once", "often", "still",
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "delegation",
    "delegations", "official", "officials", "mayor", "governor", "head", "heads", "students",
    "specialists", "experts", "representatives", "team", "teams", "leaders", "leadership",
    "minister", "ministers", "tourists", "workers", "people", "residents", "members",
    "managers", "staff", "engineers", "businessmen", "entrepreneurs", "farmers", "children",
    "artists", "athletes", "doctors", "group", "groups", "investors", "visitors", "guests",
    "participants", "attention", "money", "investment", "investments", "profits", "revenue",
    "proceeds", "funds", "trade", "cooperation", "ties", "relations", "talks", "negotiations",
    "contacts", "exchange", "exchanges", "share", "shares", "stake", "builders", "scientists",
    "teachers", "journalists", "musicians", "volunteers", "pilgrims", "deputies", "officers",
    "soldiers", "veterans", "physicians", "architects", "designers", "researchers", "professors",
    "scholars", "writers", "actors", "singers", "dancers", "coaches", "players", "partners",
    "colleagues", "friends", "citizens", "president", "premier", "ambassador",
    # a firm's people, in the words a report gives them
    "director", "directors", "chairman", "chairwoman", "chair", "ceo", "manager", "chief",
    "founder", "owner", "owners", "spokesman", "spokeswoman", "spokesperson", "boss",
    "executives", "executive", "board", "management",
    "consul", "envoy", "mission", "troupe", "ensemble", "orchestra", "choir", "youth", "pupils",
    "schoolchildren", "wave", "news", "letter", "invitation", "proposal", "offer", "request",
    "initiative", "idea", "turn", "time", "moment", "year", "season", "winter", "summer",
    "spring", "autumn", "end", "crisis", "war", "pandemic", "order"}
_ADVERBS = {"also", "now", "still", "then", "later", "already", "again", "often", "usually"}
_GOODS_GAP = re.compile(r"(?:['’]s)?\s+((?:[a-z][\w-]*\s+){1,4})")


_BARE_GOODS = re.compile(
    r"\s*(?:(?:[Mm]ost|[Mm]uch|[Aa]ll|[Hh]alf|[Tt]he\s+(?:bulk|rest|remainder|majority)|[Aa]\s+"
    r"(?:(?:large|larger|small|smaller|further|significant)\s+)?(?:part|share|third|quarter)"
    r"|[Tt]wo\s+thirds|[\d.]+\s*(?:%|per\s+cent))\s+of\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+)\s+(?:(?:also|mostly|mainly|now|still|then|largely)\s+)?")
# Goods counted, as a delivery tells them: "The first 40 combines went to A", "In May
# another 35 loaders went to B" (a time before them; a year is no count).
_COUNTED_GOODS = re.compile(
    r"\s*(?:(?:In|Last|This|Since|By)\b[^,.;:]{0,30}?,?\s+)?(?:[Tt]he\s+first\s+|[Aa]\s+further\s+"
    r"|[Aa]nother\s+|[Tt]he\s+)?(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+s)\s+(?:(?:also|mostly|mainly|now|then)\s+)?")
# People are counted as often as goods ("12 mechanics went to Kenya", "40 trainees"):
# trades and roles that no delivery counts (a suffix of persons, or a word of them).
_COUNTED_PEOPLE = re.compile(
    r"(?:ists|ians|ees|men|women)$|^(?:drivers|pilots|volunteers|troops|soldiers|officers"
    r"|players|fans|pupils|crews|families|teachers|mechanics|operators|instructors|inspectors"
    r"|contractors|consultants|migrants|delegates|builders|welders|fitters|miners|researchers"
    r"|designers|trainers|agents|scouts|buyers|dealers|partners|cadets|nurses|actors|dancers"
    r"|singers|riders|friends|couples|persons|adults|veterans|pensioners|winners|finalists)$")


# "to logging firms all over X", "to shops in X": lower-case words of a group, then where
# (not an event: "went to the fair in X" takes no goods)
_GROUP_LOCATED = re.compile(r"(?:(?-i:[a-z][\w-]*)\s+){0,2}(?!(?:fair|festival|exhibition|forum"
                            r"|conference|show|expo|summit|meeting|congress|event|championship)"
                            r"s?\s)(?-i:[a-z][\w-]*)\s+"
                            r"(?:in|of|all\s+over|across|throughout|around)\s+(?:the\s+)?")
_AND_TO_MORE = re.compile(r"\s*,\s*(?:and\s+)?(?:also\s+)?(?:to|into)\s+(?:the\s+)?")
_GAPPED_TO = re.compile(r",?\s+and\s+(?:the\s+)?(?P<goods>(?:[a-z][\w-]*\s+){1,3})to\s+(?:the\s+)?"
                        rf"(?:(?:[a-z-]+\s+)?{_USERS}\s+(?:of|in)\s+(?:the\s+)?)?")
# "Where do your machines go? / Last year they also went to A", "Most of them go to B":
# the goods an interview's question asked about (the pipeline keeps such a hit in an
# answer only, with the question's supplier; elsewhere "they" are as often people).
THEY_GO = "they go to"
_THEY_GOODS = re.compile(r"\s*(?:(?:In|Last|This|Since|Now|Today)\b[^,.;:]{0,30}?,?\s+)?"
                         r"(?:[Tt]hey|(?:[Mm]ost|[Mm]any|[Hh]alf|[Aa]ll|[Ss]ome)\s+of\s+them)\s+"
                         r"(?:(?:also|mainly|mostly|largely|still|now|then)\s+)?")


# "assembled by X", "made in Minsk by X" right before the verb of goods that go.
_MADE_BY = re.compile(r"\b(?:manufactured|produced|made|assembled|built)\s+(?:in\s+(?:the\s+)?"
                      r"[A-Z][\w-]*\s+)?by\s+(?:the\s+)?$")


# The goods before an owner's "of" that opens a clause: "fruit and vegetables of X",
# "Road-building machinery of X".
# "Pellets of the Rudny iron ore producer X", "cabinets of the Cheboksary firm X": the
# owner's description may stand between "of" and its name. "Wheat and flour from the
# North Kazakhstan Region go to A", "Coal from the Ekibastuz basin goes to B": goods
# "from" a party are that party's.
_GOODS_OF_SIDE = re.compile(r"\s*(?:(?:in\s+the\s+opposite\s+direction|in\s+turn|in\s+return),\s+)?"
                       r"(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?(?P<goods>(?:[A-Za-z][a-z-]*\s+)"
                       r"{1,3}?(?:and\s+[a-z][a-z-]*\s+)?)(?P<prep>of|from)\s+(?:the\s+)?"
                       rf"(?:{DESCRIPTION})?$")
# What comes "from" a place and goes somewhere without being goods: routes and traffic
# ("Trains from Minsk go to Vilnius"), money given ("Grants from X went to Y").
_NO_GOODS_FROM_PLACE = frozenset({
    "flights", "flight", "trains", "train", "ferries", "ferry", "routes", "route", "roads",
    "road", "highways", "highway", "lines", "line", "services", "service", "passengers",
    "traffic", "tours", "cruises", "calls", "messages", "signals", "grants", "grant",
    "loans", "loan", "credits", "credit", "subsidies", "donations", "transfers", "remittances",
    "migrants", "refugees", "applicants", "graduates", "delegates", "competitors"})
# Where goods are won, after the place's name: "coal from the Ekibastuz basin" (a field
# or a deposit is as often named after no place: "oil from the Kumkol field").
_FIELD = re.compile(r"\s+(?:basin|valley)\s+$")


def _goods_before_of(text: str, lo: int, at: int, field: bool = False) -> bool:
    """Whether the clause from ``lo`` opens with goods and "of" (or "from") right before
    ``at``, goods that are no people ("the delegation of X went to A") and no traffic or
    money ("flights from X go to A"). ``field``: the party is a place where the goods
    are won, named before "basin" or "field", which only "from" may precede."""
    g = _GOODS_OF_SIDE.fullmatch(text, lo, at)
    if g is None or (field and g.group("prep") != "from"):
        return False
    words = [w.lower() for w in g.group("goods").split()]
    # (the head says what moves: "road salt from X" is salt, "roads from X" are roads)
    return not any(w in _NOT_GOODS for w in words) and not (
        g.group("prep") == "from" and words[-1] in _NO_GOODS_FROM_PLACE)


_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had"}


def _goes_to(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for g in _GO.finditer(text):
        lo = max(text.rfind(c, 0, g.start()) for c in ",;:.") + 1
        owner, they, owners = None, None, []
        for m in reversed([m for m in ms if lo <= m.start and m.end <= g.start()]):
            gap = _GOODS_GAP.fullmatch(text, m.end, g.start())
            before = text[max(0, m.start - 12):m.start]
            words = [w.lower() for w in gap.group(1).split()] if gap else []
            # ("X's carbamide is mostly bound for A", "... has largely gone to A": the
            # auxiliary and the adverb stand between the goods and the verb)
            while words and (words[-1] in _ADVERBS or words[-1].endswith("ly")
                             or words[-1] in _AUXILIARIES and len(words) > 1):
                words.pop()
            if words and words[-1] not in _NOT_GOODS and not re.search(
                    r"\b(?:in|at|to|from|for|with|by|on)\s+(?:the\s+)?$", before):
                owner = m
            elif not words and _MADE_BY.search(text, max(lo, m.start - 60), m.start):
                owner = m   # "trucks assembled in Kostanay by Allur go to A": the maker
            elif not words and _goods_before_of(text, lo, m.start):
                owner = m   # "fruit and vegetables of the Samarkand Region go to A"
            elif not words and (owners := _listed_owners(text, ms, m)):
                owner = m   # "grain from A, B and C goes to mills in D": each of them
            elif _FIELD.fullmatch(text, m.end, g.start()) and \
                    _goods_before_of(text, lo, m.start, field=True):
                owner = m   # "coal from the Ekibastuz basin goes to B" (a place's basin)
            break  # only the party right before the goods
        first = next((m for m in ms if g.end() - 4 <= m.start <= g.end() and m is not owner), None)
        if first is None:
            # "go to logging firms all over Siberia, to A and B": a group located by a place
            first = next((m for m in ms if m.start > g.end() and m is not owner
                          and _GROUP_LOCATED.fullmatch(text, g.end(), m.start)), None)
        if owner is None and first is not None and not any(
                lo <= m.start < g.start() for m in ms):
            # "Most of the lead goes to Turkey", "The rest of the output went to A": goods
            # the text has just spoken of, of the supplier of the supply stated before.
            bare = _BARE_GOODS.fullmatch(text, lo, g.start()) or _counted(text, lo, g.start())
            they = _THEY_GOODS.fullmatch(text, lo, g.start())
            if bare and bare.group("noun").lower() not in _NOT_GOODS or they:
                owner = context_supplier(g.start())
        if owner is None or first is None:
            continue
        recipients = run_after(text, first, ms)
        while (more := _AND_TO_MORE.match(text, recipients[-1].end)) is not None:
            # ("go to A, to B, C and D": the list goes on after a repeated "to")
            nxt = next((m for m in ms if m.start == more.end() and not m.refers), None)
            if nxt is None:
                break
            recipients += [r for r in run_after(text, nxt, ms) if r not in recipients]
        # "The ore goes to X, and the wheat to mills in Y": a gapped clause, same owner
        gap = _GAPPED_TO.match(text, recipients[-1].end)
        nxt = next((m for m in ms if gap and m.start == gap.end() and not m.refers), None)
        if nxt is not None and not any(w.lower() in _NOT_GOODS for w in gap.group("goods").split()):
            recipients += run_after(text, nxt, ms)
        for who in owners or [owner]:
            for r in recipients:
                if r is not who and r.key != who.key:
                    # ("they go to": goods only an interview's question names, see THEY_GO)
                    out.append(Hit("SUPPLIES_TO", who, r, g.span(), 0.65,
                                   THEY_GO if who.refers and they else "goods go to",
                                   extra={"goods": None, "value_usd": None}))
    return out


def _counted(text: str, lo: int, at: int) -> re.Match | None:
    """Counted goods from ``lo`` to ``at`` ("The first 40 combines"), not counted people
    ("12 mechanics", "30 trainees")."""
    c = _COUNTED_GOODS.fullmatch(text, lo, at)
    noun = c.group("noun").lower() if c else ""
    if c is None or _COUNTED_PEOPLE.search(noun):
        return None
    return c


def _listed_owners(text: str, ms: list[Mention], last: Mention) -> list[Mention]:
    """The members of a list that ends with ``last``, when goods "of" or "from" open the
    clause before its first member ("Grain from Kostanay, Akmola and North Kazakhstan
    goes to ..."; the list's commas are no clause's ends); else none."""
    for first in ms:
        if first.start >= last.start:
            break
        run = run_after(text, first, ms)
        lo = max(text.rfind(c, 0, first.start) for c in ",;:.") + 1
        if len(run) > 1 and run[-1] is last and _goods_before_of(text, lo, first.start):
            return run
    return []


# -- goods that come from somewhere -----------------------------------------------------
# "car kits for Allur arrive from JAC Motors", "their cylinders come from the Italian firm
# X", "vehicle kits for it are shipped from A, and engines from B": the goods' recipient is
# the party they are for, or their owner; the party after "from" supplied it.
_FROM_VERB = re.compile(
    r"\b(?:c[ao]mes?|coming|arriv(?:e|es|ed|ing)|originat(?:e|es|ed|ing)"
    r"|(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
    r"(?:shipped|delivered|supplied|brought|imported|sent|purchased|bought|procured|sourced"
    r"|obtained|ordered))"
    # "come in from", "are shipped over from": a particle of moving before "from"
    r"(?:\s+(?:in|over|across|down))?"
    r"\s+(?:(?:also|mostly|mainly|largely|chiefly|primarily|partly"
    r"|directly|now|only|still|in\s+part)\s+){0,2}from\s+(?:the\s+)?"
    # "Kazan's trams were built in Ust-Katav", "the buses in Yerevan were made by MAZ"
    r"|(?P<made>(?:is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|all\s+)?(?:made|built"
    r"|manufactured|produced|assembled)\s+(?:in|by|at)\s+(?:the\s+)?)", re.I)
# Goods where they are in use: "the buses in Yerevan", "tractors on the farms of X".
_GOODS_AT = re.compile(rf"\b{_MACHINES}\s+(?:in|on\s+the\s+(?:roads|streets|farms|fields)"
                       r"\s+of|at)\s+(?:the\s+)?$", re.I)
# What stands between "from" and the supplier: "the Italian firm X", "the Minsk plant X".
_FROM_DESCRIPTION = re.compile(r"(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+)?(?:[a-z][\w-]*\s+){0,3}")
_FOR = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?"
                  r"(?:(?:(?!(?:in|of|at|on|from)\s)[a-z][\w-]*\s+){0,2}"
                  # "milk powder for the Almaty confectioner X": a described firm
                  rf"|{DESCRIPTION})$")
_FOR_PRONOUN = re.compile(r"\bfor\s+(it|them)\b")
_OWNER_PRONOUN = re.compile(r"(?:^|(?<=[\s(]))([Ii]ts|[Tt]heir)\s+(?=(?:[a-z][\w-]*\s+){1,4}$)")
# Who or what "comes from" somewhere and is no goods (the adverbs and times of _NOT_GOODS
# may stand in a clause about goods).
_NO_GOODS_FROM = _NOT_GOODS - _ADVERBS - {
    "first", "once", "has", "have", "had", "was", "were", "is", "are", "will", "would",
    "could", "turn", "time", "moment", "year", "season", "winter", "summer", "spring",
    "autumn", "end", "order"}
# ("... from A in Yaroslavl; gearboxes from B": the first supplier's place may stand
# between, and a semicolon may open the gapped clause; a verb of its own in the goods
# words makes it a clause of its own, "; tourists come from B")
_GAPPED_FROM = re.compile(r"(?:\s+(?:in|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                          r"(?:,?\s+(?:and|while)\s+|\s*;\s*(?:and\s+)?)"
                          r"(?:(?!(?:comes?|came|go|goes|went|arrives?|arrived|is|are|was|were"
                          r"|in|since|until)\s)[a-z][\w-]*\s+){1,3}from\s+(?:the\s+)?")


def _comes_from(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for v in _FROM_VERB.finditer(text):
        lo = max(text.rfind(c, 0, v.start()) for c in ".;:") + 1
        cut = list(re.finditer(r",\s+(?:and|while|whereas|but)\s+", text[lo:v.start()]))
        lo += cut[-1].end() if cut else 0
        if re.search(r"\b(?:to|into|by)\s+(?:the\s+)?[A-Z]", text[v.end():v.end() + 80].split(
                ";")[0].split(".")[0]):
            continue  # "shipped from A to B", "bought from A by B": the supply rules read it
        head = text[lo:v.start()]
        # (the clause's first word too: "Tourists for X come in from Y" is no goods;
        # "Requests for X came from Y" are what _ASKED reads)
        words = [w.lower() for w in re.findall(r"(?<![\w-])[a-z][\w-]*", head) + (
            [] if _ASKED.search(head) else re.findall(r"^\s*([A-Z][a-z][\w-]*)", head))]
        if not words or any(w in _NO_GOODS_FROM or w.endswith("s") and w[:-1] in _NO_GOODS_FROM
                            for w in words):
            continue  # "tourists for X come from", "the idea came from": no goods
        before = [m for m in ms if lo <= m.start and m.end <= v.start()]
        rec = next((m for m in before if _FOR.search(text, lo, m.start)
                    and _FOR.search(text[lo:m.start])), None)
        if rec is None and (p := _FOR_PRONOUN.search(head)):
            # "... at the plant of X; kits for it are shipped from": the firm the sentence
            # has just named, else the one the text spoke of.
            firm = [m for m in ms if m.end <= lo and not m.refers and not m.adjectival and (
                m.organisation or m.kind_hint in ("Company", "Organization"))]
            rec = firm[-1] if firm and p.group(1) == "it" else Mention(
                p.group(1), lo + p.start(1), lo + p.end(1), refers="Actor")
        if rec is None:
            # "UCW's chassis come from", "our cranes are bought from": the goods' owner.
            rec = next((m for m in before if re.fullmatch(
                r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,4}", text[m.end:v.start()])
                and (m.refers in ("Actor", "Speaker") or re.match(r"['’]s", text[m.end:]))),
                None)
        if rec is None and (p := _OWNER_PRONOUN.search(head)) and not before:
            rec = Mention(p.group(1), lo + p.start(1), lo + p.end(1), refers="Actor")
        if rec is None:
            # "Most of the buses in Yerevan come from MAZ": the place the goods serve.
            rec = next((m for m in before if _GOODS_AT.search(text, lo, m.start)
                        and not text[m.end:v.start()].strip()), None)
        if rec is None:
            continue
        # Goods made somewhere are a supply only to the place that has them: "MAZ's
        # trucks are made in Minsk" says where a firm makes its own.
        if v.group("made") and (rec.refers or not known_place(rec.text)):
            continue
        first = next((m for m in ms if m.start >= v.end() and _FROM_DESCRIPTION.fullmatch(
            text, v.end(), m.start)), None)
        if first is None:
            continue
        if v.group("made") and first.adjectival:
            continue   # ("built by German prisoners of war": no party)
        sups = run_after(text, first, ms)
        # "..., and engines from the Yaroslavl Motor Plant": a gapped clause, same recipient.
        g = _GAPPED_FROM.match(text, sups[-1].end)
        nxt = next((m for m in ms if g and m.start == g.end()), None)
        narrow = _CHIEFLY_FROM.match(text, nxt.end) if nxt is not None else None
        nxt = next((m for m in ms if narrow and m.start == narrow.end()), nxt)
        if nxt is not None:
            sups += run_after(text, nxt, ms)
        # "Orders for BelAZ trucks came from A and B": what came is the buyers' request,
        # so the goods go the other way.
        asked = _ASKED.search(head)
        for sup in sups:
            if sup.key != rec.key:
                a, b = (rec, sup) if asked else (sup, rec)
                out.append(Hit("SUPPLIES_TO", a, b, v.span(), 0.65, "comes from",
                               extra={"goods": None, "value_usd": None}))
    return out


# What comes from a buyer, not a supplier: "orders for X", "requests for X's combines".
_ASKED = re.compile(r"\b(?:orders?|requests?|enquir(?:y|ies)|inquir(?:y|ies)|applications?"
                    r"|payments?|bids?)\s+for\b", re.I)


# -- a list of goods and their buyers ----------------------------------------------------
# "The main items and their buyers were: - fruit: markets of A, B and C; - yarn: mills of
# D": each item names goods, a colon, then who took them.
_LIST_CAPTION = re.compile(r"\b(?:buyers?|recipients?|customers?|consumers?|importers?"
                           r"|destinations?|markets?)\b(?P<of>\s+of\s+[^:;.]{1,60}?)?"
                           r"(?:\s+(?:were|are|was|is|included?|as\s+follows))?\s*:", re.I)
_ITEM = re.compile(r"\s*(?:[-–—•*]\s*)?(?:[a-z][\w-]*[\s,]+){0,5}?[a-z][\w-]*\s*:\s*"
                   r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:of|in|at)\s+)?(?:the\s+)?")


# "The region's main export items and their buyers:", "Its goods and their markets:"
_ITEMS_OF = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){1,4}and\s+their\s+")


def _item_lists(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for c in _LIST_CAPTION.finditer(text):
        lo = max(text.rfind(";", 0, c.start()), text.rfind(".", 0, c.start())) + 1
        # "the main recipients of Belshina tyres:", "X's buyers:"
        inside = [m for m in ms if c.group("of") and c.start("of") <= m.start
                  and m.end <= c.end("of")]
        owner = inside[0] if inside else _owner(text, ms, c.start(), lo) or next(
            (m for m in ms if lo <= m.start and m.end <= c.start() and (_POSSESSIVE.match(
                text, m.end) or _ITEMS_OF.fullmatch(text, m.end, c.start()))), None)
        at = c.end()
        while at < len(text):
            item = _ITEM.match(text, at)
            if item is None:
                break
            end = text.find(";", item.end())
            end = len(text) if end < 0 else end
            first = next((m for m in ms if m.start == item.end()), None)
            supplier = owner or context_supplier(item.start())
            if first is not None:
                for r in run_after(text, first, [m for m in ms if m.end <= end]):
                    if r is not supplier:
                        out.append(Hit("SUPPLIES_TO", supplier, r, (item.start(), item.end()),
                                       0.65, "goods and buyers",
                                       extra={"goods": None, "value_usd": None}))
            at = end + 1
    return out


# -- a run of suppliers, goods and recipients after a supply caption ---------------------
# "Deliveries in 2019: MTZ - tractors - Russia and Kazakhstan; MAZ - trucks - Mongolia":
# each item names a supplier, its goods (lower case) and the places that took them.
# (also a verb with the customers it went to: "their output was supplied to the
# following customers:")
_SUPPLY_HEAD = re.compile(r"\b(?:supplies|deliveries|exports|shipments|sales"
                          r"|(?:supplied|delivered|sold|shipped|exported)\s+to\s+(?:the\s+"
                          r"following\s+|these\s+|its\s+|their\s+)?(?:main\s+|key\s+)?"
                          r"(?:customers|buyers|clients|consumers|recipients))\b[^:;.]{0,60}:",
                          re.I)
_RUN_DASH = re.compile(r"\s*[-–—:]\s*(?:[a-z][\w-]*[\s,]+){0,4}?[a-z][\w-]*\s*[-–—:]\s*"
                       r"(?:to\s+)?(?:the\s+)?")
# "A LLC (formerly B) - seat covers and wiring harnesses for C and for D": the supplier,
# a dash, its goods in lower case, and whom they were for
_RUN_FOR = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?[-–—:]\s*(?:[a-z][\w-]*,?\s+){0,7}?for\s+"
                      r"(?:the\s+)?")
_AND_FOR = re.compile(r",?\s+and\s+(?:also\s+)?(?:for\s+)?(?:the\s+)?")
_RUN_NEXT = re.compile(r"\s*[;,]\s*(?:and\s+)?")


def _run_for(text: str, sup: Mention, ms: list[Mention]) -> tuple[int, list[Mention]] | None:
    """An item "A - goods for B and for C" after ``sup``: where its goods end and whom
    they were for, or None."""
    dash = _RUN_FOR.match(text, sup.end)
    first = next((m for m in ms if dash and m.start == dash.end()), None)
    if first is None:
        return None
    run = [first]
    while True:
        join = _AND_FOR.match(text, run[-1].end)
        nxt = next((m for m in ms if join and m.start == join.end()), None)
        if nxt is None:
            return dash.end(), run
        run.append(nxt)


def _supply_runs(text: str, ms: list[Mention]) -> list[Hit]:
    out = []
    for c in _SUPPLY_HEAD.finditer(text):
        at = c.end()
        while True:
            sup = next((m for m in ms if m.start >= at and not text[at:m.start].strip(" -–—•*")),
                       None)
            dash = _RUN_DASH.match(text, sup.end) if sup is not None else None
            first = next((m for m in ms if dash and m.start == dash.end()), None)
            item_for = _run_for(text, sup, ms) if sup is not None and first is None else None
            if first is None and item_for is None:
                break
            end, run = item_for or (dash.end(), run_after(text, first, ms))
            out += [Hit("SUPPLIES_TO", sup, r, (sup.start, end), 0.65, "supply run",
                        extra={"goods": None, "value_usd": None}) for r in run if r is not sup]
            nxt = _RUN_NEXT.match(text, run[-1].end)
            if nxt is None:
                break
            at = nxt.end()
    return out


# -- a list of markets, each with its quantities and buyers ------------------------------
# "- Tajikistan: 71.4 thousand tonnes, delivered to A and to dealers in B; - Turkmenistan:
# small volumes of acid": each item opens with the market and a colon, then what went
# there (a number or lower-case words) and to whom.
_MARKET_HEAD = re.compile(r"(?:^|[:;]\s*|[.]\s+)$")
_MARKET_BODY = re.compile(r"\s*:\s*(?=\d|(?-i:[a-z]))")
# (what went: a quantity, or a verb of supply, in the item)
_QUANTITY = re.compile(r"\b(?:tonnes|tons|units|pieces|litres|volumes?|consignments?|batch(?:es)?"
                       r"|lots|shipments?|deliveries|cubic\s+metres|(?:USD|EUR|US\$|\$|€)\s*\d)\b",
                       re.I)
_TO_TAKER = r"to\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:(?:in|of)\s+(?:the\s+)?)?$"
# "delivered (mainly) to (the state company) A"
_SENT_TO = re.compile(r"\b(?:delivered|supplied|sold|shipped|exported|sent)\s+(?:\w+ly\s+)?"
                      + _TO_TAKER, re.I)
# "... to A (Aktau) and to distributors in B": a further taker joined by "and to"
_AND_TO = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+and\s+(?:also\s+)?" + _TO_TAKER, re.I)


def _market_items(text: str, ms: list[Mention]) -> list[Hit]:
    """Items of a list of markets ("Kazakhstan: 36.2 thousand tonnes of urea, sold
    mainly to A and to distributors in B;"): the supplier the paragraph spoke of (see
    ``context_supplier``) supplies the market and the parties its goods were delivered,
    sold or shipped to."""
    out = []
    for m in ms:
        body = _MARKET_BODY.match(text, m.end)
        if m.adjectival or m.refers or body is None or m.kind_hint not in (
                "Country", "Region", None) or not _MARKET_HEAD.search(text, 0, m.start):
            continue
        end = text.find(";", body.end())
        end = len(text) if end < 0 else end
        if not (_QUANTITY.search(text, body.end(), end) or SUPPLY.search(text, body.end(), end)):
            continue
        inside = [x for x in ms if body.end() <= x.start and x.end <= end]
        takers = [m]
        for x in inside:
            if x not in takers and (_SENT_TO.search(text[body.end():x.start]) or (
                    len(takers) > 1 and _AND_TO.fullmatch(text, takers[-1].end, x.start))):
                takers += [r for r in located_run(text, x, inside) if r not in takers]
        supplier = context_supplier(m.start)
        out += [Hit("SUPPLIES_TO", supplier, r, (m.start, body.end()), 0.65, "market item",
                    extra={"goods": None, "value_usd": None}) for r in takers]
    return out


# -- owners of goods that the mention finder leaves out ---------------------------------
# ("Their" only where it opens a clause: "the main items and their buyers" owns nothing)
_ITS = re.compile(r"(?:\b[Ii]ts|^\s*Their|(?<=[;:]\s)[Tt]heir|\b(?P<kind>[Tt]he\s+(?:company"
                  r"|plant|enterprise|factory|firm|works|holding|manufacturer|maker|producer|refinery|mill|region|oblast|krai"
                  r"|republic)['’]s))\s+(?=[a-z])")
_BUYS_OF = re.compile(r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?"
                      r"|receiv(?:e|es|ed|ing)|(?:buyers?|recipients?|customers?|consumers?"
                      r"|importers?|users?)\s+of)\s+$", re.I)


class _GoodsThen:
    """Where a verb may follow "its" + goods: after one to three words and an
    auxiliary ("its tyres are bought", "its carbamide went")."""

    _WORD = re.compile(r"[a-z][\w-]*\s+")
    # (an adverb in -ly, but not the verb "supply": "the oblast's enterprises supply")
    _AUX = re.compile(r"(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?"
                      r"(?:(?!suppl)\w+ly\s+|also\s+|now\s+|still\s+)?")

    def findall_ends(self, text: str, at: int) -> list[int]:
        ends = []
        for _ in range(3):
            w = self._WORD.match(text, at)
            if w is None:
                break
            at = w.end()
            ends.append(self._AUX.match(text, at).end())
        return ends


_GOODS_THEN = _GoodsThen()


# ("its main export items and their buyers were: ...": a list's caption)
_ITS_BUYERS = re.compile(r"(?:[a-z-]+\s+){0,3}(?:and\s+their\s+)?(?:buyers?|customers?|consumers?"
                         r"|importers?|recipients?|clients?|purchasers?|suppliers)\b")


# "the holding's exports to Y", "Y is the company's largest market", "its shipments to
# Y": the owner of a trade noun supplies.
_OWNED_TRADE = re.compile(r"(?:(?:main|largest|biggest|key|first|total|new|traditional|export"
                          r"|foreign|own)\s+){0,2}(?:exports|shipments|deliveries|sales"
                          r"|markets?)\b(?!\s+(?:of|value|volume|revenue|earnings)\b)")


_FOUND_BUYERS = re.compile(r"(?:also\s+)?(?:found|finds?)\s+(?:[a-z]+\s+)?(?:buyers|customers"
                           r"|consumers|markets?|clients)\s+(?:in|among)\b")


def owner_refs(text: str, mentions: list[Mention]) -> list[Mention]:
    """"its" and "the plant's" as the owner of goods that move: "its tyres are bought
    by", "buy its fertilisers", "the buyers of its bitumen", "the plant's engines went
    to". The reference resolves to the firm or place the text spoke of."""
    out = []
    for m in _ITS.finditer(text):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        if not (_BUYS_OF.search(text[max(0, m.start() - 30):m.start()]) or _ITS_BUYERS.match(
                text, m.end()) or _OWNED_TRADE.match(text, m.end())
                or any(SUPPLY.match(text, at) or _GO.match(text, at) or _OPERATE_AT.match(text, at)
                       or _FOUND_BUYERS.match(text, at)
                       for at in _GOODS_THEN.findall_ends(text, m.end()))):
            continue
        word = m.group(0).split()[1].lower().rstrip("'’s") if m.group("kind") else ""
        refers = "Region" if word in ("region", "oblast", "krai", "republic") else \
            "Company" if word else "Actor"
        end = m.start() + len(m.group(0).rstrip())
        end -= 2 if m.group("kind") else 0
        out.append(Mention(text[m.start():end], m.start(), end, refers, refers=refers))
    return out


# -- lists that continue in the next sentence ------------------------------------------
@dataclass
class Pending:
    rel_type: str
    vague_side: str          # "a" (the supplier / first party) or "b"
    other: object            # the resolved party of the other side
    trigger: tuple[int, int]
    how: str
    extra: dict


_VAGUE_HINT = re.compile(r"(?:enterprises|companies|firms|manufacturers|producers|plants|factories"
                         r"|exporters|suppliers|holdings|zations|sations|partners|buyers|importers"
                         r"|regions|cities|towns|districts|provinces|oblasts|municipalities"
                         r"|countries|universities)\b")
_VAGUE = re.compile(
    r"\b(?:a\s+number\s+of|several|many|some|various|a\s+few|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens\s+of|leading|major|large|largest|main)\s+"
    r"(?:[A-Za-z-]+\s+){0,3}(?:enterprises|companies|firms|manufacturers|producers|plants|"
    r"factories|exporters|suppliers|holdings|organi[sz]ations|partners|buyers|importers)\b", re.I)
_LIST_OPENER = re.compile(
    r"^(?:Among\s+them|These|They|Those|Such\s+(?:companies|enterprises|firms))\b[^.]{0,40}?\b"
    r"(?:are|is|were|include[sd]?|including)\b|^(?:In\s+particular|Including|Namely)\b", re.I)


def open_list(text: str, mentions: list[Mention], disc, si: int) -> Pending | None:
    """A relation whose one side is a vague plural and the other named, for the next
    sentence to list: "products of a number of Belarusian enterprises are represented
    in the Krai", "Mogilev has agreements with five Russian regions"."""
    if not _VAGUE_HINT.search(text):
        return _one_named_next(text, mentions, disc, si)
    v = _VAGUE.search(text) or _VAGUE_PLACES.search(text)
    if not v:
        return None
    named = [m for m in mentions if not m.adjectival and not (v.start() <= m.start < v.end())]
    t = TWIN.search(text)
    d = None if t else _DOC.search(text)
    # The place of a forum ("held in Tashkent, at which 70 documents were signed by
    # the regions of the two countries") hosts the signing, it signs nothing.
    signers = [m for m in named if not _VENUE_BEFORE.search(text, 0, m.start)]
    if (t or d) and signers:
        first = signers[0]
        other = disc.antecedent(first, si) if first.refers else disc.party(
            first, "City" if t else "Company")
        if other is None or first.start > v.start():
            return None
        rel = "TWINNED_WITH" if t else "SIGNED_AGREEMENT"
        trig = (t or d).span()
        extra = {} if t else {"kind": d.lastgroup}
        return Pending(rel, "b", other, trig, "list next sentence", extra)
    t = SUPPLY.search(text) or _PRESENT.search(text)
    if not t:
        return None
    if v.start() > t.end() and re.search(r"\b(?:to|into|among)\s+(?:the\s+)?$", text[:v.start()]) \
            and not re.match(r"(?:import|bought|buy|purchas|receiv)", t.group(0), re.I):
        # "Amkodor supplies machines to several Russian regions. Among them are A and B":
        # the recipients are the vague side, the subject before the verb supplies.
        subj = [m for m in mentions if m.end <= t.start()]   # "Belarusian tractors are ..."
        if not subj or any(v.end() <= m.start for m in named if m.start > t.end()
                           and re.match(r"\s*(?::|,?\s+(?:including|such\s+as|in\s+particular))",
                                        text[v.end():m.start])):
            return None
        other = disc.antecedent(subj[-1], si) if subj[-1].refers else disc.party(subj[-1])
        if other is None:
            return None
        return Pending("SUPPLIES_TO", "b", other, t.span(), "list next sentence",
                       {"goods": goods(text, t) if SUPPLY.match(t.group(0)) else None,
                        "value_usd": None})
    after = [m for m in named if m.start >= v.end() and m.end > t.end()]
    if not after:
        return None
    other = disc.antecedent(after[0], si) if after[0].refers else disc.party(after[0])
    if other is None:
        return None
    receives = bool(re.match(r"(?:import|bought|buy|purchas|receiv)", t.group(0), re.I))
    return Pending("SUPPLIES_TO", "b" if receives else "a", other, t.span(), "list next sentence",
                   {"goods": goods(text, t) if SUPPLY.match(t.group(0)) else None,
                    "value_usd": None})


_VENUE_BEFORE = re.compile(r"\b(?:held|hosted|took\s+place|taking\s+place|organi[sz]ed|met"
                           r"|convened)\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+)?$")
_VAGUE_PLACES = re.compile(
    r"\b(?:a\s+number\s+of|several|many|some|various|\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|dozens\s+of)\s+(?:[A-Za-z-]+\s+){0,2}(?:regions|cities|towns"
    r"|districts|provinces|oblasts|municipalities|partners|countries|universities)\b", re.I)


# A sentence that goes on with the list of the sentence before: "The list also includes
# A and B", "Other twin towns are C and D", "They also include E", "Others are F and G".
_CONTINUES = re.compile(
    r"^(?:The\s+list\s+(?:of\s+(?:[a-z-]+\s+){1,3})?(?:also\s+)?(?:includes?|contains?"
    r"|comprises?)"
    r"|(?:It|They|These|Those)\s+also\s+include"
    r"|Also\s+among\s+(?:them|its|the)"
    r"|(?:(?:Its|Their|The)\s+)?(?i:other|further|newer|later|younger|more\s+recent)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:twins|partners|cities|towns|municipalities|districts|regions"
    r"|ones|agreements|documents|memoranda)\s+(?:are|were|include[sd]?)"
    r"|Others\s+(?:are|were|include[sd]?))\b")
# The rules that pair one owner with its partners ("X's twin towns include A and B", "X
# has agreements with A and B"): a list the next sentence may go on with.
_OWNER_RULES = {"owner's list", "with", "its twin", "list next sentence", "list continued",
                "owner's partners", "our twin"}


def list_continues(hits: list[Hit], resolved: list[tuple]) -> Pending | None:
    """The owner of a sentence's twinnings or agreements, when they all pair one place
    or body with its partners, for a next sentence that goes on with the list."""
    for rel in ("TWINNED_WITH", "SIGNED_AGREEMENT"):
        mine = [(h, p) for h, p in zip(hits, resolved, strict=True) if h.rel_type == rel]
        if not mine or any(h.how not in _OWNER_RULES for h, _ in mine) or \
                len({p[0].id for _, p in mine}) != 1:
            continue
        h, p = mine[-1]
        return Pending(rel, "b", p[0], h.trigger, "list continued",
                       {"kind": h.kind} if rel == "SIGNED_AGREEMENT" else {})
    return None


# -- one side named in the next sentence ----------------------------------------------
# "Gomselmash found a new buyer abroad. It was the Kazakh firm Agromash", "X signed a
# contract with a new partner. The partner is Y", "An agreement was signed in 1997. Its
# parties were A and B": a side the sentence leaves indefinite, or a signing with no
# signer named, that the next sentence's copula names.
_ONE_PARTNER = re.compile(r"\ba\s+(?:new|foreign|second|further|large|major|big|first)\s+"
                          r"(?:[A-Z][a-z]+\s+)?(?P<noun>partner|buyer|customer|client|importer"
                          r"|dealer|distributor|supplier|market)\b")
_AGENTLESS_SIGNED = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:signed|concluded"
                               r"|adopted)\b")
_NAMED_NEXT = re.compile(r"\s*(?:It|This|The\s+(?:new\s+)?(?:partner|buyer|customer|client"
                         r"|importer|dealer|distributor|supplier|market)|(?:Its|The)\s+"
                         r"(?:parties|signatories|signers))\s+(?:is|was|are|were|became)\s+"
                         rf"(?:the\s+|a\s+)?(?:{DESCRIPTION})?")


_SOUGHT = re.compile(r"\b(?:look(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|search(?:es|ed|ing)?"
                     r"\s+for|want(?:s|ed)?|hope[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|needs?)\b")


def _one_named_next(text: str, mentions: list[Mention], disc, si: int) -> Pending | None:
    named = [m for m in mentions if not m.adjectival]
    d = None if TWIN.search(text) else _DOC.search(text)
    if d is not None and _AGENTLESS_SIGNED.search(text) and not [
            m for m in named if not m.refers and not _VENUE_BEFORE.search(text, 0, m.start)
            and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start])]:
        return Pending("SIGNED_AGREEMENT", "both", None, d.span(), "named next",
                       {"kind": d.lastgroup})
    v = _ONE_PARTNER.search(text)
    subj = [m for m in named if v is not None and m.end <= v.start() and not m.refers]
    if v is None or not subj or NOT.search(text, 0, v.start()) or _SOUGHT.search(
            text, 0, v.start()):
        return None   # ("did not find a new buyer", "is looking for a new partner")
    other = disc.party(subj[0], "Company")
    if d is not None and _SIGNED.search(text, 0, v.start()) and \
            re.search(r"\bwith\s+$", text[max(0, v.start() - 6):v.start()]):
        return Pending("SIGNED_AGREEMENT", "b", other, d.span(), "named next",
                       {"kind": d.lastgroup})
    noun = v.group("noun")
    if d is None and (noun != "market" or re.search(r"\b(?:found|opened|entered|won|gained)\s+$",
                                                     text[max(0, v.start() - 10):v.start()])):
        side = "a" if noun == "supplier" else "b"
        return Pending("SUPPLIES_TO", side, other, v.span(), "named next",
                       {"goods": None, "value_usd": None})
    return None


def _named_next(text: str, mentions: list[Mention], pending: Pending, disc) -> list[tuple]:
    """The party (or, for a signing with none named, the pair) the copula opening this
    sentence names for the relation the sentence before left indefinite."""
    o = _NAMED_NEXT.match(text)
    first = next((m for m in mentions if o and m.start == o.end() and not m.refers
                  and not m.adjectival), None)
    if first is None:
        return []
    run = [m for m in run_after(text, first, mentions) if not m.adjectival]
    label = "City" if pending.rel_type == "TWINNED_WITH" else "Company"
    parties = [disc.party(m, label) for m in run]
    hit = Hit(pending.rel_type, first, first, (first.start, first.end), 0.55, pending.how,
              kind=pending.extra.get("kind"), extra=dict(pending.extra))
    if pending.vague_side == "both":
        return [(hit, (parties[0], parties[1]))] if len(parties) == 2 and \
            parties[0].id != parties[1].id else []
    if len(parties) != 1 or parties[0].id == pending.other.id:
        return []
    pair = (parties[0], pending.other) if pending.vague_side == "a" else \
        (pending.other, parties[0])
    return [(hit, pair)]


# A list sentence that says its towns are no twins: "These are not twinnings, but ...",
# "none of them is a sister city", "they are partners, not twin towns" ("not only
# twin towns" denies nothing).
_NO_TWINS = re.compile(r"\b(?:not(?!\s+only\b)|no|none|neither|nor)\b(?:\s+(?:of\s+them|of\s+these"
                       r"|is|are|a|an|formal|official|full|real|actual|as))*\s+"
                       r"(?:twin|twins|twinned|twinnings?|sister)\b", re.I)


def _denies_twins(text: str, mentions: list[Mention]) -> bool:
    """Whether ``text`` says, before the towns it lists, that they are no twins."""
    first = next((m.start for m in mentions if not m.adjectival and not m.refers), len(text))
    return _NO_TWINS.search(text, 0, first) is not None


def continue_list(text: str, mentions: list[Mention], pending: Pending, disc) -> list[tuple]:
    """(hit, (supplier, recipient)) for each party a list-opening sentence names."""
    if pending.how == "named next":
        return _named_next(text, mentions, pending, disc)
    # A list named in part goes on only after its own words; a vague plural ("has 15
    # twin cities") is listed after either.
    if not _CONTINUES.search(text) and (pending.how == "list continued"
                                        or not _LIST_OPENER.search(text)):
        return []
    if pending.rel_type == "TWINNED_WITH" and _denies_twins(text, mentions):
        return []
    out = []
    for m in mentions:
        if m.adjectival or m.refers:
            continue
        party = disc.party(m, "City" if pending.rel_type == "TWINNED_WITH" else "Company")
        if party.id == pending.other.id:
            continue
        hit = Hit(pending.rel_type, m, m, (m.start, m.end), 0.6, pending.how,
                  kind=pending.extra.get("kind"), extra=dict(pending.extra))
        pair = (party, pending.other) if pending.vague_side == "a" else (pending.other, party)
        out.append((hit, pair))
    return out


# -- supplies with one side named: the other is the pair the text speaks of -----------
_ONE_SIDED = re.compile(r"\b(?P<mutual>mutual\s+)?(?P<noun>exports?|supplies|deliveries|shipments"
                        r"|imports?)\b|\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
                        r"(?P<passive>sent|delivered|supplied|shipped|exported|handed\s+over)\s+to\b"
                        # "the first lots also went to X", "consignments were sent to X":
                        # units of goods that travel (their sender is spoken of before)
                        r"|\b(?P<noun2>lots|batch(?:es)?|consignments?|cargoes|truckloads|wagons)"
                        r"(?=\s+(?:[a-z]+\s+){0,3}?(?:went|go|goes|were\s+sent|was\s+sent"
                        r"|were\s+shipped|was\s+shipped|arrived|reached)\b)"
                        r"|\b(?:sent|shipped|dispatched)\s+(?:their|its|the)\s+(?:first\s+|new\s+)?"
                        r"(?P<noun3>lots|batch(?:es)?|consignments?|cargoes)(?=\s+to\b)",
                        re.I)


# ", most of them to farms of A and B": a further destination of the same goods.
_FURTHER_TO = re.compile(r",\s+(?:most|some|part|half|much|many|all|the\s+rest|the\s+bulk"
                         r"|a\s+third|a\s+quarter)\s+(?:of\s+(?:them|it)\s+)?(?:(?:going|went"
                         r"|was|were|sent|shipped|delivered)\s+)?(?:to|into)\s+(?:the\s+)?"
                         r"(?:(?!(?:in|of|across)\s)(?-i:[a-z][\w-]*)\s+){0,3}(?:(?:in|of|across)\s+(?:the\s+)?)?")


def _passive_recipients(text: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The recipients of "were shipped to A": A with the members listed after it ("to A
    and B") and a further destination of the same goods (", most of them to farms of C
    and D"), up to the clause's end."""
    run = run_after(text, first, mentions)
    end = min([i for i in (text.find(";", run[-1].end), text.find(".", run[-1].end)) if i >= 0]
              + [len(text)])
    more = _FURTHER_TO.search(text, run[-1].end, end)
    nxt = next((m for m in mentions if more and m.start == more.end()), None)
    return run + (run_after(text, nxt, mentions) if nxt is not None else [])


_AND_NOUN = re.compile(r"\band\s+(?=(?:imports?|exports?|supplies|deliveries|shipments)\b)", re.I)


def one_sided(text: str, mentions: list[Mention]) -> list[tuple]:
    """Supply nouns with one side named, for the pipeline to complete from the pair
    the text speaks of: ``(trigger, mention, side)`` where side is "supplier"
    ("Belarusian exports grew", "X's exports"), "recipient" ("supplies of equipment to
    Y"), or ``(trigger, None, "mutual")`` for "mutual supplies".

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Last year the volume of Belarusian exports rose by a third."
    >>> [(m.text, side) for _, m, side in one_sided(s, find_mentions(s))]
    [('Belarusian', 'supplier')]
    """
    out = []
    for t in _ONE_SIDED.finditer(text):
        if t.group("passive"):
            # "a consignment was sent to X" (no "by"): the sentence's actor sent it.
            nxt = [m for m in mentions if m.start >= t.end() and m.start - t.end() < 30]
            if nxt and not re.search(r"\bby\b", text[t.end():]):
                out += [(t.span(), m, "passive") for m in _passive_recipients(text, nxt[0],
                                                                               mentions)]
            continue
        if t.group("mutual"):
            out.append((t.span(), None, "mutual"))
            continue
        # The clause of the noun: commas and semicolons, and "and" before another supply
        # noun ("Belarusian exports were worth X and imports from Vietnam Y").
        lo = max(text.rfind(";", 0, t.start()), text.rfind(",", 0, t.start()),
                 *(a.end() - 1 for a in _AND_NOUN.finditer(text) if a.end() <= t.start())) + 1
        hi_c = [i for i in (text.find(";", t.end()), text.find(",", t.end())) if i >= 0]
        nxt = _AND_NOUN.search(text, t.end())
        hi_c += [nxt.start()] if nxt else []
        hi = min(hi_c) if hi_c else len(text)
        inside = [m for m in mentions if lo <= m.start and m.end <= hi and not m.refers]
        noun = t.group("noun") or t.group("noun2") or t.group("noun3")
        if len(inside) > 1 and not t.group("noun") and inside == run_after(text, inside[0], inside):
            # "the first lots went to A and B": each member of the list received
            to = re.search(r"\b(?:to|into)\s+(?:the\s+)?$", text[t.end():inside[0].start])
            out += [(t.span(), m, "recipient") for m in inside] if to else []
            continue
        if len(inside) != 1:
            continue
        m = inside[0]
        importing = noun.lower().startswith("import")
        glued = m.end <= t.start() and re.fullmatch(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,1}",
                                                    text[m.end:t.start()])
        to = m.start >= t.end() and re.search(r"\b(?:to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
                                              text[t.end():m.start])
        # "imports from Vietnam": the other side received them.
        frm = m.start >= t.end() and re.search(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
                                               text[t.end():m.start])
        if glued:
            out.append((t.span(), m, "recipient" if importing else "supplier"))
        elif to and not importing:
            out.append((t.span(), m, "recipient"))
        elif frm:
            out.append((t.span(), m, "supplier"))
    return out
