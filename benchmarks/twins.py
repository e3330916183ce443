"""Convert the two public twin-town sets into relgraph's sheet format, mechanically.

    python -m benchmarks.twins [--data ../shared/data/twins] [--out out/twins]

Writes ``OUT/wikipedia/`` and ``OUT/wikidata/``, each a folder of sheets that
``relgraph load`` reads: ``sources.csv``, ``cities.csv`` and ``twinnings.csv``.

The conversion is purely mechanical, as a user with a spreadsheet would do it: no name
is fixed by hand, no row is dropped for being odd (the loader must say what is wrong).

- Country strings become ISO 3166-1 alpha-2 codes through the set's own lookup table
  (``country_name_to_iso2.csv``); a string the table maps to nothing stays empty.
- Wikipedia: one ``cities.csv`` row per distinct (name, country), with the coordinates
  first seen for it; one ``twinnings.csv`` row per link, both ends written
  ``Name [city, CC]`` (``Name [city]`` when the country is empty).
- Wikidata: one ``cities.csv`` row per item (label, country, lat, lon, population,
  ``wikidata`` QID); one ``twinnings.csv`` row per edge, ends written as above.

The data folder is not part of the repository (see its SOURCE.md); nothing here is
downloaded.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "twins"

SOURCES = {
    "wikipedia": ("wikipedia-twin-lists",
                  "Lists of twin towns and sister cities (English Wikipedia), "
                  "scraped and geocoded by the Hekman/twincities project",
                  "https://github.com/Hekman/twincities", "2026-02-08"),
    "wikidata": ("wikidata-p190",
                 "Wikidata 'twinned administrative body' (P190) between cities, "
                 "albertoursino/graphs-comparison extract",
                 "https://github.com/albertoursino/graphs-comparison", "2022-01-09"),
}


def reference(name: str, country: str) -> str:
    """How a sheet names a city: ``Name [city, CC]``."""
    return f"{name} [city, {country}]" if country else f"{name} [city]"


def country_codes(data: Path) -> dict[str, str]:
    with open(data / "country_name_to_iso2.csv", newline="", encoding="utf-8") as f:
        return {row["country_name"]: row["iso2"] for row in csv.DictReader(f)}


def _write(path: Path, header: list[str], rows: Iterable[Iterable]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
            n += 1
    return n


def _write_source(out: Path, which: str) -> str:
    key, title, url, published = SOURCES[which]
    _write(out / "sources.csv", ["key", "title", "url", "published"],
           [[key, title, url, published]])
    return key


def convert_wikipedia(data: Path, out: Path) -> dict[str, int]:
    """``wikipedia/twin_cities_geocoded.csv`` -> sheets in ``out``; returns row counts."""
    iso = country_codes(data)
    source = _write_source(out, "wikipedia")
    cities: dict[tuple[str, str], tuple[str, str]] = {}
    links = []
    with open(data / "wikipedia" / "twin_cities_geocoded.csv", newline="",
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ends = []
            for side in ("1", "2"):
                name, cc = row[f"city{side}"], iso.get(row[f"country{side}"], "")
                cities.setdefault((name, cc), (row[f"lat{side}"], row[f"lng{side}"]))
                ends.append(reference(name, cc))
            links.append([*ends, source])
    n_cities = _write(out / "cities.csv", ["name", "country", "lat", "lon"],
                      ([name, cc, lat, lon] for (name, cc), (lat, lon) in cities.items()))
    n_links = _write(out / "twinnings.csv", ["a", "b", "sources"], links)
    return {"cities": n_cities, "twinnings": n_links}


def convert_wikidata(data: Path, out: Path) -> dict[str, int]:
    """``wikidata/nodes.csv`` + ``edges.csv`` -> sheets in ``out``; returns row counts."""
    iso = country_codes(data)
    source = _write_source(out, "wikidata")
    items = {}
    with open(data / "wikidata" / "nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc = row["country_iso2"] or iso.get(row["country"], "")
            items[row["qid"]] = (row["label"], cc, row["lat"], row["lon"], row["population"])
    n_cities = _write(out / "cities.csv",
                      ["name", "country", "lat", "lon", "population", "wikidata"],
                      ([name, cc, lat, lon, pop, qid]
                       for qid, (name, cc, lat, lon, pop) in items.items()))
    with open(data / "wikidata" / "edges.csv", newline="", encoding="utf-8") as f:
        links = [[reference(*items[r["source_qid"]][:2]),
                  reference(*items[r["target_qid"]][:2]), source]
                 for r in csv.DictReader(f)]
    n_links = _write(out / "twinnings.csv", ["a", "b", "sources"], links)
    return {"cities": n_cities, "twinnings": n_links}


def convert(data: Path = DEFAULT_DATA, out: Path = ROOT / "out" / "twins"
            ) -> dict[str, dict[str, int]]:
    """Both sets; returns ``{set: {sheet: rows}}``."""
    if not (data / "country_name_to_iso2.csv").is_file():
        raise SystemExit(f"no twin-town data in {data} (see --data)")
    return {"wikipedia": convert_wikipedia(data, out / "wikipedia"),
            "wikidata": convert_wikidata(data, out / "wikidata")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder of the twin-town sets (default: ../shared/data/twins)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "twins",
                    help="where to write the sheets (default: out/twins)")
    args = ap.parse_args()
    for name, counts in convert(args.data, args.out).items():
        print(f"{name}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
              + f" -> {args.out / name}")


if __name__ == "__main__":
    main()
