"""Names that look like parties but stand for no one who can sign, twin or supply.

Two kinds reach the extractor as capitalised spans the gazetteer does not hold as a
country, region or town, and were then taken for firms or regions:

- a continent or a part of the world ("Europe", "North America", "the Middle East"):
  a market or a direction, never a party of a relation (a firm that carries one in
  its name, "Asia Motors" or "Yara East Africa", is a longer span and stays);
- an adjective formed from a place ("the Navarrese forestry service", "Galician
  dairies", "Victorian universities", "the European market"): it describes the noun
  after it, which is the party if anything is.

>>> continent("Europe"), continent("the Middle East"), continent("Europa Foods")
(True, True, False)
>>> place_adjective("Galician", " dairies buy", lambda w: w == "Galicia")
True
>>> place_adjective("Galician", " Dairies SA", lambda w: w == "Galicia")
False
>>> place_adjective("Galician", " and Asturian", lambda w: w == "Galicia")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CONTINENTS = frozenset({
    "europe", "asia", "africa", "america", "the americas", "americas", "oceania",
    "australasia", "antarctica", "eurasia",
    "north america", "south america", "latin america", "central america",
    "eastern europe", "western europe", "northern europe", "southern europe",
    "central europe", "east asia", "south asia", "southeast asia", "south-east asia",
    "central asia", "asia-pacific", "asia pacific", "the asia-pacific",
    "the asia pacific", "middle east", "the middle east", "near east", "the near east",
    "far east asia", "west africa", "east africa", "north africa", "southern africa",
    "sub-saharan africa", "scandinavia", "the balkans", "the caribbean",
})

# The noun a place adjective describes starts in lower case ("Galician dairies");
# a capital after it makes the pair a name ("Galician Dairies SA"), and a joining or
# a clause word makes the word a name of its own ("Piran and Rovinj", "Kaman signed").
_LOWER_AFTER = re.compile(r"\s+(?!(?:and|or|but|nor|of|in|on|at|to|for|from|with|by|is|are"
                          r"|was|were|has|have|had|will|would|signed|says|said)\b)[a-z]")


def continent(name: str) -> bool:
    """A continent or a part of the world, written as the whole span."""
    return " ".join(name.lower().split()) in _CONTINENTS


def _stems(word: str) -> list[str]:
    """The place names an adjective in -ese, -ian, -ean or -an may come from:
    Navarr(ese) + e, Galicia(n), Brazil(ian), Europe(an), Victoria(n). (Only the endings
    that add to a whole name: a town's own name in -an, "Piran" or "Ankaran", is no
    adjective, and the gazetteer holds it besides.)"""
    low = word.lower()
    out = []
    if low.endswith("ese"):
        out += [word[:-3], word[:-3] + "e", word[:-3] + "a"]
    elif low.endswith("ian"):
        out += [word[:-1], word[:-3], word[:-3] + "y"]
    elif low.endswith("ean"):
        out += [word[:-1], word[:-2]]
    elif low.endswith("an") and low[-3:-1] in ("ia", "ca", "ra", "na", "ba", "ta"):
        out += [word[:-1]]
    return [s for s in out if len(s) > 3]


def adjective_country(word: str, country_of: Callable[[str], str | None]) -> str | None:
    """The country of the place a one-word place adjective comes from ("Navarrese" ->
    Navarre -> ES), by ``country_of`` a place's name; None when no stem is a place. (A
    firm the text calls "the Navarrese utility X" is placed by the adjective, not by the
    country the text speaks of most.)

    >>> adjective_country("Navarrese", {"Navarre": "ES"}.get)
    'ES'
    >>> adjective_country("Navarra", {"Navarre": "ES"}.get) is None
    True
    """
    if " " in word or not word[:1].isupper():
        return None
    return next((cc for s in _stems(word) if (cc := country_of(s))), None)


def place_adjective(word: str, after: str, is_place: Callable[[str], bool]) -> bool:
    """``word`` (one word, itself no place) is the adjective of a place ``is_place``
    knows or of a continent, and a lower-case noun follows it in ``after``."""
    if " " in word or not word[:1].isupper() or not _LOWER_AFTER.match(after):
        return False
    return any(continent(s) or is_place(s) for s in _stems(word))
