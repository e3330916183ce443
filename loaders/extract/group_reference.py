"""A group named by its count or its kind: "the two cities", "both wineries", "the three
partners", "the two Spanish communities".

Such a phrase points back at the parties named together before it, in its own sentence
or an earlier one, and the relation its clause states holds between each pair of them::

    Korvala and Lindmark signed a transit accord. It extends a twin-town friendship
    that the two municipalities started in 1998.
                                        (Korvala - Lindmark twinned)
    Brennholt Glas supplies both wineries with bottles.
                                        (Brennholt Glas -> each winery named before)
    The two Spanish communities and Occitanie are to sign a protocol.
                                        (each pair of the three)

The count must agree with the parties found and the kind word must fit their kinds
(towns for "cities" and "municipalities", regions for "communities" and "provinces",
firms for "wineries", any kind for "partners"); an adjective of a country ("the two
Spanish communities") keeps that country's only. On a page or in a report that speaks
for a place, one party named beside the place it speaks for makes "the two cities" too.
The most recent sentence whose parties fit is taken; a sentence naming more than the
count of fitting parties ends the search (the group is then not plain), and nothing is
paired when none fits.

:func:`note_sentence` keeps each sentence's named and related parties;
:func:`group_hits` gives the relations of a sentence's group phrases.

>>> [g.group(0) for g in group_phrases("Later the two Atlantic regions and both firms met.")]
['the two Atlantic regions', 'both firms']
"""

from __future__ import annotations

import re
from itertools import combinations
from weakref import WeakKeyDictionary

from relgraph.graph import ids
from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.countries import DEMONYMS
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import Party
from relgraph.loaders.extract.patterns import _DOC, _SIGNED, NEGATED, _title
from relgraph.loaders.extract.twin_words import TWIN, TWIN_WEAK

__all__ = ["family", "group_hits", "group_phrases", "note_sentence", "stated_in"]

_PLACES = ("City", "Region", "Country")
_FIRMS = ("Company", "Organization")
# What each kind word may stand for.
_KINDS = {
    **dict.fromkeys(("cities", "towns", "municipalities", "capitals", "communes",
                     "boroughs"), ("City",)),
    **dict.fromkeys(("regions", "provinces", "departments", "départements", "prefectures",
                     "counties", "oblasts", "cantons", "communities", "governorates",
                     "divisions", "territories", "krais", "voivodeships"), ("Region",)),
    **dict.fromkeys(("states", "republics"), ("Region", "Country")),
    **dict.fromkeys(("countries", "nations"), ("Country",)),
    **dict.fromkeys(("firms", "companies", "wineries", "groups", "makers", "producers",
                     "exporters", "importers", "suppliers", "manufacturers", "mills",
                     "cooperatives", "businesses", "enterprises", "corporations", "carriers",
                     "distributors", "retailers", "utilities", "banks", "universities",
                     "plants", "operators", "breweries", "distilleries"), _FIRMS),
    "ports": ("City", *_FIRMS),
    **dict.fromkeys(("governments", "administrations", "authorities", "councils"), _PLACES),
    **dict.fromkeys(("partners", "sides", "parties", "signatories", "members"),
                    (*_PLACES, *_FIRMS)),
}
_COUNT = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}
_KIND_WORDS = "|".join(sorted(_KINDS, key=len, reverse=True))
# (at most two describing words between the count and the kind: "the two Atlantic
# regions", "the two city councils"; no verb or preposition among them)
_MODS = (r"(?P<mods>(?:(?!(?:and|or|of|in|on|with|to|from|have|has|had|are|were)\b)"
         r"[A-Za-zÀ-ÿ-]+\s+){0,2}?)")
