"""Where the text puts a firm: the steps of a firm's country that read the words
around its name rather than the name itself.

A firm's country is decided by one ordered chain of evidence (the first step that
speaks wins):

1. what the phrase states: a legal form, a description with a demonym or place before
   the name ("the Estonian food group Premia", "the Kaunas-based dairy X", "Kaunas-based
   X"), an apposition ("X, a cheese producer from northern Lithuania,"), a description
   with the town before the name ("A producer from Bergen, X, ..."), the place right
   after it ("X of Tallinn", "X of Kardla in Estonia", "X in Balti"), a place's
   possessive ("Grodno's tobacco factory Neman");
2. the firm table (a firm every reader knows);
3. the place the text puts it in: a fronted place of its own sentence ("In Pskov, the
   bus operator X took delivery of ...") or the place the sentence before spoke of,
   pointed at by "its" or "the city's" ("Panevezys is ... . Its biggest employer, the
   glass maker X, ...");
4. a place in its name, then the text's home (a dateline's, a letterhead's), then the
   country the text is about.

Steps 1 and 3 live here and set the mention's ``country_hint`` (the phrase's and the
context's evidence); :meth:`.discourse.Discourse.party` applies the table and the name
(steps 2 and 4) and never lets a context hint override the table. A place that only
locates a firm is no party of the sentence.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> text = "Kaunas-based Pieno Zvaigzdes ships cheese to Minsk."
>>> ms = find_mentions(text)
>>> split_based(text, ms)
>>> [(m.text, m.place_hint) for m in ms]
[('Pieno Zvaigzdes', 'Kaunas'), ('Minsk', None)]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME
from relgraph.loaders.extract.firms import COMPANY_NOUNS, alternation
from relgraph.loaders.extract.names import legal_countries

# "Kaunas-based", "Minsk-headquartered": a firm's seat written as one word.
BASED_WORD = (r"(?P<place>[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?)-(?:based|headquartered"
              r"|registered)\b")
_BASED = re.compile(r"^" + BASED_WORD + r"\s*")

_NOUNS = alternation(COMPANY_NOUNS | {"employer", "employers"})
# A place's possessive and the firm's head noun before its name: "Grodno's tobacco
# factory Neman", "Vitebsk's shoe maker, Marko,".
_POSSESSIVE = re.compile(rf"^['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:{_NOUNS})\s*,?\s+(?:the\s+)?$")
# "Its biggest employer, the glass maker X", "The city's tobacco factory, X": the firm
# the place spoken of just before has (not a role: "its largest customer" is a relation).
_POINTER = re.compile(rf"^\s*(?:(?P<its>Its|Their)|The\s+(?P<kind>city|town|region|oblast"
                      rf"|province|district)['’]s)\s+(?:[a-z-]+\s+){{0,3}}(?:{_NOUNS})\s*,?\s+"
                      rf"(?:(?:the|an?)\s+(?:[a-z-]+\s+){{0,3}}(?:{_NOUNS})\s+)?$")
# "In Pskov, the bus operator X ...": a place that opens the sentence.
_FRONTED = re.compile(r"^\s*(?:In|At)\s+(?:the\s+)?$")
_AFTER_FRONTED = re.compile(rf"^\s*,\s+(?:(?:the|an?)\s+(?:[a-z-]+\s+){{0,3}}(?:{_NOUNS})\s+)?$")


def based_place(hint: str | None) -> str | None:
    """The place of a description's "X-based" word: "Kaunas-based" -> "Kaunas".

    >>> based_place("Kaunas-based"), based_place("Minsk")
    ('Kaunas', 'Minsk')
    """
    if not hint:
        return hint
    m = _BASED.match(hint + " ")
    return m.group("place") if m else hint


def split_based(text: str, mentions: list) -> None:
    """A name glued to a leading "X-based" ("Kaunas-based Pieno Zvaigzdes") is the firm
    alone, placed in X. An "X-based" standing alone ("X LLC, the Fergana-based spinner")
    describes a party and is none."""
    alone = []
    for m in mentions:
        b = _BASED.match(m.text)
        if b is not None and b.end() >= len(m.text.rstrip()):
            alone.append(m)
        if b is None or b.end() >= len(m.text) or m.place_hint:
            continue
        m.place_hint = b.group("place")
        m.start += b.end()
        m.text = m.text[b.end():]
    for m in alone:
        mentions.remove(m)


def _open(m, disc, described: bool = False, stated: bool = False) -> bool:
    """A mention whose country nothing in its phrase states, and which no table or
    gazetteer already places: what steps 3 may fill. ``stated``: the phrase names the
    country itself ("Agro Banat of Romania"), which outranks a place in the firm's name
    (the Indian town Banat)."""
    from relgraph.loaders.gazetteer.firms import known_firm

    if m.country_hint or m.place_hint or m.adjectival or m.refers or m.organisation \
            or m.kind_hint in ("City", "Region", "Country"):
        return False
    if known_firm(m.text) is not None or disc.head_place_country(m.text) and not stated:
        return False
    # a description ("the city's tobacco factory, Neman,") says a firm, though a town
    # elsewhere bears the name
    return described or m.kind_hint in ("Company", "Organization") or not _place(m, disc)


def _place(m, disc):
    """The place a mention names, or None."""
    from relgraph.loaders.extract.parties import resolve_mention

    if disc.resolver is None:
        return None
    p = resolve_mention(m, disc.resolver, disc.cache, "City")
    return p if p.resolved and p.label in ("City", "Region", "Country") and p.country else None


def possessive_places(text: str, mentions: list, disc) -> list:
    """Step 1: "Grodno's tobacco factory Neman": the firm is of the possessive place's
    country; the place is no party. Returns the places so used."""
    used = []
    for n, m in zip(mentions, mentions[1:], strict=False):
        if n in used or not _POSSESSIVE.match(text[n.end:m.start]) or \
                not _open(m, disc, described=True):
            continue
        place = _place(n, disc)
        if place is not None:
            m.country_hint = place.country
            m.kind_hint = m.kind_hint or "Company"
            used.append(n)
    return used


# "A firm from Sendai, X, ...", "one producer in Tartu, X,": a description that names
# the firm's town before the name, a comma between them.
_DESCRIBED_FROM = re.compile(rf"(?:^|\b)(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}"
                             rf"(?:{_NOUNS})\s+(?:from|in|based\s+in)\s+(?:the\s+)?$")
_DESCRIBED_COMMA = re.compile(r"^\s*,\s+$")


def described_from(text: str, mentions: list, disc) -> list:
    """Step 1: "A firm from Sendai, Aoba Gauges Co., will supply ...": the description
    before the name places the firm in its town's country, and the town is no party.
    Returns the places so used."""
    used = []
    for n, m in zip(mentions, mentions[1:], strict=False):
        lo = max(0, n.start - 60)
        described = _DESCRIBED_FROM.search(text[lo:n.start])
        if n in used or not _DESCRIBED_COMMA.match(text[n.end:m.start]) or not described or \
                m.country_hint or m.place_hint or m.adjectival or m.refers or \
                not (m.organisation or _open(m, disc, described=True)):
            continue
        place = _place(n, disc)
        forms = legal_countries(m.text)
        if place is not None and (not forms or place.country in forms):
            m.country_hint = place.country
            m.kind_hint = m.kind_hint or "Company"
            if not text[:lo + described.start()].strip():
                # (only a description that opens the sentence is the subject's; after a
                # verb, "sells tyres to a distributor in Y, X", the rules still read the
                # place as the anchor of the recipient after it)
                used.append(n)
    return used


def fronted_place(text: str, mentions: list, disc) -> list:
    """Step 3, its own sentence: "In Pskov, the bus operator Avtolain took delivery of
    ...", "In Bialystok, the furniture maker X ships ...": the firm the clause opens
    with is of the fronted place's country, and the place only locates it."""
    if len(mentions) < 2:
        return []
    n, m = mentions[0], mentions[1]
    if not _FRONTED.match(text[:n.start]) or not _AFTER_FRONTED.match(text[n.end:m.start]):
        return []
    # (a firm with a legal form of a few countries is placed by the fronted town of one
    # of them: "In Karlsruhe, X GmbH has supplied ...")
    forms = legal_countries(m.text) if m.organisation and not (
        m.country_hint or m.refers or m.adjectival) else ()
    if not forms and not _open(m, disc, described=bool(
            _AFTER_FRONTED.match(text[n.end:m.start]).group(0).strip(" ,"))):
        return []
    place = _place(n, disc)
    if place is None or (forms and place.country not in forms):
        return []
    m.country_hint = place.country
    return [n]


