"""Who the parties of a twinning are: towns, districts and regions, each in its own
country.

Twinning patterns (:mod:`.patterns`) find the pair; the resolver reads each name on
its own, so a twin town can come out as a firm, or as a namesake in the wrong
country. :func:`twin_pair` corrects the pair with what a twinning always is:

* its parties are places, never firms: a name the resolver took for a company is
  looked up as a town or district, and a name that says it is a firm (legal form,
  quotes) makes no twinning at all;
* a town whose country the text states ("the Russian town of Kovrov", "Slavgorod in
  the Altai Territory of Russia") is that country's;
* twinnings join towns across a border: when both sides came out in one country, the
  side whose country the text does not state is the namesake in the country the text
  is written from or about, if the gazetteer has one there.

:func:`open_twin_list` notes "X has sister cities on three continents" / "X maintains
fraternal ties with five municipalities" for the next sentence's list ("Among them
are A (2004), B (2009) and C").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.frames import Pending
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import Party, provisional_id, resolve_mention
from relgraph.loaders.extract.patterns import SIGNING_VERBS, twin_back_reference
from relgraph.loaders.extract.twin_words import (
    OWNED_PEOPLE,
    PLACE_NOUN,
    QUALIFIER,
    STEM,
    TWIN,
    TWIN_WEAK,
)
from relgraph.loaders.gazetteer import NAME
from relgraph.loaders.gazetteer.names import key as name_key

__all__ = ["named_pair", "note_named", "open_twin_list", "stated_country", "twin_pair",
           "relative_twins", "twin_it_subject", "twin_references",
           "twin_with_described", "twin_with_it"]

# Every twin or partnership word has one of these stems: a sentence without them is
# passed over at once (the full patterns are slow on every sentence).
_GATE = re.compile(rf"{STEM}|paired|friendship")
_PLACES = ("City", "Region")
_FIRMS = ("Company", "Organization")
# A trigger word read as a name ("1. Twin towns" heading a report's section).
_TRIGGER_WORD = re.compile(rf"(?:{STEM})\w*(?:[- ](?:{PLACE_NOUN}))?", re.I)
_FIRM_NAME = re.compile(r"[\"«»“”]|\b(?:LLC|LLP|JSC|OJSC|CJSC|OOO|OAO|ZAO|Ltd|GmbH|S\.A\.|Inc"
                        r"|plant|works|factory|holding|company|corporation|bank)\b", re.I)
# A name the gazetteer does not know, written like a maker's brand or acronym (KAMAZ,
# BelAZ, MTZ): no town.
_BRAND = re.compile(r"[A-Z][a-z]{0,4}[A-Z]{2,}[a-z]?|[A-Z]{2,}")
_COUNTRY_WORDS = sorted({*COUNTRY_BY_NAME, *DEMONYMS}, key=lambda w: (-len(w), w))
_COUNTRY_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _COUNTRY_WORDS) + r")\b",
                           re.I)
# "X in the Altai Territory of Russia", "X (Russia)", "X, Latvia": where the town is.
_LOCATED = re.compile(r"(?:\s*\(|,\s+|\s+in\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}"
                      r"(?:(?:Region|Oblast|Territory|Krai|Province|District|County)\s+)?"
                      r"(?:of\s+(?:the\s+)?)?)(?P<country>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")


def stated_country(text: str, m: Mention) -> str | None:
    """The country the sentence states for the place ``m`` names: its demonym ("the
    Russian town of X"), or a country right after it ("X in the Altai Territory of
    Russia", "X (Latvia)", "X, Lithuania").

    >>> s = "Kirovsk has ties with Slavgorod in the Altai Territory of Russia."
    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> [stated_country(s, m) for m in find_mentions(s)][:2]
    [None, 'RU']
    """
    if m.country_hint:
        return m.country_hint
    before = re.search(r"\b(\w+)\s+(?:town|city|district|municipality|village)\s+of\s+(?:the\s+)?$",
                       text[max(0, m.start - 40):m.start])
    if before and before.group(1).lower() in DEMONYMS:
        return DEMONYMS[before.group(1).lower()]
    after = _LOCATED.match(text, m.end)
    if after:
        return COUNTRY_BY_NAME.get(after.group("country").lower())
    return None


def twin_pair(hit, a: Party, b: Party, text: str, disc) -> tuple[Party, Party] | None:
    """The two parties of a twinning, corrected (see module doc); None when one side
    is no place (a firm, a trigger word read as a name)."""
    sides = []
    # "A and B have been twin districts", "... partner regions" (the kind word after
    # the twin noun, or inside the trigger): it says what a bare name means.
    kind = _TWIN_KIND.match(text, hit.trigger[1]) or _TWIN_KIND.search(
        text, hit.trigger[0], hit.trigger[1])
    for m, p in ((hit.a, a), (hit.b, b)):
        if m.refers and m.start == hit.a.start == hit.b.start:
            sides.append((m, p, p.country))  # a pair named by one reference
            continue
        if m.refers and p.label in _FIRMS:
            # "Kouvola is a railway hub. In 1995 it signed a twinning agreement with B":
            # "it" is the actor, read alone as an unknown firm; a twinning makes it the town
            town = disc.as_town(p)
            p = replace(town, name=p.name) if town is not None else p
        if _TRIGGER_WORD.fullmatch(p.name.strip()):
            return None
        if not p.resolved and not m.refers and _BRAND.fullmatch(
                re.sub(r"\s+(?:city|town)$", "", m.text.strip())):
            return None  # "Naberezhnye Chelny, the KAMAZ city": a maker, not a town
        want = None if m.refers else stated_country(text, m)
        if (m.described or m.described_end > m.end) and not m.refers:
            # "a partner of the Rostselmash plant", "the Ilim mill in Koryazhma": a firm's
            # head noun follows the name (even where the discourse read the name as the
            # town); a firm, or an unnamed firm of the town, is no twin.
            return None
        if p.label in _FIRMS:
            if m.organisation or _FIRM_NAME.search(m.text):
                return None
            firm = p
            p = _as_place(m, p, want or p.country or disc.home or disc.subject, disc)
            if firm.resolved and not p.resolved:
                return None  # a firm the firm table knows and no town of that name
        if p.label == "City" and not p.resolved and not m.refers:
            # a town read alone found nowhere: where the name's firm reading put it
            # ("Hameenlinna", an unknown firm of Finland, is the Finnish town)
            alt = _as_place(m, p, want or disc.party(m, "Company").country, disc)
            p = alt if alt.resolved else p
        if p.label == "Region" and not m.refers and m.kind_hint != "Region" and \
                not _REGION_WORDS.search(m.text) and not kind:
            p = _as_town(m, p, want, disc)
        if want and p.label in _PLACES and p.country != want and not m.refers:
            p = _in_country(m, p, want, disc) or p
        sides.append((m, p, want))
    if kind:
        sides = [(m, _as_region(m, p, disc), w) if p.label == "City" and not m.refers
                 and not _REGION_WORDS.search(m.text) and m.kind_hint != "City" else (m, p, w)
                 for m, p, w in sides]
    (ma, a, wa), (mb, b, wb) = sides
    # "the town has also been twinned with Y" in a text about one town's twinnings: the
    # town whose partners the text lists, not the partner named last.
    owners = _owners(disc)
    for i, (m, p, _) in enumerate(sides):
        other = sides[1 - i][1]
        # ("we", "our town" mean whom the text speaks for, not the last town with twins)
        if m.refers and m.refers != "Speaker" and hit.a is not hit.b and p.id not in owners \
                and owners:
            best = list(owners.values())[-1]
            # (a reference the reader found to be the text's own region, "the state" in
            # a state's interview, is not the town whose twins the text listed)
            own = p.label == "Region" and best.label == "City" and disc.speaker is not None \
                and disc.speaker.id == p.id
            if best.id != other.id and best.country != other.country and not own and \
                    not _new_subject(disc, p, best, other):
                sides[i] = (m, best, None)
    (ma, a, wa), (mb, b, wb) = sides
    if mb.refers == "Speaker" and b.label in _PLACES and ma is not mb:
        owners.setdefault(b.id, b)   # "A has been our twin town": the twins are ours
    elif not ma.refers and a.label in _PLACES and ma.start < mb.start and ma is not mb:
        owners.setdefault(a.id, a)
    pair = _across(a, b, ma, mb, wa, wb, disc, _sentence_countries(text))
    _twinned(disc).add(frozenset(p.id for p in pair))
    return pair


def _new_subject(disc, p: Party, owner: Party, other: Party) -> bool:
    """Whether ``p`` is the place the text last named as a sentence's subject and no
    twin of ``owner`` ("Poti chose another route. The harbour town signed a
    twinning agreement with Ventspils"): the text has turned to it, and its reference
    means it, not the town whose partners the text listed before (a partner of that
    town spoken of in between is no new subject: "Gizycko hosts a regatta. The town
    has also been twinned with Kaunas" is the owner's; nor is a town of the partner's
    own country, "Among them are Gatchina and Kirishi. The town has also been twinned
    with Zelenogradsk")."""
    last = disc.last_named_actor()
    return last is not None and last.id == p.id and last.label in _PLACES and \
        p.country != other.country and frozenset((p.id, owner.id)) not in _twinned(disc)


def _sentence_countries(text: str) -> set[str]:
    """The countries a sentence names, by name or demonym ("with towns in Poland")."""
    return {COUNTRY_BY_NAME.get(w.lower()) or DEMONYMS.get(w.lower())
            for w in _COUNTRY_WORD.findall(text)} - {None}


def _across(a: Party, b: Party, ma: Mention, mb: Mention, wa, wb, disc,
            here: set[str] = frozenset()) -> tuple[Party, Party]:
    """Of the readings of each side (as resolved, or a namesake in a country the
    sentence names or the text is about), the pair that best fits a twinning: across
    a border first, then with one side in the text's own country and each side in a
    country the sentence names, then as the resolver read it. A side whose country
    the text states keeps it."""
    if a.label not in _PLACES or b.label not in _PLACES:
        return a, b
    own = {c for c in (disc.home, disc.subject) if c}
    if a.country and b.country and a.country != b.country and own & {a.country, b.country} \
            and not here - {a.country, b.country} - own \
            and not (disc.unnamed_country(a.country, a.id)
                     or disc.unnamed_country(b.country, b.id)):
        return a, b  # across the border, one side at home, no other country named
    countries = list(dict.fromkeys(filter(None, (*sorted(here), *disc.paragraph_countries()[:4],
                                                 disc.home, disc.subject, *disc.countries[:3]))))

    def readings(m: Mention, p: Party, want) -> list[tuple[Party, float]]:
        # A town the gazetteer knows in a country the passage names beats a name it
        # could not place ("Zrenjanin" in a paragraph on Serbia: towns that small resolve
        # only with their country).
        out = [(p, 0.5 if p.resolved else 0.25)]
        if want or m.refers:
            return out
        for cc in countries:
            if cc != p.country:
                alt = _in_country(m, p, cc, disc)
                if alt is not None:
                    out.append((alt, 0.0))
        seen = {x.country for x, _ in out}
        out += [(alt, 0.25) for alt in _big_namesakes(m, p, disc) if alt.country not in seen]
        return out

    def far(pa: Party, pb: Party) -> float:
        # (of two big namesakes the nearer is the likelier twin: a Greek port's Valencia
        # is the Spanish one; one of 10,000 km counts as a resolved reading's lead)
        km = _km(disc, pa, pb)
        return 0.0 if km is None else km / 10_000

    best, best_score = (a, b), -1.0
    for pa, ka in readings(ma, a, wa):
        for pb, kb in readings(mb, b, wb):
            score = ka + kb + (3.0 if pa.country != pb.country and pa.country and pb.country
                               else 0.0) + (
                1.0 if own & {pa.country, pb.country} else 0.0) + (
                0.75 * len(here & {pa.country, pb.country} - own)) - (
                # (a town of a country the text never names, when a namesake stands in one
                # it does: "Nikopol" beside Romanian towns in a text on the Danube)
                1.0 * (disc.unnamed_country(pa.country, pa.id)
                       + disc.unnamed_country(pb.country, pb.id))) - far(pa, pb)
            if score > best_score:
                best, best_score = (pa, pb), score
    return best


def twin_references(text: str, hits: list, resolved: list, disc, si: int,
                    mentions: list[Mention] | None = None) -> list[tuple]:
    """(hit, pair) for "the twin districts", "these sister cities" pointing back at a
    pair: the pair another relation of the sentence joins ("an agreement was signed
    between A and B ... to expand contacts between the twin districts"), else the two
    places named together just before (:func:`named_pair`), else the pair the text
    spoke of last; nothing when that pair's twinning was already reported."""
    if not _GATE.search(text.lower()):
        return []
    out = []
    # "The towns' partnership was sealed in 1956": a tie the towns own is their twinning
    # even in words that alone do not say so.
    triggers = sorted([(t.span(), False) for t in TWIN.finditer(text)]
                      + [(t.span("tie"), True) for t in _TOWNS_TIE.finditer(text)]
                      + [(t.span("tie"), True) for t in _THEIR_TIE.finditer(text)])
    for (start, end), towns_tie in triggers:
        lo, hi = own_clause(text, start, end)
        # (a twinning of another clause is not this one's: "A is twinned with B, while C
        # and D formalised their partnership in 2012")
        twinned_here = any(h.rel_type == "TWINNED_WITH" and lo <= h.trigger[0] < hi
                           for h in hits)
        # "Both cities became twin towns in 2005", "These towns have been twinned since
        # 1998", "The pair have been twinned since 1984": a plural reference as the
        # subject of the twinning.
        subject = not twinned_here and _PAIR_SUBJECT.search(text, max(0, start - 80), start)
        if subject and subject.group(0).lstrip(",; ").lower().startswith(("they", "both")) \
                and names_after_twin(text, mentions, start, end):
            subject = None   # "They became twin towns of A and B": the twins are named
        # "Their twinning was formalised", "Their partnership as sister cities", "The
        # twinning of the two towns dates from 1998", "The two cities' friendship-city
        # ties", "The pair's twinning": the pair owns the twinning.
        # (unless the twin words go on to name the twins: "their twin towns include X")
        # ("their twinning charter, signed in Kotka": a venue names no twin)
        names_after = any(end <= m.start < hi and not m.adjectival and not m.refers
                          and m.key not in COUNTRY_BY_NAME
                          and not _VENUE.search(text, max(0, m.start - 8), m.start)
                          for m in mentions or [])
        owned = not twinned_here and (
            towns_tie or (_PAIR_OWNER.search(text, max(0, start - 40), start)
                          and not names_after)
            or _OF_THE_PAIR.match(text, end))
        # "Their mayors signed a twinning charter in 1993": the pair owns what signed.
        # (what they did must make the tie, a signing verb: "Their mayors praised twinning"
        # makes none)
        their = _THEIR.search(text, lo, start) if mentions is not None else None
        owners = not twinned_here and not owned and their is not None and \
            _MAKES_TIE.search(text, their.end(), start) is not None and not names_after
        if not (twin_back_reference(text, start) or subject or owned or owners):
            continue
        before = [pair for h, pair in zip(hits, resolved, strict=True)
                  if lo <= h.trigger[0] < start and h.rel_type != "SUPPLIES_TO"]
        named = named_pair(text, mentions or [], start, disc, si)
        if named is False and not before:
            continue
        # (words that state a twinning only between towns need towns named just before)
        # ("exchanges with our twin towns": the speaker's twins, all of them, name no
        # pair spoken of before)
        pair = before[-1] if before else named if (named or towns_tie or owners) else \
            None if _OUR_BEFORE.search(text, max(0, start - 8), start) else \
            disc.pairs.recall(si)
        if not pair or None in pair or pair[0].id == pair[1].id or any(
                p.label not in _PLACES for p in pair):
            continue
        if not before and _other_place_first(text, mentions or [], start, pair, disc):
            continue   # "The town's friendship with B ..., when their mayors signed": B's pair
        if towns_tie and any(p.label != "City" for p in pair):
            continue   # "Lubelskie and Volyn renew their partnership": regions' agreement
        key = frozenset(p.id for p in pair)
        if key in _twinned(disc):
            continue
        _twinned(disc).add(key)
        m = Mention(text[start:end], start, end, refers="pair")
        out.append((Hit("TWINNED_WITH", m, m, (start, end), 0.6, "the twin pair",
                        parties=tuple(pair)), tuple(pair)))
        break
    return out


def _other_place_first(text: str, mentions: list[Mention], upto: int, pair, disc) -> bool:
    """Whether the sentence names, before ``upto``, a place outside ``pair`` and neither
    of its members: a pair recalled from before is then not what "their" or "the towns"
    means here."""
    ids = {p.id for p in pair}
    here = [m for m in mentions if m.end <= upto and not m.refers and not m.adjectival]
    places = {p.id for _, p in _places_named(text, here, disc)}
    return bool(places - ids) and not places & ids


def note_named(disc, si: int, text: str, mentions: list[Mention]) -> None:
    """Keep the names a sentence gave for the next one, where "their twinning", "the
    towns' partnership" or "twinned with it" point back at them."""
    named = _NAMED.setdefault(disc, {})
    named[si] = (si, text, [m for m in mentions if not m.refers and not m.adjectival])
    named.pop(si - 2, None)


_NAMED: WeakKeyDictionary = WeakKeyDictionary()
# "Kostomuksha, in Karelia": a region that locates the town before it.
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# Two names joined as one subject: "A and B", "A, B".
_JOINED = re.compile(r"\s*(?:and|&|,)\s*$")


def _places_named(text: str, mentions: list[Mention], disc) -> list[tuple[Mention, Party]]:
    """The towns and regions among ``mentions``, each read as a place: a name the
    resolver took for a firm and that says nothing of a firm is the town ("Hamina is a
    small fortress town": read alone, an unknown firm). Countries, firms and a region
    that only locates the town before it ("Kostomuksha, in Karelia") are left out."""
    out = []
    for m in mentions:
        p = disc.party(m, "City")
        if p.label in _FIRMS and (m.organisation or m.described or _FIRM_NAME.search(m.text)
                                  or p.resolved or _BRAND.fullmatch(m.text.strip())):
            continue
        if p.label in _FIRMS or not p.resolved:
            # (the country the name's other reading found: "Kotka", an unknown firm of
            # Finland, is the Finnish town)
            p = _as_place(m, p, stated_country(text, m) or p.country
                          or disc.party(m, "Company").country or disc.home or disc.subject, disc)
        if p.label not in _PLACES:
            continue
        if p.label == "Region" and out and _IN_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        if all(p.id != q.id for _, q in out):
            out.append((m, p))
    return out


def named_pair(text: str, mentions: list[Mention], upto: int, disc, si: int
               ) -> tuple[Party, Party] | None | bool:
    """The two places named together that "their", "the two cities" or "the pair"
    point back at: a pair joined as one subject before ``upto`` in this sentence ("Pori
    and Klaipeda have exchanged choirs; the two municipalities have been twin towns"),
    else in the sentence before ("Delegations from A and B met on Thursday. Their
    twin-town agreement ..."), or the only two places that sentence named. Of two
    countries (a border between twins), as :func:`_across` reads them; False when the
    two are towns of one country (neighbours, no twins: nothing else is meant either)."""
    here = [m for m in mentions if m.end <= upto and not m.refers and not m.adjectival]
    options = [(text, here, True)]
    prev = _NAMED.get(disc, {}).get(si - 1)
    if prev is not None:
        options.append((prev[1], prev[2], False))
    for where, ms, joined_only in options:
        places = _places_named(where, ms, disc)
        pair = next(((x, y) for x, y in zip(places, places[1:], strict=False)
                     if _JOINED.match(where[x[0].end:y[0].start])), None)
        if pair is None and len(places) == 2 and not joined_only:
            pair = (places[0], places[1])
        if pair is None:
            continue
        (ma, a), (mb, b) = pair
        if a.resolved and b.resolved and a.country == b.country:
            return False   # two towns of one country: neighbours, not twins
        wa, wb = stated_country(where, ma), stated_country(where, mb)
        a, b = _across(a, b, ma, mb, wa, wb, disc, _sentence_countries(where))
        if a.country and a.country == b.country:
            return False
        return a, b
    return None


# "Imatra signed a twinning charter with it", "Savonlinna has had sister-city relations
# with it since 1991": the partner is the place the sentence before spoke of.
_WITH_IT = re.compile(r"[-\s]+(?:[a-z-]+\s+){0,3}?with\s+it\b(?!\s+(?:is|was|has|had|will)\b)")


# "Zarasai, on the other side, has been its sister town since 2004": "its" the partner.
_ITS_BEFORE = re.compile(r"\b(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+"
                         r"(?:also\s+|since\s+\d{4}\s+)?(?P<its>its)\s+$")


def twin_with_it(text: str, mentions: list[Mention], hits: list, disc, si: int) -> list:
    """(hit, pair) for a twinning whose partner is "it" ("X signed an agreement on
    friendship with it") or "its" ("X has been its sister town"): the clause's subject
    with the place the sentence before spoke of first (its subject, else the first
    place it named), never the subject itself."""
    if not _GATE.search(text.lower()):
        return []
    for t in (*TWIN.finditer(text), *TWIN_WEAK.finditer(text)):
        w = _WITH_IT.match(text, t.end()) or _ITS_BEFORE.search(text, max(0, t.start() - 40),
                                                                t.start())
        if w is None:
            continue
        lo, hi = own_clause(text, t.start(), t.end())
        if any(h.rel_type == "TWINNED_WITH" and lo <= h.trigger[0] < hi for h in hits):
            continue
        subjects = [m for m in mentions if lo <= m.start < t.start() and not m.refers
                    and not m.adjectival]
        prev = _NAMED.get(disc, {}).get(si - 1)
        if len(subjects) != 1 or prev is None:
            continue
        mine = _places_named(text, subjects, disc)
        if not mine:
            continue
        ma, a = mine[0]
        others = [(m, p) for m, p in _places_named(prev[1], prev[2], disc) if p.id != a.id]
        if not others:
            continue
        mb, b = others[0]
        if a.resolved and b.resolved and a.country == b.country:
            continue
        a, b = _across(a, b, ma, mb, stated_country(text, ma), stated_country(prev[1], mb),
                       disc, _sentence_countries(text) | _sentence_countries(prev[1]))
        if a.country == b.country or a.id == b.id:
            continue
        it = Mention("it", w.end() - 2, w.end(), refers="City") if w.re is _WITH_IT else \
            Mention("its", w.start("its"), w.end("its"), refers="City")
        _twinned(disc).add(frozenset((a.id, b.id)))
        return [(Hit("TWINNED_WITH", ma, it, t.span(), 0.55, "twin with it",
                     parties=(a, b)), (a, b))]
    return []


# "Since 1990 it has been twinned with Pskov", "Today it is a twin town of Narva", "It
# also has a sister city in Estonia, Parnu": "it" the subject of a twinning clause.
_IT = re.compile(r"\b[Ii]t\b")
_IT_TO_TRIGGER = re.compile(r"\s+(?:[a-z-]+\s+){0,4}(?:an?\s+)?$")
_LATER_IT = re.compile(r"(?:,\s*and|;)\s+it\b")


def twin_it_subject(text: str, mentions: list[Mention], hits: list, disc, si: int) -> list:
    """(hit, pair) for each partner of a twinning clause whose subject is "it": the
    actor of the sentences before (a town; a name read alone as an unknown firm is its
    town) with every place the clause names after the twin words."""
    if not _GATE.search(text.lower()):
        return []
    out = []
    for t in (*TWIN.finditer(text), *TWIN_WEAK.finditer(text)):
        lo, hi = own_clause(text, t.start(), t.end())
        it = next((i for i in _IT.finditer(text, lo, t.start())
                   if _IT_TO_TRIGGER.fullmatch(text, i.end(), t.start())), None)
        # ("A is twinned with B, and it is also twinned with C": the clause "it" opens,
        # though one comma-and clause holds both)
        if it is not None and _LATER_IT.search(text, max(lo, it.start() - 8), it.end()):
            lo = it.start()
        if any(h.rel_type == "TWINNED_WITH" and lo <= h.trigger[0] < hi for h in hits):
            continue
        if it is None or any(lo <= m.start < t.start() and not m.adjectival and not m.refers
                             for m in mentions):
            continue
        # (in a later clause, "A is twinned with B; it is also twinned with C", the
        # sentence's own actor before the clause)
        ref = Mention(it.group(0), it.start(), it.end(), refers="City")
        after = [m for m in mentions if t.end() <= m.start < hi and not m.refers
                 and not m.adjectival]
        for mb, b in _places_named(text, after, disc):
            # ("A and B are ... It is twinned with C": the one of them that can twin
            # with C, when only one can)
            owner = disc.actor_before(si, lo, b)
            if owner is None:
                continue
            owner = disc.as_town(owner) or owner
            if owner.label not in _PLACES:
                continue
            a, b2 = _across(owner, b, ref, mb, owner.country, stated_country(text, mb), disc,
                            _sentence_countries(text))
            if a.country == b2.country or frozenset((a.id, b2.id)) in _twinned(disc):
                continue
            _twinned(disc).add(frozenset((a.id, b2.id)))
            out.append((Hit("TWINNED_WITH", ref, mb, t.span(), 0.55, "it twinned",
                            parties=(a, b2)), (a, b2)))
        if out:
            return out
    return out


# "The city's twinning with the Estonian capital dates from 1956", "its partnership with
# the Russian town": both sides named in the sentence before, the partner described.
_WITH_DESCRIBED = re.compile(r"[-\s]*(?:[a-z-]+\s+){0,2}?with\s+the\s+(?P<dem>[A-Z][a-z]+\s+)?"
                             r"(?:capital|city|town|port|municipality|partner)\b(?!\s+of\b)")
_TIE_WORD = re.compile(r"\b(?:partnership|friendship)\b")
_OWNER_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+(?:city|town|municipality|port)['’]s)\s+"
                           r"(?:[a-z-]+\s+){0,2}$")


def twin_with_described(text: str, mentions: list[Mention], hits: list, disc, si: int) -> list:
    """(hit, pair) for "the city's twinning with the Estonian capital": the two places
    named together just before (:func:`named_pair`), the described one of the country
    the demonym names, when it names one."""
    if not _GATE.search(text.lower()):
        return []
    if any(h.rel_type == "TWINNED_WITH" for h in hits):
        return []
    for t in (*TWIN.finditer(text), *_TIE_WORD.finditer(text)):
        w = _WITH_DESCRIBED.match(text, t.end())
        if w is None or not _OWNER_BEFORE.search(text, max(0, t.start() - 40), t.start()):
            continue
        pair = named_pair(text, [], t.start(), disc, si)
        if not pair:
            return []
        dem = DEMONYMS.get((w.group("dem") or "").strip().lower())
        if dem and dem not in {p.country for p in pair}:
            return []
        a, b = pair if not dem or pair[1].country == dem else (pair[1], pair[0])
        if frozenset((a.id, b.id)) in _twinned(disc):
            return []
        _twinned(disc).add(frozenset((a.id, b.id)))
        m = Mention(text[t.start():w.end()], t.start(), w.end(), refers="pair")
        return [(Hit("TWINNED_WITH", m, m, t.span(), 0.55, "twin with the described",
                     parties=(a, b)), (a, b))]
    return []


# "Rauma, whose twin town is Tartu, ...", "Tampere, whose sister city in Hungary is Miskolc":
# a relative clause that names the owner's twin.
_WHOSE = re.compile(r",\s+whose\s+(?:[a-z-]+\s+){0,2}$")
_WHOSE_IS = re.compile(rf"(?:[- ](?:{PLACE_NOUN}))?"
                       r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                       r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:the\s+)?")


# "Lahti, which is twinned with Parnu, and Kotka, twinned with Tallinn since 1956, ...":
# a relative clause, full or reduced, that twins the name before its comma.
_WHICH = re.compile(r",\s+(?:(?:which|that)\s+(?:is|was|has\s+been|had\s+been)\s+)?"
                    r"(?:also\s+|itself\s+|long\s+)?$")
_TWINNED_WITH = re.compile(r"\s+with\s+(?:the\s+)?"
                           r"(?:(?:town|city|municipality)\s+of\s+(?:the\s+)?)?")
# "Tver, partnered with the city of B since 2011, hosted ...": a partnership word of
# the reduced relative clause, a twinning between towns only.
_REDUCED_TIE = re.compile(r"\b(?:paired|partnered)\b", re.I)
_RELATIVE_END = re.compile(r",|;|$")


def relative_twins(text: str, mentions: list[Mention], disc) -> tuple[list, list]:
    """(hit, pair) for "A, whose twin town is B" and "A, (which is) twinned with B": A
    (the name before the comma) with B, each corrected as :func:`twin_pair` does; and
    the spans of those relative clauses, whose twin word pairs nobody outside them
    ("Tampere, whose sister city is Miskolc, runs an exchange with Lodz": no Lodz)."""
    if not _GATE.search(text.lower()):
        return [], []
    out, spans = [], []
    for t in (*TWIN.finditer(text), *_REDUCED_TIE.finditer(text)):
        weak = t.group(0).lower() != "twinned" and not TWIN.fullmatch(t.group(0))
        whose = None if weak else _WHOSE.search(text, max(0, t.start() - 40), t.start())
        w = whose or (_WHICH.search(text, max(0, t.start() - 40), t.start())
                      if t.group(0).lower() in ("twinned", "paired", "partnered") else None)
        after = (_WHOSE_IS if whose else _TWINNED_WITH).match(text, t.end())
        if w is None or after is None:
            continue
        owner = next((m for m in mentions if m.end == w.start() and not m.refers), None)
        twin = next((m for m in mentions if m.start == after.end() and not m.refers), None)
        if owner is None or twin is None:
            continue
        spans.append((w.start(), _RELATIVE_END.search(text, twin.end).start()))
        hit = Hit("TWINNED_WITH", owner, twin, t.span(), 0.6, "relative clause")
        pair = twin_pair(hit, disc.party(owner, "City"), disc.party(twin, "City"), text, disc)
        if weak and pair is not None and not all(p.label == "City" for p in pair):
            continue   # (firms or regions "partnered with" each other are no twins)
        if pair is not None and pair[0].id != pair[1].id:
            out.append((hit, pair))
    return out, spans


# "Lahti's twin is Parnu, and Pori's is Narva": a second owner's possessive with the
# twin noun left out, its copula and its own twin.
_OWNER_TWIN = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?{TWIN.pattern}(?:[- ](?:{PLACE_NOUN}))?"
                         r"\s+(?:is|was|has\s+been)\s+", re.I)
_GAPPED_OWNER = re.compile(r"\s*(?:,|;)?\s+(?:and|while|whereas|but)?\s*$")
_GAPPED_IS = re.compile(r"['’]s\s+(?:is|was|has\s+been)\s+(?:the\s+)?")


def gapped_twins(text: str, mentions: list[Mention], disc) -> list[tuple]:
    """(hit, pair) for a second owner whose twin noun is left out ("Lahti's twin is Parnu,
    and Pori's is Narva", "Kotka's sister city is Tallinn; Hamina's, Kunda" is not read):
    the later owner with its own twin. The pipeline drops any other pair of that twin."""
    if not _GATE.search(text.lower()) or not _OWNER_TWIN.search(text):
        return []
    out = []
    for i, owner in enumerate(mentions):
        g = _GAPPED_IS.match(text, owner.end)
        if g is None or owner.refers or i == 0:
            continue
        before = mentions[i - 1]
        if not _GAPPED_OWNER.fullmatch(text, before.end, owner.start):
            continue
        twin = next((m for m in mentions[i + 1:] if m.start == g.end() and not m.refers), None)
        if twin is None:
            continue
        hit = Hit("TWINNED_WITH", owner, twin, (owner.end, g.end()), 0.6, "gapped twin")
        pair = twin_pair(hit, disc.party(owner, "City"), disc.party(twin, "City"), text, disc)
        if pair is not None and pair[0].id != pair[1].id:
            out.append((hit, pair))
    return out


# "Sister-city relations with Tula date from 2015", "Twin-city ties with Kaluga were set
# up in 1995": the twin words and their partner, with no subject before them.
_TWIN_WITH = re.compile(r"(?:[- ](?:cit(?:y|ies)|towns?|regions?|districts?|municipalit(?:y|ies))"
                        r"|[- ]region)?\s+(?:relations|ties|links|contacts|partnership"
                        r"|cooperation|agreement)\s+with\s+(?:the\s+)?", re.I)


def lone_twin_with(text: str, mentions: list[Mention], hits: list, disc, si: int) -> list:
    """(hit, pair) for a twinning clause that names its partner only: the other side is
    the place the text spoke of as actor just before (a town or region), else the body
    of the letterhead's place; nothing when the clause reports a twinning already."""
    for t in TWIN.finditer(text):
        w = _TWIN_WITH.match(text, t.end())
        if w is None or twin_back_reference(text, t.start()):
            continue
        lo, hi = own_clause(text, t.start(), t.end())
        if any(h.rel_type == "TWINNED_WITH" and lo <= h.trigger[0] < hi for h in hits):
            continue
        if any(lo <= m.start < t.start() and not m.adjectival for m in mentions):
            continue  # a subject of the clause: the patterns pair it
        partner = next((m for m in mentions if m.start == w.end() and not m.refers), None)
        if partner is None:
            continue
        b = disc.party(partner, "City")
        a = disc.actor_before(si, t.start())
        if a is None or a.label not in _PLACES:
            a = disc.speaker
        if a is None or a.label not in _PLACES or b.label not in _PLACES or a.id == b.id:
            continue
        hit = Hit("TWINNED_WITH", partner, partner, t.span(), 0.55, "twin with, place before",
                  parties=(a, b))
        return [(hit, (a, b))]
    return []


# "Their", "the two cities'", "both towns'", "the pair's" before the twin words.
_PAIR_OWNER = re.compile(r"\b(?:[Tt]heir|(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:two\s+)?"
                         r"(?:towns|cities|municipalities|districts|communities)['’]"
                         r"|[Tt]he\s+pair['’]s)\s+(?:(?!" + OWNED_PEOPLE + r"\b)[a-z-]+\s+){0,2}$")
_TOWNS_TIE = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:two\s+)?(?:towns|cities"
                        r"|municipalities|districts|communities)['’]\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?P<tie>partnership|friendship|twinning|jumelage)\b")
# "Their partnership began in 1995", "their friendship as twin towns": between two towns
# named just before, their twinning.
_THEIR_TIE = re.compile(r"\b[Tt]heir\s+(?:[a-z-]+\s+){0,2}?(?P<tie>partnership|friendship)\b")
_VENUE = re.compile(r"\b(?:in|at)\s+$")
_THEIR = re.compile(r"\b(?:[Tt]heir|(?:[Tt]he|[Bb]oth|[Tt]hese)\s+(?:two\s+)?(?:towns|cities"
                    r"|municipalities|districts)['’])(?=\s)")
_MAKES_TIE = re.compile(rf"\b(?:{SIGNING_VERBS})\b", re.I)
_OF_THE_PAIR = re.compile(r"\s+(?:of|between)\s+(?:the\s+two|these(?:\s+two)?|those(?:\s+two)?"
                          r"|both)\s+(?:towns|cities|districts|regions|municipalities)\b"
                          # "Twin-town ties between them", "the twin-city agreement between
                          # them": the pair just named
                          r"|(?:[-\s]+(?:towns?|cit(?:y|ies)|ties|links|relations|agreement"
                          r"|charter|treaty)){0,2}\s+between\s+them\b")
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+$")
_PAIR_SUBJECT = re.compile(r"\b(?:(?:[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he\s+two)\s+(?:[a-z]+\s+)?"
                           r"(?:towns"
                           r"|cities|districts|regions|municipalities|capitals|centres|centers)"
                           r"|[Tt]he\s+pair)"
                           # ("The two cities, which share a tram line, have been twin towns":
                           # an aside set off by commas before the predicate)
                           r"(?:\s*,[^,;.()]{1,60},)?\s+(?:[a-z]+\s+){0,4}$"
                           # "They have been twin towns since 1975", "Both became sister
                           # cities", "They were twinned": a pronoun that the twin words
                           # predicate of (not "They visited their twin town X")
                           r"|(?:^|[,;]\s+|\d{4},?\s+)(?:[Tt]hey|[Bb]oth)\s+(?:(?:have|had)\s+)?"
                           r"(?:(?:also|long|officially|formally|since)\s+)?"
                           r"(?:been|are|were|became|become|remain(?:ed)?)\s+"
                           r"(?:(?:officially|formally|also|now)\s+)?$")


def names_after_twin(text: str, mentions: list[Mention] | None, start: int, end: int) -> bool:
    """Whether the twin words' clause names a place after them (its twins)."""
    lo, hi = own_clause(text, start, end)
    return any(end <= m.start < hi and not m.adjectival and not m.refers
               and m.key not in COUNTRY_BY_NAME for m in mentions or [])


def _twinned(disc) -> set:
    """The pairs (sets of two ids) the document has reported as twins."""
    return _TWINNED.setdefault(disc, set())


_TWINNED: WeakKeyDictionary = WeakKeyDictionary()


def _owners(disc) -> dict[str, Party]:
    """The places the document has given twins to, by id, in order."""
    return _OWNERS.setdefault(disc, {})


_OWNERS: WeakKeyDictionary = WeakKeyDictionary()


def _in_country(m: Mention, p: Party, cc: str, disc) -> Party | None:
    """``p``'s namesake in country ``cc``, when the gazetteer has one."""
    if not disc.resolver:
        return None
    alt = resolve_mention(replace(m, country_hint=cc, kind_hint=p.label if p.label in _PLACES
                                  else "City"), disc.resolver, disc.cache, "City")
    # A town that was once called so ("only an alternate name", a renamed Kirovsk in
    # Ukraine now called otherwise) is no namesake.
    if alt.resolved and alt.country == cc and alt.label in _PLACES and not (
            alt.reason and "only an alternate name" in alt.reason) and _same_name(
            m.text, alt.canonical or alt.name) and not _dwarfed(disc, p, alt):
        return alt
    return None


# A namesake this big is a town a twinning may mean though the text never names its
# country ("Valencia", "Córdoba"); smaller ones are read only in a country it names.
_BIG_TOWN = 100_000


def _big_namesakes(m: Mention, p: Party, disc) -> list[Party]:
    """The other towns of 100,000 people or more, and a tenth of ``p``'s size, that the
    gazetteer calls by ``p``'s own name, each in its country, when ``p`` lies in a
    country the text never names (a Brest beside Belarusian towns is Belarus's, whichever
    is nearer)."""
    if not disc.resolver or not p.resolved or p.label != "City" or \
            not disc.unnamed_country(p.country, p.id):
        return []
    g = disc.resolver.gazetteer
    own = g.entries[p.id].population or 0 if p.id in g.entries else 0
    out = []
    for eid, flag in g.hits(name_key(p.canonical or p.name)):
        e = g.entries[eid]
        # (one of a size to compare: Nova Scotia's Sydney is no rival for Australia's)
        if flag == NAME and eid != p.id and e.label == "City" and e.country != p.country \
                and (e.population or 0) >= max(_BIG_TOWN, own / 10):
            alt = _in_country(m, p, e.country, disc)
            if alt is not None and alt.id == eid:
                out.append(alt)
    return out


def _km(disc, a: Party, b: Party) -> float | None:
    """Great-circle distance between two places the gazetteer holds, or None."""
    if not (a.resolved and b.resolved and disc.resolver):
        return None
    ea, eb = disc.resolver.entry(a.id), disc.resolver.entry(b.id)
    if ea is None or eb is None or None in (ea.lat, ea.lon, eb.lat, eb.lon):
        return None
    la, lb = math.radians(ea.lat), math.radians(eb.lat)
    d = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(
        math.radians(eb.lon - ea.lon) / 2) ** 2
    return 12_742 * math.asin(math.sqrt(min(1.0, d)))


def _dwarfed(disc, p: Party, alt: Party) -> bool:
    """A city of 100,000 or more named exactly so is not traded for a namesake under a
    tenth of its size ("Bryansk" beside Ukraine is no village "Bryanskoye")."""
    if not p.resolved or p.id == alt.id:
        return False
    if disc.unnamed_country(p.country, p.id) and \
            _letters(alt.canonical or alt.name) == _letters(p.canonical or p.name):
        return False   # (a namesake of that very name, in a country the text speaks of)
    own, other = disc.resolver.entry(p.id), disc.resolver.entry(alt.id)
    if own is None or other is None or own.label != "City":
        return False
    big = own.population or 0
    return big >= 100_000 and (other.population or 0) * 10 < big


def _letters(name: str) -> str:
    """A name's letters, folded: "Nikopol" is "nikopol", "Bryanskoye" no "bryansk"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if c.isalpha())


def _same_name(written: str, canonical: str) -> bool:
    """Whether the gazetteer's name is the written one, give or take spelling."""
    def head(x: str) -> str:
        return re.sub(r"[^a-z]", "", name_key(x))[:4]   # "Sabac" is "Šabac"
    return head(written) == head(canonical)


_REGION_WORDS = re.compile(r"\b(?:region|oblast|krai|kray|territory|province|district|raion"
                           r"|rayon|county|voivodeship|republic|okrug|governorate|prefecture"
                           r"|marz|canton|akimat|government|administration|committee)s?\b", re.I)


_TWIN_KIND = re.compile(r"[- ](?:districts?|regions?|raions?|provinces?|counties|county"
                        # ("sister states", "sister prefectures": Mexico's, Brazil's, the
                        # United States' and Japan's regions)
                        r"|oblasts?|states?|prefectures?|cantons?|voivodeships?)\b", re.I)


def _as_region(m: Mention, p: Party, disc) -> Party:
    """A bare name a twinning of districts or regions gives: the district or region of
    that name in the town's country, when the gazetteer has one."""
    if not disc.resolver:
        return p
    alt = resolve_mention(replace(m, kind_hint="Region", country_hint=p.country or m.country_hint),
                          disc.resolver, disc.cache, "Region")
    if alt.resolved and alt.label == "Region" and _same_name(m.text, alt.canonical or alt.name):
        return alt
    if not p.resolved or not p.country:
        return p
    return Party(p.name, provisional_id("Region", p.country, m.text), "Region", p.country,
                 False, reason="a twin district not in the gazetteer")


def _as_town(m: Mention, p: Party, want: str | None, disc) -> Party:
    """A bare name a twinning gives, read as a region (a county named like its town,
    "Tartu"): the town of that name, unless the name is the region's own ("Kuzbass")."""
    if not disc.resolver:
        return p
    alt = resolve_mention(replace(m, kind_hint="City", country_hint=want or m.country_hint
                                  or p.country),
                          disc.resolver, disc.cache, "City")
    if alt.resolved and alt.label == "City" and _same_name(m.text, alt.canonical or alt.name) \
            and not _region_own_name(m.text, p, alt, disc):
        return alt
    return p


def _region_own_name(written: str, region: Party, town: Party, disc) -> bool:
    """Whether ``written`` is the region's own name and no name of the town's but in
    part: "Texas" is the state, not Texas City; "Idaho" not Idaho Springs ("Tartu" is
    the county's name and the town's: the town)."""
    flags = dict(disc.resolver.gazetteer.hits(name_key(written)))
    return flags.get(region.id) == NAME and flags.get(town.id) != NAME


def _as_place(m: Mention, p: Party, cc: str | None, disc) -> Party:
    """A name a twinning names, read as a town (or district) rather than a firm. A
    reference ("we", "the company") that meant a firm is no town's name: it stays."""
    if m.refers:
        return p
    for kind in _PLACES:
        alt = resolve_mention(replace(m, kind_hint=kind, country_hint=cc), disc.resolver,
                              disc.cache, "City") if disc.resolver else None
        if alt is not None and alt.resolved and alt.label in _PLACES:
            return alt
    return Party(p.name, provisional_id("City", cc, m.text), "City", cc, False,
                 reason="a twin town not in the gazetteer")


_OWNS_TWINS = re.compile(
    r"\b(?:ha(?:s|ve|d)|maintains?|maintained|keeps?|kept)\s+(?:\w+\s+){0,3}?"
    rf"(?:(?:{QUALIFIER})[- ]?(?:{PLACE_NOUN}|s)"
    r"|(?:fraternal|friendly|twinning|partnership|brotherly)\s+(?:ties|relations|links))\b", re.I)
# The list is still to come: no place is named after the trigger but countries,
# numbers and plural nouns ("with five municipalities in Russia and Lithuania").
_LIST_LATER = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                         r"|several|many|a\s+number\s+of|dozens?\s+of)\s+(?:[a-z-]+\s+){0,2}"
                         r"(?:cities|towns|municipalities|districts|regions|partners|countries"
                         rf"|continents)\b|\b(?:{QUALIFIER})[- ]?(?:{PLACE_NOUN})\s*[.;]?$",
                         re.I)


