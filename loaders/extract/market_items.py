"""Lists of a report's markets or sources, one item a line, under a lead-in.

A firm's (or a region's) own report lists where its goods went, or where its inputs came
from, as items under a lead-in that says what the items are, and names itself in
neither::

    Our main export markets were:
    - Poland (22% of sales): Mleczarnia Sosnowa Sp. z o.o. of Lodz.   (firm -> Poland,
    - Japan (9%) - deliveries to Hokuto Trading K.K.                    firm -> Mleczarnia ...)
    Our raw material came from:
    - Brazil: Fazenda Alta Ltda, Minas Gerais                          (Brazil -> firm, ...)

An item may go without its mark when it is a short line ending in a semicolon or a
stop ("Rewa Growers Cooperative – 120 tonnes;"), as reports set short lists of suppliers.
Each item opens with its market (or source): a place, its share or a remark in brackets
maybe, then a colon or a dash; the firms after it are the buyers (or suppliers) there.
An item that opens with a firm ("- Hokuto Trading K.K. (Japan): ...") names the buyer
itself, its place only locating it. The owner is the text's own firm (else the region
it speaks for); a lead-in that names no markets, customers or suppliers ("Our plants
are:", "We exhibited at:") makes no such list, nor does a text that speaks for nobody.
The report's own branches in an item ("via our subsidiary X", a firm whose name opens
with the owner's) are no buyers. Under a lead-in of customers, distributors or dealers
the items' places only locate the buyers, unless the item says goods went there.

A lead-in over another party's markets ("Its export markets were:", "X's main
markets:") is left to ``frames._market_items``, which gives them to the paragraph's
supplier.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.entry_rows import LIST_MARK
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention, find_mentions

__all__ = ["MARKET_RULE", "SOURCE_RULE", "item_lines", "market_items"]

MARKET_RULE = "market list item"
SOURCE_RULE = "source list item"

# What a lead-in says its items are: where the goods went ...
_OUT = re.compile(
    r"\b(?:(?:export|sales|foreign|overseas|principal|main|key|largest|biggest|major|top"
    r"|leading|other|new)\s+(?:[a-z]+\s+)?(?:markets|destinations|customers|buyers|clients"
    r"|importers)|(?:markets|customers|buyers|clients)\s+(?:by|per)\s+(?:country|market"
    r"|destination|region)|(?:we|it)\s+(?:\w+ly\s+)?(?:exported|shipped|sold|delivered|supplied)"
    r"\s+(?:\w+\s+){0,4}to|(?:exports|shipments|sales|deliveries)\s+(?:went|were\s+made)\s+to"
    r"|(?:went|were\s+shipped|were\s+exported|were\s+sold)\s+to)\b", re.I)
# ... or where the inputs came from (a place alone named as an origin is not enough:
# the lead-in must say it supplied).
_IN = re.compile(
    r"\b(?:(?:principal|main|key|largest|biggest|major|top|leading|raw[- ]material|other)\s+"
    r"(?:[a-z]+\s+)?(?:suppliers|sources\s+of\s+supply|supplying\s+countries)"
    r"|suppliers\s+(?:by|per)\s+(?:country|origin|region)"
    r"|(?:we|it)\s+(?:\w+ly\s+)?(?:bought|buy|sourced|source|imported|import|purchased"
    r"|purchase)\s+(?:\w+\s+){0,5}from"
    # (what came from the items must be inputs: "Our raw material came from:", not
    # "Our visitors came from:")
    r"|(?:raw\s+materials?|inputs|supplies|purchases|imports|components|materials"
    r"|feedstock|ingredients)\s+(?:\w+\s+){0,3}?(?:came|come|were\s+supplied"
    r"|was\s+supplied|were\s+sourced|was\s+sourced|were\s+bought|was\s+bought)"
    r"\s+(?:\w+\s+)?(?:from|by))\b",
    re.I)
# A lead-in speaks in the first person or for nobody named: "Our main markets were:",
# "Principal customers by country:" (a named owner is left to the table readers).
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_OTHERS = re.compile(r"\b(?:its|their|his|her)\b", re.I)
_NAMED_OWNER = re.compile(r"\b[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*['’]s?\s", re.UNICODE)

# (a firm's short bracket inside its name, "X Estates (Pvt) Ltd, Town - tea", is part
# of the head; a bracket before the colon or dash is the item's remark)
_ITEM = re.compile(r"^\s*" + LIST_MARK + r"\s*(?P<head>(?:the\s+)?[^\W\d_]"
                   r"(?:[^:()\n]|\([^()\n]{1,12}\)(?=\s+[^\W\d_])){0,60}?)"
                   r"\s*(?:\([^()]{0,60}\)\s*)?(?::|\s[-–—]\s|,\s+(?=\d))\s*\S")
# (the same head in a sentence, whose reader has dropped the list's mark)
_HEAD = re.compile(_ITEM.pattern.replace("^\\s*" + LIST_MARK + "\\s*", "\\s*(?:" + LIST_MARK
                                         + "\\s*)?", 1))
# (an item may go without a mark when every line of the list is a short one of this
# shape, ending in a semicolon or a stop: "A Cooperative – 620 tonnes;")
_BARE_ITEM = re.compile(_HEAD.pattern.replace("\\s*(?:" + LIST_MARK + "\\s*)?", "\\s*", 1))
_BARE_MAX = 100
_MAX_GAP = 1   # blank lines allowed between a lead-in and its items, or between items


def _bare_item(line: str) -> bool:
    return len(line.strip()) <= _BARE_MAX and line.rstrip().endswith((";", ".")) and bool(
        _BARE_ITEM.match(line))


def _direction(lead: str) -> str | None:
    """"out" for a lead-in over markets or customers, "in" for one over sources or
    suppliers, None for any other; the clause that ends in the colon decides."""
    clause = re.split(r"(?<=[.!?;])\s+", lead.strip())[-1]
    if not clause.endswith(":") or (not _FIRST_PERSON.search(clause) and (
            _NAMED_OWNER.match(clause) or _OTHERS.search(clause))):
        return None   # ("Its export markets were:": the paragraph's firm's, see frames)
    if _IN.search(clause):
        return "in"
    if _RESELLERS.search(clause):
        return "buyers"   # ("In our markets abroad we sell through distributors:")
    out = _OUT.search(clause)
    if out is None or not _ACTS.match(out.group(0)) and _PLACE_OPENER.search(clause, 0,
                                                                           out.start()):
        return None   # ("In most foreign markets we work through agents:" names none)
    # (items of customers name their buyers; the place before only locates them)
    return "buyers" if _BUYERS.search(out.group(0)) else "out"


# A lead-in whose verb states the supply ("we exported mainly to:"), and a preposition
# that makes the markets' noun a setting ("In our main markets we rely on:").
_ACTS = re.compile(r"(?:we|it|exports|shipments|sales|deliveries|went|were)\b", re.I)
_PLACE_OPENER = re.compile(r"\b(?:in|across|for|on|into|to|of|throughout)\s+"
                           r"(?:[\w'’-]+\s+){0,2}$", re.I)
# Firms that buy to sell on: a lead-in over them lists buyers, whatever it says of markets.
_RESELLERS = re.compile(r"\b(?:distributors|dealers|importers|resellers|wholesalers"
                        r"|distribution\s+partners)\b", re.I)
_BUYERS = re.compile(r"customers|buyers|clients|importers", re.I)


def _heading_direction(line: str) -> str | None:
    """A short heading with no colon right over its items ("Customers by country",
    "Main suppliers by origin"): its direction, as a lead-in's."""
    s = line.strip()
    if not s or len(s) > 80 or s.endswith((".", ",", ";")):
        return None
    return _direction(re.sub(r"^[\d.]+\s+", "", s) + ":")