# Where a sentence opened on a market goes on to another: a semicolon, "in <Place>".
_OTHER_MARKET = re.compile(r";|\b[Ii]n\s+(?:the\s+)?[A-Z]")


def market_opening(text: str, mentions: list, disc) -> None:
    """Step 3, its own sentence: "In Germany the Company signed with X GmbH of Munich,
    which delivers our range to Edeka Südbayern": a sentence that opens on a country
    (a report's market) places the firms it names that nothing places, and whose own
    name gives no country (the report's own firm is placed by its own words, or is a
    reference), in that country; the country stays a party. (Before, a firm so named
    was put across the border from its partner: in the exporter's country.) A clause
    after a semicolon that opens on a country does the same for its own firms ("In
    Japan we sell through X; in the United Kingdom, Y Ltd buys our cloth")."""
    for s in (0, *(m.end() for m in re.finditer(";", text))):
        clause = [m for m in mentions if m.start >= s]
        opens = _FRONTED if s == 0 else _CLAUSE_FRONTED
        if len(clause) >= 2 and clause[0].kind_hint == "Country" and \
                opens.match(text[s:clause[0].start]):
            _place_market(text, clause, disc)


# A sentence or clause that says it speaks of the writer's own country: "At home, X
# S.A. buys ...", "Domestically, ...", "In our home market, ...".
_HOME_OPENING = re.compile(r"(?:^|;\s*)(?:[Aa]t\s+home|[Dd]omestically"
                           r"|(?:[Ii]n|[Oo]n)\s+(?:our|the)\s+(?:home|domestic)\s+market)"
                           r"\s*,\s*")


