"""Name resolution: turn a name as people write it into a graph node id.

"Gomel Oblast Executive Committee", "Гомельская область", "Homyel Voblast" and "Gomel
Region" are all Gomel Region (``region:by:gomel``); the first also names the organ that
acted for it, kept as ``body``. Bare names prefer the country, then the city, then the
region of that name ("Moscow" is the city, "Moscow Region" the oblast). Names the
gazetteer does not know still get a deterministic id, with ``resolved=False``, so
loading twice gives the same graph and a reviewer can find what to fix.

>>> r = Resolver.default()
>>> res = r.resolve("Gomel Oblast Executive Committee")
>>> res.id, res.body, res.resolved
('region:by:gomel', 'Oblast Executive Committee', True)
>>> r.resolve("Tashkent").id, r.resolve("Tashkent Oblast").id
('city:uz:tashkent', 'region:uz:tashkent')
>>> r.resolve("Minsk Tractor Works", country="BY").id
'company:by:minsk-tractor-works'
>>> r.parent("city:by:gomel"), r.parent("region:by:gomel"), r.parent("country:by")
('region:by:gomel', 'country:by', None)
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from relgraph.graph.errors import UsageError
from relgraph.graph.ids import node_id
from relgraph.graph.records import Node
from relgraph.loaders.gazetteer import Gazetteer, load_gazetteer
from relgraph.loaders.gazetteer.names import TERMS, key, split_body, split_term_key

__all__ = ["Resolution", "Resolver"]

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


@dataclass(frozen=True)
class Resolution:
    """What a name resolved to.

    ``id``/``label``/``name``/``country`` describe the node (``country`` is ISO alpha-2
    or None); ``body`` is the organ named with the place ("Oblast Executive
    Committee"), ``resolved`` says whether the gazetteer or a registered node knew the
    name, ``reason`` says how it was chosen, ``candidates`` lists the ids considered,
    best first, and ``node`` is the :class:`graph.records.Node` to write.
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


def _country(country: str | None) -> str | None:
    if not country:
        return None
    cc = str(country).strip().upper()
    return cc if re.fullmatch(r"[A-Z]{2}", cc) else None


def _declined(k: str) -> list[str]:
    """Nominative guesses for a declined one-word Russian name (Москвы -> Москва),
    tried only when nothing matched as written."""
    if " " in k or len(k) < 4:
        return []
    out = []
    for cut, ends in ((1, ("a", "ya", "", "o", "y")), (2, ("", "a", "ya")), (3, ("",))):
        out += [k[:-cut] + e for e in ends]
    return [o for o in dict.fromkeys(out) if o != k]


class Resolver:
    """Resolves names against the bundled gazetteer plus nodes registered with
    :meth:`add`. Registered nodes win over the gazetteer for the names they carry.

    :meth:`default` shares the cached gazetteer (loaded once per process, on first
    use) but gives each caller its own set of registered nodes, so one sheet's nodes
    never leak into another load.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gaz = gazetteer
        self._nodes: dict[str, Node] = {}
        self._index: dict[str, list[str]] = {}

    @classmethod
    def default(cls) -> Resolver:
        """A resolver over the bundled gazetteer (cached; cheap to call)."""
        return cls()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    # -- registered nodes -----------------------------------------------------------
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
        names = [node.properties.get("name"), *(node.properties.get("aliases") or [])]
        for n in names:
            if not isinstance(n, str) or not key(n):
                continue
            k = key(n)
            keys = [k]
            if node.label in ("Region", "City"):
                keys.append(split_term_key(k)[0])
            for kk in keys:
                ids = self._index.setdefault(kk, [])
                if node.id not in ids:
                    ids.append(node.id)

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

    def parent(self, node_id: str) -> str | None:
        """The id ``node_id`` is LOCATED_IN (city -> region or country, district ->
        region, region -> country, country -> None), or None when unknown."""
        return self.gazetteer.parent(node_id)

    # -- resolution -----------------------------------------------------------------
    def resolve(self, text, kind: str | None = None, country: str | None = None) -> Resolution:
        """Resolve one name. ``kind`` (country, region, city, company, org) and
        ``country`` (ISO alpha-2) narrow the choice. Never raises on odd text."""
        want = _label(kind)
        cc = _country(country)
        clean = _clean(text)
        if not key(clean):
            return self._unresolved(clean or "unnamed", clean, None, None, want, cc,
                                    "empty name")
        if want == "Country" and clean.upper() in self.gazetteer.codes and len(clean) <= 3:
            # Sheets often give countries as codes (BY, BLR); only when asked for one,
            # since "US" or "UK" in running text may mean something else.
            ranked, body, hint, how = [self.gazetteer.codes[clean.upper()]], None, None, "code"
        else:
            ranked, body, hint, how = self._candidates(clean, want, cc)
        if not ranked and cc is None:
            # "Minsk, Belarus" / "Minsk (Belarus)": the tail is a country hint.
            m = _TRAILING_COUNTRY.match(clean)
            tail = m and (m.group("c1") or m.group("c2"))
            tail_ids = self.gazetteer.lookup(key(tail)) if tail else []
            tail_cc = next((self.gazetteer.entries[i].country for i in tail_ids
                            if i.startswith("country:")), None)
            if tail_cc:
                res = self.resolve(m.group("place"), kind, tail_cc)
                if res.resolved:
                    return res
        if not ranked:
            place, body, level = split_body(clean)
            base, term = split_term_key(key(place))
            return self._unresolved(clean, place, body, term or level, want, cc,
                                    "not in the gazetteer")
        return self._resolved(ranked, body, hint, how)

    def search(self, name: str, limit: int = 5) -> list[Resolution]:
        """Ranked candidates for ``name``, best first; close spellings when nothing
        matches exactly (for ``relgraph resolve``)."""
        clean = _clean(name)
        if not key(clean):
            return []
        ranked, body, hint, how = self._candidates(clean, None, None)
        out = [self._resolved(ranked[i:], body, hint, how) for i in range(len(ranked))]
        if not out:
            k = key(clean)
            pool = [x for x in self.gazetteer.index if x[:1] == k[:1]]
            pool += [x for x in self._index if x[:1] == k[:1]]
            seen = set()
            for close in difflib.get_close_matches(k, pool, n=limit * 3, cutoff=0.75):
                for eid in self._index.get(close, []) + self.gazetteer.lookup(close):
                    if eid not in seen:
                        seen.add(eid)
                        out.append(self._resolved([eid], None, None,
                                                  f"close to {close!r}"))
        return out[:limit]

    # -- internals ------------------------------------------------------------------
    def _entry_kind(self, eid: str) -> tuple[str, int | None, int]:
        """(label, level, population) of a gazetteer or registered id."""
        e = self.gazetteer.entries.get(eid)
        if e is not None:
            return e.label, e.level, e.population or 0
        n = self._nodes[eid]
        return n.label, n.properties.get("level"), n.properties.get("population") or 0

    def _country_of(self, eid: str) -> str | None:
        e = self.gazetteer.entries.get(eid)
        if e is not None:
            return e.country
        return self._nodes[eid].properties.get("country")

    @staticmethod
    def _tier(label: str, level: int | None, hint: str | None) -> int:
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

    def _candidates(self, clean: str, want: str | None, cc: str | None):
        """(ranked ids, body, hint, how) for a cleaned name."""
        whole = key(clean)
        # A registered node named exactly like the text ("Council of Europe") wins
        # before any organ or term is split off.
        found = self._collect((whole,), None, want, cc, gazetteer=False)
        if found:
            return [eid for _, eid in sorted(found)][:_MAX_CANDIDATES], None, None, "name"
        place, body, level = split_body(clean)
        full = key(place)
        base, term = split_term_key(full)
        hint = term or level
        how = "name"
        found = self._collect((full, base), hint, want, cc)
        if not found and re.search("[а-яёіў]", place, re.I):
            for guess in _declined(full):
                found = self._collect((guess, split_term_key(guess)[0]), hint, want, cc)
                if found:
                    how = "declined form"
                    break
        ranked = [eid for _, eid in sorted(found)]
        return ranked[:_MAX_CANDIDATES], body, hint, how

    def _collect(self, keys, hint, want, cc, gazetteer: bool = True):
        """Scored candidates (rank tuple, id) indexed under ``keys``; the first key is
        the name as written, the others are reductions of it."""
        found = {}
        sources = [(0, self._index)] + ([(1, self.gazetteer.index)] if gazetteer else [])
        for source, index in sources:
            for i, k in enumerate(dict.fromkeys(keys)):
                for eid in index.get(k, ()):
                    if eid in found:
                        continue
                    label, level, pop = self._entry_kind(eid)
                    if want and label != want:
                        continue
                    if cc and self._country_of(eid) != cc:
                        continue
                    exact = i == 0 and self._is_full(eid, k)
                    tier = self._tier(label, level, hint)
                    # A term or organ that names another kind of place rules a
                    # candidate out, unless the text is one of its names as it stands.
                    if hint and tier == 9 and not exact:
                        continue
                    # Among namesakes a place called so beats one that only lists
                    # the name among its alternates (Stavropol vs Tolyatti, once
                    # "Stavropol-on-Volga"), and then the bigger place wins.
                    found[eid] = ((source, tier, not exact, not self._primary(eid, k),
                                   -pop, eid), eid)
        return list(found.values())

    def _primary(self, eid: str, k: str) -> bool:
        e = self.gazetteer.entries.get(eid)
        if e is None or e.label != "City":
            return True
        nk = key(e.name)
        return k in (nk, split_term_key(nk)[0])

    def _is_full(self, eid: str, k: str) -> bool:
        if eid in self._nodes:
            return True
        return eid in self.gazetteer.full.get(k, ())

    def _resolved(self, ranked: list[str], body, hint, how) -> Resolution:
        eid = ranked[0]
        node = self.node(eid)
        label, level, _ = self._entry_kind(eid)
        reason = f"{'registered' if eid in self._nodes else 'gazetteer'} {label.lower()}"
        reason += f" by {how}"
        if hint:
            reason += f"; the wording says {hint}"
        others = [o for o in ranked[1:] if self._entry_kind(o)[:2] != (label, level)]
        if others:
            rule = (f"{hint} wording decides" if hint else
                    "a bare name prefers country, then city, then region")
            reason += f"; ambiguous with {', '.join(others[:5])} ({rule})"
        return Resolution(eid, node.label, node.properties.get("name", eid),
                          self._country_of(eid), body, True, reason, tuple(ranked), node)

    def _unresolved(self, clean, place, body, hint, want, cc, why) -> Resolution:
        if want is not None:
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
            slug_src = _strip_term(place)
            if label == "Region" and hint in ("region", "district"):
                props["level"] = 2 if hint == "district" else 1
        else:
            name, slug_src, body = clean, clean, None
        if label == "Country":
            nid = f"country:{(cc or 'xx').lower()}" if cc else node_id("country", None, name)
        else:
            nid = node_id(prefix, cc, slug_src or name)
        props = {"name": name, **({"country": cc} if cc else {}), **props}
        return Resolution(nid, label, name, cc, body, False,
                          f"{why}; id made from the name as "
                          f"{'an' if label == 'Organization' else 'a'} {label.lower()}", (),
                          Node(label, nid, props))


def _strip_term(place: str) -> str:
    """``place`` without a leading or trailing generic term, as written."""
    words = place.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) > n and key(" ".join(words[-n:])) in TERMS:
                words, changed = words[:-n], True
                break
            if len(words) > n and key(" ".join(words[:n])) in TERMS:
                words, changed = words[n:], True
                while len(words) > 1 and words[0].lower() in ("of", "the"):
                    words = words[1:]
                break
    return " ".join(words)