_GROUP = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll(?:\s+the)?)\s+(?P<n>two|three|four|five)\s+"
    + _MODS + r"(?P<kind>" + _KIND_WORDS + r")\b"
    + r"|(?P<both>[Bb]oth)\s+" + _MODS.replace("mods", "bmods") + r"(?P<bkind>"
    + _KIND_WORDS + r")\b"
    # "the two signed", "both of them", "all three of them", "the pair": no kind said
    + r"|(?:[Tt]he\s+(?P<bare>two|three|four)(?=\s+(?:have\s+|had\s+|has\s+|will\s+|are\s+"
    r"|were\s+|also\s+|then\s+|later\s+|jointly\s+)*(?:signed|concluded|agreed|adopted"
    r"|renewed|inked)\b)"
    r"|(?P<of>[Bb]oth|[Aa]ll\s+(?:two|three|four|five))\s+of\s+them"
    r"|[Tt]he\s+(?P<pair>pair)\b(?!\s+of\b)))")

# A group's own "and" partner: "the two communities and Occitanie".
_AND_AFTER = re.compile(r"\s+(?:and|as\s+well\s+as|together\s+with)\s+(?:the\s+)?")
# "X and the two cities": a party joined before the group.
_AND_BEFORE = re.compile(r"\s+(?:and|as\s+well\s+as|together\s+with)\s+")
# A signer named after its verb: "signed by the three presidents", "between the two".
_SIGNED_BY = re.compile(r"\b(?:by|between|among)\s+$")
# A preposition that makes the group a place or an owner, not a party acting or receiving.
_LOCATIVE = re.compile(r"\b(?:on|in|at|of|from|across|within|for|inside|throughout)\s+$", re.I)
_SUPPLY = re.compile(r"\b(?:suppl(?:y|ies|ied)|deliver(?:s|ed)?|sells?|sold|ships?|shipped"
                     r"|exports?|exported|sends?|sent|provides?|provided)\b", re.I)
# "the sister-city tie the two towns have kept": a tie the group keeps, right before it.
_TIE_BEFORE = re.compile(r"[\w-]*(?:\s+[a-z-]+){0,2}\s+")
# "a twin-town conference", "sister-city games": an event of twins, no twinning.
_TWIN_EVENT = re.compile(r"[\w-]*\s+(?:conferences?|forums?|networks?|associations?|meetings?"
                         r"|festivals?|games|days?|weeks?|summits?)\b", re.I)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")

_SEEN: WeakKeyDictionary = WeakKeyDictionary()   # disc -> [(sentence, named, related)]
_STATED: WeakKeyDictionary = WeakKeyDictionary()  # disc -> {(type, id, id): sentence}
_KEEP = 60       # sentences kept per document
_REACH = 3       # sentences back for a group of a kind alone
_FAR = 40        # ... and for one its country's adjective sets apart


def group_phrases(text: str) -> list[re.Match]:
    """The group phrases of ``text``, in order."""
    return list(_GROUP.finditer(text))


def note_sentence(disc, si: int, named: list, related: list, types=()) -> None:
    """Keep the parties sentence ``si`` named (in order) and those its relations joined
    (``types``: the relation type of each pair in ``related``), for a group phrase after
    it."""
    stated = _STATED.setdefault(disc, {})
    if len(stated) > 4 * _KEEP:
        for key in [k for k, at in stated.items() if si - at > 2]:
            del stated[key]
    for rel, (a, b) in zip(types, zip(related[::2], related[1::2], strict=True), strict=True):
        stated[(rel, a.id, b.id) if rel == "SUPPLIES_TO" else (rel, *sorted((a.id, b.id)))] = si
    seen = _SEEN.setdefault(disc, [])
    if seen and seen[-1][0] == si:
        seen[-1] = (si, seen[-1][1], _unique(seen[-1][2] + related))
    else:
        seen.append((si, _unique(named), _unique(related)))
    del seen[:-_KEEP]


def stated_in(disc, si: int) -> set[tuple]:
    """The relations sentence ``si`` found: (type, id, id), the ids sorted but a supply's."""
    return {k for k, at in _STATED.get(disc, {}).items() if at == si}


def _unique(parties: list) -> list:
    out, ids = [], set()
    for p in parties:
        if p is not None and p.id not in ids:
            ids.add(p.id)
            out.append(p)
    return out