def home_opening(text: str, mentions: list, disc) -> None:
    """Step 3, its own sentence: "At home, Supermercados Z S.A. buys smoked fish from us":
    a sentence (or a clause after a semicolon) that opens on the writer's own country
    places the firms it names that nothing places, and whose own name gives no other
    country, in the text's home (a dateline's, else the home the report's firm states),
    not in the market the paragraph named before."""
    for opening in _HOME_OPENING.finditer(text):
        cc = disc.home or disc.own_firm_home()
        if not cc:
            return
        end = text.find(";", opening.end())
        for m in mentions:
            if m.start < opening.end() or (end >= 0 and m.start > end):
                continue
            if _open(m, disc) or _formed_open(m, cc) and disc.name_country(m.text) in (None, cc):
                m.country_hint = cc


# (a clause after a semicolon opens on its market in lower case: "; in Japan, X ...")
_CLAUSE_FRONTED = re.compile(r"^\s*(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$")


def _place_market(text: str, mentions: list, disc) -> None:
    """The firms after the market ``mentions[0]`` opens with, up to another market."""
    cc = mentions[0].country_hint
    if not cc:
        place = _place(mentions[0], disc)
        cc = place.country if place is not None and place.label == "Country" else None
    if not cc:
        return
    for m in mentions[1:]:
        if _OTHER_MARKET.search(text, mentions[0].end, m.start):
            break   # ("...; in Scandinavia our goods are sold by X": another market)
        # (a bare name too, when it is no place: "Spar Österreich"; a legal form that
        # gives no country, or gives the market's: "X Ltd", "Y GmbH" in Germany)
        if (_open(m, disc) or _formed_open(m, cc)) and disc.firm_country(m.text) is None:
            m.country_hint = cc


def _formed_open(m, cc: str) -> bool:
    """A firm its legal form marks that nothing else places, whose form is of many
    countries or of ``cc``."""
    if not m.organisation or m.country_hint or m.place_hint or m.adjectival or m.refers:
        return False
    forms = legal_countries(m.text)
    return not forms or cc in forms


