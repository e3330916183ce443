"""A later clause of a sentence that names one side of a supply takes the other side
from the supply its earlier clause states.

A sentence often goes on about the goods its first clause sent, naming only the new
side: "Amkodor shipped 40 loaders to Serbia, and the Novi Sad road authority alone
received twelve of them"; "Gomselmash delivered combines to Russia; the Saratov Region
bought 120 of them"; "Belshina sells tyres to Poland, and last year a first batch was
shipped to Hungary"; "Naftan supplies diesel to Ukraine, while since 2020 it has also
been exporting to Poland". The patterns read the first clause and the clause fallback
declines the second (one side only). Read by roles rather than by phrases:

* the later clause is set off by a semicolon, or by a comma and "and", "while",
  "whereas" or "but"; no pattern's hit stands in it;
* its trigger is a verb of supply (the fallback's triggers); the clause is no negation,
  condition, intention or relative clause (the fallback's declines);
* a receiving verb in the active voice ("received", "bought", "acquired") with one
  named actor before it and no "from": the actor receives from the earlier supplier;
* a receiving verb whose clause names no actor (its subject is a pronoun) and one
  supplier after "from": the earlier recipient receives from it ("The Omsk Region
  bought tractors from MTZ, and in 2025 it also acquired combines from Gomselmash");
* a sending verb ("shipped", "exports", "began deliveries") whose clause names no
  actor (its subject is the goods or a pronoun) and one recipient after "to" or "for":
  the earlier supplier sends to it.

The side carried is the one the sentence's supplies so far share (one supplier, or one
recipient); with two named before, nothing is carried.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "Amkodor shipped 40 loaders to Serbia, and Novi Sad alone received twelve of them."
>>> ms = find_mentions(s)
>>> [(m.text, side, trig) for m, side, trig in later_sides(s, ms, [(ms[0], ms[1], (8, 15))])]
[('Novi Sad', 'recipient', 'received')]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

RULE = "clause carries its side"
CONFIDENCE = 0.5
# Where a later clause begins.
_BOUNDARY = re.compile(r";|,\s+(?:and|while|whereas|but)\b(?:\s+also\b)?", re.I)
_NO_ACTOR_BEFORE = re.compile(r"\b(?:it|they|its|their|which)\b", re.I)
# "...; forage harvesters also go to Ukraine", "..., and 25 buses went to Armenia": goods
# that go somewhere in a later clause were sent by the earlier supplier.
_GO = re.compile(r"\b(?:go|goes|went|gone|going)\b(?=\s+(?:[a-z]+ly\s+|also\s+|now\s+)?"
                 r"(?:to|into)\s)"
                 # "the first containers of cheese reached C", "some of them reach buyers in C"
                 r"|\breach(?:es|ed)?\b(?=\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+){1,2}(?:in|of)\s))")


def later_sides(text: str, mentions: list[Mention],
                supplies: list[tuple[Mention, Mention, tuple[int, int]]]
                ) -> list[tuple[Mention, str, str]]:
    """``(mention, side, trigger word)`` for every side a later clause of ``text`` names
    alone, with ``supplies`` the sentence's supplies as (supplier, recipient, trigger)
    mentions; ``side`` ("recipient" or "supplier") is the mention's, the other side is
    the earlier supply's."""
    return [(m, side, text[t[0]:t[1]]) for m, side, t in _later(text, mentions, supplies)]