def item_lines(lines: list[str]) -> dict[int, str]:
    """1-based line -> "out" (markets), "buyers" (customers) or "in" (sources), for
    each item of such a list: two or more item lines under a lead-in (or heading) that
    says what they are."""
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        way = _direction(line) if line.rstrip().endswith(":") else _heading_direction(line)
        if way is None:
            continue
        found, j, gap = [], i + 1, 0
        while j < len(lines):
            if not lines[j].strip():
                gap += 1
                if gap > _MAX_GAP:
                    break
            elif _ITEM.match(lines[j]) or _bare_item(lines[j]):
                found.append(j)
                gap = 0
            else:
                break
            j += 1
        if len(found) >= 2:
            out.update((k + 1, way) for k in found)
    return out


# The report's own branches and plants named in an item: no buyer or supplier of it.
_OWN_UNIT = re.compile(r"\b(?:our|its)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:subsidiary|subsidiaries"
                       r"|branch|branches|office|offices|plant|plants|factory|affiliate"
                       r"|representative|warehouse|joint\s+venture)\s+(?:in\s+\S+\s+)?$",
                       re.I)
_OWN_UNIT_ANYWHERE = re.compile(_OWN_UNIT.pattern.replace(r"(?:in\s+\S+\s+)?$", ""), re.I)
_FIRMS = ("Company",)
# A name after "of", "in" or "based in": where the firm before it sits ("X GmbH of
# Hamburg"), read as a firm only when the gazetteer missed the town.
_SEAT = re.compile(r"\b(?:of|in|at|near|based\s+in)\s+(?:the\s+)?$", re.I)
# A grade, model or code ("W240", "A-320"): goods, no firm.
_CODE = re.compile(r"[A-Z]{1,4}[-‑]?\d[\w-]*")
_PLACES = ("Country", "Region", "City")
# What may stand before an item's head: its list mark.
# (or the comma that joins the item to the one before, when the reader ran the list's
# items into one sentence)
_OPENING = re.compile(r"[,;]?\s*(?:[-–—•*]|\d{1,3}[.)])?\s*(?:the\s+)?")