def pointed_place(text: str, mentions: list, disc, sentence: int | None) -> None:
    """Step 3, the sentence before: "Panevezys is the fifth city of Lithuania. Its
    biggest employer, the glass maker Kalvis, ..." (the place the sentence before opened
    with), "The city's tobacco factory, Neman, ..." (the last town named)."""
    if sentence is None or not mentions:
        return
    m = mentions[0]
    p = _POINTER.match(text[:m.start])
    if p is None or not _open(m, disc, described=True):
        return
    if p.group("its"):
        before = sorted((off, party) for s_i, off, party in disc.seen_parties()
                        if s_i == sentence - 1)
        if not before or before[0][1].label not in ("City", "Region", "Country") \
                or not before[0][1].resolved:
            return  # "its" is a firm's, or nothing placed
        cc = before[0][1].country
    else:
        label = "City" if p.group("kind") in ("city", "town") else "Region"
        last = [party for s_i, _off, party in disc.seen_parties()
                if sentence - 3 <= s_i < sentence and party.label == label and party.resolved]
        if not last:
            return
        cc = last[-1].country
    if cc:
        m.country_hint = cc
        m.kind_hint = m.kind_hint or "Company"


_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_INDEFINITE = re.compile(r"\b[Aa]n?\s+$")
_IN = re.compile(r"^\s+in\s+(?:the\s+)?$")


def of_place(text: str, mentions: list, disc) -> list[tuple]:
    """Step 1: "Tere of Tallinn", "the fishing company Hiiu Kalur of Kardla in Estonia":
    a firm named bare, then "of" and a town, is of that town's country (a town the
    gazetteer does not know is located by the "in" after it). ``(mention, country,
    places)`` triples, the places only locating the firm ("Comau of Turin buys ...":
    Turin buys nothing); a firm with a legal form is
    :meth:`.discourse.Discourse.locate_firms`'s."""
    out = []
    for i, (m, n) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if not _OF.match(text[m.end:n.start]) or n.adjectival or n.refers or not _open(
                m, disc, stated=n.kind_hint == "Country"):
            continue
        place, used = _place(n, disc), [n]
        if place is None and i + 2 < len(mentions) and \
                _IN.match(text[n.end:mentions[i + 2].start]):
            place, used = _place(mentions[i + 2], disc), [n, mentions[i + 2]]
        if place is not None and place.label in ("City", "Country", "Region"):
            # The town only locates the firm; a region or country may be what a body's
            # head is of ("the Bashkan of Gagauzia"), and after "a" the name is a common
            # noun written capitalised ("Kolomna is a Partnerstadt of Wismar").
            town = place.label == "City" and not _INDEFINITE.search(text[:m.start])
            out.append((m, place.country, used if town else []))
    return out


# "Graanul Invest's Parnu pellet plant", "Amkodor's Pinsk plant": an owner's possessive,
# a place, then words and a facility's noun.
_OWNER_PLACE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)$")
_FACILITY_NOUNS = ("plant|plants|factory|factories|works|mill|mills|refinery|smelter|combine"
                   "|mine|shipyard|dairy|brewery|distillery|cannery|bakery|foundry"
                   "|sawmill|sawmills"
                   "|terminal|warehouse|depot|site|facility|office|branch|subsidiary")
_OWNER_BEFORE = re.compile(r"(?P<owner>(?:[A-Z][\w'’&-]*\s){0,3}[A-Z][\w'’&-]*)['’]s\s+$")


def owner_facility(text: str, mentions: list, disc) -> None:
    """The shapes of an owner's facility in a town: before the facility's noun
    (:func:`_owner_town_first`), after it ("Kernel's crushing plant in Poltava":
    :func:`_owner_town_after`) and before the noun with the owner after "of" ("the
    Lulea works of Nordstal": :func:`_town_facility_owner`)."""
    _owner_town_first(text, mentions, disc)
    for n in _owner_town_after(text, mentions, disc) + _town_facility_owner(text, mentions, disc):
        mentions.remove(n)
    _pronoun_owner(text, mentions, disc)


# "Its tea packing factory in ", "their mill at ": a facility owned by a firm named
# before, and the town it stands in
_PRONOUN_FACILITY = re.compile(r"\b(?P<p>[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z-]+\s+){0,3}(?:"
                               + _FACILITY_NOUNS + r")\s+(?:in|at|near)\s+(?:the\s+)?$")