def _later(text, mentions, supplies):
    from relgraph.loaders.extract.clause_fallback import (
        _declined,
        _groups,
        _party_like,
        _triggers,
    )
    from relgraph.loaders.extract.supplies import PASSIVE, REVERSE

    if not supplies:
        return []
    first_end = min(t[1] for _, _, t in supplies)
    out = []
    for rel, trig in [*_triggers(text, mentions, set()), *_goods_go(text, first_end)]:
        if rel != "SUPPLIES_TO" or trig[0] <= first_end:
            continue
        bounds = [b for b in _BOUNDARY.finditer(text, first_end, trig[0])]
        if not bounds:
            continue
        lo = bounds[-1].end()
        nxt = _BOUNDARY.search(text, trig[1])
        hi = nxt.start() if nxt else len(text)
        if any(lo <= t[0] < hi for _, _, t in supplies):
            continue   # the patterns read this clause
        if _declined(text, lo, hi, trig, rel, mentions) is not None:
            continue
        ms = [m for m in mentions if lo <= m.start and m.end <= hi and _party_like(text, m, rel)]
        groups = _groups(text, ms, trig)
        word = text[trig[0]:trig[1]]
        passive = bool(PASSIVE.search(text, max(0, trig[0] - 40), trig[0]))
        if REVERSE.match(word) and not passive:
            actors = [g for r, g in groups if r is None and g[-1].end <= trig[0]]
            sources = [g for r, g in groups if r == "from" and g[0].start >= trig[1]]
            rest = [r for r, g in groups if not any(g is x for x in actors + sources)]
            if not all(r in ("in", "at", "of", "goods", "maker", "owned") for r in rest):
                continue
            if len(actors) == 1 and not sources:
                out += [(m, "recipient", trig) for m in actors[0]]
            elif len(sources) == 1 and not actors and not any(
                    g[-1].end <= trig[0] for r, g in groups if r not in ("in", "at")):
                # "..., and this year it also bought combines from Gomselmash"
                out += [(m, "supplier", trig) for m in sources[0]]
        elif passive and REVERSE.match(word):
            # "...; 40 combines were purchased from Gomselmash": bought by whom the
            # sentence's supplies went to
            sources = [g for r, g in groups if r == "from" and g[0].start >= trig[1]]
            rest = [r for r, g in groups if not any(g is x for x in sources)]
            if len(sources) == 1 and all(r in ("in", "at", "goods", "maker") for r in rest):
                out += [(m, "supplier", trig) for m in sources[0]]
        elif not REVERSE.match(word):
            before = [g for r, g in groups if g[-1].end <= trig[0] and r not in ("in", "at")]
            # ("reached C": goods reach their recipient, the verb's object; "..., and buses
            # are sold in C": the market of a passive selling verb)
            objects = ("to", "for", None, "in") if word.lower().startswith("reach") \
                else ("to", "for", "in") if passive and re.match(r"s[eo]l", word, re.I) \
                else ("to", "for")
            partners = [g for r, g in groups if g[0].start >= trig[1] and r in objects][:1]
            others = [g for r, g in groups if g[0].start >= trig[1] and r not in (
                *objects, "in", "at") and not any(g is p for p in partners)]
            if not before and len(partners) == 1 and not others:
                out += [(m, "recipient", trig) for m in partners[0]]
    return out


def _goods_go(text: str, after: int):
    """("SUPPLIES_TO", span) of each "go(es)/went to" after ``after`` whose subject is
    goods: a lower-case noun right before it, no person, money or delegation (what
    carried_topic's "no goods" words name)."""
    from relgraph.loaders.extract.frames import _NO_GOODS_FROM

    for g in _GO.finditer(text, after):
        words = re.findall(r"[A-Za-z]+", text[max(after, g.start() - 40):g.start()])[-3:]
        nouns = [w for w in words if w.islower() and w not in ("also", "now", "then")]
        if nouns and not any(w in _NO_GOODS_FROM or w.endswith("s") and w[:-1] in _NO_GOODS_FROM
                             for w in words):
            yield "SUPPLIES_TO", g.span()


def carried_hits(text: str, mentions: list[Mention], hits: list[Hit], resolved: list,
                 disc) -> list[tuple[Hit, tuple]]:
    """Supplies of a later clause that names one side, the other from the side the
    sentence's supplies so far share (see the module's docstring); ``hits`` and
    ``resolved``: what the sentence gave so far."""
    supplies = [(h, pair) for h, pair in zip(hits, resolved, strict=True)
                if h.rel_type == "SUPPLIES_TO"]
    if not supplies:
        return []
    first = min(supplies, key=lambda x: x[0].trigger[0])
    taken = {(pair[0].id, pair[1].id) for _, pair in supplies}
    out = []
    for m, side, trig in _later(text, mentions, [(h.a, h.b, h.trigger) for h, _ in supplies]):
        at = 0 if side == "recipient" else 1   # the side carried: the other one
        if len({pair[at].id for _, pair in supplies}) != 1:
            continue
        known, known_m = first[1][at], (first[0].a, first[0].b)[at]
        party = disc.party(m, "Company")
        pair = (known, party) if at == 0 else (party, known)
        if party.id == known.id or pair[0].id == pair[1].id or not party.country or \
                (pair[0].id, pair[1].id) in taken or \
                party.label == "Country" and known.label == "Country":
            continue
        taken.add((pair[0].id, pair[1].id))
        a, b = (known_m, m) if at == 0 else (m, known_m)
        out.append((Hit("SUPPLIES_TO", a, b, trig, CONFIDENCE, RULE), pair))
    return out


