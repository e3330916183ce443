"""Legal forms of firms by country, drawn from the ``cleanco`` package's term data.

:mod:`names` keeps a hand list of the forms texts write most (with the spellings and
positions that list has learned); this module adds the forms of every other country
``cleanco`` lists, as forms that close a firm's name ("Borvik Tekstil EPE", "Lindqvist
HB", "Mar Azul s.a.p.a."), with the countries each belongs to.

Precision rules, since many forms are also ordinary words or other abbreviations:

* a form is written as a reader meets it: undotted forms in capitals ("EPE", "DA"),
  forms of four letters or more capitalised as well ("Sagl"); dotted forms as listed
  ("s.r.o.", "ehf.") and in capitals, an abbreviation of one word with a capital first
  letter too ("Kft."); a lower-case form is matched only with its dots;
* forms that are English words ("company", "limited", "private") or that stand more
  often for something else ("UK", "OK", "EV", "e.g.", "E.U.") are left out;
* the countries ``cleanco`` gives a form are taken only for forms the hand list does
  not place itself (a form it keeps without countries, "Ltd", "LLC", is of too many;
  :mod:`names` decides), and a few of its assignments that are another country's forms
  are left out.

>>> "EPE" in closing_variants() and "ehf." in closing_variants(), "company" in closing_variants()
(True, False)
>>> form_countries()["epe"]
('GR',)
"""

from __future__ import annotations

import re
from functools import cache

# cleanco's country names the country table does not read as written.
_COUNTRY_FIXES = {"Columbia": "CO", "Luxemborg": "LU", "Bosnia / Herzegovina": "BA",
                  "Macedonia": "MK", "United States of America": "US"}
# (forms cleanco files under a country that has them from another: Bulgaria's forms
# repeated under Brazil, Malaysia's under Singapore)
_MISFILED = {"BR": {"pllc", "ad", "adsitz", "ead", "et", "kd", "kda", "sd"},
             "SG": {"bhd", "sdn bhd"}}
# Abbreviations that stand more often for something else than for a legal form (as
# keyed: no final dot), and the American states' codes a town's name closes on
# ("Boulder, CO").
_OTHER_MEANING = frozenset("""
uk ok at et ev ec ep ei gp sf sd nl kb mb ps fa sp co ks ky e.g e.u i.e s.c c.a s.s p.c e.c
private company incorporated corporation limited unlimited
""".split())


def _terms() -> tuple[dict, dict]:
    from cleanco.termdata import terms_by_country, terms_by_type
    return terms_by_country, terms_by_type


def _norm(term: str) -> str:
    """A form's key, as :func:`names.legal_countries` reads a written form."""
    return " ".join(term.strip().lower().rstrip(".").split())


def _usable(term: str) -> bool:
    from relgraph.loaders.gazetteer.names import common_english
    key = _norm(term)
    letters = re.sub(r"[^\w]", "", key)
    if not letters or not key.isascii() and not key.isalpha() or re.search(r"\d", key):
        return False
    if key in _OTHER_MEANING or key.startswith("&") or key.startswith("and "):
        return False
    # (an English word, "company", "private", "suc. de descendants": no form by itself)
    return not any(w.strip(".") in common_english() and len(w.strip(".")) > 2
                   for w in key.split())


@cache
def form_countries() -> dict[str, tuple[str, ...]]:
    """cleanco's forms (as :func:`_norm` keys them) -> the ISO2 codes of their countries."""
    from relgraph.loaders.extract.countries import country_code
    by_country, _ = _terms()
    out: dict[str, list[str]] = {}
    for country, terms in by_country.items():
        cc = _COUNTRY_FIXES.get(country) or country_code(country)
        if not cc:
            continue
        for term in terms:
            key = _norm(term)
            if _usable(term) and key not in _MISFILED.get(cc, ()):
                out.setdefault(key, [])
                if cc not in out[key]:
                    out[key].append(cc)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _raw_forms() -> dict[str, bool]:
    """Every usable form cleanco lists, of a country or only of a type of firm, keyed as
    :func:`_norm` keys it -> whether cleanco writes it with a final dot ("kft.")."""
    by_country, by_type = _terms()
    out: dict[str, bool] = {}
    for terms in (*by_country.values(), *by_type.values()):
        for t in terms:
            if _usable(t) and "&" not in t:
                key = _norm(t)
                out[key] = out.get(key, False) or t.strip().endswith(".")
    return out


def _written(key: str, dotted_end: bool) -> list[tuple[str, bool]]:
    """How texts write the form ``key`` after a firm's name (see the module's rules):
    ``(written, final dot optional)``."""
    letters = len(re.sub(r"[^\w]", "", key))
    inner = "." in key
    if not (inner or dotted_end):
        out = [(key.upper(), False)]
        if letters >= 4:
            out.append((key[:1].upper() + key[1:], False))
        return out
    out = [(key.upper() + ".", True), (key + ".", inner)]
    # (in lower case only with its dots: "s.r.o.", "ehf."; with a capital first letter
    # only an abbreviation of one word, "Kft.", "Bt.": "S.c.a." is as often another
    # country's form than the one listed, an Italian cooperative's as a Romanian
    # partnership's)
    if not inner:
        out.append((key[:1].upper() + key[1:] + ".", letters >= 3))
    return out


@cache
def closing_variants() -> dict[str, bool]:
    """The written forms, longest first, each with its final dot where it has one, ->
    whether that dot may be left out ("KFT." is written "KFT" too, "hf." only so)."""
    out: dict[str, bool] = {}
    for key, dotted_end in _raw_forms().items():
        for w, optional in _written(key, dotted_end):
            out[w] = out.get(w, False) or optional
    return dict(sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _pattern(written: str, optional: bool) -> str:
    """A written form as a regex, spaces inside it optional."""
    body = written[:-1] if written.endswith(".") else written
    core = re.sub(r"\\ ", r"\\s?", re.escape(body))
    if not written.endswith("."):
        return core
    return core + (r"\.?" if optional else r"\.")


def closing_pattern(known: re.Pattern) -> str:
    """An alternation of the written forms ``known`` (the hand list's regex) does not
    already match whole, grouped by first letter (so that a word fails it at once, as
    it is tried at every name's end), longest first within a group."""
    groups: dict[str, list[str]] = {}
    for w, opt in closing_variants().items():
        if not known.fullmatch(w) and not known.fullmatch(w.rstrip(".")):
            groups.setdefault(w[0], []).append(_pattern(w, opt)[len(re.escape(w[0])):])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
