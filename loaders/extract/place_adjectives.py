"""The place a firm's name opens with as an adjective of the firm's own language.

German names a firm after its town or region by an adjective, not by the bare name:
"Thurgauer X AG" (Thurgau), "Salzburger X GmbH" (Salzburg), "Bremer X" (Bremen),
"Bayerische X" (Bayern), "Badische X" (Baden), "St. Gallisch-Appenzellische X"
(St. Gallen and Appenzell). Such a firm is of that place's country, whichever
neighbour's country the passage around it names last: the legal forms AG and GmbH
are written in Germany, Austria, Switzerland and Liechtenstein alike and cannot
choose among them.

Only places of German-speaking countries are read so: the endings are common in
other languages' words ("Power", "Hunter") and a stem that happens to be a place
elsewhere says nothing.

>>> stems("Vorarlberger"), stems("Bremer")[:2], stems("Bayerische")
(['Vorarlberg', 'Vorarlbergen'], ['Brem', 'Bremen'], ['Bayer', 'Bayeren', 'Bayern'])
>>> stems("St. Galler"), stems("Kraftwerke"), stems("Power")
(['St. Gall', 'St. Gallen'], [], [])
>>> opening_adjectives("St. Gallisch-Appenzellische Kraftwerke")
['St. Gallisch', 'Appenzellische']
>>> opening_adjectives("Seeobst Thurgau")
['Seeobst']
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The countries whose places German names so.
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI"})

# German names of regions and towns the gazetteer keeps under their English or French
# names only ("Bayern" is Bavaria, "Wallis" Valais), and adjectives not formed from the
# whole name ("Zürcher", "Bündner", "Steirische"): what German firms are named after.
GERMAN_PLACES = {
    **dict.fromkeys("""bayern sachsen hessen thüringen schwaben franken westfalen pfalz
        württemberg niedersachsen mecklenburg münchen nürnberg""".split(), "DE"),
    **dict.fromkeys("""wien tirol steiermark kärnten niederösterreich oberösterreich
        burgenland""".split(), "AT"),
    **dict.fromkeys("""wallis graubünden tessin solothurn schaffhausen glarus schwyz
        appenzell thurgau neuenburg""".split(), "CH"),
}
_IRREGULAR = {
    **dict.fromkeys("""münchner münchener dresdner sächsische sächsischen sächsischer
        schwäbische schwäbischen schwäbischer fränkische fränkischen fränkischer
        westfälische westfälischen pfälzische pfälzischen""".split(), "DE"),
    **dict.fromkeys("""steirische steirischen steirischer steirer kärntner""".split(), "AT"),
    **dict.fromkeys("""zürcher bündner basler""".split(), "CH"),
}


def german_place(name: str) -> str | None:
    """The country of a region or town written by its German name ("Bayern",
    "Wallis"), else None."""
    return GERMAN_PLACES.get(name.lower())


# "-isch" with its inflections ("Bayerische", "Badischen", "St. Gallisch-"), and "-er",
# uninflected ("Vorarlberger", "Zuger", "Wiener").
_ISCH = re.compile(r"isch(?:e|en|er|es|em)?$")
_ER = re.compile(r"(?<=[a-zäöüß])er$")
_WORD = re.compile(r"^(?:(?:St|Sankt|Bad)\.?\s+)?[A-ZÄÖÜ][a-zäöüß]{2,}$")
# (the Saint of a place's name goes with the adjective: "St. Galler", "St. Gallisch")
_SAINT = re.compile(r"^(?:St|Sankt)\.?$")


def stems(word: str) -> list[str]:
    """The place names a German place adjective may be formed from, else []."""
    if not _WORD.match(word) or word.islower():
        return []
    isch = _ISCH.search(word)
    if isch:
        base = word[:isch.start()]
        return [base, base + "en", base + "n"] if len(base.split()[-1]) >= 3 else []
    if _ER.search(word) and len(word.split()[-1]) >= 6:
        base = word[:-2]
        return [base, base + "en"]
    return []


def opening_adjectives(name: str) -> list[str]:
    """The words that open ``name`` and may be place adjectives: its first word (with a
    Saint before it), each part of it when hyphenated."""
    words = name.split()
    if not words:
        return []
    first, rest = words[0], words[1:]
    if _SAINT.match(first) and rest:
        first, rest = f"{first} {rest[0]}", rest[1:]
    if not rest:
        return []   # (a name of one word is no adjective before a noun)
    return [p for p in first.split("-") if p]


def adjective_country(name: str, place_country: Callable[[str], str | None]) -> str | None:
    """The country of the place the adjective opening a firm's ``name`` is formed from
    (``place_country`` gives a well-known place's country, or None), when that country
    speaks German; None when the opening word is no such adjective.

    >>> places = {"Vorarlberg": "AT", "Thurgau": "CH", "St. Gallen": "CH", "Power": "US"}
    >>> [adjective_country(n, places.get) for n in ["Vorarlberger Illwerke",
    ...     "Thurgauer Metallbau", "St. Gallisch-Appenzellische Kraftwerke",
    ...     "Power Systems", "Vorarlberger", "Tiroler Röhren", "Zürcher Papier"]]
    ['AT', 'CH', 'CH', None, None, 'AT', 'CH']
    """
    for word in opening_adjectives(name):
        irregular = _IRREGULAR.get(word.lower())
        if irregular:
            return irregular
        for stem in stems(word):
            cc = german_place(stem) or place_country(stem)
            if cc in GERMAN_SPEAKING:
                return cc
    return None