# "... with B and a service contract with C", "... of B since 1998 and a partner region
# of C since 2003": a second object of the same verb, with its own trigger and partner.
# (no comma before "and": ", and in 2013 the twinning of C and D" is a clause of its own)
_GAPPED = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:in|since|from)\s+\d{4})?,?"
                     r"\s+(?:and|as\s+well\s+as)\s+"
                     # "... and in 2019 signed a memorandum with C", "and later became":
                     # the second predicate's own time before its verb
                     r"(?:(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+"
                     r"|(?:later|then|subsequently|recently|last\s+year|this\s+year"
                     r"|a\s+year\s+later)\s+)?"
                     r"(?:also\s+)?(?:(?:signed|concluded|became|is|was|has\s+been|has\s+signed"
                     r"|established|adopted|entered\s+into)\s+)?"
                     r"(?:(?:a|an|its)\s+)?(?P<words>(?:(?!(?:in|on|at|since|the|of)\b)"
                     r"[a-z][a-z-]*\s+){0,4}?"
                     # the second document's own topic: "and a memorandum on tourism with C"
                     r"(?:(?:on|of|for)\s+(?:(?!(?:with|to)\b)[a-z][a-z-]*\s+){1,5}?)?)"
                     r"(?P<prep>with|of|to)\s+(?:the\s+|a\s+|an\s+)?"
                     # a description of the partner: "the Mongolian firm X"
                     r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}$")
GAPPED = "gapped object"

# A purpose clause or a participle's aside between the first object and the second:
# "signed an agreement with B to open a ferry line between X and Y, as well as a
# memorandum with C"; "two agreements, one with B, signed in X in 2017, and another with
# C". Its own places are no second object; the coordination after its comma is.
_PURPOSE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:in|since|from)\s+\d{4})?"
                      r"(?:\s+(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|be)\b)[a-z]+\b"
                      r"[^,;.()]{0,160}?"
                      r"|\s*,\s*(?:signed|concluded|initial+ed|adopted)\s+(?:in|on|at)\s"
                      r"[^,;.()]{0,60}?)(?=,\s+(?:and|as\s+well\s+as)\s)")
# A second object of a verb of signing is a document whatever its noun: "signed a road
# map with B and a programme of youth exchanges with C", "... and a plan of events with C".
_SIGNED_BEFORE = re.compile(r"\b(?:signed|concluded|inked|initial+ed)\b", re.I)
_SIGNED_OBJECT = re.compile(r"(?:program(?:me)?s?|plans?|charters?)\b(?!\s+(?:director|manager"
                            r"|officer|committee))", re.I)


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: a semicolon, a comma or the sentence's end."""
    end = re.compile(r"[;,]|\.(?:\s|$)").search(text, at)
    return end.start() if end else len(text)


# "and another with B", "and a second one with B", "and one more with B": the first
# object again, its trigger left out.
_PRO_FORM = re.compile(r"(?:another|one\s+more|(?:second|third|further|similar|new)"
                       r"(?:\s+one)?|the\s+same)\s+")