def _pronoun_owner(text: str, mentions: list, disc) -> None:
    """"Its cannery in Astara sends fish to ...": the owner "its" points at
    acts through its facility; the town only says where the facility stands, so the
    mention becomes the owner's reference (a firm, resolved as any "its" is)."""
    for n in mentions:
        if n.refers or n.adjectival:
            continue
        own = _PRONOUN_FACILITY.search(text, max(0, n.start - 80), n.start)
        if own is None or own.end() != n.start:
            continue
        place = _place(n, disc)
        if place is None or place.label not in ("City", "Region"):
            continue
        n.text, n.start, n.end = own.group("p"), own.start("p"), own.end("p")
        n.refers, n.kind_hint, n.place_hint, n.country_hint = "Company", None, None, None


# "'s crushing plant in ", "’s mill at ": an owner's facility and the town it stands in
_FACILITY_IN = re.compile(r"['’]s\s+(?:[a-z][a-z-]+\s+){0,2}(?:" + _FACILITY_NOUNS +
                          r")\s+(?:in|at|near)\s+(?:the\s+)?")


# "A and B", "A, B and C": the next member of a list of the facilities' towns
_NEXT_TOWN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _owner_town_after(text: str, mentions: list, disc) -> list:
    """"imports flour from Dobrodiya's mill in Vinnytsia": the owner is the party, of
    the town's country, and the town is no party, nor is any town listed after it ("X's
    mills in A and B ship pulp to C": X ships). Returns the towns so used."""
    used = []
    for k, (m, n) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if m.refers or m.adjectival or n.refers or n.adjectival or m.country_hint or \
                not _FACILITY_IN.fullmatch(text, m.end, n.start) or _is_place(m.text, disc):
            continue
        place = _place(n, disc)
        if place is not None and place.label in ("City", "Country"):
            # (a country too: "sold ore to Fennova's smelters in Norway" names Fennova's
            # country, and Norway receives nothing of its own)
            m.country_hint, m.place_hint = place.country, None
            m.kind_hint = m.kind_hint or "Company"
            used.append(n)
            last = n
            for nxt in mentions[k + 2:]:
                more = _place(nxt, disc) if not (nxt.refers or nxt.adjectival) else None
                if more is None or more.label != place.label or \
                        not _NEXT_TOWN.fullmatch(text, last.end, nxt.start):
                    break
                used.append(nxt)
                last = nxt
    return used


# "the Lulea works of ", "the Pori mills of ": a town, a facility's noun, then "of" and
# the facility's owner
_TOWN_FACILITY_OF = re.compile(r"\s+(?:[a-z][a-z-]+\s+){0,2}(?:" + _FACILITY_NOUNS +
                               r")\s+of\s+$")
_THE = re.compile(r"\b[Tt]he\s+$")


def _town_facility_owner(text: str, mentions: list, disc) -> list:
    """"sold pig iron to the Lulea works of Nordstal": the owner after "of" is the party,
    of the town's country, and the town only says where its facility stands. Returns
    the towns so used."""
    used = []
    for n, m in zip(mentions, mentions[1:], strict=False):
        if m.refers or m.adjectival or n.refers or n.adjectival or m.country_hint or \
                not _THE.search(text, max(0, n.start - 5), n.start) or \
                not _TOWN_FACILITY_OF.fullmatch(text, n.end, m.start) or _is_place(m.text, disc):
            continue
        place = _place(n, disc)
        if place is not None and place.label == "City":
            m.country_hint, m.place_hint = place.country, None
            m.kind_hint = m.kind_hint or "Company"
            # the owner stands where the phrase starts, so that "to the" before it
            # reaches it as it reached the town
            m.start = n.start
            used.append(n)
    return used