def market_items(text: str, mentions: list[Mention], spans: list[tuple[int, int, str]],
                 owner, party, hits, resolved) -> list[tuple[Hit, tuple]]:
    """The supplies the items in ``text`` (each ``(start, end, direction)`` in
    ``spans``) state between ``owner`` and their market (or source) and the firms
    they name. ``party`` reads a mention as a party; supplies the sentence's ``hits``
    found (their parties in ``resolved``) are not repeated."""
    if owner is None:
        return []
    had = {(a.id, b.id) for h, (a, b) in zip(hits, resolved, strict=True)
           if h.rel_type == "SUPPLIES_TO"}
    out = []
    for start, end, way in spans:
        inside = [m for m in mentions if start <= m.start < end and not m.adjectival
                  and not m.refers]
        if not inside:
            continue
        places, firms = _item_parties(text, inside, party, start, end)
        own_unit = any(_same_group(p, owner) for _m, p in firms) or \
            _OWN_UNIT_ANYWHERE.search(text, start, end)
        firms = [(m, p) for m, p in firms if not _same_group(p, owner)]
        if way == "buyers" and (own_unit or not _STATES_SUPPLY.search(text, start, end)):
            # ("- Austria: X GmbH": X buys, Austria only places it; "- Spain: our
            # subsidiary sells there": the report's own unit is the seller)
            places = []
        for m, other in places + firms:
            if other.id == owner.id:
                continue
            pair = (other, owner) if way == "in" else (owner, other)
            if (pair[0].id, pair[1].id) in had:
                continue
            had.add((pair[0].id, pair[1].id))
            ref = Mention(owner.name, m.start, m.start, refers="Company")
            a, b = (m, ref) if way == "in" else (ref, m)
            rule = SOURCE_RULE if way == "in" else MARKET_RULE
            out.append((Hit("SUPPLIES_TO", a, b, (m.start, m.end), 0.6, rule,
                            extra={"goods": None, "value_usd": None}, parties=pair), pair))
    return out