def gapped_objects(text: str, mentions: list[Mention], hits: list[Hit], resolved: list,
                   disc) -> list[tuple[Hit, tuple]]:
    """An agreement or a twinning whose partner is followed by "and" and a second object
    of the same verb, with a trigger of the type and the same preposition: "We signed a
    distribution agreement with A and a service contract with B"; "The Grodno Region has
    been a sister-region of A since 1998 and a partner region of B since 2003". The
    subject is the first hit's other side.

    >>> from relgraph.loaders.extract.pipeline import extract_text
    >>> s = "Lida signed a memorandum with Alytus in 2009 and a road map with Druskininkai.\\n"
    >>> sorted(r["target"]["id"] for r in extract_text(s).candidates)
    ['city:lt:alytus', 'city:lt:druskininkai']
    """
    from relgraph.loaders.extract.patterns import _DOC, _PARTNERSHIP_WITH, TWIN, TWIN_WEAK, _title

    triggers = {"SIGNED_AGREEMENT": (_DOC,), "TWINNED_WITH": (TWIN, TWIN_WEAK)}
    ms = sorted((m for m in mentions if not m.refers and not m.adjectival),
                key=lambda m: m.start)
    have = {(h.rel_type, frozenset((pa.id, pb.id))) for h, (pa, pb) in
            zip(hits, resolved, strict=True)}
    out = []
    for h, pair in zip(hits, resolved, strict=True):
        if h.rel_type not in triggers:
            continue
        (x, px), (b, _) = sorted(zip((h.a, h.b), pair, strict=True), key=lambda t: t[0].start)
        # (the pattern's trigger may be an earlier word of the type, "ties of old
        # fraternity: the town is twinned with A": a trigger between the two will do)
        if not x.start < h.trigger[0] < b.start and not any(
                rx.search(text[x.end:b.start]) for rx in triggers[h.rel_type]):
            continue   # the subject before the trigger, the partner after it
        # (the preposition nearest the partner: "a programme of cooperation with B")
        before = re.search(r".*\b(with|of|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                           text[h.trigger[1]:b.start], re.S)
        nxt = next((m for m in ms if m.start >= b.end), None)
        if before is None or nxt is None:
            continue
        gap = _GAPPED.fullmatch(text, b.end, nxt.start)
        purpose = _PURPOSE.match(text, b.end) if gap is None else None
        if purpose is not None:
            nxt = next((m for m in ms if m.start >= purpose.end()), None)
            if nxt is None:
                continue
            gap = _GAPPED.fullmatch(text, purpose.end(), nxt.start)
        # ("... with A in 2004 and another with B": a pro-form stands for the first
        # document or twinning, of its type and kind)
        pro = gap is not None and bool(_PRO_FORM.fullmatch(gap.group("words") or ""))
        if gap is None or gap.group("prep").lower() != before.group(1).lower():
            continue
        # The second object's own trigger gives its type ("is twinned with A and in 2019
        # signed a cooperation agreement with B": B's is an agreement; "... and a
        # twinning agreement with C": the twinning's); a pro-form keeps the first's.
        words = gap.group("words") or ""
        rel_type = h.rel_type if pro else next(
            (t for t in ("TWINNED_WITH", "SIGNED_AGREEMENT")
             if any(rx.search(words) for rx in triggers[t])), None)
        if rel_type is None and h.rel_type == "SIGNED_AGREEMENT" \
                and _SIGNED_OBJECT.match(words) and _SIGNED_BEFORE.search(text, x.end, b.start):
            rel_type = h.rel_type
        # ("twinned with A in 1975, and a partnership with B followed in 1985": after a
        # twinning, the same town's partnership is another of its twinnings)
        # (unless that clause names a party of its own: "..., and a partnership with B
        # was signed by C")
        if rel_type is None and h.rel_type == "TWINNED_WITH" \
                and _PARTNERSHIP_WITH.search(text[gap.start():gap.end()]) \
                and not any(nxt.end <= m.start < _clause_end(text, nxt.end) for m in ms):
            rel_type = h.rel_type
        if rel_type is None or rel_type != h.rel_type and gap.group("prep").lower() != "with":
            continue
        if any(g.rel_type == rel_type and {g.a.start, g.b.start} == {x.start, nxt.start}
               for g in hits):
            continue   # a pattern read the second object's own clause (with its own ids)
        default = "City" if rel_type == "TWINNED_WITH" else "Company"
        pc = disc.party(nxt, default)
        key = (rel_type, frozenset((px.id, pc.id)))
        if pc.id == px.id or key in have or not pc.country or (
                rel_type == "TWINNED_WITH" and pc.label not in ("City", "Region")):
            continue
        have.add(key)
        # the second document's own kind and title ("... and a memorandum on tourism")
        own = _DOC.search(text, *gap.span("words")) if rel_type == "SIGNED_AGREEMENT" \
            and not pro else None
        kind, title = (own.lastgroup, _title(text, own)) if own else \
            (h.kind, h.title) if rel_type == h.rel_type else (None, None)
        out.append((Hit(rel_type, x, nxt, gap.span("words"), CONFIDENCE, GAPPED,
                        kind, title), (px, pc)))
    return out