def _shape(g: re.Match) -> tuple[int, tuple[str, ...], str | None]:
    """(count, labels the group's members may have, country its adjective names)."""
    if g.group("n"):
        n, kind, mods = _COUNT[g.group("n")], g.group("kind"), g.group("mods")
    elif g.group("both"):
        n, kind, mods = 2, g.group("bkind"), g.group("bmods")
    elif g.group("of"):
        n, kind, mods = _COUNT[g.group("of").split()[-1].lower()], "partners", ""
    else:
        n, kind, mods = _COUNT[g.group("bare") or "pair"], "partners", ""
    country = next((DEMONYMS[w.lower()] for w in (mods or "").split()
                    if w.lower() in DEMONYMS), None)
    return n, _KINDS[kind.lower()], country


def _fitting(parties: list, labels, country, exclude: set[str]) -> list:
    return [p for p in parties if p.label in labels and p.id not in exclude
            and (country is None or p.country == country)]


def family(party) -> str:
    """A party's family for a group: "firm" for firms and bodies, else its label."""
    return "firm" if party.label in _FIRMS else party.label


def _members(disc, si: int, here: list, g: re.Match, exclude: set[str], home):
    """(parties, where found) the group phrase ``g`` means, or None: the fitting parties
    its own sentence names before it, with the place the text speaks for when one is
    missing; else the most recent earlier sentence's (those its relations joined first),
    or the subjects of the last sentences when each of them names one such party. The
    members are of one family (towns, regions, countries or firms: "the two
    governments" are not a region and a town), and the parties of that family the
    sentence itself names are always among them."""
    n, labels, country = _shape(g)
    own = _fitting(here, labels, country, exclude)
    # (a family the sentence names is the group's: "the two governments" beside Aichi
    # are regions)
    families = list(dict.fromkeys(family(p) for p in own)) or \
        list(dict.fromkeys("firm" if x in _FIRMS else x for x in labels))

    def settle(parties: list, with_home: bool):
        fitting = [p for p in _fitting(parties, labels, country, exclude)
                   if family(p) in families]
        if any(sum(family(p) == f for p in fitting) > n for f in families):
            return [], ""   # too many of a kind: the group is not plain, the search ends
        # (two families of the count: the one named last, "A and B, whose towns C and D
        # signed ... since the two signed": the towns)
        order = list(dict.fromkeys(family(p) for p in reversed(fitting)))
        for f in order:
            fit = [p for p in fitting if family(p) == f]
            required = {p.id for p in own if family(p) == f}
            if len(fit) == n and required <= {p.id for p in fit}:
                return fit, where
        for f in order:
            fit = [p for p in fitting if family(p) == f]
            required = {p.id for p in own if family(p) == f}
            # (a place the text speaks for is one the gazetteer knows: a page's title
            # read as a town is none)
            if with_home and home is not None and family(home) == f \
                    and (home.resolved or f == "firm") \
                    and _fitting([home], labels, country, exclude) and len(fit) == n - 1 \
                    and home.id not in {p.id for p in parties} \
                    and required <= {p.id for p in fit}:
                return [*fit, home], where + " and the text's own"
        return None

    where = "named in the sentence"
    found = settle(here, True)
    if found is not None:
        return found if found[0] else None
    reach = _FAR if country else _REACH
    chain, chained = [], True
    # (parties of the group's kind named in a sentence between it and the pair: the
    # group may be either, so it is none; "A visited B. The guests went on to C. The two
    # regions signed ...")
    rivals: set[str] = set()
    for s, named, related in reversed(_SEEN.get(disc, [])):
        if s >= si:
            continue
        if si - s > reach:
            break
        # ("A ships wine to X. B sells to Y. Z supplies both wineries": the subjects of
        # the sentences before, one each)
        fit = [p for p in _fitting(named, labels, country, exclude) if family(p) in families]
        actor = next((p for p in fit if p.id == disc.actor_of(s)), None)
        # (firms only: a text brings in firms one a sentence, places mostly in pairs)
        chained = chained and actor is not None and family(actor) == "firm" and (
            chain or len(fit) == 1)
        if chained and actor.id not in {p.id for p in chain}:
            chain.append(actor)
            if len(chain) == n and len(chain) > 1 and len({family(p) for p in chain}) == 1 \
                    and {p.id for p in own} <= {p.id for p in chain}:
                return chain, "subjects of the sentences before"
        where = "related before"
        found = settle(related, False)
        if found and found[0]:
            return found if not rivals - {p.id for p in found[0]} else None
        where = "named before"
        found = settle(named, si - s <= _REACH)
        if found is not None:
            return found if found[0] and not rivals - {p.id for p in found[0]} else None
        if country is None:
            # (a group its country's adjective narrows looks far back, past the other
            # places a chapter names, for the one pair of that country named together)
            rivals |= {p.id for p in fit}
    return None


