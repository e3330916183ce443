"""How many multiword place names the extractor reads whole, and to the right id.

    python benchmarks/place_names_sweep.py [--min-pop 300000] [--focus-min-pop 30000]
                                           [--show N] [--base REV]

The names come mechanically from the bundled gazetteer, not from a hand list:

* **cities**: every city of ``--min-pop`` people or more whose name has two words or
  more (spaces, hyphens or an apostrophe: "Dar es Salaam", "Rostov-on-Don",
  "Ho Chi Minh City"), and every such city of ``--focus-min-pop`` or more in the CIS,
  China, Vietnam and Mongolia; each also as a reader writes it without diacritics
  ("Saint-Etienne") and with "Saint" shortened ("St. Petersburg", "St Petersburg").
  Left out are GeoNames names no text writes so: with a digit or a comma ("Sector 3",
  "Mianzhu, Deyang, Sichuan"), opening or ending in a lower-case word ("gorod X",
  "Komendantsky aerodrom");
* **countries and territories**: every ISO 3166-1 entry of the gazetteer (pycountry's
  list: Guam, the Falkland Islands, Sint Maarten, Hong Kong ... are there as their own
  country-like parties), by its name without a bracketed qualifier ("Falkland Islands
  (Malvinas)" -> "Falkland Islands") and with an inverted name turned round
  ("Virgin Islands, British" -> "British Virgin Islands"). A country is no party of a
  twinning, so its "after with" frame is an agreement.

A town counts only when the resolver alone, given the name, finds the expected id (so
the sweep measures the mention finder, not the gazetteer's choice among namesakes);
the others are reported as "resolver disagrees". Countries and territories always
count: they have no namesake to choose among. Each name is put in three frames of
different relation types and positions (start of a sentence, after "with", inside a
list "A, NAME and B"); a frame passes when a candidate of its type carries the
expected id on the expected side. Negative frames put single-word cities before words
that must not join them ("Minsk and Brest", "on Monday", "in 2019", "de facto",
"upon request"): they pass when the city keeps its own id.

Prints a Markdown table of passes per group and frame and the time taken;
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
from pathlib import Path

from relgraph.loaders.extract.parties import text_resolver
from relgraph.loaders.extract.pipeline import extract_text
from relgraph.loaders.gazetteer import bundled_rows, load_gazetteer

FOCUS = {"RU", "BY", "UA", "KZ", "KG", "UZ", "TJ", "TM", "AM", "AZ", "MD", "GE", "CN", "VN",
         "MN"}

# (name, type, side of the swept name, sentence); partners are single-word towns.
FRAMES = [
    ("start", "SIGNED_AGREEMENT", "source",
     "{name} signed a cooperation agreement with {p1} in 2019."),
    ("after with", "TWINNED_WITH", "target", "In 2015 {p2} was twinned with {name}."),
    ("after with", "SIGNED_AGREEMENT", "target",
     "In 2015 {p2} signed a trade agreement with {name}."),   # countries
    ("in a list", "SUPPLIES_TO", "target",
     "Amkodor supplies loaders to {p1}, {name} and {p3}."),
]
NEGATIVE = [
    ("and", "SIGNED_AGREEMENT", "source", "{name} and Brest signed an agreement with {p1}."),
    ("on Monday", "SIGNED_AGREEMENT", "target", "{p1} signed an agreement with {name} on Monday."),
    ("in 2019", "TWINNED_WITH", "target", "{p2} was twinned with {name} in 2019."),
    ("de facto", "TWINNED_WITH", "target",
     "{p2} has been twinned with {name} de facto since 2010."),
    ("upon request", "SUPPLIES_TO", "target", "Amkodor supplies loaders to {name} upon request."),
]
PARTNERS = ["Gomel", "Mogilev", "Vitebsk", "Grodno"]


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def _variants(name: str) -> list[str]:
    out = [name]
    if _plain(name) != name:
        out.append(_plain(name))
    m = re.match(r"Saint([ -])(.*)", name)
    if m:
        out += [f"St. {m.group(2)}", f"St {m.group(2)}"]
    return out


def cities(min_pop: int, focus_min_pop: int) -> list[tuple[str, str, str]]:
    """``(group, name as written, expected id)`` of the multiword cities."""
    g = load_gazetteer()
    out = []
    for row in g.entries.prefixed("city:"):
        e = g.entries.at(row)
        pop = e.population or 0
        name = e.name.strip()
        if not e.prominent or not re.search(r"[\s'’-]", name) or re.search(r"[\d,]", name) \
                or not name[:1].isupper() or not name.split()[-1][:1].isupper():
            continue
        if pop >= min_pop:
            group = "cities, world"
        elif e.country in FOCUS and pop >= focus_min_pop:
            group = "cities, CIS/CN/VN/MN"
        else:
            continue
        out += [(group, v, e.id) for v in _variants(e.name)]
    return out


def territories() -> list[tuple[str, str, str]]:
    """``(group, name, id)`` of every ISO 3166-1 entry, as a reader names it."""
    out = []
    for row in bundled_rows("countries.csv"):
        name = re.sub(r"\s*\([^)]*\)", "", row["name"]).strip()
        inverted = re.fullmatch(r"([^,]+),\s*(.+)", name)
        if inverted:
            name = f"{inverted.group(2)} {inverted.group(1)}"
        group = "countries, multiword" if " " in name else "countries, one word"
        out.append((group, name, f"country:{row['iso2'].lower()}"))
    return out


def _passes(text: str, type_: str, side: str, want: str) -> bool:
    for c in extract_text(text).candidates:
        if c["type"] == type_ and c[side]["id"] == want:
            return True
    return False


def _partners(name: str) -> dict:
    free = [p for p in PARTNERS if p.lower() not in name.lower()]
    return {"p1": free[0], "p2": free[1], "p3": "Almaty"}


def sweep(names, frames, show: int = 0) -> dict:
    resolver = text_resolver()
    table: dict = {}
    failures: list = []
    for group, name, want in names:
        row = table.setdefault(group, {"names": 0, "disagree": 0,
                                       **{f[0]: 0 for f in frames}})
        if not want.startswith("country:") and resolver.resolve(name).id != want:
            row["disagree"] += 1
            continue
        row["names"] += 1
        for label, type_, side, frame in frames:
            if sum(f[0] == label for f in frames) > 1 and \
                    (type_ == "TWINNED_WITH") == want.startswith("country:"):
                continue   # one "after with" frame for towns, another for countries
            if _passes(frame.format(name=name, **_partners(name)), type_, side, want):
                row[label] += 1
            else:
                failures.append((group, label, name))
    for group, label, name in failures[:show]:
        print(f"  miss  {group:22} {label:12} {name}")
    return table


def _labels(frames) -> list[str]:
    return list(dict.fromkeys(f[0] for f in frames))


def _print(table: dict, frames, base: dict | None = None) -> None:
    labels = _labels(frames)

    def cell(group, k, value):
        if base is None:
            return str(value)
        return f"{base.get(group, {}).get(k, 0)} -> {value}"

    print("| group | names | resolver disagrees | " + " | ".join(labels) + " |")
    print("|---|---|---|" + "---|" * len(labels))
    total = {k: 0 for k in ["names", "disagree", *labels]}
    for group, row in table.items():
        print(f"| {group} | " + " | ".join(cell(group, k, row[k])
                                            for k in ["names", "disagree", *labels]) + " |")
        for k in total:
            total[k] += row[k]
    if base is not None:
        base = {"all": {k: sum(r.get(k, 0) for r in base.values()) for k in total}}
    print("| all | " + " | ".join(cell("all", k, total[k])
                                  for k in ["names", "disagree", *labels]) + " |")


def run(args) -> dict:
    positive = cities(args.min_pop, args.focus_min_pop) + territories()
    g = load_gazetteer()
    singles = sorted({(e.population or 0, e.name, e.id)
                      for e in (g.entries.at(r) for r in g.entries.prefixed("city:"))
                      if e.prominent and (e.population or 0) >= args.min_pop
                      and re.fullmatch(r"[A-Z][a-z]+", e.name)}, reverse=True)[:150]
    return {"positive": sweep(positive, FRAMES, args.show),
            "negative": sweep([("single-word cities", n, i) for _, n, i in singles],
                              NEGATIVE, args.show)}


def _base_run(rev: str, argv: list[str]) -> dict:
    sys.path.append(str(Path(__file__).resolve().parent.parent))
    from benchmarks.baseline import script_json

    return script_json(rev, __file__, argv)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-pop", type=int, default=300_000)
    ap.add_argument("--focus-min-pop", type=int, default=30_000)
    ap.add_argument("--show", type=int, default=0, help="list up to N failing names")
    ap.add_argument("--base", help="also run this git revision's code (before -> after)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    base = None
    if args.base:
        base = _base_run(args.base, ["--min-pop", str(args.min_pop),
                                     "--focus-min-pop", str(args.focus_min_pop)])
    result = run(args)
    if args.json:
        print(json.dumps(result))
        return 0
    print("## Multiword place names in three frames (passes)\n")
    _print(result["positive"], FRAMES, base and base["positive"])
    print("\n## Negative frames: single-word cities before words that must not join "
          "(passes: the city keeps its own id)\n")
    _print(result["negative"], NEGATIVE, base and base["negative"])
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
