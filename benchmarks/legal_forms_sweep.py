"""How many firms named with a legal form the extractor reads as a party of that form's country.

    python benchmarks/legal_forms_sweep.py [--show N] [--base REV]

The forms come mechanically from the ``cleanco`` package's term data
(``terms_by_country``), not from a hand list: every (country, form) pair whose country
the country table knows, each form as texts write it after a name (undotted forms in
capitals, "EPE"; dotted ones as listed, "s.r.o."), left out only the forms that are
English words ("company", "limited") or an American state's code. Each form closes an
invented firm name (two made-up words, another for every pair) in sentence frames of
supply and agreement: at the start ("X <form> supplies valves to Gomel"), after "with"
("Gomel signed a contract with X <form>"), inside a list ("Amkodor supplies loaders to
Gomel, X <form> and Zenit"). A frame passes when a candidate of its type has a company
party on the expected side whose id is the firm's name without its form and whose
country is one of the countries cleanco gives that form (a form of several countries
cannot say which). Groups: forms of one country and of several.

Negative frames put the short forms in capitals and in lower case where they are
ordinary words or another abbreviation ("as", "da", "pt", "sa", "co" ...), after a
capitalised name ("Gomel as a partner", "Zenit Da Silva"): they pass when no company
party takes the short form into its name.

Prints a Markdown table of passes per group and frame and the time taken; ``--base
REV`` runs the sweep with that revision's code too (``benchmarks/baseline.py``) and
prints each cell as before -> after.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from relgraph.loaders.extract.countries import country_code
from relgraph.loaders.extract.pipeline import extract_text
from relgraph.loaders.gazetteer.names import common_english

# Invented names, one for each pair (so that no pair's result leans on a name another
# pair has used): two words built of made-up syllables.
_HEADS = ["Var", "Tel", "Mor", "Kas", "Dun", "Pel", "Sor", "Bren", "Lom", "Gav", "Rud", "Fen"]
_TAILS = ["nik", "vor", "dela", "mira", "tosk", "belo", "sund", "varo", "linde", "gest"]


def invented(i: int) -> str:
    """The ``i``-th invented firm name ("Varnik Telvor")."""
    n = len(_HEADS) * len(_TAILS)
    first, second = i % n, (i // n + 1 + i) % n
    word = lambda k: _HEADS[k % len(_HEADS)] + _TAILS[k // len(_HEADS) % len(_TAILS)]  # noqa: E731
    return f"{word(first)} {word(second)}"
FRAMES = [
    ("start", "SUPPLIES_TO", "source", "{name} supplies valves to Gomel."),
    ("after with", "SIGNED_AGREEMENT", "target",
     "In 2021 Gomel signed a contract with {name}."),
    ("in a list", "SUPPLIES_TO", "target",
     "Amkodor supplies loaders to Mogilev, {name} and Zenit."),
]
_FIXES = {"Columbia": "CO", "Luxemborg": "LU", "Bosnia / Herzegovina": "BA",
          "Macedonia": "MK", "United States of America": "US"}
_STATES = {"co", "ks", "ky", "sd"}


def _written(term: str) -> str:
    """A cleanco term as texts write it after a name: capitals when undotted."""
    term = term.strip()
    return term if "." in term.rstrip(".") or term.endswith(".") and len(term) > 3 \
        else term.rstrip(".").upper()


def pairs() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """``(group, country, written form, the form's countries)`` for cleanco's data."""
    from cleanco.termdata import terms_by_country
    by_form: dict[str, list[str]] = {}
    rows = []
    for country, terms in terms_by_country.items():
        cc = _FIXES.get(country) or country_code(country)
        if not cc:
            continue
        for term in terms:
            key = " ".join(term.lower().rstrip(".").split())
            if re.search(r"[\d&]", key) or not key.isascii() or key in _STATES or any(
                    len(w) > 2 and w.strip(".") in common_english() for w in key.split()):
                continue
            form = _written(term)
            # (one form whether cleanco writes its final dot or not: "s.g.r", "s.g.r.")
            by_form.setdefault(key, [])
            if cc not in by_form[key]:
                by_form[key].append(cc)
            rows.append((cc, form, key))
    out = []
    for cc, form, key in dict.fromkeys(rows):
        ccs = tuple(by_form[key])
        out.append(("one country" if len(ccs) == 1 else "several countries", cc, form, ccs))
    return out


def _passes(text: str, type_: str, side: str, name: str, ccs: tuple[str, ...]) -> bool:
    slug = "-".join(name.lower().split())
    for c in extract_text(text).candidates:
        pid = c[side]["id"]
        if c["type"] == type_ and pid.startswith("company:") and pid.endswith(":" + slug) \
                and pid.split(":")[1].upper() in ccs:
            return True
    return False


def sweep(show: int = 0) -> dict:
    table: dict = {}
    failures = []
    for i, (group, cc, form, ccs) in enumerate(pairs()):
        row = table.setdefault(group, {"pairs": 0, **{f[0]: 0 for f in FRAMES}})
        row["pairs"] += 1
        name = invented(i)
        for label, type_, side, frame in FRAMES:
            text = frame.format(name=f"{name} {form}")
            # (the form's own dot ends the sentence: "... with X s.r.o.")
            text = text[:-1] if text.endswith("..") else text
            if _passes(text, type_, side, name, ccs):
                row[label] += 1
            else:
                failures.append((group, label, f"{form} ({cc})"))
    for group, label, what in failures[:show]:
        print(f"  miss  {group:18} {label:12} {what}")
    return table


def _short_forms() -> list[str]:
    """cleanco's undotted forms of two letters: the ones that are ordinary words too."""
    from cleanco.termdata import terms_by_country, terms_by_type
    return sorted({t.strip() for terms in (*terms_by_country.values(), *terms_by_type.values())
                   for t in terms if re.fullmatch(r"[a-z]{2}", t.strip())})


# Sentences where a short form is an ordinary word: after a capitalised name in lower
# case, and capitalised where it opens a sentence.
NEGATIVE = [
    ("after a name", "Gomel signed an agreement with Zenit {w} the buyer of its buses."),
    ("opening", "{W} planned, Gomel supplies buses to Zenit."),
]


def _clean(text: str, word: str) -> bool:
    """No party takes the word into its name, and none is placed abroad by it: Gomel
    stays Belarusian, Zenit of no country."""
    for c in extract_text(text).candidates:
        for side in ("source", "target"):
            pid = c[side]["id"]
            if word in pid.split(":")[-1].split("-") or pid.startswith("company:") and \
                    pid.split(":")[1] not in ("xx", "by"):
                return False
    return True


def negative(show: int = 0) -> dict:
    row = {"forms": 0, **{label: 0 for label, _ in NEGATIVE}}
    for w in _short_forms():
        row["forms"] += 1
        for label, frame in NEGATIVE:
            text = frame.format(w=w, W=w.title())
            if _clean(text, w):
                row[label] += 1
            elif show:
                print(f"  false  {label:16} {text}")
    return {"two-letter forms": row}


def _print(table: dict, labels: list[str], first: str, base: dict | None = None) -> None:
    def cell(group, k, value):
        return str(value) if base is None else f"{base.get(group, {}).get(k, 0)} -> {value}"

    keys = [first, *labels]
    print("| group | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    total = dict.fromkeys(keys, 0)
    for group, row in table.items():
        print(f"| {group} | " + " | ".join(cell(group, k, row[k]) for k in keys) + " |")
        for k in keys:
            total[k] += row[k]
    if len(table) > 1:
        if base is not None:
            base = {"all": {k: sum(r.get(k, 0) for r in base.values()) for k in keys}}
        print("| all | " + " | ".join(cell("all", k, total[k]) for k in keys) + " |")


def run(args) -> dict:
    return {"positive": sweep(args.show), "negative": negative(args.show)}


def _base_run(rev: str) -> dict:
    sys.path.append(str(Path(__file__).resolve().parent.parent))
    from benchmarks.baseline import script_json

    return script_json(rev, __file__, [])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="list up to N failing forms")
    ap.add_argument("--base", help="also run this git revision's code (before -> after)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    base = _base_run(args.base) if args.base else None
    result = run(args)
    if args.json:
        print(json.dumps(result))
        return 0
    print("## Firms named with a legal form of cleanco's data, in three frames "
          "(passes: a company of the form's country)\n")
    _print(result["positive"], [f[0] for f in FRAMES], "pairs", base and base["positive"])
    print("\n## Negative frames: two-letter forms as ordinary words after a name "
          "(passes: no firm abroad, no party takes the word)\n")
    _print(result["negative"], [n[0] for n in NEGATIVE], "forms", base and base["negative"])
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