def _owner_town_first(text: str, mentions: list, disc) -> None:
    """Step 1: "Graanul Invest's Parnu pellet plant ships pellets", "Amkodor's Pinsk plant
    ships loaders": the owner acts through its plant, which stands in a town; the party
    is the owner, of the town's country, and the town is no party. (The reverse, a
    place's possessive before a firm's name, "Minsk's Horizont plant", is read where the
    mention is found: the owner is then no place.)"""
    from relgraph.loaders.extract.mentions import _OWN_FACILITY_AFTER

    if disc.resolver is None:
        return
    for m in mentions:
        if m.refers or m.adjectival or not _OWN_FACILITY_AFTER.match(text, m.end):
            continue
        whole = _OWNER_PLACE.match(m.text)
        before = None if whole else _OWNER_BEFORE.search(text, max(0, m.start - 60), m.start)
        if whole:
            owner, place_text = whole.group("owner"), whole.group("place")
            start = m.start
        elif before and m.place_hint == before.group("owner"):
            owner, place_text, start = before.group("owner"), m.text, before.start("owner")
        else:
            continue
        if _is_place(owner, disc):
            continue   # "Minsk's Horizont plant": the place owns nothing
        place = _is_place(place_text, disc)
        if place is None or place.label != "City":
            continue
        m.text, m.start, m.end = owner, start, start + len(owner)
        m.place_hint, m.country_hint = None, place.country
        m.kind_hint = m.kind_hint or "Company"


def _is_place(name: str, disc):
    """The place ``name`` is, read as a bare mention would be, or None."""
    from relgraph.loaders.extract.mentions import Mention

    return _place(Mention(name, 0, len(name)), disc)


# A country that labels a line or a list item: "- Azerbaijan: we supply combines to
# ...", "Georgia: a distribution contract with X was signed" (items run on into one
# sentence keep their labels: "... in May. Armenia: Y buys ...").
_LABEL = re.compile(r"(?:^\s*(?:\d{1,2}[.)]\s*)?|[.;]\s+|(?:^|\s)[-–—•·*]\s*)$")
# (a short bracket may date the item before its colon: "- Chile (March 2024): ...")
_DATE_BRACKET = r"(?:\s*\([^()]{1,30}\))?"
_LABEL_COLON = re.compile(_DATE_BRACKET + r"\s*:\s")
_BARE_LABEL = re.compile(r"(?:^|[.;]\s+)((?i:" + "|".join(
    sorted((re.escape(n) for n in COUNTRY_BY_NAME if len(n) > 3), key=len, reverse=True))
    + r"))" + _DATE_BRACKET + r"\s*:\s")


def labelled_country(text: str, mentions: list, disc) -> list:
    """Step 3, its own line: the country a line or list item is labelled with is where
    the firms it names and nothing else places are ("- Armenia: we sell tractors
    to the state leasing firm Agrolizing"), up to the next label. A label that so
    places a firm is no party of its own (Georgia signed nothing in "Georgia: a dealer
    contract with X was signed"); a firm the table or its own phrase places keeps that.
    Returns the labels so used."""
    if not mentions or disc.resolver is None:
        return []
    used, cc = [], None
    label = None
    # (a label the mentions lost, read on to a firm before it: "... Fruit B.V. France:
    # 900 t to Y SAS" labels Y with France all the same)
    bare = [(x.start(1), COUNTRY_BY_NAME[x.group(1).lower()]) for x in _BARE_LABEL.finditer(text)
            if not any(m.start == x.start(1) for m in mentions)]
    for m in mentions:
        while bare and bare[0][0] < m.start:
            label, cc = None, bare.pop(0)[1]
        if m.kind_hint == "Country" and not m.adjectival and \
                _LABEL.search(text[:m.start]) and _LABEL_COLON.match(text, m.end):
            label, cc = m, _label_country(m, disc)
            continue
        # (a firm with a legal form many countries share, whose name states no other
        # country: "- Canada: 9,000 t to X Ltd", not put where a word of its name is a
        # town, nor across the border from the report's firm)
        if cc and (_open(m, disc) or _formed_open(m, cc) and
                   disc.name_country(m.text) in (None, cc)):
            m.country_hint = cc
            if label is not None and label not in used:
                used.append(label)
    return used


def _label_country(m, disc) -> str | None:
    if m.country_hint:
        return m.country_hint
    place = _place(m, disc)
    return place.country if place is not None and place.label == "Country" else None
