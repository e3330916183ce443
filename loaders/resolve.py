"""Name resolution: turn a name as people write it into a graph node id.

"Gomel Oblast Executive Committee", "Гомельская область", "Homyel Voblast" and "Gomel
Region" are all Gomel Region (``region:by:gomel``); the first also names the organ that
acted for it, kept as ``body``. What the text and the sheet say narrows the choice:

* A region word (Oblast, Region, Voblast, Province, County, Krai, District, Raion,
  State...) only ever resolves to a region, and a city word (City, Town, Municipality)
  to a city. A bare name prefers the country, then the city of that name; it resolves
  to a region only when it is the region's own name ("Tatarstan", "Bavaria"), never
  because a region is called "<name> Region" ("Moscow" is the city, "Khoiniki" the
  town and not Khoiniki District).
* ``country`` keeps only places of that country; ``lat``/``lon`` pick the namesake
  nearest to them. Without either, small towns (see :mod:`loaders.gazetteer`) are
  not considered: a bare name is no evidence for one of a dozen villages.

Every resolution says how it was made (``match``):

* ``exact`` - the text (without organ and generic term) is the place's name or one of
  its aliases, and nothing of the same kind competes: either the only such place, one
  much bigger than its namesakes, or the one within 50 km of the given coordinates.
* ``approximate`` - a guess worth a look: namesakes of similar size and nothing to
  tell them apart, the nearest namesake lying far from the given coordinates, a
  declined Russian form, or a close spelling (edit distance) of a place in the given
  country or near the given coordinates.
* ``unresolved`` - nothing fits; the name still gets a deterministic id (a city, or a
  region when the wording says so, or a company/organisation by its words), with
  ``resolved=False``, so loading twice gives the same graph.

Decisions a person made in a review sheet (:meth:`Resolver.decide`) come first.

>>> r = Resolver.default()
>>> res = r.resolve("Gomel Oblast Executive Committee")
>>> res.id, res.body, res.resolved, res.match
('region:by:gomel', 'Oblast Executive Committee', True, 'exact')
>>> r.resolve("Tashkent").id, r.resolve("Tashkent Oblast").id
('city:uz:tashkent', 'region:uz:tashkent')
>>> r.resolve("Brest", country="FR").id, r.resolve("Brest", lat=48.4, lon=-4.5).id
('city:fr:brest', 'city:fr:brest')
>>> r.resolve("Minsk Tractor Works", country="BY").id, r.resolve("MTZ").id  # the firm table's
('company:by:mtz', 'company:by:mtz')
>>> r.resolve("Dairy Plant No. 3", country="BY").id
'company:by:dairy-plant-no-3'
>>> r.parent("city:by:gomel"), r.parent("region:by:gomel"), r.parent("country:by")
('region:by:gomel', 'country:by', None)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from relgraph.graph.errors import UsageError
from relgraph.graph.ids import node_id
from relgraph.graph.records import Node
from relgraph.loaders.gazetteer import (
    ALIAS,
    BASE,
    NAME,
    Entry,
    Gazetteer,
    country_short_names,
    distance_km,
    load_gazetteer,
)
from relgraph.loaders.gazetteer.firms import known_firm
from relgraph.loaders.gazetteer.names import (
    FOLD_LETTERS,
    common_english,
    key,
    skeleton,
    split_body,
    split_term_key,
    strip_term,
)

_HACEK_EN = {"č": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Š": "Sh", "Ž": "Zh"}
_HACEK = re.compile("[čšžČŠŽ]")

__all__ = ["EXACT", "APPROXIMATE", "UNRESOLVED", "NEAR_KM", "Resolution", "Resolver"]

EXACT, APPROXIMATE, UNRESOLVED = "exact", "approximate", "unresolved"
#: ``kind="place"``: a city or a region (a twinning party); unknown, it is kept as a
#: city, or a region when the wording says so.
PLACE = "Place"
#: Sheet coordinates within this distance of a place confirm it.
NEAR_KM = 50.0
# A namesake this many times smaller than the chosen place does not make a bare name
# ambiguous ("Moscow" is the capital, not the town in Idaho).
_DOMINANCE = 10
# Close spellings: how similar (0-100, rapidfuzz ratio of the keys) and how near.
_FUZZY_NEAR_KM = 25.0
_FUZZY_NEAR_SCORE = 80.0
_FUZZY_COUNTRY_SCORE = 90.0
_FUZZY_MIN_LENGTH = 5
# A place this near named by one word (this long) of an unknown name is a likely match.
_WORD_KM = 5.0
_WORD = 4

_PREFIX = {"Country": "country", "Region": "region", "City": "city", "Company": "company",
           "Organization": "org"}
_KINDS = {"country": "Country", "region": "Region", "city": "City", "company": "Company",
          "org": "Organization", "organization": "Organization",
          "organisation": "Organization", "place": PLACE}

# Words that make an unknown name a company or an organisation rather than a place.
_COMPANY = re.compile(
    r"(?<![^\W_])(?:llc|ltd|jsc|ojsc|cjsc|pjsc|oao|zao|ooo|pao|inc|gmbh|plc|corp|"
    r"corporation|company|co\.|holding|plant|works|factory|mill|combine|manufactur\w*|"
    r"motors?|tractor|bank|trading|ОАО|ЗАО|ООО|ПАО|АО|ОДО|СООО|ИООО|УП|РУП|ЧУП|ЧТУП|"
    r"завод|комбинат|фабрика|холдинг|компания|банк)(?![^\W_])", re.I)
_ORG = re.compile(
    r"(?<![^\W_])(?:ministry|university|institute|academy|agency|committee|council|"
    r"chamber|association|union|foundation|fund|embassy|consulate|department|centre|"
    r"center|school|college|hospital|museum|federation|organi[sz]ation|society|service|"
    r"office|commission|authority|government|administration|parliament|assembly|"
    r"министерство|университет|институт|академия|агентство|комитет|совет|палата|"
    r"ассоциация|союз|фонд|посольство|консульство|департамент|центр|управление|служба|"
    r"комиссия|правительство|администрация)(?![^\W_])", re.I)
_QUOTES = str.maketrans({c: " " for c in "\"«»“”„"})
_TRAILING_COUNTRY = re.compile(r"^(?P<place>.+?)\s*(?:,\s*(?P<c1>[^,()]+)|\((?P<c2>[^()]+)\))$")
_MAX_CANDIDATES = 10
_ARTICLE = re.compile(r"the\s+(?=\S)", re.I)
_STRENGTH = (NAME, ALIAS, BASE)
# Compound names: "Seoul – Dobong", "Sittard/Geleen".
_CITY_PARTS = re.compile(r"\s+[–—-]\s+")
_ALTERNATIVES = re.compile(r"\s*/\s*")
# A town on its river, as written out ("Frankfurt an der Oder", "Frankfurt-on-Oder").
ON_RIVER = re.compile(r"(?P<town>\S.*?)(?:\s+|-)(?:an\s+der|am|an|on|upon|on\s+the|ob\s+der|"
                       r"in\s+der|nad|pod|na|sur|sul|sulla)(?:\s+|-)(?P<river>[^\W\d_][\w-]*)",
                       re.I)
# A place under this population known by the name only as an alternate name is a guess.
_SMALL = 10_000
# A city this big is known by its former and foreign names as well as by its own.
_MAJOR = 100_000
# A region's namesake smaller than this is a village ("Molise"), not the town it is
# named after.
_TOWN = 1_000
# A town below its country's bare-name floor (100,000 outside Belarus and its
# neighbours) but this big is what a bare name means when no place of the name clears a
# floor and no namesake comes near its size: "Pärnu" (40,000), "Hämeenlinna", "Kars".
_KNOWN_TOWN = 10_000
_KNOWN_TOWN_LEAD = 5   # times the next namesake town's population


def _another_name(written: str, name: str) -> bool:
    """Whether the key ``written`` is another name of the town called ``name``, not a
    spelling or a short form of that name: their first four letters differ, the
    Cyrillic h/g and kh/h of romanisations aside ("Krasnopillia" and "Krasnopol'ye",
    "Horodok" and "Gorodok" are one name; "Skoda" and "Skuodas" are two)."""
    def head(s: str) -> str:
        s = key(s).replace("kh", "h").replace("h", "g").replace("w", "v").replace("j", "y")
        return re.sub(r"[^a-z]", "", s)[:4]
    return head(written) != head(name)


# How many times bigger a city must be to take a town's own name as another romanisation
# of its own.
_SPELLING_LEAD = 5
_CONTINENTS = frozenset({"africa", "america", "antarctica", "asia", "australia", "eurasia",
                         "europe", "oceania"})
# Dependent territories GeoNames gives codes of their own, which sheets often write
# with their sovereign's code.
_TERRITORIES = {cc: frozenset(t.split()) for cc, t in {
    "FR": "GF GP MQ RE YT PM BL MF NC PF WF TF", "US": "PR GU VI AS MP UM",
    "GB": "GG JE IM GI BM KY VG TC AI MS FK SH IO PN GS", "NL": "AW CW SX BQ",
    "DK": "GL FO", "NO": "SJ BV", "AU": "NF CX CC HM", "NZ": "CK NU TK", "CN": "HK MO",
    "FI": "AX"}.items()}


@dataclass(frozen=True)
class Resolution:
    """What a name resolved to.

    ``id``/``label``/``name``/``country`` describe the node (``country`` is ISO alpha-2
    or None); ``body`` is the organ named with the place ("Oblast Executive
    Committee"), ``resolved`` says whether the gazetteer or a registered node knew the
    name, ``match`` how surely (``exact``, ``approximate`` or ``unresolved``),
    ``reason`` says how it was chosen, ``candidates`` lists the ids considered, best
    first, ``distance_km`` how far the chosen place lies from the coordinates given,
    and ``node`` is the :class:`graph.records.Node` to write.
    """

    id: str
    label: str
    name: str
    country: str | None
    body: str | None
    resolved: bool
    reason: str
    candidates: tuple[str, ...] = ()
    node: Node | None = field(default=None, compare=False)
    match: str = EXACT
    distance_km: float | None = None
    decided: bool = False


@dataclass
class _Candidate:
    id: str
    label: str
    level: int | None
    country: str | None
    population: int
    lat: float | None
    lon: float | None
    registered: bool
    flag: str            # NAME, ALIAS or BASE
    written: bool        # indexed under the text as written (not a reduction of it)
    primary: bool        # the text is the place's own name, not one of its aliases
    tier: int = 0
    distance: float | None = None
    minor: bool = False  # a town below the bare-name floor, reached for want of a bigger
    # the alias romanises the place's own Cyrillic name (a Belarusian town's
    # "Dzyarzhynsk"), where a namesake abroad has it as a foreign-language alternate
    local: bool = False
    # an alias that is the place's own name in another romanisation
    spelled: bool = False


def _clean(text) -> str:
    if text is None:
        return ""
    return " ".join(str(text).translate(_QUOTES).split()).strip(" ,;:.-–—")


def _label(kind: str | None) -> str | None:
    if kind is None:
        return None
    label = _KINDS.get(str(kind).lower())
    if label is None:
        raise UsageError(f"unknown kind {kind!r}; use one of {', '.join(sorted(_KINDS))}")
    return label


def _declined(k: str) -> list[str]:
    """Nominative guesses for a declined one-word Russian name (Москвы -> Москва),
    tried only when nothing matched as written."""
    if " " in k or len(k) < 4:
        return []
    out = []
    for cut, ends in ((1, ("a", "ya", "", "o", "y")), (2, ("", "a", "ya")), (3, ("",))):
        out += [k[:-cut] + e for e in ends]
    return [o for o in dict.fromkeys(out) if o != k]


def _tier(label: str, level: int | None, hint: str | None) -> int:
    """Rank of a kind of place for the wording (lower is better; 9 = ruled out)."""
    if hint == "region":
        order = {("Region", 1): 0, ("Region", 2): 1, ("Region", None): 0}
    elif hint == "district":
        order = {("Region", 2): 0, ("Region", 1): 1, ("Region", None): 0}
    elif hint == "city":
        order = {("City", None): 0}
    else:
        order = {("Country", None): 0, ("City", None): 1, ("Region", 1): 2,
                 ("Region", None): 2, ("Region", 2): 3}
    return order.get((label, level if label == "Region" else None), 9)


class Resolver:
    """Resolves names against the bundled gazetteer plus nodes registered with
    :meth:`add` and decisions recorded with :meth:`decide`. Registered nodes win over
    the gazetteer for the names they carry.

    :meth:`default` shares the cached gazetteer (loaded once per process, on first
    use) but gives each caller its own registered nodes and decisions, so one sheet's
    nodes never leak into another load.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gaz = gazetteer
        self._nodes: dict[str, Node] = {}
        self._index: dict[str, dict[str, str]] = {}      # key -> {id: flag}
        self._decisions: dict[tuple[str, str | None], str] = {}
        self._countries_named: dict[str, str | None] = {}

    @classmethod
    def default(cls) -> Resolver:
        """A resolver over the bundled gazetteer (cached; cheap to call)."""
        return cls()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    # -- registered nodes and decisions ---------------------------------------------
    def add(self, node: Node, names: list[str] | None = None) -> None:
        """Register ``node`` (from a user's sheet) so its name and aliases resolve to it
        (or only ``names``, its first being its name, when given).

        >>> r = Resolver.default()
        >>> r.add(Node("Company", "company:by:mtz", {"name": "Minsk Tractor Works",
        ...                                          "aliases": ["MTZ"]}))
        >>> r.resolve("MTZ").id
        'company:by:mtz'
        """
        old = self._nodes.get(node.id)
        if old is not None:
            props = {**old.properties, **node.properties}
            props["aliases"] = list(dict.fromkeys(
                [*old.properties.get("aliases", []), *node.properties.get("aliases", [])]))
            node = Node(node.label, node.id, props)
        self._nodes[node.id] = node
        if names is None:
            names = [node.properties.get("name"), *(node.properties.get("aliases") or [])]
        for i, n in enumerate(names):
            flag = NAME if i == 0 else ALIAS
            if not isinstance(n, str) or not key(n):
                continue
            k = key(n)
            self._put(k, node.id, flag)
            if node.label in ("Region", "City"):
                base = split_term_key(k)[0]
                if base != k:
                    self._put(base, node.id, BASE)

    def _put(self, k: str, eid: str, flag: str) -> None:
        ids = self._index.setdefault(k, {})
        old = ids.get(eid)
        if old is None or _STRENGTH.index(flag) < _STRENGTH.index(old):
            ids[eid] = flag

    def decide(self, name: str, country: str | None, decision: str) -> None:
        """Record a person's decision for ``name`` (in ``country``): a node id to map it
        to, or ``new`` to keep it apart as a place of its own.

        >>> r = Resolver.default()
        >>> r.decide("Dowsk", "BY", "city:by:minsk")
        >>> res = r.resolve("Dowsk", country="BY")
        >>> res.id, res.decided, res.match
        ('city:by:minsk', True, 'exact')
        """
        decision = decision.strip()
        if decision.lower() != "new":   # a review file written before an id was re-issued
            decision = self.gazetteer.current_id(decision)
        self._decisions[(key(_clean(name)), _country(country))] = decision

    def decision(self, name: str, country: str | None) -> str | None:
        """The decision recorded for ``name`` in ``country`` (or for any country)."""
        k = key(_clean(name))
        cc = _country(country)
        return self._decisions.get((k, cc)) or self._decisions.get((k, None))

    def node(self, node_id: str) -> Node | None:
        """The node for ``node_id``: the gazetteer's, updated by a registered one."""
        entry = self.gazetteer.entries.get(node_id)
        user = self._nodes.get(node_id)
        if entry is None:
            return user
        base = entry.node()
        if user is None:
            return base
        props = {**base.properties, **user.properties}
        props["aliases"] = list(dict.fromkeys(
            [*base.properties.get("aliases", []), *user.properties.get("aliases", [])]))
        return Node(base.label, base.id, props)

    def entry(self, node_id: str) -> Entry | None:
        """The gazetteer's entry for ``node_id`` (None for ids it does not know)."""
        return self.gazetteer.entries.get(node_id)

    def parent(self, node_id: str) -> str | None:
        """The id ``node_id`` is LOCATED_IN (city -> region or country, district ->
        region, region -> country, country -> None), or None when unknown."""
        return self.gazetteer.parent(node_id)

    # -- resolution -----------------------------------------------------------------
    def resolve(self, text, kind: str | None = None, country: str | None = None, *,
                lat: float | None = None, lon: float | None = None,
                sheet_nodes: bool = True) -> Resolution:
        """Resolve one name. ``kind`` (country, region, city, company, org, or place
        for a city or region) and ``country`` (ISO alpha-2, or another code in use
        such as UK) narrow the choice; ``lat``/``lon`` pick the nearest namesake;
        ``sheet_nodes=False`` looks at the gazetteer only. Never raises on odd text."""
        want = _label(kind)
        saved = self._index
        if not sheet_nodes:
            self._index = {}
        try:
            return self._resolve(text, want, country, lat, lon, kind)
        finally:
            self._index = saved

    def _resolve(self, text, want, country, lat, lon, kind) -> Resolution:
        cc = self._code(country)
        if lat is not None and lon is not None:
            try:
                lat, lon = float(lat), float(lon)
            except (TypeError, ValueError):
                lat = lon = None
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                lat = lon = None
        else:
            lat = lon = None
        clean = _clean(text)
        if not key(clean):
            return self._unresolved(clean or "unnamed", clean, None, None, want, cc,
                                    "empty name")
        decided = self._decided(clean, want, cc)
        if decided is not None:
            return decided
        if want == "Country" and clean.upper() in self.gazetteer.codes and len(clean) <= 3:
            # Sheets often give countries as codes (BY, BLR); only when asked for one,
            # since "US" or "UK" in running text may mean something else.
            eid = self.gazetteer.codes[clean.upper()]
            return self._result([self._gaz_candidate(eid, NAME, True, True)], None, None,
                                "code", None, None)
        found, body, hint, how = self._candidates(clean, want, cc, lat, lon)
        found = self._major_alias_first(found, clean)
        if not found and cc in _TERRITORIES:
            # Places of Martinique or Puerto Rico, written with France's or the USA's code.
            found, body, hint, how = self._candidates(clean, want, _TERRITORIES[cc], lat,
                                                      lon)
            if found:
                how = f"name, in a territory of {cc}"
        short = country_short_names().get(key(clean)) if want in (None, "Country") else None
        if short is not None and cc in (None, self.gazetteer.entries[short].country) and \
                not any(c.label == "Country" for c in found):
            # "Falkland Islands", "Sint Maarten", "Saint Martin": a territory's name
            # without the qualifier its ISO name carries is that territory, a party of
            # its own (a bare name prefers the country to a town or region so named).
            found, how = [self._gaz_candidate(short, ALIAS, True, True)], "short name"
        if found:
            res = self._result(found, body, hint, how, lat, lon)
            if found[0].minor:
                # a guess a sheet's country column would settle: --strict refuses it
                return _replace(res, match=APPROXIMATE, reason=res.reason + "; a town below "
                                "the size a bare name reaches, and no namesake near its size")
            return res
        article = _ARTICLE.match(clean)
        if article and not _ARTICLE.match(clean, article.end()) and \
                not self._candidates(clean, None, None, None, None)[0]:
            # "The Netherlands", "the Republic of Belarus", "the Vitebsk region": the
            # article is the sentence's, not the name's ("The Hague" keeps it, being found
            # whole above).
            res = self._resolve(clean[article.end():], want, country, lat, lon, kind)
            if res.resolved:
                return res
        place, body, level = split_body(clean)
        base, term = split_term_key(key(place))
        if want in ("City", PLACE) and not (term or level):
            # "Prince Edward Island [city, CA]": no city of that name, but a region is
            # called so (not merely "<name> Region"). A guess, so approximate.
            found, body, hint, how = self._candidates(clean, "Region", cc, lat, lon)
            found = [c for c in found if c.flag != BASE]
            town = self._region_town(clean, found[0]) if found else None
            if town is not None:
                # "Tartu [city]": no prominent city, but the region of this name is named
                # after its town, and the town is what was asked for.
                res = self._result([town], body, hint, how, lat, lon)
                return _replace(res, match=APPROXIMATE, reason=res.reason + "; a town "
                                "below the size a bare name reaches, the one its region "
                                "is named after")
            if found:
                res = self._result(found, body, hint, how, lat, lon)
                return _replace(res, match=APPROXIMATE, reason=res.reason + "; no city "
                                "of this name, the region of this name")
        res = self._qualified(clean, kind, cc, lat, lon)
        if res is not None:
            return res
        res = self._river_in_brackets(clean, want, cc, lat, lon)
        if res is not None:
            return res
        if (term or level) == "region" and want in (None, "Region", "City", PLACE) and \
                isinstance(cc, (str, type(None))):
            found = self._region_spelled_otherwise(base, cc)
            if found is not None:
                return self._result([found], body, term or level, "another spelling of "
                                    "its name or of its capital's", lat, lon)
        close = self._close(place, want, term or level, cc, lat, lon)
        if close is not None:
            return close
        return self._unresolved(clean, place, body, term or level, want, cc,
                                "not in the gazetteer")

    def _qualified(self, clean: str, kind, cc, lat, lon) -> Resolution | None:
        """A name with a qualifier or in parts: "Minsk, Belarus" / "Minsk (Belarus)"
        (the tail is a country), "Cotorro (Havana)" (a qualifier the country or the
        coordinates already settle), "Seoul – Dobong" (a part of the name lies within
        50 km of the coordinates)."""
        m = _TRAILING_COUNTRY.match(clean)
        tail = m and (m.group("c1") or m.group("c2"))
        if tail:
            tail_cc = next((e for e in self.gazetteer.lookup(key(tail))
                            if e.startswith("country:")), None)
            tail_cc = self.gazetteer.entries[tail_cc].country if tail_cc else None
            if tail_cc and cc in (None, tail_cc):
                res = self.resolve(m.group("place"), kind, tail_cc, lat=lat, lon=lon)
                if res.resolved:
                    return res
            elif not tail_cc and (cc or lat is not None):
                res = self.resolve(m.group("place"), kind, cc, lat=lat, lon=lon)
                if res.resolved and (lat is None or (res.distance_km or 0) <= NEAR_KM):
                    return _replace(res, reason=res.reason + f"; ({tail}) taken as a "
                                    "qualifier")
        # Alternative names ("A / B") may each stand for the place; of a city's part
        # ("Berlin – Treptow-Köpenick") only the part itself: the city named first
        # is another place, and taking it would merge the part into the city.
        parts = [p for alt in _ALTERNATIVES.split(clean)
                 for p in _CITY_PARTS.split(alt)[-1:] if key(p)]
        if lat is not None and (len(parts) > 1 or parts != [clean]):
            for part in reversed(parts):
                res = self.resolve(part, kind, cc, lat=lat, lon=lon)
                if res.resolved and (res.distance_km or 0) <= NEAR_KM:
                    return _replace(res, match=APPROXIMATE, reason=res.reason +
                                    f"; by the part {part!r} of the name")
        return None

    def _river_in_brackets(self, clean: str, want, cc, lat, lon) -> Resolution | None:
        """ "Frankfurt an der Oder", "Frankfurt-on-Oder", "Halle an der Saale": a town
        GeoNames names with its river in brackets ("Frankfurt (Oder)"), as German
        usage shortens it."""
        m = ON_RIVER.fullmatch(clean)
        if m is None:
            return None
        found, body, hint, how = self._candidates(f"{m['town']} ({m['river']})", want, cc,
                                                  lat, lon)
        found = [c for c in found if c.label == "City" and c.flag != BASE]
        if not found:
            return None
        return self._result(found, body, hint, "name, its river in brackets", lat, lon)

    def search(self, name: str, limit: int = 5, *, country: str | None = None,
               lat: float | None = None, lon: float | None = None) -> list[Resolution]:
        """Ranked candidates for ``name``, best first, small towns included; close
        spellings when nothing matches (for ``relgraph resolve``)."""
        clean = _clean(name)
        if not key(clean):
            return []
        cc = self._code(country)
        found, body, hint, how = self._candidates(clean, None, cc, lat, lon, every=True)
        out = [self._result(found[i:], body, hint, how, lat, lon) for i in range(len(found))]
        if not out:
            close = self._close(clean, None, None, cc, lat, lon, limit=limit)
            out = list(close) if isinstance(close, list) else ([close] if close else [])
        return out[:limit]

    # -- internals ------------------------------------------------------------------
    def known_country(self, country) -> str | None:
        """The ISO code of a country the gazetteer knows, given as a code in use (BY,
        BLR, UK) or by its name ("Ukraine"); None for anything else ("ZZ", "Frnace").

        >>> r = Resolver.default()
        >>> r.known_country("blr"), r.known_country("Ukraine"), r.known_country("ZZ")
        ('BY', 'UA', None)
        """
        cc = self._code(country)
        return cc if cc and f"country:{cc.lower()}" in self.gazetteer.entries else None

    def _code(self, country) -> str | None:
        """The ISO code of ``country``: a code (BY, BLR) or a country's name ("Ukraine",
        "the Republic of Belarus"), so that a hint written out narrows the choice as a
        code does."""
        if not country:
            return None
        cc = str(country).strip().upper()
        eid = self.gazetteer.codes.get(cc)
        if eid is not None:
            return self.gazetteer.entries[eid].country
        if re.fullmatch(r"[A-Z]{2}", cc):
            return cc
        name = str(country).strip()
        if name not in self._countries_named:
            res = self.resolve(name, "Country")
            self._countries_named[name] = \
                res.country if res.resolved and res.label == "Country" else None
        return self._countries_named[name]

    def _decided(self, clean: str, want, cc) -> Resolution | None:
        decision = self.decision(clean, cc)
        if decision is None:
            return None
        if decision.lower() == "new":
            place, body, level = split_body(clean)
            res = self._unresolved(clean, place, body, split_term_key(key(place))[1] or level,
                                   want, cc, "kept apart: your decision 'new'")
            return _replace(res, decided=True)
        node = self.node(decision)
        label = node.label if node is not None else _label_of(decision)
        if label is None:
            return None
        name = node.properties.get("name", decision) if node is not None else decision
        country = node.properties.get("country") if node is not None else None
        return Resolution(decision, label, name, country or cc, None, True,
                          f"your decision: {decision}", (decision,), node, EXACT, None, True)

    def _region_town(self, clean: str, region: _Candidate) -> _Candidate | None:
        """The town of ``clean``'s name that lies in ``region`` (a gazetteer region named
        like it), whatever its size."""
        if region.registered or not region.country:
            return None
        for c in self._collect((key(clean),), None, "City", region.country, None, None):
            if not c.registered and c.flag == NAME and c.population >= _TOWN and \
                    self.gazetteer.parent(c.id) == region.id:
                return c
        return None

    def _region_spelled_otherwise(self, base: str, cc: str | None) -> _Candidate | None:
        """The first-level region that ``base`` (a name written with a region word:
        "Briansk Oblast", "Mogilyov Region", "Khanty-Mansiysk Autonomous Okrug") spells
        otherwise: the region named after a town known by that spelling (the town's
        alternate names, a prominent town), or the one region whose name folds to the
        same romanisation skeleton. None when nothing or more than one region fits.

        >>> r = Resolver.default()
        >>> [r.resolve(n).id for n in ("Briansk Oblast", "the Tiumen region",
        ...                            "Khanty-Mansiysk Autonomous Okrug")]
        ['region:ru:bryansk', 'region:ru:tyumen', 'region:ru:khanty-mansi']
        """
        gaz = self.gazetteer
        base = base.removeprefix("the ")
        if len(base) < _FUZZY_MIN_LENGTH:
            return None
        regions = set()
        for eid, _flag in gaz.hits(base):
            e = gaz.entries[eid]
            if e.label != "City" or not e.prominent or (cc and e.country != cc):
                continue
            region = _first_level(gaz, e.parent)
            if region is not None and _named_after(region, e):
                regions.add(region.id)
        if not regions:
            regions = {eid for eid in _region_skeletons(gaz).get(_region_skeleton(base), ())
                       if cc is None or gaz.entries[eid].country == cc}
        if len(regions) != 1:
            return None
        return self._gaz_candidate(regions.pop(), ALIAS, False, False)

    def _major_alias_first(self, ranked: list[_Candidate], clean: str) -> list[_Candidate]:
        """A city of 100,000 or more known by the name as an alternate ("Uralsk" for
        Oral, "Aktyubinsk" for Aktobe) comes before a small place whose own name is not
        the name as written and only folds to it ("Ural'skiy", 6,600 people): the former
        name of a major city is what a text means. A small place called exactly so
        ("Aken", "Milan" in the USA) keeps its name, unless it is a village under a
        thousand people and the name is the city's own in another romanisation
        ("Zaporizhzhia": 656 people, beside the city of 710,000 GeoNames spells
        "Zaporizhzhya"); a former name quite unlike the city's ("Aleksandrovka" for
        Donetsk) leaves the village its name."""
        if len(ranked) < 2 or ranked[0].registered or ranked[0].distance is not None:
            return ranked
        best = ranked[0]
        if not (best.primary and best.label == "City"):
            return ranked
        entry = self.gazetteer.entries.get(best.id)
        if entry is None:
            return ranked
        if best.population >= _SMALL:
            return self._far_bigger_spelling_first(ranked, clean)
        village = _plain(entry.name) == _plain(clean)
        if village and best.population >= _TOWN:
            return ranked
        major = next((c for c in ranked[1:] if c.label == best.label and c.tier == best.tier
                      and c.written == best.written and c.flag == ALIAS and not c.registered
                      and c.population >= _MAJOR
                      and (not village or self._spelled_as(c.id, clean))), None)
        if major is None:
            return ranked
        return [major] + [c for c in ranked if c is not major]

    def _far_bigger_spelling_first(self, ranked: list[_Candidate],
                                   clean: str) -> list[_Candidate]:
        """A town called exactly so yields to a city of 100,000 or more, many times its
        size, whose own name the text spells in another romanisation: "Odessa" is Odesa
        (a million people), not Odessa in Texas (114,000); "Hanover" is Hannover. A
        former or foreign name unlike the city's own ("Kiev" style names are the city's
        own alternates, handled by rank) does not displace a town called so."""
        best = ranked[0]
        major = next((c for c in ranked[1:] if c.label == best.label and c.tier == best.tier
                      and c.written == best.written and c.flag == ALIAS and not c.registered
                      and c.population >= max(_MAJOR, _SPELLING_LEAD * best.population)
                      and self._spelled_as(c.id, clean)), None)
        if major is None:
            return ranked
        return [major] + [c for c in ranked if c is not major]

    def _spelled_as(self, eid: str, clean: str) -> bool:
        """Whether ``clean`` is the place's own name up to romanisation."""
        return skeleton(key(self.gazetteer.entries[eid].name)) == skeleton(key(clean))

    def _gaz_candidate(self, eid: str, flag: str, written: bool, primary: bool) -> _Candidate:
        e = self.gazetteer.entries[eid]
        return _Candidate(eid, e.label, e.level, e.country, e.population or 0, e.lat, e.lon,
                          False, flag, written, primary)

    def _candidates(self, clean: str, want, cc, lat, lon, every: bool = False):
        """(ranked candidates, body, hint, how) for a cleaned name."""
        whole = key(clean)
        # A registered node named exactly like the text ("Council of Europe") wins
        # before any organ or term is split off.
        found = self._collect((whole,), None, want, cc, lat, lon, gazetteer=False,
                              every=every)
        if found:
            return found, None, None, "name"
        place, body, level = split_body(clean)
        full = key(place)
        base, term = split_term_key(full)
        hint = term or level
        if want in ("City", PLACE) and hint in ("region", "district"):
            want = "Region"          # the wording decides: "Moscow Oblast [city]"
        elif want == PLACE and hint == "city":
            want = "City"
        how = "name"
        found = self._collect((full, base), hint, want, cc, lat, lon, every=every)
        if not found and re.search("[а-яёіў]", place, re.I):
            for guess in _declined(full):
                found = self._collect((guess, split_term_key(guess)[0]), hint, want, cc,
                                      lat, lon, every=every)
                if found:
                    how = "declined form"
                    break
        if not found and _HACEK.search(place):
            # "Asipovičy": a Latin spelling with hačeks (Belarusian Łacinka, Lithuanian,
            # Czech) that the gazetteer holds only in English romanisation (Asipovichy)
            guess = key(_HACEK.sub(lambda m: _HACEK_EN[m.group(0)], place))
            found = self._collect((guess, split_term_key(guess)[0]), hint, want, cc, lat,
                                  lon, every=every)
            how = "another romanisation"
        return found, body, hint, how

    def _collect(self, keys, hint, want, cc, lat, lon, gazetteer: bool = True,
                 every: bool = False) -> list[_Candidate]:
        """Candidates indexed under ``keys`` that fit, best first; the first key is
        the name as written, the others are reductions of it."""
        found: dict[str, _Candidate] = {}
        keys = list(dict.fromkeys(k for k in keys if k))
        for registered in ((True, False) if gazetteer else (True,)):
            for i, k in enumerate(keys):
                if registered:
                    hits = list(self._index.get(k, {}).items())
                else:
                    hits = self.gazetteer.hits(k)
                local = self.gazetteer.local(k) if not registered and len(hits) > 1 \
                    else frozenset()
                for eid, flag in hits:
                    if eid in found:
                        continue
                    c = self._candidate(eid, flag, i == 0, k, registered)
                    if c is None or (want and c.label != want and not (
                            want == PLACE and c.label in ("City", "Region"))):
                        continue
                    if cc and (c.country != cc if isinstance(cc, str)
                               else c.country not in cc):
                        continue
                    if not registered and not every and cc is None and lat is None and \
                            flag == ALIAS and c.label == "City" and \
                            c.population < _KNOWN_TOWN and self.gazetteer.entries[eid].prominent \
                            and eid not in self.gazetteer.local(k) and \
                            _another_name(k, self.gazetteer.entries[eid].name):
                        # A small town reached only by another language's name for it
                        # ("Skoda", a name of Skuodas, is first a carmaker's): the bare
                        # name needs the country as a non-prominent town's does
                        continue
                    if not registered and not every and cc is None and lat is None and \
                            not self.gazetteer.entries[eid].prominent:
                        if c.label != "City" or c.population < _KNOWN_TOWN or \
                                flag != NAME or i != 0:
                            continue   # (only by its own name as written)
                        c.minor = True
                    c.tier = _tier(c.label, c.level, hint)
                    # A term or organ that names another kind of place rules a
                    # candidate out, unless the text is a country's name as it stands
                    # (or a region's, like the province "Maputo City"); region words
                    # never lead to a city.
                    if hint and c.tier == 9 and not (
                            c.written and flag != BASE and (c.label == "Country" or (
                                c.label == "Region" and hint == "city"))):
                        continue
                    # A bare name is a region only if it is the region's own name:
                    # not its centre's ("Kemerovo"), but an informal or historic name
                    # of the region itself ("Kuzbass", "Kuban", "Yugra").
                    if c.label == "Region" and flag == BASE and hint is None and \
                            want != "Region" and not every:
                        if not (c.level == 1 and _region_own_name(
                                self.gazetteer.entries.get(eid), k)):
                            continue
                        c.tier = 0
                    if lat is not None and c.lat is not None:
                        c.distance = distance_km(lat, lon, c.lat, c.lon)
                    c.local = eid in local
                    found[eid] = c
            if found and registered:
                break        # a name the sheet defines is the sheet's
        ranked = self._known_town(sorted(found.values(), key=_rank), keys[0] if keys else "")
        return ranked[:_MAX_CANDIDATES]

    def _known_town(self, ranked: list[_Candidate], written: str) -> list[_Candidate]:
        """Keep a town below the bare-name floor (``minor``) only where a bare name can
        mean nothing else: no city or country of the name clears a floor, a region of
        the name is named after this town ("Tartu": Tartu County; not "Limburg", the
        province, for Limburg an der Lahn), and it is five times the size of any other
        such namesake."""
        minors = [c for c in ranked if c.minor]
        if not minors:
            return ranked
        if written in common_english() or written in _CONTINENTS:
            # "Union", "Commerce", "Street": a word before it is a town
            return [c for c in ranked if not c.minor]
        rest = [c for c in ranked if not c.minor]
        # (a town called so outranks towns that have the name among their aliases)
        town = max(minors, key=lambda c: (c.primary, c.population))
        others = [c.population for c in minors if c is not town and c.primary >= town.primary]
        if any(c.label in ("City", "Country") for c in rest) or (
                others and max(others) * _KNOWN_TOWN_LEAD > town.population):
            return rest
        entry = self.gazetteer.entries[town.id]
        # (any region so named, even one a bare name does not reach: "Amur" is the
        # oblast's name before it is a town's in India)
        regions = {c.id for c in rest if c.label == "Region"} | {
            eid for eid, _flag in self.gazetteer.hits(written) if eid.startswith("region:")}
        if any(c.registered and c.label == "Region" for c in rest) or not all(
                self._in_region(entry, eid) for eid in regions):
            return rest
        return sorted([town, *rest], key=_rank)

    def _in_region(self, town: Entry, region_id: str) -> bool:
        """``town`` lies in the region ``region_id``, which is named after it."""
        region = self.gazetteer.entries.get(region_id)
        eid = town.parent
        for _ in range(3):
            if eid is None or eid == region_id:
                break
            eid = self.gazetteer.parent(eid)
        return eid == region_id and region is not None and _named_after(region, town)

    def _candidate(self, eid, flag, written, k, registered) -> _Candidate | None:
        if registered:
            n = self._nodes[eid]
            p = n.properties
            return _Candidate(eid, n.label, p.get("level"), p.get("country"),
                              p.get("population") or 0, p.get("lat"), p.get("lon"), True,
                              flag, written, flag == NAME)
        e = self.gazetteer.entries.get(eid)
        if e is None:
            return None
        c = _Candidate(eid, e.label, e.level, e.country, e.population or 0, e.lat, e.lon,
                       False, flag, written, flag == NAME or e.label != "City")
        # ("Vileika" is Vileyka's own name spelled another way, and only an alias of
        # Naujoji Vilnia, once "Novaya Vileyka")
        c.spelled = flag == ALIAS and skeleton(k) == skeleton(key(e.name))
        return c

    def _result(self, ranked: list[_Candidate], body, hint, how, lat, lon) -> Resolution:
        best = ranked[0]
        node = self.node(best.id)
        match, notes = EXACT, []
        exact_words = best.written and best.flag != BASE or (
            best.flag == BASE and hint is not None and _tier(best.label, best.level, hint) == 0)
        if how not in ("name", "short name"):
            match = APPROXIMATE
        elif not exact_words:
            match = APPROXIMATE
            notes.append("the name without its generic term")
        if not best.registered and best.flag == ALIAS and best.label == "City" and \
                best.population < _SMALL:
            match = APPROXIMATE
            notes.append(f"only an alternate name of {node.properties.get('name')}, a "
                         "small place")
        same = [c for c in ranked[1:] if (c.label, c.level) == (best.label, best.level)
                and c.tier == best.tier]
        if best.distance is not None:
            if best.distance > NEAR_KM:
                match = APPROXIMATE
                notes.append(f"the nearest namesake lies {best.distance:,.0f} km from the "
                             "sheet's coordinates")
        elif same:
            rival = same[0]
            if rival.registered == best.registered and \
                    (rival.population * _DOMINANCE > best.population
                     or rival.population == best.population) and \
                    (rival.written, rival.flag != BASE, rival.primary, rival.spelled,
                     rival.local) == \
                    (best.written, best.flag != BASE, best.primary, best.spelled, best.local):
                match = APPROXIMATE
                notes.append(f"{len(same) + 1} places of this name and nothing to tell them "
                             "apart; chose the biggest")
        source = "registered" if best.registered else "gazetteer"
        reason = f"{source} {best.label.lower()} by {how}"
        if best.distance is not None and best.distance <= NEAR_KM:
            reason += f", {best.distance:,.1f} km from the sheet's coordinates"
        if hint:
            reason += f"; the wording says {hint}"
        others = [c.id for c in ranked[1:] if (c.label, c.level) != (best.label, best.level)]
        if others:
            rule = (f"{hint} wording decides" if hint else
                    "a bare name prefers country, then city, then region")
            reason += f"; ambiguous with {', '.join(others[:5])} ({rule})"
        if notes:
            reason += "; " + "; ".join(notes)
        return Resolution(best.id, node.label, node.properties.get("name", best.id),
                          best.country, body, True, reason, tuple(c.id for c in ranked),
                          node, match, best.distance)

    def _close(self, place: str, want, hint, cc, lat, lon, limit: int = 0):
        """A close spelling of ``place`` near the coordinates or in the country (an
        approximate match), or None. With ``limit``, a list of up to that many."""
        # A city's part is spelled like its own name, never like the city's.
        k = split_term_key(key(_CITY_PARTS.split(place)[-1]))[0]
        if len(k) < _FUZZY_MIN_LENGTH and not limit:
            return None
        sk = skeleton(k)
        if hint in ("region", "district") and want in (None, "City", "Region", PLACE):
            labels = {"Region"}          # region words never lead to a city
        elif want and want != PLACE:
            labels = {want}
        else:
            labels = {"City"} if hint == "city" else {"City", "Region"}
        pool: list[tuple[str, Entry, float | None]] = []
        if lat is not None:
            narrow = cc if isinstance(cc, str) else None
            for d, e in self.gazetteer.near(lat, lon, _FUZZY_NEAR_KM, country=narrow):
                if (cc is None or e.country == cc) and e.label in labels:
                    pool.append((e.id, e, d))
            cutoff = _FUZZY_NEAR_SCORE
        elif cc is not None:
            for label in labels & {"City", "Region"}:
                pool += [(e.id, e, None) for e in self.gazetteer.places_in(cc, label)]
            cutoff = _FUZZY_COUNTRY_SCORE
        elif limit:
            keys = self.gazetteer.keys_from(k[:3], limit=5000)
            for kk in keys:
                for eid in self.gazetteer.lookup(kk):
                    e = self.gazetteer.entries[eid]
                    if e.label in labels:
                        pool.append((eid, e, None))
            cutoff = 75.0
        else:
            return None
        if not pool:
            return None
        if lat is not None and not limit:
            # "Kaysersberg Vignoble", "Greater Dandenong", "Loutraki-Perachora": a place a
            # few km away whose name is one of the name's own words (a merged commune,
            # a council named after its town).
            # Words of a bracketed qualifier do not count: "Dongcheng (Beijing)" is a
            # district of Beijing, not Beijing; nor do those of the city a part is
            # named after: "Bratislava – Nove Mesto" is not Bratislava.
            own = key(_CITY_PARTS.split(re.sub(r"\([^()]*\)", " ", place))[-1])
            words = {w for w in split_term_key(own)[0].split() if len(w) >= _WORD}
            for _, e, d in pool:
                if d is not None and d <= _WORD_KM and words & {
                        split_term_key(n)[0] for n in _name_keys(e)}:
                    return Resolution(
                        e.id, e.label, e.name, e.country, None, True,
                        f"gazetteer {e.label.lower()} named by a word of the name, "
                        f"{d:,.1f} km from the sheet's coordinates",
                        (e.id,), self.node(e.id), APPROXIMATE, d)
        from rapidfuzz import fuzz, process
        choices: list[str] = []
        names: list[str] = []
        owners: list[int] = []
        for i, (_, e, _) in enumerate(pool):
            # A bare name is compared with a region's whole name only: "Khoiniki" is
            # spelled like the town, not like "Khoiniki District".
            keys, spelled = _fuzzy_names(e, e.label == "City" or bool(hint))
            choices += spelled
            names += keys
            owners += [i] * len(keys)
        hits = process.extract(sk, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                               limit=max(limit, 5) * 3)
        best: dict[str, tuple] = {}
        for _, score, i in hits:
            eid, e, d = pool[owners[i]]
            n = names[i]
            rank = (-score, d if d is not None else 0.0, -(e.population or 0), eid)
            if eid not in best or rank < best[eid][0]:
                best[eid] = (rank, e, d, n, score)
        ordered = sorted(best.values(), key=lambda x: x[0])
        if not ordered:
            return None
        out = []
        for _, e, d, n, score in ordered[:max(limit, 1)]:
            node = self.node(e.id)
            where = f", {d:,.1f} km from the sheet's coordinates" if d is not None else ""
            how = (f"transliteration ({n!r})" if score >= 100 else
                   f"a close spelling ({n!r}, similarity {score:.0f}%)")
            out.append(Resolution(
                e.id, e.label, e.name, e.country, None, True,
                f"gazetteer {e.label.lower()} by {how}{where}",
                tuple(x[1].id for x in ordered[:_MAX_CANDIDATES]), node, APPROXIMATE, d))
        if limit:
            return out
        # Two different places equally close in spelling are no evidence for either.
        if len(ordered) > 1 and ordered[1][0][0] == ordered[0][0][0] and lat is None:
            return None
        return out[0]

    def _unresolved(self, clean, place, body, hint, want, cc, why) -> Resolution:
        if want in ("City", "Region", PLACE) and hint in ("region", "district"):
            label = "Region"           # the wording decides
        elif want == PLACE:
            label = "City"
        elif want is not None:
            label = want
        elif _COMPANY.search(clean) or known_firm(clean) is not None:
            label = "Company"
        elif hint in ("region", "district") and not _ORG.search(place):
            label = "Region"
        elif hint == "city" and not _ORG.search(place):
            label = "City"
        else:
            label = "Organization"
        prefix = _PREFIX[label]
        props: dict = {"resolved": False}
        if label in ("Region", "City"):
            # Place ids leave the generic term out, like the gazetteer's.
            name = place
            slug_src = strip_term(place)
            if label == "Region" and hint in ("region", "district"):
                props["level"] = 2 if hint == "district" else 1
        else:
            name, slug_src, body = clean, clean, None
        known = known_firm(clean) if label == "Company" else None
        if known is not None and cc in (None, known.country) and known.id.startswith("company:"):
            # A firm of the firm table has the table's id and name however a sheet or a
            # text spells it ("Minsk Tractor Works", "MTZ"): one node.
            nid, cc, name = known.id, known.country, known.name
        elif label == "Country":
            nid = f"country:{cc.lower()}" if cc else node_id("country", None, name)
        else:
            # (letters the slug would drop folded, as in the gazetteer's ids: "Łuków")
            nid = node_id(prefix, cc, (slug_src or name).translate(FOLD_LETTERS))
        props = {"name": name, **({"country": cc} if cc else {}), **props}
        return Resolution(nid, label, name, cc, body, False,
                          f"{why}; id made from the name as "
                          f"{'an' if label == 'Organization' else 'a'} {label.lower()}", (),
                          Node(label, nid, props), UNRESOLVED)


# Gazetteer places' name keys, by (id, name): a load compares the same neighbours'
# names again and again.
_NAME_KEYS: dict[tuple[str, str], tuple[str, ...]] = {}
_FUZZY_NAMES: dict[tuple[str, str, bool], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _first_level(gaz: Gazetteer, eid: str | None) -> Entry | None:
    """The first-level region ``eid`` is or lies in (through its district), if any."""
    for _ in range(3):
        e = gaz.entries.get(eid) if eid else None
        if e is None or e.label != "Region":
            return None
        if e.level == 1:
            return e
        eid = e.parent
    return None


def _named_after(region: Entry, town: Entry) -> bool:
    """Whether ``region`` is named after ``town`` (its capital): "Bryansk Oblast" after
    Bryansk, "Khanty-Mansi Autonomous Okrug" after Khanty-Mansiysk."""
    town_key = key(town.name)
    # (by any of its names: "Viljandimaa" is also "Viljandi County")
    return any(own == town_key or skeleton(own) == skeleton(town_key) or (
        len(own) >= _FUZZY_MIN_LENGTH and town_key.startswith(own))
        for own in {split_term_key(key(n))[0] for n in (region.name, *region.aliases)})


# Romanisations of regions' names through French, German or Armenian and Georgian
# conventions that the common skeleton keeps apart: "Tavoush" (Tavush), "Gegarkunik"
# (Gegharkunik), "Kotayq" (Kotayk). Only for a name with a region word that nothing
# else found, matched against first-level regions, so a town's spelling is untouched.
_REGION_FOLDS = [(re.compile(p), r) for p, r in ((r"ou", "u"), (r"gh", "g"), (r"q", "k"))]


def _region_skeleton(k: str) -> str:
    """``skeleton`` with the folds above.

    >>> [_region_skeleton(key(n)) == _region_skeleton(key(m)) for n, m in (
    ...     ("Tavoush", "Tavush"), ("Gegarkunik", "Gegharkunik"), ("Kotayq", "Kotayk"))]
    [True, True, True]
    """
    for rx, rep in _REGION_FOLDS:
        k = rx.sub(rep, k)
    return skeleton(k)


@functools.lru_cache(maxsize=2)
def _region_skeletons(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Romanisation skeleton of every first-level region's name and alias (without the
    generic term) -> the regions spelled so; built once per gazetteer."""
    out: dict[str, list[str]] = {}
    for row in gaz.entries.prefixed("region:"):
        e = gaz.entries.at(row)
        if e.level != 1:
            continue
        for name in (e.name, *e.aliases):
            k = split_term_key(key(name))[0]
            if len(k) >= _FUZZY_MIN_LENGTH:
                ids = out.setdefault(_region_skeleton(k), [])
                if e.id not in ids:
                    ids.append(e.id)
    return {k: tuple(v) for k, v in out.items()}


def _region_own_name(e: Entry | None, k: str) -> bool:
    """``k`` is one of the region's aliases that is no form of its (centre's) name:
    "kuzbass" for Kemerovo Oblast, but not "kemerovo", "hrodna" or "brest-litovsk"."""
    if e is None or k not in {split_term_key(key(a))[0] for a in e.aliases}:
        return False
    from difflib import SequenceMatcher

    base = split_term_key(key(e.name))[0]
    # "Hrodna", "Mahilyow" are spellings of the centre's name (their skeletons match
    # half or more), "Kuzbass", "Kuban", "Yugra" are not
    return len(k) > 3 and SequenceMatcher(None, skeleton(k), skeleton(base)).ratio() < 0.5


def _name_keys(e: Entry) -> tuple[str, ...]:
    """The distinct keys of a gazetteer place's name and aliases."""
    memo = (e.id, e.name)
    found = _NAME_KEYS.get(memo)
    if found is None:
        if len(_NAME_KEYS) > 1 << 17:
            _NAME_KEYS.clear()
        found = _NAME_KEYS[memo] = tuple(dict.fromkeys(key(x) for x in (e.name, *e.aliases)))
    return found


def _fuzzy_names(e: Entry, bare: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of a place's names and, in the same order, their skeletons for
    close-spelling matches; ``bare``: the skeleton of the key without its generic
    term."""
    memo = (e.id, e.name, bare)
    found = _FUZZY_NAMES.get(memo)
    if found is None:
        if len(_FUZZY_NAMES) > 1 << 17:
            _FUZZY_NAMES.clear()
        keys = _name_keys(e)
        found = _FUZZY_NAMES[memo] = (keys, tuple(
            skeleton(split_term_key(n)[0] if bare else n) for n in keys))
    return found


def _plain(name: str) -> str:
    """A name's letters without accents, case or punctuation ("Ural’skiy" -> "uralskiy")."""
    folded = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


def _rank(c: _Candidate) -> tuple:
    far = c.distance is not None and c.distance > NEAR_KM
    return (not c.registered, c.tier, not c.written or c.flag == BASE, far, not c.primary,
            not c.spelled, c.distance if c.distance is not None else 0.0, not c.local,
            -c.population, c.id)


def _country(country) -> str | None:
    if not country:
        return None
    cc = str(country).strip().upper()
    return cc or None


def _label_of(node_id: str) -> str | None:
    prefix = node_id.split(":", 1)[0]
    return {v: k for k, v in _PREFIX.items()}.get(prefix)


def _replace(res: Resolution, **changes) -> Resolution:
    from dataclasses import replace
    return replace(res, **changes)
