"""Do the world's towns and first-level regions, written as texts write them, become parties?

    python benchmarks/world_places_sweep.py [--min-pop 15000] [--per-country 4]
                                            [--show N] [--base REV]

``place_names_sweep.py`` measures multiword towns of 300,000 people or more and the
countries; this sweep measures the rest of the world's places, drawn mechanically from
the bundled gazetteer, no hand list:

* **towns**: in every country, up to ``--per-country`` towns of ``--min-pop`` people
  or more whose name is one word and as many whose name has several, spread evenly
  over the country's towns by population (the largest, the smallest, and between);
  each also as written without diacritics ("Parnu", "Bassam"). Names no text writes
  so (a digit or a comma, a lower-case first or last word) are left out;
* **regions**: in every country, up to ``--per-country`` first-level regions spread
  evenly over its list, each in the forms a text uses: the gazetteer's name ("Batken
  Region", "Akita"), the bare name without its head word, the bare name with each
  head word the country's regions carry in the gazetteer (its names and aliases:
  "Akita Prefecture", "Nova Scotia Province", "Khovd Aimag"), "the X region", and
  each of these without diacritics.

A place counts only when the resolver alone, given the name, finds the expected id
(so the sweep measures the mention finder, not the gazetteer's choice among
namesakes); the others are reported as "resolver disagrees". Each form is put in
three frames of different relation types (start of a sentence, after "with", inside a
list "A, NAME and B"); a frame passes when a candidate of its type carries the
expected id on the expected side. Countries are grouped by where their places lie
(the mean coordinates of their towns), the CIS, China, Vietnam and Mongolia apart.

Negative frames put ordinary capitalised words, months and people's names where a
place would stand ("Monday", "March", "Director", "John Smith", "Maria"): they pass
when no candidate carries them as a place (a firm or body of that name is
another matter, the firm sweeps' to measure).

Prints Markdown tables of passes by country group and kind, and by kind and form;
``--base REV`` runs the sweep with that revision's code too (``benchmarks/baseline.py``)
and prints each cell as before -> after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from relgraph.loaders.extract.parties import text_resolver
from relgraph.loaders.extract.pipeline import extract_text
from relgraph.loaders.gazetteer import load_gazetteer

FOCUS = {"RU", "BY", "UA", "KZ", "KG", "UZ", "TJ", "TM", "AM", "AZ", "MD", "GE", "CN", "VN",
         "MN"}

# Head words of first-level regions in English; the ones a country uses are read from
# its regions' names and aliases in the gazetteer.
HEADS = ("Province", "Region", "County", "Prefecture", "Oblast", "Aimag", "State",
         "Department", "District", "Governorate", "Parish", "Voivodeship", "Krai",
         "Municipality", "Division", "Canton", "Territory")

# (label, type, side of the swept name, sentence); partners are single-word towns.
FRAMES = [
    ("start", "SIGNED_AGREEMENT", "source",
     "{name} signed a cooperation agreement with {p1} in 2019."),
    ("after with", "SIGNED_AGREEMENT", "target",
     "In 2015 {p2} signed a trade agreement with {name}."),
    ("in a list", "SUPPLIES_TO", "target",
     "Amkodor supplies loaders to {p1}, {name} and {p3}."),
]
# Words that stand where a place would and must not become a party.
NEGATIVE_WORDS = ["Monday", "March", "September", "Director", "Chairman", "Parliament",
                  "Tuesday", "Ministry", "John Smith", "Maria", "Peter", "Anna Petrova",
                  "Heritage", "Harvest", "Summit", "Festival"]
PARTNERS = ["Gomel", "Mogilev", "Vitebsk", "Grodno"]


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c)).replace("ʼ", "'").replace("ʻ", "'")


def _written(name: str) -> bool:
    words = name.split()
    return bool(words) and not re.search(r"[\d,()/]", name) and words[0][:1].isupper() \
        and words[-1][:1].isupper()


def _spread(items: list, n: int) -> list:
    if len(items) <= n:
        return items
    if n == 1:
        return items[:1]
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)]


def _group(country: str, lat: float, lon: float) -> str:
    if country in FOCUS:
        return "CIS/CN/VN/MN"
    if lon < -25:
        return "Americas"
    if lon > 160 or lon < -150 or (lat < -10 and lon > 110):
        return "Oceania"
    if lat >= 36 and lon < 45:
        return "Europe"
    if lon < 33 or (lat < 12 and lon < 52):
        return "Africa"
    if lon < 75:
        return "Middle East/S Asia W"
    return "Asia"


def _with_plain(forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for form, name in forms:
        out.append((form, name))
        if _plain(name) != name:
            out.append((form + ", plain", _plain(name)))
    return out


def places(min_pop: int, per_country: int) -> list[tuple[str, str, str, str, str]]:
    """``(country group, kind, form, name as written, expected id)``."""
    g = load_gazetteer()
    towns: dict[str, list] = defaultdict(list)
    where: dict[str, list] = defaultdict(list)
    for row in g.entries.prefixed("city:"):
        e = g.entries.at(row)
        if e.lat is not None and e.lon is not None and (e.population or 0) >= 1000:
            where[e.country].append((e.lat, e.lon))
        if (e.population or 0) >= min_pop and _written(e.name.strip()):
            towns[e.country].append(e)
    group = {}
    for cc, points in where.items():
        group[cc] = _group(cc, sum(p[0] for p in points) / len(points),
                           sum(p[1] for p in points) / len(points))
    out = []
    for cc in sorted(towns):
        ranked = sorted(towns[cc], key=lambda e: -(e.population or 0))
        for kind, multi in (("town, one word", False), ("town, multiword", True)):
            chosen = _spread([e for e in ranked
                              if bool(re.search(r"[\s'’-]", e.name.strip())) == multi],
                             per_country)
            for e in chosen:
                out += [(group.get(cc, "other"), kind, form, n, e.id)
                        for form, n in _with_plain([("name", e.name.strip())])]
    regions: dict[str, list] = defaultdict(list)
    for row in g.entries.prefixed("region:"):
        e = g.entries.at(row)
        if e.level in (1, None) and _written(e.name.strip()):
            regions[e.country].append(e)
    head_re = re.compile(rf"^(.+?)\s+({'|'.join(HEADS)})$", re.I)
    for cc in sorted(regions):
        heads: dict[str, int] = defaultdict(int)
        for e in regions[cc]:
            for n in [e.name, *(e.aliases or [])]:
                m = head_re.match(n.strip())
                if m:
                    heads[m.group(2).capitalize()] += 1
        used = sorted(heads, key=lambda h: -heads[h])[:2]
        for e in _spread(sorted(regions[cc], key=lambda e: e.id), per_country):
            name = e.name.strip()
            m = head_re.match(name)
            bare = m.group(1) if m else name
            forms = [("gazetteer name", name), ("bare", bare),
                     *((f"X {h}", f"{bare} {h}") for h in used),
                     ("the X region", f"the {bare} region")]
            seen = set()
            for form, n in _with_plain(forms):
                if n not in seen:
                    seen.add(n)
                    out.append((group.get(cc, "other"), "region", form, n, e.id))
    return out


def _passes(text: str, type_: str, side: str, want: str) -> bool:
    return any(c["type"] == type_ and c[side]["id"] == want
               for c in extract_text(text).candidates)


def _partners(name: str) -> dict:
    free = [p for p in PARTNERS if p.lower() not in name.lower()]
    return {"p1": free[0], "p2": free[1], "p3": "Almaty"}


def sweep(names, show: int = 0) -> dict:
    resolver = text_resolver()
    by_group: dict = {}
    by_form: dict = {}
    failures = []
    for group, kind, form, name, want in names:
        rows = [by_group.setdefault(f"{group} | {kind}", {"names": 0, "disagree": 0,
                                                          **{f[0]: 0 for f in FRAMES}}),
                by_form.setdefault(f"{kind} | {form}", {"names": 0, "disagree": 0,
                                                        **{f[0]: 0 for f in FRAMES}})]
        # A head word the resolver alone may not read ("Pando Department") is the
        # extractor's to read: the resolver is asked for the region by its bare name.
        headed = re.fullmatch(rf"(?:the )?(.+?) (?:{'|'.join(HEADS)}|region)", name)
        check = (resolver.resolve(headed.group(1), kind="Region") if headed and
                 want.startswith("region:") and form.startswith(("X ", "the X"))
                 else resolver.resolve(name))
        if check.id != want:
            for row in rows:
                row["disagree"] += 1
            continue
        for row in rows:
            row["names"] += 1
        for label, type_, side, frame in FRAMES:
            text = frame.format(name=name, **_partners(name))
            if label == "start":
                text = text[0].upper() + text[1:]
            if _passes(text, type_, side, want):
                for row in rows:
                    row[label] += 1
            else:
                failures.append((group, kind, form, label, name))
    for group, kind, form, label, name in failures[:show]:
        print(f"  miss  {group:20} {kind:16} {form:22} {label:11} {name}")
    return {"by group": by_group, "by form": by_form}


def negative(show: int = 0) -> dict:
    """Frames with ordinary words where a place would be: pass when no candidate
    carries the word."""
    row = {"names": 0, "disagree": 0, **{f[0]: 0 for f in FRAMES}}
    for word in NEGATIVE_WORDS:
        row["names"] += 1
        for label, _, side, frame in FRAMES:
            text = frame.format(name=word, **_partners(word))
            bad = [c for c in extract_text(text).candidates
                   if word.split()[-1] in (c[side]["name"] or "")
                   and c[side]["id"].startswith(("city:", "region:", "country:"))]
            if bad:
                if show:
                    print(f"  false {label:11} {word}: {bad[0][side]['id']}")
            else:
                row[label] += 1
    return {"ordinary words": row}


def _print(table: dict, base: dict | None, first: str) -> None:
    labels = [f[0] for f in FRAMES]
    keys = ["names", "disagree", *labels]

    def cell(group, k, value):
        if base is None:
            return str(value)
        return f"{base.get(group, {}).get(k, 0)} -> {value}"

    print(f"| {first} | names | resolver disagrees | " + " | ".join(labels) + " |")
    print("|" + "---|" * (first.count("|") + 3 + len(labels)))
    total = dict.fromkeys(keys, 0)
    for group in sorted(table):
        row = table[group]
        print(f"| {group} | " + " | ".join(cell(group, k, row[k]) for k in keys) + " |")
        for k in total:
            total[k] += row[k]
    if base is not None:
        base = {"all": {k: sum(r.get(k, 0) for r in base.values()) for k in total}}
    print("| all | " + " | ".join(cell("all", k, total[k]) for k in keys) + " |")


def run(args) -> dict:
    result = sweep(places(args.min_pop, args.per_country), args.show)
    result["negative"] = negative(args.show)
    return result


def _base_run(rev: str, argv: list[str]) -> dict:
    sys.path.append(str(Path(__file__).resolve().parent.parent))
    from benchmarks.baseline import script_json

    return script_json(rev, __file__, argv)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-pop", type=int, default=15_000)
    ap.add_argument("--per-country", type=int, default=4)
    ap.add_argument("--show", type=int, default=0, help="list up to N failing names")
    ap.add_argument("--base", help="also run this git revision's code (before -> after)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    base = None
    if args.base:
        base = _base_run(args.base, ["--min-pop", str(args.min_pop),
                                     "--per-country", str(args.per_country)])
    result = run(args)
    if args.json:
        print(json.dumps(result))
        return 0
    print("## World towns and regions in three frames, by country group and kind (passes)\n")
    _print(result["by group"], base and base["by group"], "country group | kind")
    print("\n## By kind and form\n")
    _print(result["by form"], base and base["by form"], "kind | form")
    print("\n## Negative frames: ordinary words, months, people's names "
          "(passes: no candidate carries them as a place)\n")
    _print(result["negative"], base and base["negative"], "words")
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
