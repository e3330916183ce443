"""Who a sentence speaks of when it names its subject only by reference.

A text names a party, then goes on about it in sentences whose subject is that
party's own ("its director", "their carpets", "the plant's largest shareholder"),
whatever else they name::

    Gomselmash had its best year. Its director general is Alexei Orlov. It delivered
    640 combines to the Bryansk Region.           (Gomselmash -> Bryansk Region)
    The meat plant was rebuilt in 2019. Its largest shareholder is the Vitebsk Region.
    In 2024 it supplied sausages to Pskov.        (the meat plant -> Pskov)

The name after the copula is a predicate, not the sentence's actor: taken as the
actor, it became what "it" means in the next sentence (a person, a region, a
shareholder). :func:`owned_subject` gives the owner instead, so the chain of
reference stays on the party the text speaks of.

A plural reference ("they", "their", "both") points at every member of the list that
was the subject before::

    Milkavita and Rechitsamoloko are the largest dairies. They ship cheese to Moscow.
    Novopolotsk and Orsha have old ties with Russia. They have been twinned with
    Velikiye Luki since 2003.

:func:`note_group` keeps each sentence's coordinated subject; :func:`plural_copies`
gives, for a relation whose side was reached through a plural reference (or the
paragraph's topic in a sentence that refers to it as "they"), the same relation for
every other member of that group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.twin_words import OWNED_PEOPLE

__all__ = ["note_group", "owned_subject", "plural_copies", "subject_group"]

# "Its director general is X", "In 2024, its output ...", "The plant's largest
# shareholder is X": the subject is owned by a reference at the sentence's opening
# (after at most a short opening phrase).
_OWNED = re.compile(
    r"^\s*(?:(?:In|By|Since|Last|This|That|At|Over)\b[^,.;:]{0,30}?,?\s+)?"
    r"(?P<own>[Ii]ts|(?P<kind>[Tt]he\s+(?:(?P<region>region|oblast|krai|republic|province)"
    r"|(?P<city>city|town|capital)|(?:company|plant|firm|enterprise|holding|factory"
    r"|works|group|maker|producer|manufacturer)))['’]s)\s+(?!own\b)[a-z]")

# A plural subject at the opening of a clause (after at most a short opening phrase).
_PLURAL = re.compile(r"(?:^|[;:]\s*|,\s+and\s+)(?:(?:In|By|Since|Last|This|Over|Now)\b"
                     r"[^,.;:]{0,30}?,?\s+)?(?:[Tt]hey|[Tt]heir|[Bb]oth(?:\s+of\s+them)?"
                     r"|[Tt]he\s+two)\b")

_GROUPS: WeakKeyDictionary = WeakKeyDictionary()


# After an owned subject's head, its verb: the head (and up to three more words), then
# a word of the predicate ("director general is X", "engineers visited X").
_VERB_GAP = re.compile(r"[a-z-]+(?:\s+[a-z-]+){1,6}\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b")


def owned_subject(text: str, disc, si: int, who: Mention | None):
    """The party a sentence whose subject is owned by a reference speaks of ("Its
    director is X", "Its engineers visited X": the firm "its" means), when ``who``, the
    party the sentence would take as its actor, stands in that subject's predicate;
    None when the sentence does not open so, ``who`` is named in apposition ("The
    republic's capital, Cheboksary, keeps ...") or opens a clause of its own, or the
    reference resolves to nothing."""
    o = _OWNED.match(text)
    if o is None or who is None or who.start < o.end():
        return None
    gap = text[o.end() - 1:who.start]
    # "The republic's capital, Cheboksary, ...": named in apposition, it is the subject;
    # ", and in German documents Kolomna appears": a new clause with its own subject.
    if "," in gap.split()[0] or _CLAUSE_BREAK.search(gap) or not _VERB_GAP.match(gap):
        return None
    refers = "Region" if o.group("region") else "City" if o.group("city") else \
        "Company" if o.group("kind") else "Actor"
    own = o.group("own")
    end = o.start("own") + (len(own) - 2 if o.group("kind") else len(own))
    ref = Mention(text[o.start("own"):end], o.start("own"), end,
                  None if refers in ("Company", "Actor") else refers, refers=refers)
    return disc.antecedent(ref, si)


# Between two members of a coordinated subject: a separator, then at most a short
# description of the next member ("and the footwear maker Marko", "and the Rechitsa
# dairy Rechitsamoloko").
# (a member's date in brackets may stand before the separator: "A (since 1991), B")
_MEMBER_GAP = re.compile(r"(?:\s*\((?:since\s+|from\s+|in\s+)?(?:19|20)\d\d[^()]{0,20}\))?"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?"
                         r"(?:[A-Za-z-]+\s+){0,3}")


def subject_group(text: str, who: Mention, mentions: list[Mention], party_of) -> list:
    """The parties of a coordinated subject that opens with ``who`` ("A and B are ...",
    "A, B and the maker C ..."): members of the first one's family (firms, towns,
    regions, countries), read until the list ends. ``party_of`` resolves a mention."""
    first = party_of(who)
    if first is None:
        return []
    group, last = _Group([first]), who
    for m in mentions:
        if m.start <= last.start or m.refers or m.adjectival:
            continue
        gap = _MEMBER_GAP.fullmatch(text, last.end, m.start)
        if not gap:
            break
        p = party_of(m)
        if p is not None and _family(p) == _family(first):
            group.append(p)
            group.joined = group.joined or bool(_JOINING.search(gap.group(0)))
            last = m
    return group


class _Group(list):
    """The members of a coordinated subject; ``joined``: a conjunction joins them ("A
    and B"), not only commas (an apposition, "A, its acronym, repairs ...")."""
    joined = False


_JOINING = re.compile(r"\b(?:and|as\s+well\s+as)\b")
_JOINED: WeakKeyDictionary = WeakKeyDictionary()   # disc -> sentences of a joined subject


def note_group(disc, si: int, parties: list) -> None:
    """The coordinated subject of sentence ``si`` ("A and B are ..."), two or more
    parties of one kind, for a later "they" or "their"."""
    groups = _GROUPS.setdefault(disc, {})
    groups.pop(si - 4, None)
    if len(parties) >= 2 and len({_family(p) for p in parties}) == 1:
        groups[si] = list(parties)
        if getattr(parties, "joined", False) and len({p.id for p in parties}) >= 2:
            _JOINED.setdefault(disc, set()).add(si)


def group_at(disc, si: int) -> list:
    """The coordinated subject of sentence ``si`` when a conjunction joins two or more
    parties of one kind in it ("A and B are ..."); [] otherwise."""
    if si not in _JOINED.get(disc, ()):
        return []
    return _GROUPS.get(disc, {}).get(si) or []


def _family(party) -> str:
    return "firm" if party.label in ("Company", "Organization") else party.label


def plural_copies(text: str, hits: list, resolved: list, disc, si: int,
                  named: set[str]) -> list[tuple]:
    """(hit, pair) for each other member of the group a plural reference means: a
    relation of this sentence whose one side is a member of the last group (of the
    two sentences before) that the sentence does not name itself, when the sentence
    refers to it as "they", "their" or "both ...". ``named``: the ids the sentence
    names itself."""
    plural = _PLURAL.search(text)
    if not plural:
        return []
    groups = _GROUPS.get(disc, {})
    group = next((groups[s] for s in (si - 1, si - 2) if s in groups), None)
    if group is None:
        return []
    ids = {p.id for p in group}
    out, have = [], {(h.rel_type, pair[0].id, pair[1].id) for h, pair in
                     zip(hits, resolved, strict=True) if None not in pair}
    for hit, pair in zip(hits, resolved, strict=True):
        if None in pair or plural.start() >= hit.trigger[1]:
            # (a plural opening a clause after the relation's trigger takes up the pair
            # just stated: "The partnership with A was sealed in 2008; the two cities
            # now ...")
            continue
        for side in (0, 1):
            p, other = pair[side], pair[1 - side]
            if p.id not in ids or p.id in named or other.id in ids:
                continue
            for member in group:
                if member.id == p.id:
                    continue
                new = list(pair)
                new[side] = replace(member, name=p.name, reason=f"one of '{p.name}'")
                key = (hit.rel_type, new[0].id, new[1].id)
                if key in have or (hit.rel_type != "SUPPLIES_TO" and
                                   (hit.rel_type, new[1].id, new[0].id) in have):
                    continue
                have.add(key)
                out.append((replace(hit, how=hit.how + ", each of them", parties=tuple(new)),
                            tuple(new)))
    return out


# "Its agreement with X", "the region's cooperation agreements with X and Y", "its twin
# towns are X and Y", "their twin towns include X": a relation noun owned by a
# reference, its other sides after "with" (documents, ties) or after the copula or
# "include" (twin towns).
_OWNED_RELATION = re.compile(
    # "Twinned with: A (Germany), B (Lithuania)", "Sister cities: A, B": a lead-in that
    # names no owner is the actor's (as a bare "its")
    r"(?:^\s*(?P<lead>(?:[Tt]winned\s+with|[Tt]win\s+(?:towns|cities)|[Ss]ister\s+cities"
    r"|[Pp]artner\s+(?:cities|towns))\s*:\s*)|"
    r"\b(?P<own>[Ii]ts|[Tt]heir|[Tt]he\s+(?:(?P<region>region|oblast|krai|republic|province)"
    r"|(?P<city>city|town|capital)|(?:company|plant|firm|enterprise|holding|factory|works"
    r"|group|maker|producer))['’]s)\s+(?P<mod>(?:(?!" + OWNED_PEOPLE + r"\b)[a-z-]+\s+){0,2}?)(?:"
    r"(?P<twin>(?:twin|sister|partner|friendship)[\s-]+(?:towns?|cities|city|regions?"
    # "Its partners in the Baltic states are A and B": a town's partners are its twins
    # ("The town's twin in Latvia is Rezekne", "Its twins are A and B": the noun alone)
    r"|districts?|municipalities)|twins?(?=\s+(?:in|abroad|across|are|were|include[sd]?|is"
    r"|was|has|have)\b|\s*:)|(?P<partners>partners))"
    r"(?:\s+(?:in\s+(?:the\s+)?[A-Z][^:;,]{0,40}?|abroad|across\s+[^:;,]{0,30}?))?"
    # ("Its sister city across the gulf is Tallinn": one twin)
    # (a colon may follow the verb: "Its twin towns are: A, B")
    r"(?:\s+(?:are|were|include[sd]?|have\s+been|now\s+include|is|was|has\s+been)(?:\s*:)?\s+"
    r"|\s*:\s*)"
    r"(?:also\s+)?(?:[a-z-]+\s+){0,2}?"
    r"|(?P<doc>agreements?|memorand(?:um|a)|contracts?|road\s*maps?|treat(?:y|ies)|protocols?"
    r"|programmes?|twinning|partnership|jumelage|ties|links|relations|friendship|cooperation"
    # ("Its charters with A (1996) and B (1998)": a town's charters are twinning ones)
    r"|charters?)\s+(?:[a-z-]+\s+){0,3}?"
    r"with\s+))(?:the\s+)?")


def owned_relations(text: str, mentions: list[Mention], hits: list, resolved: list, disc,
                    si: int) -> tuple[list, list]:
    """Relations stated as a relation noun owned by a reference ("Its agreement with the
    Smolensk Region dates from 2004", "Its twin towns include A and B"): the owner, the
    party the reference means (for "their", each member of the subject list before),
    with each party listed after it. A pattern's pair of two listed parties with each
    other is dropped: they are the owner's partners, not each other's."""
    from relgraph.loaders.extract.carried_topic import _document, _fits
    from relgraph.loaders.extract.hits import Hit
    from relgraph.loaders.extract.patterns import _DOC, NEGATED, unrealised_signing
    from relgraph.loaders.extract.twinning import _as_place, stated_country

    out_hits, out_pairs = list(hits), list(resolved)
    for o in _OWNED_RELATION.finditer(text):
        rel = "TWINNED_WITH" if o.group("twin") or o.group("lead") or o.group("doc") in (
            "twinning", "jumelage") or _TWIN_MODIFIER.search(o.group("mod") or "") \
            else "SIGNED_AGREEMENT"
        if o.group("doc") in ("ties", "links", "relations", "partnership", "charter",
                              "charters") and \
                not _TWIN_NEAR.search(text) or o.group("doc") == "friendship" and \
                not _TWIN_WORD.search(text):
            continue   # ties of any kind name no document
        if o.group("doc") in ("ties", "links", "relations", "partnership", "friendship",
                              "charter", "charters"):
            rel = "TWINNED_WITH"
        if not _OPENS_CLAUSE.search(text[:o.start()]):
            continue   # "X renewed its contract with Y": the clause's subject signs
        lo, hi = _clause(text, o.start())
        if o.group("doc") == "cooperation" and not _DOC.search(text[o.start():hi]):
            continue   # "Its cooperation with X rests on an agreement of 1998": a document
        if NEGATED.search(text, lo, hi) or unrealised_signing(
                text, (o.start("own"), o.end("doc") if o.group("doc") else o.end("twin"))):
            continue
        listed = _listed(text, o.end(), hi, mentions)
        if not listed:
            continue
        parties = []
        for m in listed:
            p = disc.party(m, "Company")
            if rel == "TWINNED_WITH" and p.label in ("Company", "Organization"):
                p = _as_place(m, p, stated_country(text, m) or p.country, disc)
            parties.append((m, p))
        ids = {p.id for _, p in parties}
        owners = _owners(o, text, disc, si, ids)
        if rel == "TWINNED_WITH":
            # ("Kotka is a port. Its sister city ...": a name read alone as a firm)
            owners = [disc.as_town(w) or w for w in owners]
        if o.group("partners"):
            # a firm's partners are firms or clients; a town's are its twin towns (towns
            # abroad: "Its partners include A and B, C and D" of one country are pairs)
            owners = [w for w in owners if w.label == "City"
                      and any(_fits(rel, w, p, []) for _, p in parties)]
        if not owners:
            continue
        kind, title = _document(text[o.start():hi], disc) if rel == "SIGNED_AGREEMENT" else \
            (None, None)
        # the listed partners paired with each other by a pattern: they are the owner's
        # (of either type: "its sister-city agreements with A and B" pairs no A and B)
        keep = [i for i, (h, pair) in enumerate(zip(out_hits, out_pairs, strict=True))
                if not (h.rel_type in _OWNED_TYPES and None not in pair and pair[0].id in ids
                        and pair[1].id in ids)]
        out_hits = [out_hits[i] for i in keep]
        out_pairs = [out_pairs[i] for i in keep]
        have = {frozenset((pair[0].id, pair[1].id)) for h, pair in
                zip(out_hits, out_pairs, strict=True) if h.rel_type == rel and None not in pair}
        for owner in owners:
            for m, p in parties:
                if frozenset((owner.id, p.id)) in have or not _fits(rel, owner, p, []):
                    continue
                have.add(frozenset((owner.id, p.id)))
                ref = Mention(o.group("own"), o.start("own"), o.end("own")) if o.group("own") \
                    else Mention(o.group("lead").strip(), o.start("lead"), o.end("lead"))
                pair = (owner, p)
                out_hits.append(Hit(rel, ref, m, (o.start(), o.end()), 0.6, "owned relation",
                                    kind, title, parties=pair))
                out_pairs.append(pair)
    return out_hits, out_pairs


# Before an owned relation noun that is its clause's subject: nothing, a short opening
# phrase, or a new clause (", and", ";").
_OPENS_CLAUSE = re.compile(r"(?:^\s*|(?:^|[;:]|,\s+(?:and|while|but|whereas))\s*(?:(?:In|By|Since"
                           r"|Last|This|Over|Now|Today|Meanwhile|Besides|Also)\b[^,.;:]{0,30}?"
                           r",?\s+)?(?:[Aa]mong\s+)?)$")
_OWNED_TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT")
# "its sister-city agreements", "their twin-town charters": a document of twinning
_TWIN_MODIFIER = re.compile(r"\b(?:twin|sister|twinning)\b", re.I)
_TWIN_NEAR = re.compile(r"\b(?:twin|sister|fraternal|friendship)", re.I)
# "The town's friendship with B dates from 2003, when the mayors signed a twinning
# charter": a friendship is a twinning when the sentence says so in twin words.
_TWIN_WORD = re.compile(r"\b(?:twin|sister|fraternal)", re.I)


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around ``at``: up to a semicolon, a sentence's end, or ", and" / ", while"
    before a new clause."""
    lo = max(text.rfind(";", 0, at), 0)
    m = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:a|an|the|its|their|in|since)\b"
                   r"|[.!?](?:\s|$)").search(text, at)
    return lo, m.start() if m else len(text)


def _listed(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The parties listed from ``start`` on: the first mention right there, then each
    joined to it by a separator (a short description may come between)."""
    out = []
    gap_from = start
    for m in mentions:
        if m.start < start or m.start >= end or m.refers or m.adjectival:
            continue
        if out:
            # "Klaipeda (Lithuania) and Parnu": a bracket that locates a member
            gap_from = _BRACKET.match(text, gap_from).end()
        if not out:
            if text[start:m.start].strip():
                return []
            out.append(m)
        elif _MEMBER_GAP.fullmatch(text, gap_from, m.start) or re.fullmatch(
                r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                r"(?:the\s+)?", text[gap_from:m.start]):
            out.append(m)
        elif _located(text, out[-1], m):
            # "Novozybkov in Russia", "Klaipeda (Lithuania)": the place that locates a
            # member; the next member follows its bracket
            gap_from = _CLOSING.match(text, m.end).end()
            continue
        else:
            break
        gap_from = m.end
    return out


_CLOSING = re.compile(r"(?:\s*\))?")
_BRACKET = re.compile(r"(?:\s*\([^()]{1,40}\))?")


def _located(text: str, member: Mention, m: Mention) -> bool:
    return bool(re.fullmatch(r"\s+in\s+(?:the\s+)?", text[member.end:m.start]) or re.fullmatch(
        r"\s*\(\s*", text[member.end:m.start]))


def _owners(o, text: str, disc, si: int, listed: set[str]) -> list:
    own = o.group("own") or "its"
    if own.lower() == "their":
        groups = _GROUPS.get(disc, {})
        return next((groups[s] for s in (si - 1, si - 2) if s in groups), [])
    refers = "Region" if o.group("region") else "City" if o.group("city") else \
        "Actor" if own.lower() == "its" else "Company"
    if refers == "Actor":
        # a bare "its" owns what the subject of this or the last two sentences owns
        from relgraph.loaders.extract.carried_topic import _actors

        actors = _actors(disc)
        # (this sentence's actor only when named before "its": "Its charters with A and
        # B preceded a twinning with C, which the Latvian side began" is not Latvia's)
        here = disc.actor_offset(si)
        at = next((s for s in (si, si - 1, si - 2) if s in actors and actors[s][0] is not None
                   and actors[s][0].id not in listed
                   and (s != si or here is None or here < o.start())), None)
        return [actors[at][0]] if at is not None else []
    end = o.start("own") + len(own) - 2
    ref = Mention(text[o.start("own"):end], o.start("own"), end,
                  None if refers in ("Company", "Actor") else refers, refers=refers)
    party = disc.antecedent(ref, si)
    return [party] if party is not None else []