# An item that says goods went to its place: "both markets are supplied through X",
# "we delivered antibiotics to Ukraine through X".
_STATES_SUPPLY = re.compile(r"\b(?:suppl(?:y|ied|ies)|deliver(?:s|ed)?|deliveries|ship(?:s|ped)?"
                            r"|shipments|export(?:s|ed)?|sold|sells?|sales\s+to)\b", re.I)


def _same_group(p, owner) -> bool:
    """A firm whose name opens with the owner's first word ("Tervola Berries Eesti OU"
    beside "Tervola Berries Oy"): the owner's own unit."""
    a, b = (x.name.split()[0].casefold() if x.name.split() else "" for x in (p, owner))
    return len(a) >= 4 and a == b


def _item_parties(text: str, inside: list[Mention], party, start: int, end: int
                  ) -> tuple[list[tuple], list[tuple]]:
    """The item's markets (the places its head names) and the firms it names; an item
    whose head is a firm names that firm alone (its bracket or later places only
    locate it)."""
    item = _HEAD.match(text, start, end)
    head_end = item.end("head") if item else start
    head = inside[0]
    if not _OPENING.fullmatch(text, start, head.start):
        # (a head the sentence's readers set aside, as a label before its colon:
        # "* Japan: X K.K." read again on its own)
        head = next((replace(m, start=m.start + start, end=m.end + start)
                     for m in find_mentions(text[start:head.start])
                     if _OPENING.fullmatch(text, start, m.start + start)), None)
        if head is None:
            return [], []
        inside = [head, *inside]
    head_party = party(head, "Company")
    # (a body at the head buys or supplies as a firm does: "- X Growers' Cooperative
    # Society, Town - apples")
    if head_party.label in _FIRMS or head_party.label == "Organization":
        return [], [(head, head_party)]
    if head_party.label not in _PLACES:
        return [], []
    # ("- Croatia and Slovenia: ...": each place of the head)
    places = [(head, head_party)] + [(m, p) for m in inside[1:] if m.start < head_end
                                     for p in [party(m, "Company")] if p.label in _PLACES]
    firms = []
    for m in inside[1:]:
        p = party(m, "Company")
        if m.start >= head_end and p.label in _FIRMS \
                and not _OWN_UNIT.search(text, max(start, m.start - 60), m.start) \
                and not _SEAT.search(text, max(start, m.start - 12), m.start) \
                and not _CODE.fullmatch(m.text):
            firms.append((m, p))
    return places, firms


# The town after an item's firm and before the item's dash or colon: "- X Estates Ltd,
# Town - tea".
_SEAT_GAP = re.compile(r"\s*,\s*")
_HEAD_END = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?::|[-–—](?:\s|$)|$)")


def item_seats(text: str, mentions: list[Mention], spans: list[tuple[int, int, str]],
               place, firm) -> tuple[list[Mention], set[int]]:
    """The mentions of a list's items with a town written after an item's firm ("-
    Alder Mills Ltd, Tarnby - wheat flour") only placing that firm: the firm takes the
    town's country (``place(m)`` reads a name as a place, resolved or not; ``firm(m)``
    says whether a head is a firm rather than a market), and the starts of the towns,
    which are no parties."""
    seats: set[int] = set()
    out = list(mentions)
    for start, end, _way in spans:
        inside = [i for i, m in enumerate(out) if start <= m.start < end
                  and not m.adjectival and not m.refers]
        if len(inside) < 2:
            continue
        h, t = out[inside[0]], out[inside[1]]
        if not _OPENING.fullmatch(text, start, h.start) or \
                not _SEAT_GAP.fullmatch(text, h.end, t.start) or \
                not _HEAD_END.match(text, t.end, end) or not firm(h):
            continue
        town = place(t)
        if town is None:
            continue
        seats.add(t.start)
        if not h.country_hint:
            out[inside[0]] = replace(h, country_hint=town.country)
    return out, seats