def _national_governments(g: re.Match, members: list) -> list:
    """"The two governments" after two towns of two countries ("A town on each bank of
    the river ... In 2006 the two governments signed a protocol"): the governments of
    those countries, which a writer calls so; the towns' own would be "the two
    municipalities" or "the two city governments" (a describing word keeps them)."""
    kind = (g.group("kind") or g.group("bkind") or "").lower()
    mods = (g.group("mods") or g.group("bmods") or "").strip()
    if kind != "governments" or mods or len(members) < 2 or \
            any(p.label != "City" or not p.country for p in members) or \
            len({p.country for p in members}) != len(members):
        return members
    return [Party(g.group(0), ids.country_id(p.country), "Country", p.country, True,
                  reason="the governments of the towns' countries") for p in members]


def _named_after(text: str, g: re.Match, plain: list[Mention], n: int) -> list[Mention]:
    """The members an apposition names right after the group ("The two grid operators,
    A and B, signed ..."), when it names as many as the count."""
    out, at = [], g.end()
    for m in plain:
        if m.start < at:
            continue
        gap = text[at:m.start]
        if not (re.fullmatch(r"\s*,\s*", gap) if not out else
                re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", gap)):
            break
        out.append(m)
        at = m.end
    return out if len(out) == n and re.match(r"\s*,", text[at:]) else []


def group_hits(text: str, mentions: list[Mention], hits: list, resolved: list, disc, si: int,
               party_of, home) -> list[tuple[Hit, tuple]]:
    """(hit, pair) for each relation a group phrase's clause states between the group's
    members (and a party joined to the group by "and"), not found already. ``party_of``
    resolves a mention; ``home()`` gives the place or firm the text speaks for, or None."""
    phrases = group_phrases(text)
    if not phrases:
        return []
    have = {(h.rel_type, *sorted((a.id, b.id))) if h.rel_type != "SUPPLIES_TO" else
            (h.rel_type, a.id, b.id) for h, (a, b) in zip(hits, resolved, strict=True)
            if a is not None and b is not None}
    plain = [m for m in mentions if not m.refers and not m.adjectival]
    recent = {k for k, at in _STATED.get(disc, {}).items() if 0 < si - at <= 2}
    out = []
    for g in phrases:
        if _LOCATIVE.search(text, max(0, g.start() - 12), g.start()):
            continue   # "foresters on both sides", "trade of the two regions"
        lo, hi = own_clause(text, g.start(), g.end())
        if NEGATED.search(text, lo, hi):
            continue
        joined = [m for m in plain if lo <= m.start and m.end <= hi and (
            _AND_AFTER.fullmatch(text, g.end(), m.start) or
            _AND_BEFORE.fullmatch(text, m.end, g.start()))]
        extra = [party_of(m) for m in joined]
        relations = _relations(text, g, lo, hi, plain)
        if not relations:
            continue
        # ("X supplies both wineries": the supplier is no winery)
        verb = relations[0][1] if relations[0][0] == "SUPPLIES_TO" else None
        giver = [m for m in plain if verb and lo <= m.start and m.end <= verb[0] < g.start()]
        here = [party_of(m) for m in plain if m.end <= g.start() and m not in joined
                and m not in giver]
        n, labels, country = _shape(g)
        after = [party_of(m) for m in _named_after(text, g, plain, n)]
        if len(_fitting(after, labels, country, set())) < n or \
                len({family(p) for p in after}) > 1:
            after = []   # (of another kind: no apposition of the group)
        found = (after, "named after") if after else \
            _members(disc, si, here, g, {p.id for p in extra + [party_of(m) for m in giver]},
                     home())
        if not found:
            continue
        members, where = found
        members = _national_governments(g, members)
        group = Mention(g.group(0), g.start(), g.end())
        for rel, trigger, kind, title in relations:
            if rel == "SUPPLIES_TO":
                if g.group("of"):
                    continue   # ("to both of them": the recipients before, read with the
                    # supply's own list; a supplier before is none of them)
                pairs = _supply_pairs(text, g, lo, trigger, plain, members, party_of, home())
            else:
                pairs = [(a, b) for a, b in combinations(_unique(members + extra), 2)
                         if _may_pair(rel, a, b)]
            for a, b in pairs:
                key = (rel, a.id, b.id) if rel == "SUPPLIES_TO" else (rel, *sorted((a.id, b.id)))
                if key in have or rel == "TWINNED_WITH" and key in recent:
                    continue   # (a twinning said of the pair just before: restated; a
                    # document signed again is a new one)
                have.add(key)
                hit = Hit(rel, group, group, trigger, 0.55, f"group reference ({where})",
                          kind, title, parties=(a, b))
                out.append((hit, (a, b)))
    return out


def _relations(text: str, g: re.Match, lo: int, hi: int, plain: list[Mention]) -> list[tuple]:
    """(type, trigger, document kind, title) of what the group's clause states of it (a
    twin word after another party the clause names is that party's: "the two regions
    signed ..., and the cities of A and B, which are twinned")."""
    out = []
    clause = text[lo:hi]
    sign = next((v for v in _SIGNED.finditer(text, lo, hi)
                 if v.start() >= g.end() or _SIGNED_BY.search(text, lo, g.start())), None)
    doc = _DOC.search(text, lo, hi)
    if sign and doc:
        out.append(("SIGNED_AGREEMENT", sign.span(), doc.lastgroup, _title(text, doc)))
    # (the twin words the group's own: after it in its clause, or a tie it is the
    # subject of just before it, "the sister-city tie the two towns have kept")
    twin = next((t for t in (*TWIN.finditer(clause), *TWIN_WEAK.finditer(clause))
                 if (lo + t.start() >= g.end() and not any(
                     g.end() <= m.start and m.end <= lo + t.start() for m in plain)
                     or _TIE_BEFORE.fullmatch(text, lo + t.end(), g.start()))
                 and not _TWIN_EVENT.match(clause, t.end())), None)
    if twin:
        out.append(("TWINNED_WITH", (lo + twin.start(), lo + twin.end()), None, None))
    supply = _SUPPLY.search(text, lo, hi)
    if supply and not out:
        out.append(("SUPPLIES_TO", supply.span(), None, None))
    return out


def _may_pair(rel: str, a, b) -> bool:
    if a.id == b.id:
        return False
    for x, y in ((a, b), (b, a)):
        if x.label == "Country" and y.label != "Country" and y.country == x.country:
            return False   # a country and a place or firm of its own
    if rel == "TWINNED_WITH":
        # (a pair of one country is no twinning a group phrase can vouch for: "One
        # exception is A and B. The two cities ... twin towns" names neighbours, as the
        # pair readers before this one hold)
        return a.label == b.label and a.label in ("City", "Region") and \
            not (a.country and a.country == b.country)
    if "Country" in (a.label, b.label):
        return a.label == b.label
    return True


def _supply_pairs(text: str, g: re.Match, lo: int, verb: tuple[int, int], plain, members,
                  party_of, home) -> list[tuple]:
    """A supply with the group as recipients ("X supplies both wineries", "we sent aid
    to both of them") or as suppliers ("the two firms ship steel to X")."""
    ids = {p.id for p in members}
    if g.start() >= verb[1]:
        before = [m for m in plain if lo <= m.start and m.end <= verb[0]]
        supplier = party_of(before[0]) if before else \
            home if home is not None and _WE.search(text, lo, verb[0]) else None
        if supplier is None or supplier.id in ids:
            return []
        return [(supplier, p) for p in members]
    if g.end() <= verb[0]:
        to = next((m for m in plain if m.start >= verb[1] and re.search(
            r"\bto\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", text[verb[1]:m.start])), None)
        recipient = party_of(to) if to else None
        if recipient is None or recipient.id in ids:
            return []
        return [(p, recipient) for p in members]
    return []
