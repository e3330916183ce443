"""Region name forms: does a first-level region, written as readers write it, reach its id?

    python -m benchmarks.region_variants [--countries ru,by] [--forms head,alias]
                                         [--misses N] [--base REV]

For every first-level region of the gazetteer in a set of countries this generates,
mechanically, the forms a text may use for it (the gazetteer's name; the base with its
head word in title and lower case, "the X Region" / "the X region", another head word
in use, "the X Region of <Country>", a shared plural "the X and Y regions"; every alias
of the region with and without a head word; romanisations of its Russian name by other
systems, "the Briansk Region"; and, to check the other way, the bare name of a region
named like its capital, which must stay the town, except in the partnership
sentence, whose "partner regions" is its head word). Each form is put into three
sentences of different relation types (a supply from a firm to the region, an
agreement with a known foreign region, a partnership of regions) and extracted on its
own; a sentence counts as right when a candidate of the frame's type carries the
region's id. Otherwise it says what the region became: a city, a firm, a region of
another country or an unknown one, or nothing.

Prints one Markdown table: per form, sentences, right, and the wrong readings. With
``--base REV`` (a git revision, see ``benchmarks.baseline``) the same sweep runs with
that revision's code too (in a child process, same sentences) and the table gives the
right readings before and after per form.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict

from relgraph.loaders.gazetteer import bundled_rows, load_gazetteer
from relgraph.loaders.gazetteer.names import key, split_term_key, strip_term

COUNTRIES = ("ru by kz ua uz kg cn pl lt lv am ge mn az md tj tm vn de").split()

# The English head word a reader uses for each kind of region of ``regions.csv``, and
# another one in use beside it.
_HEAD = {"oblast": ("Oblast", "Province"), "krai": ("Krai", "Territory"),
         "republic": ("Republic", None), "autonomous_republic": ("Autonomous Republic", None),
         "province": ("Province", None), "autonomous_region": ("Autonomous Region", None),
         "voivodeship": ("Voivodeship", "Province"), "county": ("County", None),
         "aimag": ("Aimag", "Province"), "marz": ("Province", "Marz"),
         "mkhare": ("Region", "Mkhare"), "autonomous_okrug": ("Autonomous Okrug",
                                                              "Autonomous District"),
         "autonomous_oblast": ("Autonomous Oblast", "Autonomous Region"),
         "welayat": ("Province", "Velayat"), "district": ("District", None),
         "atu": ("Autonomous Territorial Unit", None), "region": ("Region", None),
         "": ("State", None)}
_COUNTRY = {"ru": "Russia", "by": "Belarus", "kz": "Kazakhstan", "ua": "Ukraine",
            "uz": "Uzbekistan", "kg": "Kyrgyzstan", "cn": "China", "pl": "Poland",
            "lt": "Lithuania", "lv": "Latvia", "am": "Armenia", "ge": "Georgia",
            "mn": "Mongolia", "az": "Azerbaijan", "md": "Moldova", "tj": "Tajikistan",
            "tm": "Turkmenistan", "vn": "Vietnam", "de": "Germany"}

# Romanisation systems of Russian in use (ASCII forms), letters that differ between
# them; the rest is common to all.
_COMMON = dict(zip("абвгдезиклмнопрстуфыэ", "abvgdeziklmnoprstufye", strict=True))
_COMMON.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                "ь": "", "ъ": ""})
_SYSTEMS = {
    "BGN/PCGN": {"я": "ya", "ю": "yu", "ё": "yo", "й": "y"},
    "Library of Congress": {"я": "ia", "ю": "iu", "ё": "e", "й": "i"},
    "scientific": {"я": "ja", "ю": "ju", "ё": "jo", "й": "j", "ж": "zh", "х": "ch",
                   "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch"},
    "plain e": {"я": "ya", "ю": "yu", "ё": "e", "й": "y", "ы": "y"},
}


def romanise(text: str, system: str) -> str:
    """``text`` (Russian) in one romanisation system, capitalised as written.

    >>> romanise("Брянск", "Library of Congress"), romanise("Могилёв", "BGN/PCGN")
    ('Briansk', 'Mogilyov')
    """
    table = {**_COMMON, **_SYSTEMS[system]}
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low, ch)
        out.append(rep.capitalize() if ch != low and rep else rep)
    return "".join(out)


def _ru_stems(ru: str) -> list[str]:
    """The place names a Russian region adjective may stand for ("Брянская область":
    Брянск; "Могилёвская": Могилёв, Могилёвск)."""
    word = ru.split()[0]
    if not word.endswith(("ская", "цкая")):
        return []
    return [word[:-2], word[:-4]]


def romanisations(base: str, ru: str) -> list[str]:
    """Other romanisations of a region's base, from its Russian name: spellings a
    reader meets that differ from the base and from each other by key."""
    stems = _ru_stems(ru)
    if not stems:
        return []
    # Only a stem that one of the systems spells as the English base is the base's
    # name ("Гродненская" gives "Grodnen", not Grodno: no variants from it).
    stem = next((s for s in stems for system in _SYSTEMS
                 if key(romanise(s, system)) == key(base)), None)
    if stem is None:
        return []
    out = {}
    for system in _SYSTEMS:
        form = romanise(stem, system)
        if key(form) != key(base):
            out.setdefault(key(form), form)
    return list(out.values())


def _prominent_town(gaz, name: str) -> str | None:
    """The id of a prominent town named ``name`` exactly, if any."""
    for eid, flag in gaz.hits(key(name)):
        e = gaz.entries[eid]
        if e.label == "City" and flag == "n" and e.prominent:
            return eid
    return None


def _namesake_town(gaz, region_id: str, name: str) -> tuple[str | None, bool]:
    """``(town, ambiguous)`` for a bare ``name``: a prominent town named so stands for
    it (the town stays the town); a town known by it only as another name and lying in
    the region (Khiva for "Khorezm", Taraz for "Zhambyl") leaves it ambiguous; a town
    elsewhere with the name only as an alternate does not count."""
    ambiguous = False
    for eid, flag in gaz.hits(key(name)):
        e = gaz.entries[eid]
        if e.label != "City" or not e.prominent:
            continue
        if flag == "n":
            return eid, False
        parent = e.parent
        for _ in range(3):
            ambiguous = ambiguous or parent == region_id
            parent = gaz.parent(parent) if parent else None
    return None, ambiguous


def regions(countries) -> list[dict]:
    """Every first-level region of ``countries``: id, base, head words, aliases,
    Russian name, country name."""
    gaz = load_gazetteer()
    rows = {f"region:{r['cc'].lower()}:{r['slug']}": r for r in bundled_rows("regions.csv")}
    out = []
    for cc in countries:
        for e in gaz.places_in(cc.upper(), "Region"):
            if e.level != 1:
                continue
            row = rows.get(e.id, {})
            term = row.get("term", "")
            base = strip_term(e.name)
            if cc == "de" and base.lower().startswith(("state of ", "city state ")):
                base = base.split()[-1]
            head, other = _HEAD.get(term, ("Region", None))
            aliases = [a for a in e.aliases
                       if split_term_key(key(a))[0] != split_term_key(key(base))[0]
                       and key(a) != key(e.name) and a.isascii()]
            out.append({"id": e.id, "cc": cc, "name": e.name, "base": base,
                        "head": head, "other": other, "aliases": aliases,
                        "ru": row.get("ru", ""), "country": _COUNTRY[cc],
                        "town": _namesake_town(gaz, e.id, base)})
    return out


def forms(r: dict, partner_base: str) -> list[tuple[str, str, str]]:
    """(form class, text, expected: ``region`` or ``town``) for one region."""
    b, out = r["base"], []
    out.append(("gazetteer name", r["name"], "region"))
    if r["head"] != "State":
        if r["head"] == "Republic":
            out.append(("X Head", f"{b} Republic", "region"))
            out.append(("head first", f"the Republic of {b}", "region"))
        else:
            out.append(("X Head", f"{b} {r['head']}", "region"))
            out.append(("X head (lower case)", f"{b} {r['head'].lower()}", "region"))
        if r["other"]:
            out.append(("X other head", f"{b} {r['other']}", "region"))
    out.append(("the X Region", f"the {b} Region", "region"))
    out.append(("the X region", f"the {b} region", "region"))
    out.append(("X Region of Country", f"the {b} Region of {r['country']}", "region"))
    out.append(("X region of Country", f"the {b} region of {r['country']}", "region"))
    if r["head"] not in ("Region", "State", "Republic"):
        out.append(("X Head of Country", f"the {b} {r['head']} of {r['country']}", "region"))
    out.append(("the X and Y regions", f"the {b} and {partner_base} regions", "region"))
    for a in r["aliases"]:
        if " " not in a and not _prominent_town(load_gazetteer(), a):
            out.append(("alias, bare", a, "region"))
        if split_term_key(key(a))[1] is None:
            out.append(("alias + region", f"the {a} region", "region"))
    if r["ru"]:
        for v in romanisations(b, r["ru"]):
            out.append(("romanisation + Region", f"the {v} Region", "region"))
            out.append(("romanisation + head", f"{v} {r['head']}", "region"))
    town, ambiguous = r["town"]
    if town:
        out.append(("bare capital (a town)", b, "town"))
    elif b != r["name"] and not ambiguous:
        out.append(("bare name (no namesake capital)", b, "region"))
    return out


_FIRM = {"by": ("Rostselmash", "company:ru:rostselmash")}
_DEFAULT_FIRM = ("Amkodor", "company:by:amkodor")
_PARTNER = {"by": ("Smolensk", "region:ru:smolensk")}
_DEFAULT_PARTNER = ("Vitebsk", "region:by:vitebsk")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentences(r: dict, form: str, text: str) -> list[tuple[str, str, str]]:
    """(relation type, sentence, the other party's id) for a form in its three frames."""
    firm, _ = _FIRM.get(r["cc"], _DEFAULT_FIRM)
    pbase, pid = _PARTNER.get(r["cc"], _DEFAULT_PARTNER)
    if form == "the X and Y regions":
        return [("SUPPLIES_TO", f"In 2019 {firm} supplied road machinery to {text}.", pid),
                ("SIGNED_AGREEMENT", f"In 2017 {text} signed a cooperation agreement.", pid),
                ("TWINNED_WITH", f"{_cap(text)} have been partner regions since 2012.", pid)]
    return [("SUPPLIES_TO", f"In 2019 {firm} supplied road machinery to {text}.", None),
            ("SIGNED_AGREEMENT", f"In 2017 {text} signed a cooperation agreement with "
             f"the {pbase} Region.", pid),
            ("TWINNED_WITH", f"The {pbase} Region and {text} have been partner regions "
             f"since 2012.", pid)]


def outcome(cands: list[dict], rtype: str, want: str, expect: str, firm_id: str,
            partner: str | None) -> str:
    """``right`` or what the region was read as."""
    parties = [p for c in cands if c["type"] == rtype
               for p in (c["source"], c["target"])]
    if expect == "town":
        if any(p["id"] == want for p in parties):
            return "region (should be the town)"
        return "right" if any(p["id"].startswith("city:") for p in parties) else "nothing"
    if any(p["id"] == want for p in parties):
        return "right"
    others = [p for p in parties if p["id"] not in (firm_id, partner)]
    if not others:
        return "nothing"
    pid = others[0]["id"]
    kind, cc = pid.split(":")[:2]
    if kind == "region":
        return "unknown region" if cc == "xx" else "region, other"
    if kind == "city":
        return "city"
    if kind in ("company", "org"):
        return "firm or body"
    return kind


def run(countries, only_forms=None, misses: int = 0) -> tuple[dict, list, float]:
    from relgraph.loaders.extract import extract_text
    table: dict[str, Counter] = defaultdict(Counter)
    wrong: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()
    regs = regions(countries)
    for r in regs:
        pbase = _PARTNER.get(r["cc"], _DEFAULT_PARTNER)[0]
        firm_id = _FIRM.get(r["cc"], _DEFAULT_FIRM)[1]
        for form, text, expect in forms(r, pbase):
            if only_forms and not any(f in form for f in only_forms):
                continue
            for rtype, sent, partner in sentences(r, form, text):
                cands = extract_text(sent + "\n", "variants.txt").candidates
                # "X and Bryansk have been partner regions": the frame's own "regions"
                # is the head word, so a bare capital is the region there
                want = "region" if rtype == "TWINNED_WITH" else expect
                got = outcome(cands, rtype, r["id"], want, firm_id, partner)
                table[form][got] += 1
                table[form]["n"] += 1
                if got != "right":
                    wrong.append((form, sent, got))
    return table, wrong, time.perf_counter() - t0


_COLS = ("right", "city", "firm or body", "region, other", "unknown region", "nothing",
         "region (should be the town)")


def print_table(table: dict) -> None:
    print("| form | sentences | right | " + " | ".join(_COLS[1:]) + " |")
    print("|---|---:|---:|" + "---:|" * (len(_COLS) - 1))
    total = Counter()
    for form, c in table.items():
        total.update(c)
        cells = " | ".join(str(c[k]) for k in _COLS[1:])
        print(f"| {form} | {c['n']} | {c['right']} ({c['right'] / c['n']:.0%}) | {cells} |")
    cells = " | ".join(str(total[k]) for k in _COLS[1:])
    print(f"| all | {total['n']} | {total['right']} ({total['right'] / total['n']:.0%}) "
          f"| {cells} |")


def _sweep_with(site, countries, only) -> dict:
    """The sweep's table run by a child that imports relgraph from ``site``."""
    from benchmarks import baseline
    # This file loaded by its path: the repository root on sys.path would shadow the
    # relgraph package with its relgraph/ folder.
    code = ("import importlib.util, json; "
            f"spec = importlib.util.spec_from_file_location('rv', {__file__!r}); "
            "rv = importlib.util.module_from_spec(spec); spec.loader.exec_module(rv); "
            f"t, _, s = rv.run({countries!r}, {only!r}); "
            "print(json.dumps({'table': t, 'seconds': s}))")
    done = subprocess.run(baseline.python_argv(code), env=baseline.env_for(site),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_before_after(before: dict, after: dict) -> None:
    print("| form | sentences | right before | right after |")
    print("|---|---:|---:|---:|")
    nb = na = n = 0
    for form, c in after.items():
        b = before.get(form, {}).get("right", 0)
        a = c.get("right", 0)
        nb, na, n = nb + b, na + a, n + c["n"]
        print(f"| {form} | {c['n']} | {b} ({b / c['n']:.0%}) | {a} ({a / c['n']:.0%}) |")
    print(f"| all | {n} | {nb} ({nb / n:.0%}) | {na} ({na / n:.0%}) |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--countries", default=",".join(COUNTRIES),
                    help="ISO codes, comma-separated (default: all 19)")
    ap.add_argument("--forms", default="", help="only forms whose class contains one of "
                    "these words (comma-separated)")
    ap.add_argument("--misses", type=int, default=0, help="print this many wrong sentences")
    ap.add_argument("--base", help="git revision to compare with (before), e.g. main")
    args = ap.parse_args(argv)
    countries = [c.strip().lower() for c in args.countries.split(",") if c.strip()]
    only = [f for f in args.forms.split(",") if f]
    if args.base:
        from benchmarks import baseline
        before = _sweep_with(baseline.materialize(args.base), countries, only)
        after = _sweep_with(None, countries, only)
        print_before_after(before["table"], after["table"])
        print(f"\n{len(countries)} countries; {before['seconds']:.1f} s before, "
              f"{after['seconds']:.1f} s after")
        return 0
    table, wrong, elapsed = run(countries, only)
    print_table(table)
    print(f"\n{len(countries)} countries, {sum(c['n'] for c in table.values())} sentences "
          f"in {elapsed:.1f} s")
    for form, sent, got in wrong[:args.misses]:
        print(f"- [{form}] {got}: {sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