def open_twin_list(text: str, mentions: list[Mention], disc, si: int) -> Pending | None:
    """A twinning of one named place with partners the next sentence lists: "Vitebsk
    itself has sister cities on three continents", "the town maintains fraternal ties
    with five municipalities in Russia and Lithuania"."""
    t = _OWNS_TWINS.search(text)
    if t is None or not (TWIN.search(text) or TWIN_WEAK.search(text) or "partner" in t.group(0)):
        return None
    after = [m for m in mentions if m.start >= t.end() and not m.adjectival
             and not stated_country(text, m) == COUNTRY_BY_NAME.get(m.key)
             and m.key not in COUNTRY_BY_NAME]
    if after or not _LIST_LATER.search(text, t.start()):
        return None  # the partners are named here; the patterns pair them
    before = [m for m in mentions if m.end <= t.start() and not m.adjectival
              and not _TRIGGER_WORD.fullmatch(m.text.strip()) and m.key not in COUNTRY_BY_NAME]
    if not before:
        return None
    owner = before[-1]
    party = disc.antecedent(owner, si) if owner.refers else disc.party(owner, "City")
    if party is None or party.label not in _PLACES:
        return None
    # "X maintains ties with five towns in Russia and Lithuania": X is in neither.
    abroad = {COUNTRY_BY_NAME.get(w.lower()) or DEMONYMS.get(w.lower())
              for w in _COUNTRY_WORD.findall(text, t.end())}
    if party.country in abroad and not owner.refers:
        for cc in filter(None, (disc.home, disc.subject, *disc.countries[:3])):
            moved = None if cc in abroad else _in_country(owner, party, cc, disc)
            if moved is not None:
                party = moved
                break
    _owners(disc)[party.id] = party
    return Pending("TWINNED_WITH", "b", party, t.span(), "list next sentence", {})
