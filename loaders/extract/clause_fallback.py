"""A reader of last resort: one sentence states a relation, names its parties, and no
phrase pattern produced a candidate of that type from it.

The patterns know many wordings; a text that says it differently ("Grodno has figured
among the sister cities of Kazan", "documents were exchanged by the mayors of A and B",
"the Saratov Region alone acquired 120 Gomselmash harvesters") gives a trigger and two
recognised parties but no pair. This reader takes the trigger (the same trigger words
the patterns use: twin words, document nouns, supply verbs) and reads its clause with
a small grammar of roles rather than of phrases:

* a party no preposition governs, or the agent of a passive ("by A"), is an **actor**;
  a party after "with", "to", "from", "for" or the trigger's own "of" ("the sister
  cities of B") is a **partner**; "between A and B" names both; a party that only
  locates another ("in", "at", "on", a description before a firm's noun) is neither;
* a list ("A and B", "A, B and C") is one side; two sides are paired one to many;
* a supply's direction comes from the verb and its voice: supplying, exporting and
  selling send from the actor to the partner, buying, importing and receiving bring
  to the actor from the partner ("from B"); a passive's agent acts.

It declines whenever the reading is not plain: a side with two candidates that no list
joins, a negation, a condition, a question, an intention (plans, will, could, draft), a
relative clause around the trigger, parties of kinds the type cannot have (a twinning
needs two places; an agreement between two countries needs a verb of signing in its
clause; a supply between two countries is left to the patterns), or a type the
patterns already found in the sentence.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "Grodno has figured among the sister cities of Kazan since 2004."
>>> [(r, a.text, b.text) for r, a, b, _ in clause_pairs(s, find_mentions(s), set())]
[('TWINNED_WITH', 'Grodno', 'Kazan')]
>>> s = "In 2019 the Saratov Region alone acquired 120 Gomselmash harvesters."
>>> [(r, a.text, b.text) for r, a, b, _ in clause_pairs(s, find_mentions(s), set())]
[('SUPPLIES_TO', 'Gomselmash', 'Saratov Region')]
>>> s = "Whether Brest will sign a road map with Tula remains open."
>>> clause_pairs(s, find_mentions(s), set())
[]
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.coordination import OFFICE, OWN_OFFICE, own_clause, run_after
from relgraph.loaders.extract.firms import FIRM_ORG_NOUNS
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import (
    _COUNTED,
    _DOC,
    _SIGNED,
    CONDITION,
    NEGATED,
    NO_MORE,
    NOT,
    OWNERS_TWINS,
    PLANNED,
    RELATIVE_OWN_VERB,
    ROUTE_BEFORE,
    TO_DO,
    TWIN,
    TWIN_WEAK,
    _title,
    _twin_spans,
    _undone,
    bare_document_signed,
    goal_supply,
    named_next,
    names_other_document,
    own_field_at,
    status_of,
    twin_predicate_before,
    unrealised_signing,
)
from relgraph.loaders.extract.supplies import (
    _MAKER_VERB,
    _PEOPLE_SENT,
    _RECEIVED_NO_GOODS,
    _WORDS_SENT,
    PASSIVE,
    REVERSE,
    SUPPLY,
    SUPPLY_VERB,
    _role,
    clause_bounds,
    goods,
    value_usd,
)
from relgraph.loaders.extract.twin_words import regional_friendship
from relgraph.loaders.extract.twinning import twin_pair

RULE = "clause fallback"
CONFIDENCE = 0.5
_PLACES = ("City", "Region")

# A determiner or preposition right before a form that can be a noun ("the purchase of",
# "a supply of") makes it one.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|of|for|on|mutual|direct|such"
                          r"|regular|first|new|further|any|no)\s+$", re.I)
_ASPECT = re.compile(r"\b(?:is|are|was|were|been|be|begun|began|start(?:s|ed)?|continu(?:e|es|ed)"
                     r"|keeps?|kept|resumed)\s+(?:[a-z]+ly\s+)?$", re.I)
# A relative or adverbial clause around the trigger has its own subject, often the
# party before its comma ("X, where its client is Y"): left to the patterns.
_SUBORDINATE = re.compile(r",\s+(?:which|who|whom|whose|where|when|while|whereas|although"
                          r"|though|because|as|since|after|before|but|so|until|once)\b|:",
                          re.I)
# A phrase that opens the clause with a preposition and ends at a comma.
_OPENING = re.compile(r"\s*(?:After|Before|Unlike|Like|Besides|Following|In|At|On|For|From|Since"
                      r"|Apart\s+from|Along\s+with|Together\s+with|Alongside|As\s+for|As\s+in"
                      r"|Through|Via|During|Under|Within|Beyond|Compared\s+with|Compared\s+to)\b"
                      r"[^,;:]{0,140},\s*")
_UNDONE_LATER = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
                           r"(?:prepared|drafted|discussed|proposed|considered|negotiated|planned"
                           r"|initiated|announced)\b", re.I)
# A side the sentence names but that is no recognised party ("signed ... with us",
# "bought from the plant"): the reading would pair the wrong two.
# (a sum is no side: "to raise trade to USD 1 billion")
_OPEN_SIDE = re.compile(r"\b(?:with|from|to|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?"
                        r"(?:(?!(?:USD|EUR|RUB|BYN|CNY|US\$)\b)[A-Z]"
                        r"|(?:us|them|it|him|her|here|there)\b)")
# What may join two sides of one list beyond the list grammar's separators: an office
# after a possessive, an organ or a description of the next member.
_FIRM_HEAD = FIRM_ORG_NOUNS
_AND_NEXT = re.compile(rf"(?:{OWN_OFFICE})?\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*and\s+(?:the\s+)?"
                       rf"(?:(?:{OFFICE}|akimat|government|administration|executive\s+committee"
                       r"|city\s+hall|mayoralty|khokimiyat|hokimiyat|council)\s+of\s+(?:the\s+)?"
                       rf"|(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{_FIRM_HEAD}|city|town))?\s*")
# "the Chinese city of X", "the Kazakh region of X": a kind word that names X.
_KIND_OF = re.compile(r"(?:\b(?:the|a)\s+)?(?:[A-Z][a-z]+\s+)?(?:city|town|village|region|province"
                      r"|oblast|district|county|municipality|republic|krai|territory|capital)\s+of"
                      r"\s+(?:the\s+)?$")
_OFFICE_OF = re.compile(rf"\b{OFFICE}\s+of\s+(?:the\s+)?$", re.I)
_FRIENDSHIP = re.compile(r"\b(?:partner(?:ship)?|friendship|brotherhood|fraternal|friendly"
                         r"|twin\w*)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_AMONG = re.compile(r"\b(?:among|including|such\s+as|like)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$",
                    re.I)
# The trigger's own "of": "the sister cities of B", "a twin town of B".
_OF_TRIGGER = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}?of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# "the Brest dairy group Savushkin", "the Tashkent supermarket chain": a place before a
# firm's noun only describes the firm.
# (a verb between them makes the noun the goods or the document: "Gomselmash began to
# supply combines", "Amkodor signed a dealer contract")
_DESCRIBES = re.compile(r"\s+(?:(?![a-z]+ed\b|(?:to|is|are|was|were|has|have|had|began|begins"
                        r"|will|would|can|could|a|an)\b)(?!" + SUPPLY.pattern[2:] + r")"
                        rf"[a-z][\w-]*\s+){{0,3}}(?:{_FIRM_HEAD})\b")
# A name right before a common noun after the trigger is the goods' maker.
_GOODS_AFTER = re.compile(r"\s+(?!(?:and|or|to|into|from|in|of|for|with|by|at|on|is|are|was|were"
                          r"|has|have|had|since|until|after|before|that|which|who|as|alone|also"
                          r"|itself|themselves"
                          # a kind or an organ word is part of the name ("the Rostov region")
                          r"|regions?|oblasts?|krai|district|city|town|province|territory|republic"
                          r"|administration|government|executive|committee|council|akimat|side"
                          r"|authorities|people|residents|citizens|delegation)\b)[a-z][\w-]*")
# "Amkodor loaders were handed over": a name before the goods that a passive's subject is.
_MADE_SUBJECT = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:is|are|was|were|ha(?:s|ve|d)\s+been)\s+"
                           r"(?:[a-z]+ly\s+|also\s+|now\s+|first\s+)?")
# What may not stand between a trigger and its own prepositional phrase.
_VERB_GAP = re.compile(r"\b(?:is|are|was|were|has|have|had|grew|rose|fell|developed?s?)\b|[,;]")
_OTHER_PHRASE = re.compile(r"\b(?:with|to|from)\b")
_LAST_PHRASE = re.compile(r"\b(?:with|to|from|for|of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$")
# "B to the list of its", "B among its", "B one of its": the object joins the owner's twins.
_INTO_ITS = re.compile(r"\s*(?:(?:to|into|among|as|one|of|the|list|number|circle|family|ranks)\s+)+"
                       r"(?:its|their)\s+(?:(?:new|first|latest|oldest)\s+)?")
# "the Programme of interregional cooperation of A and B", "the Agreement on cooperation
# of A and B in agriculture": the document's own "of" after its subject (lower-case
# words, no verb, no comma), not "the regions of A and B" (a plural before "of").
_DOC_OF = re.compile(r"(?:\s+(?:for\s+\d{4}-\d{4}|(?!(?:is|are|was|were|has|have|had|and|or|with"
                     r"|between|by|to|from)\b)[a-z][\w-]*)){0,6}?(?<!s)\s+of\s+(?:the\s+)?")
_ACTOR_ROLES = (None, "by")
_PARTNER_ROLES = ("with", "to", "for", "from", "of-trigger")


def clause_pairs(text: str, mentions: list[Mention], found: set[str],
                 why: list | None = None, read: list[Hit] = (), details: list | None = None
                 ) -> list[tuple[str, Mention, Mention, tuple[int, int]]]:
    """(type, side a, side b, trigger) for every relation type not in ``found`` that one
    clause of ``text`` states between two of ``mentions`` (supplier first for a supply);
    kinds are not checked here (see :func:`fallback_hits`). ``why``: a list that
    receives ``(type, reason, trigger word)`` for every trigger the reader declined.
    ``read``: the patterns' hits of the types in ``found``; a clause of such a type
    that none of them read (no trigger of theirs in it, not both sides of one) is read
    too: "Brest and Lublin have been twin towns since 1994, and Kobrin has figured
    among the sister towns of Siedlce since 2003."
    ``details``: a list that receives ``(type, what)`` for every "no plain reading",
    ``what`` saying which step of the role grammar found none (for the diagnosis).

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Brest plans to sign a road map with Tula."
    >>> why = []
    >>> clause_pairs(s, find_mentions(s), set(), why)
    []
    >>> why
    [('SIGNED_AGREEMENT', 'intention', 'road map')]
    """
    if text.rstrip().endswith("?") or sum(not m.refers for m in mentions) < 2:
        return []
    why = [] if why is None else why
    out = []
    done = set(found)
    for rel, trig in _triggers(text, mentions, set()):
        if rel in {r for r, *_ in out}:
            continue
        lo, hi = _clause(text, trig)
        if rel in done and _clause_read(lo, hi, trig, [h for h in read if h.rel_type == rel]):
            continue
        reason = _declined(text, lo, hi, trig, rel, mentions)
        inserted = _inserted(text, lo, trig)
        ms = [m for m in mentions if lo <= m.start and m.end <= hi and _party_like(text, m, rel)
              and not any(a <= m.start < b for a, b in inserted)
              # ("The B text was complemented by a memorandum with C": B's is the other)
              and not (rel == "SIGNED_AGREEMENT" and names_other_document(text, m))]
        subject = None
        if reason is None and _open_side(text, lo, hi, mentions):
            reason = "open side"
        if reason in ("subordinate clause", "open side"):
            # "A joined in 2005, when an agreement linked it with B", "A grew fast, while
            # B signed an agreement with it": the clause's "it" is the sentence's subject
            subject, lo, ms = _subject_in_clause(text, lo, hi, trig, rel, mentions, ms)
            if subject is not None:
                reason = None if not _open_side(text, lo, hi, mentions + [subject[0]]) \
                    else "open side"
        why_not: list[str] = []
        if reason == "subordinate clause":
            # "..., after the two regions had signed a protocol", "..., which was signed
            # by A and B in 2018": a clause that names both sides itself is read alone
            lo, ms, reason = _subordinate_alone(text, lo, hi, trig, rel, mentions, inserted)
        pairs = _pairs(text, ms, trig, rel, why_not) if reason is None else []
        if reason is None and not pairs:
            reason = "no plain reading"
            if details is not None:
                details.append((rel, why_not[-1] if why_not else "none"))
        if reason is not None:
            why.append((rel, reason, text[trig[0]:trig[1]]))
            continue
        if subject is not None:
            pronoun, named = subject
            pairs = [tuple(named if x is pronoun else x for x in pair) for pair in pairs]
        out += [(rel, a, b, trig) for a, b in pairs]
    return out


# The subordinating words after which "it" in the clause is the main clause's subject
# ("when", "whereas", "while", "after", "since", "as", "because", "although").
_TEMPORAL = re.compile(r",\s+(?:when|whereas|while|after|since|as|because|although|though)\s+",
                       re.I)
_IT = re.compile(r"\b(?:it|them)\b")


def _subject_in_clause(text: str, lo: int, hi: int, trig: tuple[int, int], rel: str,
                       mentions: list[Mention], ms: list[Mention]):
    """For a trigger in a subordinate clause whose one pronoun ("it", "them") stands for
    the sentence's subject: ``((pronoun, subject), clause start, the clause's sides with
    the pronoun)``; else ``(None, lo, ms)``. The subject is the sentence's first party,
    standing at its start with no preposition, the only one of the main clause that no
    list joins with another."""
    marker = _TEMPORAL.match(text, lo)
    if marker is not None and marker.end() <= trig[0]:
        body = marker.end()
    elif lo > 0 and re.search(r",\s+(?:and|but|while|whereas)\s+$", text[:lo]):
        body = lo   # a coordinated clause with a subject of its own
    else:
        return None, lo, ms
    its = list(_IT.finditer(text, body, hi))
    if len(its) != 1 or _declined(text, body, hi, trig, rel, mentions) is not None:
        return None, lo, ms
    main = [m for m in mentions if m.end <= lo and not m.refers]
    if not main or re.search(r"[,;:(]|\b(?:in|at|on|with|to|from|for|by|of)\b",
                             text[:main[0].start]) or len(text[:main[0].start].split()) > 3:
        return None, lo, ms
    first = main[0]
    if _role_of(text, first, trig) is not None or len(run_after(text, first, main)) > 1:
        return None, lo, ms
    it = its[0]
    pronoun = Mention(it.group(0), it.start(), it.end())
    sides = sorted([m for m in ms if m.start >= body] + [pronoun], key=lambda m: m.start)
    return (pronoun, first), body, sides


# What opens a subordinate clause (the marker's own words: "when", "which", ...).
_SUBORDINATE_OPEN = re.compile(r"(?:,\s+(?:which|who|when|while|whereas|although|though|because"
                               r"|as|since|after|before|until|once)\b)\s*", re.I)


def _subordinate_alone(text: str, lo: int, hi: int, trig: tuple[int, int], rel: str,
                       mentions: list[Mention], inserted: list[tuple[int, int]]):
    """``(clause start, sides, reason)`` for a trigger in a subordinate clause read on its
    own: its sides are those it names after its marker (a relative's "which" stands for
    a party outside it, so that one has no side and the reading finds no pair); still
    declined for the clause's own negation, condition or intention. A clause opened by
    "where", "whose", "but", "so" or a colon stays declined."""
    marker = _SUBORDINATE_OPEN.match(text, lo)
    if marker is None or marker.end() > trig[0]:
        return lo, [], "subordinate clause"
    body = marker.end()
    reason = _declined(text, body, hi, trig, rel, mentions)
    ms = [m for m in mentions if body <= m.start and m.end <= hi and _party_like(text, m, rel)
          and not any(a <= m.start < b for a, b in inserted)]
    return body, ms, reason


def _clause_read(lo: int, hi: int, trig: tuple[int, int], hits: list[Hit]) -> bool:
    """A pattern's hit read the clause ``lo:hi``: its trigger stands in it (or is the
    trigger), or both its sides do."""
    return not hits or any(
        lo <= h.trigger[0] < hi or (h.trigger[0] < trig[1] and trig[0] < h.trigger[1])
        or lo <= h.a.start < hi and lo <= h.b.start < hi for h in hits)


def fallback_hits(text: str, mentions: list[Mention], hits: list[Hit], disc, si: int,
                  why: list | None = None, details: list | None = None
                  ) -> list[tuple[Hit, tuple]]:
    """Hits with their resolved parties for the types the sentence's patterns found
    nothing of (``hits``), read by :func:`clause_pairs`; a pair whose kinds the type
    cannot have is dropped. ``why`` receives the declines (see :func:`clause_pairs`)."""
    found = {h.rel_type for h in hits}
    why = [] if why is None else why
    out = []
    read = clause_pairs(text, mentions, found, why, hits, details)
    read += relative_pairs(text, mentions, found | {r for r, *_ in read})
    phrased = phrase_pairs(text, mentions, found | {r for r, *_ in read})
    phrased += trade_pairs(text, mentions, found | {r for r, *_ in read + phrased})
    read += phrased
    for rel, a, b, trig in read:
        if rel == "SUPPLIES_TO" and _MAKER_VERB.fullmatch(text, *trig):
            continue   # (goods made for a firm: the supply rule reads them, its buyer a firm)
        pair = _parties(rel, a, b, trig, text, disc, si)
        # (a phrase's reading is a signing's, whatever verb stands in the clause; a trade
        # partner named in the opening is the supply's, even between two states)
        signed = any(t == trig for *_, t in phrased)
        if pair is None or not _kinds_ok(rel, pair, text, trig, signed):
            why.append((rel, "no parties" if pair is None else "kinds",
                        text[trig[0]:trig[1]]))
            continue
        kind = title = None
        extra = {}
        if status_of(text, trig) != "fact" and _purpose_only(text, *_clause(text, trig), trig, rel):
            # "the agreement ..., concluded in 2018, will double trade": signed, a fact
            extra["status"] = "fact"
        if rel == "SIGNED_AGREEMENT":
            d = _DOC.match(text, trig[0])
            kind, title = d.lastgroup, _title(text, d)
        elif rel == "SUPPLIES_TO":
            t = SUPPLY.match(text, trig[0])
            extra.update(goods=goods(text, t), value_usd=value_usd(text))
        out.append((Hit(rel, a, b, trig, CONFIDENCE, RULE, kind, title, extra=extra), pair))
    return out


# A relative clause whose pronoun is the object of a preposition ("Kazakhstan, with which
# Belarus signed a treaty", "the Andijan Region, to which MTZ ships kits") or a place
# where something is sold ("Mongolia, where Amkodor sells loaders").
_RELATIVE = re.compile(r",\s+(?:(?P<prep>with|to|from)\s+(?:which|whom)|(?P<where>where))\s+",
                       re.I)
_RELATIVE_END = re.compile(r"[,;:()]|\.(?:\s|$)")


def relative_pairs(text: str, mentions: list[Mention], found: set[str]
                   ) -> list[tuple[str, Mention, Mention, tuple[int, int]]]:
    """Pairs of a relative clause whose pronoun stands for the party named right before
    its comma, read as if that party stood where the pronoun's preposition governs it:
    "Kazakhstan, with which Belarus signed a treaty in 2017, ..." is read "Belarus signed
    a treaty in 2017 with Kazakhstan"; "Mongolia, where Amkodor sells loaders" is read
    "Amkodor sells loaders in Mongolia". The clause's own declines hold.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "The Pskov Region, with which the Vitebsk Region signed an agreement in 2001, is near."
    >>> [(r, a.text, b.text) for r, a, b, _ in relative_pairs(s, find_mentions(s), set())]
    [('SIGNED_AGREEMENT', 'Vitebsk Region', 'Pskov Region')]
    """
    out = []
    for rel_m in _RELATIVE.finditer(text):
        antecedent = _seated_firm(text, mentions, rel_m.start())
        if antecedent is None:
            continue
        body = rel_m.end()
        end = _RELATIVE_END.search(text, body)
        end = end.start() if end else len(text)
        clause = text[body:end].rstrip()
        prep = "in" if rel_m.group("where") else rel_m.group("prep").lower()
        copies = {}
        ms = []
        # "A buys engines from B, with which it signed a contract": the clause's pronoun
        # subject is the sentence's subject, A, put in its place
        subject, cut = _main_subject(text, mentions, antecedent, clause), 0
        if subject is not None:
            cut = _PRONOUN_SUBJECT.match(clause).end()
            clause = subject.text + clause[cut:]
            c = replace(subject, start=0, end=len(subject.text))
            copies[id(c)] = subject
            ms.append(c)
        shift = body + cut - (len(subject.text) if subject is not None else 0)
        # the clause with the antecedent after its preposition, at the clause's end
        synthetic = f"{clause} {prep} {antecedent.text}."
        where = len(clause) + len(prep) + 2
        for m in mentions:
            if body + cut <= m.start and m.end <= shift + len(clause):
                c = replace(m, start=m.start - shift, end=m.end - shift)
                copies[id(c)] = m
                ms.append(c)
        c = replace(antecedent, start=where, end=where + len(antecedent.text))
        copies[id(c)] = antecedent
        ms.append(c)
        for rel, a, b, trig in clause_pairs(synthetic, ms, found):
            if trig[1] > len(clause) or trig[0] + shift < body or rel in {r for r, *_ in out}:
                continue
            out.append((rel, copies[id(a)], copies[id(b)], (trig[0] + shift, trig[1] + shift)))
    return out


# "JV UzKamAvto LLC in Samarkand, to which ...": the town after "in" only seats the firm.
_SEAT = re.compile(r"\s+(?:in|near)\s+(?:the\s+(?:city|town)\s+of\s+)?")


def _seated_firm(text: str, mentions: list[Mention], comma: int) -> Mention | None:
    """The party a relative clause at ``comma`` is about: the name before the comma, or
    the firm the town there seats ("JV AsiaBus LLC in Jizzakh, to which MAZ
    sent kits": the joint venture, not Jizzakh); a firm is one the text marks as
    such (a legal form, a firm's noun). A country there seats any party ("Opole
    Voivodeship in Poland, with which ...")."""
    for m in mentions:
        if m.refers or m.adjectival or m.end > comma:
            continue
        seat = _SEAT.match(text, m.end, comma)
        if seat is not None and _TOWN.fullmatch(text, seat.end(), comma) and \
                (m.organisation or m.kind_hint in ("Company", "Organization")):
            return m
        # "the Opole Voivodeship in Poland, to which X ships ...": a country after "in" only
        # locates the party before it (a town or region as well as a firm)
        if seat is not None and m.kind_hint != "Country" and any(
                n.start == seat.end() and n.end == comma and n.kind_hint == "Country"
                and not n.refers and not n.adjectival for n in mentions):
            return m
    return next((m for m in mentions if m.end == comma and not m.refers
                 and not m.adjectival), None)


# A town's name as written: "Samarkand", "Naberezhnye Chelny", "Ivano-Frankivsk".
_TOWN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


# A relative clause's subject that stands for the firm its sentence opens with: "it",
# "the company", "the plant" ("A buys engines from B, with which it signed a contract").
_PRONOUN_SUBJECT = re.compile(r"(?:it|the\s+(?:company|plant|firm|holding|factory|works"
                              r"|enterprise|concern|group|maker|producer|manufacturer))\b",
                              re.I)


_OPENING_PLACE = re.compile(r"\s*(?:In|At|From|Across|Throughout|Outside)\s+(?:the\s+)?")
# A short opening phrase that names no party sets no clause of its own before the
# sentence's subject: "In canola, A signed ...", "Since 2019, A ...", "Meanwhile, A ...".
_OPENING_PHRASE = re.compile(r"\s*(?:(?:In|On|At|For|Since|Under|After|During|Besides|Last"
                             r"|This|Earlier|Later)\s+[^,;:()]{1,40}|Meanwhile|Also|Moreover"
                             r"|Separately|Likewise|Today|Now)\s*,\s*(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,3}")


def _main_subject(text: str, mentions: list[Mention], antecedent: Mention,
                  clause: str) -> Mention | None:
    """The named party a sentence opens with, when a relative clause on ``antecedent``
    has a pronoun for its subject ("Gomselmash buys its engines from B, with which it
    signed ..."): the first party of the sentence, before the antecedent, with no other
    party and no clause boundary before it."""
    if not _PRONOUN_SUBJECT.match(clause):
        return None
    # (an opening place is no subject: "In Kazakhstan the holding works through X, to
    # which it supplied ...")
    first = min((m for m in mentions if not m.adjectival
                 and not _OPENING_PLACE.fullmatch(text, 0, m.start)),
                key=lambda m: m.start, default=None)
    if first is None or first is antecedent or first.refers or first.end > antecedent.start \
            or (re.search(r"[,;:]", text[:first.start])
                and not _OPENING_PHRASE.fullmatch(text, 0, first.start)) \
            or ";" in text[first.end:antecedent.start]:
        return None
    return first


# A phrase of signing without a subject of its own ("By signing in 2015 an agreement on
# X, A and B laid ...", "Having concluded a treaty with B, A opened ..."): its signer is
# the main clause's subject. (Not "the signing of": a noun names no signer; not "before
# signing", "instead of signing": no signing yet.)
_SIGNING_PHRASE = re.compile(r"(?:(?<=^)|(?<=,\s))\s*(?:(?:By|After|Upon|On|Since|Through|by|after"
                             r"|upon|since|through)\s+)?(?:[Hh]aving\s+)?(?P<verb>[Ss]ign(?:ing|ed)"
                             r"|[Cc]onclud(?:ing|ed))\b")
# What may stand between a phrase's comma and the main clause's subject: the subject's
# organ ("the presidents of A and B") or an article.
_SUBJECT_LEAD = re.compile(r"\s*(?:the\s+)?(?:(?:presidents?|governments?|leaders?|heads?\s+of"
                           r"\s+state|prime\s+ministers?|delegations?|ministers?)\s+of\s+(?:the\s+)?)?$")
# A clause inserted after the phrase, about its document ("..., which was to open the
# market, A and B ..."; "..., aimed at future projects, ..."): skipped to its comma.
_AFTER_PHRASE = re.compile(r",\s+(?:which|that|whose|aimed|intended|designed|meant|the\s+draft)\b"
                           r"[^,;:]{0,160}")
# A main clause whose act is yet to come or only possible: "By signing X, A and B could
# open ..." signs nothing yet.
_MODAL_MAIN = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|must|is\s+to|are\s+to"
                         r"|plans?\s+to|intends?\s+to|hopes?\s+to)\b")


def phrase_pairs(text: str, mentions: list[Mention], found: set[str]
                 ) -> list[tuple[str, Mention, Mention, tuple[int, int]]]:
    """Agreements of a phrase of signing whose subject is the main clause's: "By signing
    in 2015 an agreement on trucks, which was to open the Indian market, Belarus and
    India laid the foundation ..." is read "Belarus and India signed in 2015 an agreement
    on trucks"; so is "A, having signed a roadmap with B that aims to raise trade, ...".
    The intention words of a clause about the document ("which was to open") are the
    document's, not the signing's; a main clause of what is yet to come or only possible
    ("could open"), a negation or a condition signs nothing.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "By signing an agreement on trucks in 2015, Belarus and India laid a basis."
    >>> [(r, a.text, b.text) for r, a, b, _ in phrase_pairs(s, find_mentions(s), set())]
    [('SIGNED_AGREEMENT', 'Belarus', 'India')]
    >>> s = "By signing an agreement on trucks, Belarus and India could open markets."
    >>> phrase_pairs(s, find_mentions(s), set())
    []
    """
    if "SIGNED_AGREEMENT" in found or CONDITION.search(text) or NOT.search(text) \
            or NEGATED.search(text):
        return []
    out = []
    for p, d, end, verb, lo in _phrases(text, mentions):
        subject = _phrase_subject(text, mentions, p, end)
        if subject is None:
            continue
        run, main = subject
        if _MODAL_MAIN.search(main) or NO_MORE.search(main):
            continue
        head = text[run[0].start:run[-1].end]
        phrase = text[lo:end]
        synthetic = f"{head} {verb}{phrase}."
        at = len(head) + 1 + len(verb) - lo   # the phrase's shift
        copies, ms = {}, []
        for m in run:
            c = replace(m, start=m.start - run[0].start, end=m.end - run[0].start)
            copies[id(c)] = m
            ms.append(c)
        for m in mentions:
            if p.end() <= m.start and m.end <= end:
                c = replace(m, start=m.start + at, end=m.end + at)
                copies[id(c)] = m
                ms.append(c)
        for rel, a, b, _ in clause_pairs(synthetic, ms, found):
            if rel != "SIGNED_AGREEMENT" or id(a) not in copies or id(b) not in copies:
                continue
            out.append((rel, copies[id(a)], copies[id(b)], d.span()))
            break
    return out


# A document an opening phrase names as the basis of what the main clause's subject did
# ("Within the framework of the 2010 intergovernmental agreement, which envisaged joint
# ventures, A and B built a plant"): the two did it under their own document. Only a
# document marked as made (a year, "signed", "intergovernmental", "bilateral"), in a
# phrase that names no party of its own (a treaty between C and D is another pair's).
_BASIS_OPENING = re.compile(r"\s*(?:(?:Within|In)\s+the\s+framework\s+of|Under"
                            r"|On\s+the\s+basis\s+of|Pursuant\s+to|In\s+(?:accordance|line)\s+with"
                            r"|In\s+implementation\s+of|Implementing|To\s+implement)\s+(?=the\b)")
_MADE = re.compile(r"\b(?:(?:19|20)\d\d|signed|concluded|intergovernmental|bilateral)\b")
# (a treaty of many states is no pair's: "the multilateral agreement of 2011", "the
# Eurasian Union's treaty")
_MANY = re.compile(r"\b(?:multilateral|union|customs|commonwealth|Eurasian|CIS|EAEU|EU)\b", re.I)


def _phrases(text: str, mentions: list[Mention]):
    """``(phrase match, document, phrase end, verb, where the verb's object begins)`` of
    every phrase whose document the main clause's subject signed."""
    for p in _SIGNING_PHRASE.finditer(text):
        end = text.find(",", p.end())
        end = len(text) if end < 0 else end
        d = _DOC.search(text, p.end(), end)
        if d is None or _UNDONE_LATER.search(text, p.end(), end):
            continue
        verb = "signed" if p.group("verb").lower().startswith("sign") else "concluded"
        yield p, d, end, verb, p.end("verb")
    p = _BASIS_OPENING.match(text)
    if p is None:
        return
    end = text.find(",", p.end())
    d = _DOC.search(text, p.end(), end) if end > 0 else None
    if d is None or len(text[p.end():d.start()].split()) > 4 or \
            not _MADE.search(text, p.end(), end) or _MANY.search(text, p.end(), end) or \
            PLANNED.search(text, p.end(), end) or \
            _ABOUT_SIGNING.search(text, p.end(), end) or \
            any(p.end() <= m.start < end for m in mentions):
        return
    yield p, d, end, "signed", p.end() - 1


def _phrase_subject(text: str, mentions: list[Mention], p: re.Match, end: int):
    """``(the subject's list, the main clause after it)`` for the signing phrase ``p``
    ending at ``end``: the list after the phrase (and any clauses about its document)
    that opens the main clause, or the list before a phrase set off by commas at the
    sentence's start ("A and B, having signed ..., ..."); None when there is none."""
    named = [m for m in mentions if not m.refers and not m.adjectival]
    if p.start() == 0 or not text[:p.start()].strip():
        at = _past_asides(text, end)
        if not text.startswith(",", at):
            return None
        first = next((m for m in named if m.start > at), None)
        if first is None or not _SUBJECT_LEAD.fullmatch(text, at + 1, first.start):
            return None
        run = run_after(text, first, named)
        return run, text[run[-1].end:]
    before = [m for m in named if m.end <= p.start()]
    if not before or not re.fullmatch(r",\s*", text[before[-1].end:p.start()]):
        return None
    # (the list that ends right before the phrase's comma, from its first member)
    run = next((run_after(text, m, named) for m in before
                if run_after(text, m, named)[-1] is before[-1]), [])
    if not run or end >= len(text) or not _SUBJECT_LEAD.fullmatch(text, 0, run[0].start) and \
            not re.fullmatch(r"(?:In\s+\d{4},?\s+)?(?:the\s+)?", text[:run[0].start]):
        return None
    return run, text[_past_asides(text, end):]


# "In trade with B, A exported mostly trucks": the opening names the partner of the
# main clause's supply verb (to B for a sending verb, from B for a receiving one).
# (not "In cooperation with B": what the two made together)
_TRADE_WITH = re.compile(r"\s*(?:In|Within)\s+(?:(?:its|their|the)\s+)?(?:[a-z]+\s+)?(?:trade"
                         r"|relations|ties)\s+with\s+(?:the\s+)?")
_MAIN_END = re.compile(r"[,;:]|\.(?:\s|$)")


def trade_pairs(text: str, mentions: list[Mention], found: set[str]
                ) -> list[tuple[str, Mention, Mention, tuple[int, int]]]:
    """Supplies of a main clause whose partner an opening "In trade with B," names:
    "In trade with Venezuela, Belarus exported mainly trucks" is read "Belarus exported
    mainly trucks to Venezuela"; "In its trade with Peru, Belarus bought coffee" is read
    "... from Peru". The main clause's own declines hold (a plan, a negation).

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "In trade with Venezuela, Belarus exported mainly trucks, while imports were few."
    >>> [(r, a.text, b.text) for r, a, b, _ in trade_pairs(s, find_mentions(s), set())]
    [('SUPPLIES_TO', 'Belarus', 'Venezuela')]
    """
    p = _TRADE_WITH.match(text)
    if p is None or "SUPPLIES_TO" in found:
        return []
    partner = next((m for m in mentions if m.start == p.end() and not m.refers
                    and not m.adjectival), None)
    if partner is None or not text.startswith(", ", partner.end):
        return []
    body = partner.end + 2
    end = _MAIN_END.search(text, body)
    end = end.start() if end else len(text)
    clause = text[body:end].rstrip()
    verb = next((t for t in SUPPLY.finditer(clause) if SUPPLY_VERB.match(t.group(0))), None)
    if verb is None:
        return []
    prep = "from" if REVERSE.match(verb.group(0)) else "to"
    synthetic = f"{clause} {prep} {partner.text}."
    where = len(clause) + len(prep) + 2
    copies, ms = {}, []
    for m in mentions:
        if body <= m.start and m.end <= body + len(clause):
            c = replace(m, start=m.start - body, end=m.end - body)
            copies[id(c)] = m
            ms.append(c)
    c = replace(partner, start=where, end=where + len(partner.text))
    copies[id(c)] = partner
    ms.append(c)
    return [(rel, copies[id(a)], copies[id(b)], (trig[0] + body, trig[1] + body))
            for rel, a, b, trig in clause_pairs(synthetic, ms, found)
            if rel == "SUPPLIES_TO" and trig[1] <= len(clause)][:1]


def _past_asides(text: str, at: int) -> int:
    """Where the clauses about the phrase's document that follow ``at`` end."""
    while (more := _AFTER_PHRASE.match(text, at)) is not None:
        at = more.end()
    return at


def _triggers(text: str, mentions: list[Mention], found: set[str]):
    if "TWINNED_WITH" not in found:
        for t in TWIN.finditer(text):
            yield "TWINNED_WITH", t.span()
    for d in _DOC.finditer(text) if "SIGNED_AGREEMENT" not in found else ():
        if not bare_document_signed(text, d.group(0), also="exchanged|adopted|approved"):
            continue   # "talked about a deal": no document signed
        if d.group(0).lower() != "one" and not _COUNTED.search(text, max(0, d.start() - 60),
                                                               d.start()):
            # ("a similar one": the document of a pattern's clause; "more than 200
            # documents": a treaty base counted, no signing)
            yield "SIGNED_AGREEMENT", d.span()
    for t in SUPPLY.finditer(text) if "SUPPLIES_TO" not in found else ():
        word = t.group(0)
        if not SUPPLY_VERB.match(word) or _NOUN_BEFORE.search(text, max(0, t.start() - 20),
                                                              t.start()) or \
                re.match(r"\s+of\b", text[t.end():]):
            continue
        if word.lower().endswith("ing") and not _ASPECT.search(text, max(0, t.start() - 40),
                                                               t.start()):
            continue   # "river shipping", "processing": a gerund that is no verb of a clause
        if any(m.start <= t.start() < m.end for m in mentions):
            continue   # a trigger word inside a name ("Export Bank")
        if word.lower().startswith("sen") and (_PEOPLE_SENT.match(text, t.end()) or
                                               _WORDS_SENT.match(text, t.end())):
            continue   # "sent us warm greetings", "sent a delegation": no goods
        yield "SUPPLIES_TO", t.span()


def _clause(text: str, trig: tuple[int, int]) -> tuple[int, int]:
    lo, hi = own_clause(text, *trig)
    clo, chi = clause_bounds(text, trig[0])
    lo, hi = max(lo, clo), min(hi, chi)
    opening = _OPENING.match(text, lo)
    if opening and opening.end() <= trig[0]:
        lo = opening.end()   # "After Grodno, Lida signed ...": the opening names no side
    for m in _SUBORDINATE.finditer(text, lo, hi):
        if m.end() <= trig[0]:
            close = text.find(",", m.end(), trig[0])
            if m.group(0) != ":" and close >= 0:
                continue   # "A and B, which had cooperated, put ...": an inserted clause
            lo = m.start()   # the trigger inside a subordinate clause: marked by lo's text
        elif m.start() >= trig[1]:
            hi = min(hi, m.start())
            break
    return lo, hi


def _inserted(text: str, lo: int, trig: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of the subordinate clauses inserted before the trigger; their mentions are
    no sides."""
    out = []
    for m in _SUBORDINATE.finditer(text, lo, trig[0]):
        close = text.find(",", m.end(), trig[0])
        if m.group(0) != ":" and close >= 0:
            out.append((m.start(), close))
    return out


def _declined(text: str, lo: int, hi: int, trig: tuple[int, int], rel: str,
              mentions: list[Mention]) -> str | None:
    """Why the clause at ``trig`` states no plain relation, or None."""
    clause = text[lo:hi]
    if _SUBORDINATE.match(text, lo):
        return "subordinate clause"
    if CONDITION.search(clause):
        return "condition"
    if NEGATED.search(clause) or NOT.search(clause):
        return "negation"
    if NO_MORE.search(clause):
        return "ended or refused"
    # "Talks on a twinning between A and B fell through": the clause's own predicate says
    # it never came about (a later clause's, "..., though a first attempt came to
    # nothing", does not)
    if rel != "SUPPLIES_TO" and _undone(text[:hi], trig):
        return "ended or refused"
    if _to_do(text, trig) or \
            status_of(text, trig) != "fact" and not _purpose_only(text, lo, hi, trig, rel):
        return "intention"
    if rel == "SIGNED_AGREEMENT":
        # "a twinning agreement", "agreements on twinning": the twinning itself (class K);
        # a document undone later in the sentence ("..., but the council rejected it").
        if _twinning_document(text, lo, hi, trig, mentions):
            return "twinning document"
        # (after the document: a word of ending in an earlier clause, "After talks
        # stalled in 2014, A and B signed ...", undoes nothing)
        if NO_MORE.search(text, trig[1]) or _UNDONE_LATER.search(text, trig[1]):
            return "ended or refused"
        if unrealised_signing(text, trig):
            return "unrealised"
        if re.search(
            r"\b(?:under|within|in\s+line\s+with|pursuant\s+to|on\s+the\s+basis\s+of|according\s+to"
            r"|in\s+accordance\s+with|framework\s+of|implement\w*|draft\w*|talks|negotiat\w*"
            r"|spirit\s+of|basis\s+of|based\s+on|governed\s+by|rests?\s+on)\s+"
            r"(?:[a-z-]+\s+){0,3}$", text[max(lo, trig[0] - 50):trig[0]], re.I):
            return "basis"
    if rel == "TWINNED_WITH":
        # "Kaunas and Alytus are our partner cities": the towns are the owner's twins,
        # not each other's (the owner is read where the text says whose it is)
        if OWNERS_TWINS.search(text, max(lo, trig[0] - 60), trig[0]):
            return "owner's twins"
        doc = _DOC.search(text, trig[1], hi)
        if doc and "," in text[trig[1]:doc.start()]:
            # "A, known for its many sister cities, concluded a road map with B": the twin
            # word is an aside about A, the clause's relation is the document
            return "twin word in an aside"
    if rel == "SUPPLIES_TO":
        if goal_supply(text, trig):
            return "aim"
        if re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:{'|'.join(_RECEIVED_NO_GOODS)})\b",
                    text[trig[1]:], re.I):
            return "no goods"
    return None


# A document signed, or goods sent, in the past: what the clause reports as done.
_DONE_SIGNING = re.compile(r"\b(?:signed|concluded|inked|adopted|initial+ed|entered\s+into"
                           r"|ratified|renewed|sealed|exchanged|(?:put|set|affixed)\s+(?:their|its)"
                           r"\s+(?:signatures?|names?\s+to))\b", re.I)
_DONE_SUPPLY = re.compile(r"^(?:\w+ed|sold|sent|bought|(?:re-?)?sold)$", re.I)
# Intention words that speak of the signing itself, wherever they stand.
_ABOUT_SIGNING = re.compile(r"\b(?:to\s+(?:be\s+)?sign\w*|to\s+(?:be\s+)?conclud\w*|draft\w*"
                            r"|propos\w*|discuss\w*|consider\w*|being\s+prepared|is\s+prepared"
                            r"|to\s+be\s+(?:adopted|ratified|extended|renewed))\b", re.I)
# (an "and" right before a name joins a list of parties, "between A and B, concluded in
# 2018, will double trade"; after a comma it opens a clause of its own)
_COORDINATED = re.compile(r"\b(?:but|while|whereas|or)\b|[;:]|,\s*and\b"
                          r"|\band\b(?!\s+(?:the\s+)?[A-Z])")
_CLAUSE_STATUS = re.compile(r",\s+(?:which|who|whereas|while|but)\b|;")


def _purpose_only(text: str, lo: int, hi: int, trig: tuple[int, int], rel: str) -> bool:
    """The intention words of the trigger's clause say what a document signed or goods
    sent were for, not that the signing or the sending is yet to come: "signed an
    agreement aimed at future projects", "concluded an accord that should bring 300
    students", "shipped 40 buses, which are expected to serve the airport". True when
    the clause reports the act as done (a past verb of signing before the intention
    words; for a supply the trigger itself in the past) and every intention word comes
    after the trigger and that verb, in the same clause, and none is about the signing
    ("to be signed", "draft", "discussed")."""
    if rel == "SIGNED_AGREEMENT":
        done = _DONE_SIGNING.search(text, lo, hi)
        if done is None or _to_do(text, done.span()):
            return False
        after = max(done.end(), trig[1])
    elif rel == "SUPPLIES_TO":
        if not _DONE_SUPPLY.match(text[trig[0]:trig[1]]):
            return False
        after = trig[1]
    else:
        return False
    if _ABOUT_SIGNING.search(text, lo, hi):
        return False
    # (status_of reads to the next ", which"/"; " or the end: so do we)
    end = _CLAUSE_STATUS.search(text, trig[1])
    end = end.start() if end else len(text)
    words = [m for m in PLANNED.finditer(text, lo, end)
             if m.group(0)[:1].islower()]
    if not words:
        return False   # ("a contract for the supply of": deliveries still to come)
    # An intention word before the act, set off by a comma, is a purpose or a wish of a
    # party ("A, which intends to open a trade house, signed ..."); without one it
    # governs the verb ("plans to sign", "could have signed").
    before = trig[0] if rel == "SUPPLIES_TO" else done.start()
    return all(m.start() >= after and not _COORDINATED.search(text, trig[1], m.start())
               or m.end() <= before and "," in text[m.end():before] for m in words)


# "has started to sell", "began to supply", "continues to export": the act goes on.
_ASPECT_TO = re.compile(r"\b(?:start(?:s|ed)?|began|begun|begins?|continu(?:e|es|ed)|keeps?|kept"
                        r"|resumed|went\s+on)\s+to\s+$", re.I)


def _to_do(text: str, span: tuple[int, int]) -> bool:
    """What is yet to be done right before ``span`` ("is to exchange", "could sign"),
    not an act that goes on ("has started to sell")."""
    lo = max(0, span[0] - 40)
    return bool(TO_DO.search(text, lo, span[0])) and not _ASPECT_TO.search(text, lo, span[0])


# "the twin towns of Brest and Pskov", "between the sister cities of A and B": a twin
# word that only describes the two parties, not the document's subject.
_DESCRIBES_PAIR = re.compile(r"(?:\s+(?:towns?|cit(?:y|ies)|districts?|regions?))?\s+of\s+"
                             r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+(?:the\s+)?[A-Z]")


_PAIR_OF = re.compile(r"\b(?:twin|sister|partner|friend(?:ly|ship)?|brother(?:ly)?|fraternal)"
                      r"(?:[- ](?:towns?|cit(?:y|ies)|districts?|regions?))?\s+of\s+(?:the\s+)?$",
                      re.I)


# "the Polish supplier X", "the Finnish firm X", "the Dubai importer X": a demonym or a
# place and a firm's noun before the name of a side; its preposition is the side's.
_SIDE_DESCRIPTION = (rf"[A-Z][\w-]+\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_FIRM_HEAD}|supplier|importer"
                     r"|exporter|distributor|dealer|buyer|customer|partner)s?\s+")
_SIDE_DESCRIBED = re.compile(_SIDE_DESCRIPTION + "(?=[A-Z])")
_PREP_DESCRIBED = re.compile(r"\b(from|to|by|with|for)\s+(?:the\s+|a\s+|an\s+)?"
                             + _SIDE_DESCRIPTION + "$")


_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])")


def _twin_clause(text: str, trig: tuple[int, int]) -> bool:
    """A twin word in the trigger's clause, or in a clause of the sentence joined to it
    by a comma: "Brest, a twin town of Pskov since 1990, signed an agreement"; not one
    in a clause set off by a semicolon ("Sister-city relations with Tula date from
    2015; a cooperation agreement between the twin towns of Brest and Pskov followed")."""
    lo = text.rfind(";", 0, trig[0]) + 1
    # (", while C and D signed ...": a clause of its own subject, as after a semicolon)
    lo = max([lo] + [m.end() for m in _CONTRAST.finditer(text, lo, trig[0])])
    hi = text.find(";", trig[1])
    hi = len(text) if hi < 0 else hi
    # (a twinning stated before a later signing of its own, "A and B, twinned since
    # 2016, adopted a programme of exchanges", is the signing's background)
    return any(lo <= m.start() < hi
               and not twin_predicate_before(text, m.start(), m.end(), trig[0], True)
               for m in _twin_words(text))


def _twin_words(text: str):
    for m in (*TWIN.finditer(text), *TWIN_WEAK.finditer(text)):
        if not _DESCRIBES_PAIR.match(text, m.end()):
            yield m


def _twinning_document(text: str, lo: int, hi: int, trig: tuple[int, int],
                       mentions: list[Mention]) -> bool:
    """A twin word in the document's own clause ("an agreement on twinning", "a
    twin-city agreement", "a partnership agreement between the two towns"): the
    document is the twinning (class K). A twin word in another clause or set off from
    the trigger by a comma ("A, whose twin-town programme is the largest, signed ...")
    or one that only describes the pair ("the sister cities of A and B concluded
    an agreement on youth exchanges") is not the document's."""
    if own_field_at(text, trig):
        return False  # "signed a protocol on cultural exchange": a paper of its own field
    # (a partnership or friendship word beside a whole region is the regions' agreement,
    # no twinning: the patterns' reading, :func:`patterns._twin_spans`)
    # (set off by a comma from the trigger: a phrase about a party, not the document)
    words = [m.span() for m in _twin_words(text) if lo <= m.start() < hi
             and "," not in text[min(m.end(), trig[0]):max(m.start(), trig[1])]]
    return bool(words) and bool(set(words) & set(_twin_spans(text, mentions)))


def _open_side(text: str, lo: int, hi: int, mentions: list[Mention]) -> bool:
    """A preposition of a side whose object is no mention (a name the recogniser missed,
    or a pronoun)."""
    for p in _OPEN_SIDE.finditer(text, lo, hi):
        at = p.end() - 1 if text[p.end() - 1].isupper() else p.end() - len(p.group(0).split()[-1])
        described = _SIDE_DESCRIBED.match(text, at)
        if described:
            at = described.end()   # "from the Polish supplier X": X is the side
        if not any(m.start <= at < m.end + 1 and not m.refers for m in mentions):
            return True
    return False


_ORGAN = r"(?:governments?|sides?|authorities|states?|republics?|delegations?|parties)"
_ORGAN_AFTER = re.compile(rf"\s+{_ORGAN}\b")
# "Belarusian and Uzbek sides", "Belarusian, Kazakh and Russian delegations",
# "Belarusian-Kazakh road map": the demonym and the next one.
_DEMONYM_WORD = r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|h|k)"
_DEMONYM_PAIR = re.compile(rf"(?:(?:,\s+|\s+and\s+){_DEMONYM_WORD})+\s+{_ORGAN}\b"
                           rf"|-{_DEMONYM_WORD}\b(?!-)")
_DEMONYM_PAIR_END = re.compile(rf"\b{_DEMONYM_WORD}(?:-|,\s+|\s+and\s+)$")


def _party_like(text: str, m: Mention, rel: str) -> bool:
    """A mention that may be a side: not blanked out as a firm's description, not a
    place that only describes the firm named after it, not a demonym of goods."""
    if not text[m.start:m.end].strip():
        return False
    if m.refers:
        return False   # what a reference points at is the discourse's to tell
    if named_next(text, m):
        return False   # "..., with C and D next": later hosts, no side
    if m.adjectival:
        # "the Belarusian government", "the Chinese side": a demonym of an organ acts;
        # so do demonyms coordinated before one ("the Belarusian and Uzbek sides") and
        # the two of a compound before the document ("the Belarusian-Kazakh road map").
        return bool(_ORGAN_AFTER.match(text, m.end) or _DEMONYM_PAIR.match(text, m.end)
                    or _DEMONYM_PAIR_END.search(text, max(0, m.start - 30), m.start))
    return not (m.kind_hint is None and _DESCRIBES.match(text, m.end))


def _role_of(text: str, m: Mention, trig: tuple[int, int]) -> str | None:
    kind = _KIND_OF.search(text, max(0, m.start - 50), m.start)
    if kind:
        m = Mention(m.text, kind.start(), m.end)   # the kind phrase stands where X stands
    role = _role(text, m)
    if role == "of" and _OFFICE_OF.search(text, max(0, m.start - 40), m.start):
        role = None   # "the khokim of X": the office acts for X
    if role == "of" and m.start > trig[1] and _OF_TRIGGER.fullmatch(text, trig[1], m.start):
        return "of-trigger"
    if role == "of" and m.start > trig[1] and _DOC_OF.fullmatch(text, trig[1], m.start):
        return "of-document"
    if role is None:
        described = _PREP_DESCRIBED.search(text, max(0, m.start - 70), m.start)
        if described:
            role = described.group(1).lower()   # "from the Polish supplier X"
    if _BETWEEN.search(text, max(0, m.start - 60), m.start):
        return "between"
    if role == "of" and _PAIR_OF.search(text, max(0, m.start - 40), m.start) and \
            _DESCRIBES_PAIR.match(text, text.rfind(" of", 0, m.start)):
        return None   # "the sister cities of A and B concluded ...": the pair acts
    if _AMONG.search(text, max(0, m.start - 60), m.start):
        return "among"
    if role in ("for", "to") and _GOODS_AFTER.match(text, m.end):
        return "goods"   # "spare parts for MAZ trucks": the goods' maker, no side
    if role is None and (m.start > trig[1] and _GOODS_AFTER.match(text, m.end)
                         or m.end <= trig[0] and _MADE_SUBJECT.fullmatch(text, m.end, trig[0])):
        # "bought 120 Gomselmash harvesters", "Amkodor loaders were handed over": the
        # maker of the goods
        return "maker"
    if role is None and re.search(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}$",
                                  text[max(0, m.start - 40):m.start]):
        return "owned"   # "Minsk's Y": Y is named by its owner
    return role


def _groups(text: str, ms: list[Mention], trig: tuple[int, int]) -> list[tuple[str, list]]:
    """The clause's lists, each with the role of its first member."""
    out, seen = [], set()
    for m in ms:
        if id(m) in seen:
            continue
        run = run_after(text, m, [x for x in ms if id(x) not in seen])
        seen.update(id(x) for x in run)
        out.append((_role_of(text, m, trig), run))
    return out


def _pairs(text: str, ms: list[Mention], trig: tuple[int, int], rel: str,
           why_not: list | None = None) -> list[tuple]:
    every = _groups(text, ms, trig)
    if rel != "SUPPLIES_TO":
        every = [(None if r == "maker" else r, g) for r, g in every]   # goods are supplies'
    groups = [(r, g) for r, g in every if r not in ("in", "at", "on", "of", "origin", "owner",
                                                   "maker", "owned", "among", "goods")]
    if not groups or any(r == "among" for r, _ in every):
        return _no(why_not, "among" if groups else "no side of an actor's or partner's role")
    if rel == "SIGNED_AGREEMENT" and len(groups) == 1 and len(groups[0][1]) == 2 and \
            groups[0][0] in ("of-trigger", "of-document") and \
            _DOC_OF.fullmatch(text, trig[1], groups[0][1][0].start):
        # "the signing of the Programme of cooperation of A and B": the pair the document
        # is of, when the clause names no other side
        return [tuple(groups[0][1])]
    if any(r == "of-document" for r, _ in groups):
        return _no(why_not, "of the document, with other sides")
    between = [g for r, g in groups if r == "between"]
    if between:
        # the trigger's own "between" ("an agreement on X between A and B"), not the
        # ties a document is about ("Trade between A and B grew after the agreement")
        if ROUTE_BEFORE.search(text, max(0, between[0][0].start - 60),
                               text.rfind("between", 0, between[0][0].start)):
            return _no(why_not, "between, a route's ends")   # "a ferry line between A and B"
        if len(between) == 1 and len(between[0]) == 2 and rel != "SUPPLIES_TO" and \
                between[0][0].start > trig[1] and not _VERB_GAP.search(
                    text, trig[1], between[0][0].start) and not RELATIVE_OWN_VERB.match(
                    text, trig[1], between[0][0].start):
            return [tuple(between[0])]
        return _no(why_not, "between, not the trigger's")
    if any(g[0].start > trig[1] and _OTHER_PHRASE.search(_gap(text, trig[1], g[0].start))
           for r, g in groups if r in _PARTNER_ROLES):
        # "has agreements with several regions and trades with B"
        return _no(why_not, 'another phrase after the trigger')
    actors = [(r, g) for r, g in groups if r in _ACTOR_ROLES]
    partners = [(r, g) for r, g in groups if r in _PARTNER_ROLES]
    if len(actors) + len(partners) != len(groups):
        return _no(why_not, "a side of neither an actor's nor a partner's role")
    if rel == "SUPPLIES_TO":
        makers = [g for r, g in every if r == "maker"]
        markets = [g for r, g in every if r == "in" and g[0].start >= trig[1]]
        return _supply_sides(text, actors, partners, trig, makers, why_not, markets)
    if len(actors) == 2 and len(actors[0][1]) == len(actors[1][1]) == 1 and (
            _AND_NEXT.fullmatch(text, actors[0][1][0].end, actors[1][1][0].start)
            or actors[0][1][0].adjectival and actors[1][1][0].adjectival
            and text[actors[0][1][0].end:actors[1][1][0].start] == "-"):
        # "A's governor and the akim of B", "A and the Kostanay firm B": one list
        actors = [(actors[0][0], actors[0][1] + actors[1][1])]
    if rel == "TWINNED_WITH" and not partners and len(actors) == 2 and len(actors[0][1]) == 1 \
            and actors[1][1][-1].end <= trig[0] and _INTO_ITS.fullmatch(
                text, actors[1][1][-1].end, trig[0]):
        # "A added the Chinese city of B to its twin towns", "A counts B among its sister
        # cities": the owner of the twins is the subject, the town named next its twin
        return [(actors[0][1][0], y) for y in actors[1][1]]
    if len(actors) == 1 and not partners and len(actors[0][1]) == 2:
        return [tuple(actors[0][1])]   # "A and B concluded ...", "signed by A and B"
    if len(actors) != 1 or len(partners) != 1:
        return _no(why_not, 'not one actor and one partner')
    a, b = actors[0][1], partners[0][1]
    if partners[0][0] == "from":
        return _no(why_not, 'partner after from')
    if len(a) > 1 and len(b) > 1:
        return _no(why_not, 'lists on both sides')
    return [(x, y) for x in a for y in b]


def _no(why_not: list | None, reason: str) -> list:
    """No plain reading, and why (kept for the diagnosis: ``clause_pairs``'s ``details``)."""
    if why_not is not None:
        why_not.append(reason)
    return []


def _gap(text: str, lo: int, hi: int) -> str:
    """The words between a trigger and a party after it, less the party's own phrase."""
    last = _LAST_PHRASE.search(text, lo, hi)
    return text[lo:last.start() if last else hi]


# Verbs whose place after "in" is the market the goods go to: "has been selling
# sausages in Pskov since 2019", "sells most of its toys in Latvia".
_SELLS_IN = re.compile(r"^(?:re-?)?(?:sell(?:s|ing)?|sold)$", re.I)


def _supply_sides(text, actors, partners, trig, makers, why_not=None,
                  markets=()) -> list[tuple]:
    word = text[trig[0]:trig[1]]
    reverse = bool(REVERSE.match(word))
    # (a passive has a participle: "has been selling" is active)
    passive = not word.lower().endswith("ing") and \
        bool(PASSIVE.search(text, max(0, trig[0] - 40), trig[0]))
    by = [g for r, g in actors if r == "by"]
    plain = [g for r, g in actors if r is None]
    roles = {r for r, _ in partners}
    if len(partners) > 1 or len(by) > 1 or len(plain) > 1:
        return _no(why_not, 'several partners or agents')
    partner = partners[0][1] if partners else None
    if partner is None and len(markets) == 1 and _SELLS_IN.match(word) and not passive:
        partner, roles = markets[0], {"to"}   # the market it sells in
    if partner is None and reverse and len(makers) == 1:
        # "the region acquired 120 Gomselmash harvesters": the maker of what was bought
        partner, roles = makers[0], {"from"}
    if passive:
        # "were purchased by B from A", "were shipped to B by A": the agent acts; with
        # none, the goods' maker sends ("Amkodor loaders were handed over to B").
        if not by and not reverse and len(makers) == 1 and roles <= {"to", "for"}:
            by = makers
        if not by or partner is None:
            return _no(why_not, 'passive without agent or partner')
        actor = by[0]
    else:
        if not plain or by:
            return _no(why_not, 'active voice: no actor, or an agent')
        actor = plain[0]
        if partner is None:
            return _no(why_not, 'no partner')
    if len(actor) > 1 and len(partner) > 1:
        return _no(why_not, 'lists on both sides')
    if reverse:
        if roles - {"from"}:
            return _no(why_not, 'direction: a receiving verb without from')
        return [(y, x) for x in actor for y in partner]
    if roles - {"to", "for"}:
        return _no(why_not, 'direction: a sending verb without to or for')
    return [(x, y) for x in actor for y in partner]


def _parties(rel, a: Mention, b: Mention, trig, text, disc, si):
    default = "City" if rel == "TWINNED_WITH" else "Company"
    pa = disc.antecedent(a, si) if a.refers else disc.party(a, default)
    pb = disc.antecedent(b, si, pa) if b.refers else disc.party(b, default)
    if pa is None or pb is None or pa.id == pb.id or not (pa.country and pb.country):
        return None   # (a party of no country is no name the reader can vouch for)
    if rel == "TWINNED_WITH":
        hit = Hit(rel, a, b, trig, CONFIDENCE, RULE)
        return twin_pair(hit, pa, pb, text, disc)
    return pa, pb


def _kinds_ok(rel: str, pair, text: str, trig, signed: bool = False) -> bool:
    a, b = pair
    if a.id == b.id:
        return False
    if rel == "TWINNED_WITH":
        # ("friendly relations" of a whole region are an agreement's subject, no twinning)
        return a.label in _PLACES and b.label in _PLACES and a.resolved and b.resolved and \
            not regional_friendship(text, trig[0], (a.name, b.name))
    if a.label == b.label == "City" and not own_field_at(text, trig) and (
            any(not _DESCRIBES_PAIR.match(text, f.end())
                and not twin_predicate_before(text, f.start(), f.end(), trig[0], True)
                for f in _FRIENDSHIP.finditer(text, max(0, trig[0] - 30), trig[1] + 40))
            or _twin_clause(text, trig)):
        # "a partnership agreement" between two towns, or an agreement in a clause on
        # their twinning, is their twinning
        return False
    if a.label == "Country" and b.label == "Country":
        if rel == "SUPPLIES_TO":
            return signed
        lo, hi = own_clause(text, *trig)
        return signed or bool(_SIGNED.search(text, lo, hi))
    return True
