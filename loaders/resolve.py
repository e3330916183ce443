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
>>> r.resolve("Minsk Tractor Works", country="BY").id
'company:by:minsk-tractor-works'
>>> r.parent("city:by:gomel"), r.parent("region:by:gomel"), r.parent("country:by")
('region:by:gomel', 'country:by', None)
"""

from __future__ import annotations

import re
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
    distance_km,
    load_gazetteer,
)
from relgraph.loaders.gazetteer.names import key, split_body, split_term_key, strip_term

__all__ = ["EXACT", "APPROXIMATE", "UNRESOLVED", "NEAR_KM", "Resolution", "Resolver"]

EXACT, APPROXIMATE, UNRESOLVED = "exact", "approximate", "unresolved"
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

_PREFIX = {"Country": "country", "Region": "region", "City": "city", "Company": "company",
           "Organization": "org"}
_KINDS = {"country": "Country", "region": "Region", "city": "City", "company": "Company",
          "org": "Organization", "organization": "Organization",
          "organisation": "Organization"}

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
_STRENGTH = (NAME, ALIAS, BASE)


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
    def add(self, node: Node) -> None:
        """Register ``node`` (from a user's sheet) so its name and aliases resolve to it.

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
        names = [(node.properties.get("name"), NAME)]
        names += [(a, ALIAS) for a in node.properties.get("aliases") or []]
        for n, flag in names:
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
        self._decisions[(key(_clean(name)), _country(country))] = decision.strip()

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
                lat: float | None = None, lon: float | None = None) -> Resolution:
        """Resolve one name. ``kind`` (country, region, city, company, org) and
        ``country`` (ISO alpha-2, or another code in use such as UK) narrow the
        choice; ``lat``/``lon`` pick the nearest namesake. Never raises on odd text."""
        want = _label(kind)
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
        if not found:
            # "Minsk, Belarus" / "Minsk (Belarus)" / "Cotorro (Havana)": the tail is a
            # country, or a qualifier that coordinates or the country already settle.
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
                    if res.resolved:
                        return _replace(res, reason=res.reason + f"; ({tail}) taken as "
                                        "a qualifier")
        place, body2, level = split_body(clean)
        base, term = split_term_key(key(place))
        if not found:
            close = self._close(place, want, term or level, cc, lat, lon)
            if close is not None:
                return close
            return self._unresolved(clean, place, body2, term or level, want, cc,
                                    "not in the gazetteer")
        return self._result(found, body, hint, how, lat, lon)

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
    def _code(self, country) -> str | None:
        if not country:
            return None
        cc = str(country).strip().upper()
        eid = self.gazetteer.codes.get(cc)
        if eid is not None:
            return self.gazetteer.entries[eid].country
        return cc if re.fullmatch(r"[A-Z]{2}", cc) else None

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
        if want == "City" and hint in ("region", "district"):
            want = "Region"          # the wording decides: "Moscow Oblast [city]"
        how = "name"
        found = self._collect((full, base), hint, want, cc, lat, lon, every=every)
        if not found and re.search("[а-яёіў]", place, re.I):
            for guess in _declined(full):
                found = self._collect((guess, split_term_key(guess)[0]), hint, want, cc,
                                      lat, lon, every=every)
                if found:
                    how = "declined form"
                    break
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
                for eid, flag in hits:
                    if eid in found:
                        continue
                    c = self._candidate(eid, flag, i == 0, k, registered)
                    if c is None or (want and c.label != want):
                        continue
                    if cc and c.country != cc:
                        continue
                    if not registered and not every and cc is None and lat is None and \
                            not self.gazetteer.entries[eid].prominent:
                        continue
                    c.tier = _tier(c.label, c.level, hint)
                    # A term or organ that names another kind of place rules a
                    # candidate out, unless the text is a country's name as it stands
                    # (or a region's, like the province "Maputo City"); region words
                    # never lead to a city.
                    if hint and c.tier == 9 and not (
                            c.written and flag != BASE and (c.label == "Country" or (
                                c.label == "Region" and hint == "city"))):
                        continue
                    # A bare name is a region only if it is the region's own name.
                    if c.label == "Region" and flag == BASE and hint is None and \
                            want != "Region" and not every:
                        continue
                    if lat is not None and c.lat is not None:
                        c.distance = distance_km(lat, lon, c.lat, c.lon)
                    found[eid] = c
            if found and registered:
                break        # a name the sheet defines is the sheet's
        ranked = sorted(found.values(), key=_rank)
        return ranked[:_MAX_CANDIDATES]

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
        return _Candidate(eid, e.label, e.level, e.country, e.population or 0, e.lat, e.lon,
                          False, flag, written, flag == NAME or e.label != "City")

    def _result(self, ranked: list[_Candidate], body, hint, how, lat, lon) -> Resolution:
        best = ranked[0]
        node = self.node(best.id)
        match, notes = EXACT, []
        exact_words = best.written and best.flag != BASE or (
            best.flag == BASE and hint is not None and _tier(best.label, best.level, hint) == 0)
        if how != "name":
            match = APPROXIMATE
        elif not exact_words:
            match = APPROXIMATE
            notes.append("the name without its generic term")
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
                    (rival.written, rival.flag != BASE, rival.primary) == \
                    (best.written, best.flag != BASE, best.primary):
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
        k = split_term_key(key(place))[0]
        if len(k) < _FUZZY_MIN_LENGTH and not limit:
            return None
        labels = {want} if want else ({"Region"} if hint in ("region", "district") else
                                      {"City"} if hint == "city" else {"City", "Region"})
        pool: list[tuple[str, Entry, float | None]] = []
        if lat is not None:
            for d, e in self.gazetteer.near(lat, lon, _FUZZY_NEAR_KM):
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
        from rapidfuzz import fuzz, process
        choices, owners = [], []
        for eid, e, d in pool:
            for n in dict.fromkeys(key(x) for x in (e.name, *e.aliases)):
                choices.append(split_term_key(n)[0])
                owners.append((eid, e, d, n))
        hits = process.extract(k, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                               limit=max(limit, 5) * 3)
        best: dict[str, tuple] = {}
        for _, score, i in hits:
            eid, e, d, n = owners[i]
            rank = (-score, d if d is not None else 0.0, -(e.population or 0), eid)
            if eid not in best or rank < best[eid][0]:
                best[eid] = (rank, e, d, n, score)
        ordered = sorted(best.values(), key=lambda x: x[0])
        if not ordered:
            return None
        out = []
        for rank, e, d, n, score in ordered[:max(limit, 1)]:
            node = self.node(e.id)
            where = f", {d:,.1f} km from the sheet's coordinates" if d is not None else ""
            out.append(Resolution(
                e.id, e.label, e.name, e.country, None, True,
                f"gazetteer {e.label.lower()} by a close spelling ({n!r}, similarity "
                f"{score:.0f}%{where})", tuple(x[1].id for x in ordered[:_MAX_CANDIDATES]),
                node, APPROXIMATE, d))
        if limit:
            return out
        # Two different places equally close in spelling are no evidence for either.
        if len(ordered) > 1 and ordered[1][0][0] == ordered[0][0][0] and lat is None:
            return None
        return out[0]

    def _unresolved(self, clean, place, body, hint, want, cc, why) -> Resolution:
        if want in ("City", "Region") and hint in ("region", "district"):
            label = "Region"           # the wording decides
        elif want is not None:
            label = want
        elif _COMPANY.search(clean):
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
        if label == "Country":
            nid = f"country:{cc.lower()}" if cc else node_id("country", None, name)
        else:
            nid = node_id(prefix, cc, slug_src or name)
        props = {"name": name, **({"country": cc} if cc else {}), **props}
        return Resolution(nid, label, name, cc, body, False,
                          f"{why}; id made from the name as "
                          f"{'an' if label == 'Organization' else 'a'} {label.lower()}", (),
                          Node(label, nid, props), UNRESOLVED)


def _rank(c: _Candidate) -> tuple:
    far = c.distance is not None and c.distance > NEAR_KM
    return (not c.registered, c.tier, not c.written or c.flag == BASE, far, not c.primary,
            c.distance if c.distance is not None else 0.0, -c.population, c.id)


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
