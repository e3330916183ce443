"""The countries a firm writing its own report names as abroad: where it sells, whom it
sells to, where it buys, where its subsidiaries stand.

A firm's report names its markets far more often than its home, and in the same forms a
reader takes for a home elsewhere (a town, a port, a region). What it says it exports
to, imports from, or keeps a subsidiary in is not where it is at home:

* the items of a list of its markets, customers or sources, each headed by a country
  ("- Norway: 12,000 t to ...", "- Peru - 8% of our intake");
* "<Country> remained our largest market", "our main source was <Country>";
* "exports to <Country>", "we shipped the first lots to <Country>", "imported from
  <Country>", "customers in <Country>";
* "our Danish subsidiary", "our Hamburg sales office".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.market_items import item_lines

_COUNTRY_NAMES = "|".join(sorted((re.escape(n) for n in COUNTRY_BY_NAME if len(n) > 3),
                                 key=len, reverse=True))
_DEMONYM_NAMES = "|".join(sorted((re.escape(n) for n in DEMONYMS if len(n) > 3),
                                 key=len, reverse=True))
_COUNTRY = rf"(?:the\s+)?((?i:{_COUNTRY_NAMES}))\b"
# What a firm trades with abroad, and whom it keeps there.
_TRADE_NOUN = (r"(?:markets?|destinations?|outlets?|customers?|clients?|buyers?|importers?"
               r"|distributors?|sources?|suppliers?|origins?)")
_UNIT_NOUN = (r"(?:subsidiar(?:y|ies)|branch(?:es)?|affiliates?|sales\s+offices?"
              r"|representative\s+offices?|offices?|distributors?|customers?|clients?"
              r"|partners?|buyers?|importers?)")
# "Norway remained our largest market", "our main source was Peru"
_NAMED_MARKET = re.compile(
    rf"\b{_COUNTRY}\s+(?:(?:has\s+)?(?:remained|remains|was|is|became|has\s+been|stayed)\s+)"
    rf"our\s+(?:[a-z-]+\s+){{0,3}}?{_TRADE_NOUN}\b"
    rf"|\bour\s+(?:[a-z-]+\s+){{0,3}}?{_TRADE_NOUN}\s+(?:was|were|is|are|remained|remain)\s+"
    rf"{_COUNTRY}", re.I)
# "exports to Norway", "we shipped the first lots to Peru", "imported from Peru",
# "customers in Norway"
_TRADE_WAY = re.compile(
    rf"\b(?:exports?|exported|exporting|sales|sold|sell(?:s|ing)?|ship(?:s|ped|ping|ments?)"
    rf"|deliver(?:s|ed|ing|ies)|supplied|suppl(?:y|ying))\s+(?:[\w,'’-]+\s+){{0,5}}?to\s+"
    rf"{_COUNTRY}"
    rf"|\b(?:imports?|imported|importing|sourced|bought|buy(?:ing)?|purchased|purchases)"
    rf"\s+(?:[\w,'’-]+\s+){{0,5}}?from\s+{_COUNTRY}"
    rf"|\b{_TRADE_NOUN}\s+in\s+{_COUNTRY}", re.I)
# "our French subsidiary", "our German customers"
_OUR_DEMONYM_UNIT = re.compile(rf"\bour\s+({_DEMONYM_NAMES})\s+{_UNIT_NOUN}\b", re.I)
# "our Rotterdam subsidiary", "our Hamburg sales office": a town's, looked up
_OUR_TOWN_UNIT = re.compile(r"\b[Oo]ur\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+"
                            r"(?:subsidiar(?:y|ies)|branch(?:es)?|affiliates?|sales\s+offices?"
                            r"|representative\s+offices?)\b")
_ITEM_HEAD = re.compile(r"^\s*(?:[-–—•*]|\d{1,3}[.)])\s*(?:the\s+)?([^:()\n]{2,60}?)"
                        r"\s*(?:\([^()]{0,60}\)\s*)?(?::|\s[-–—]\s|,\s+(?=\d))")
_ANY_COUNTRY = re.compile(_COUNTRY)


def abroad(text: str, place_country: Callable[[str], str | None],
           lines: list[str] | None = None) -> dict[str, int]:
    """Each country ``text`` names as a market, customer, source or seat of a unit
    abroad of its writer, with how many times it does; ``lines``, the text as written,
    holds its lists' items (the text itself, when not given).

    >>> towns = {"Rotterdam": "NL"}.get
    >>> sorted(abroad("Norway remained our first market. Our Rotterdam subsidiary "
    ...               "repacks. Salt is imported from Chile.", towns).items())
    [('CL', 1), ('NL', 1), ('NO', 1)]
    """
    out: dict[str, int] = {}

    def add(cc: str | None) -> None:
        if cc:
            out[cc] = out.get(cc, 0) + 1

    for pattern in (_NAMED_MARKET, _TRADE_WAY):
        for m in pattern.finditer(text):
            add(COUNTRY_BY_NAME.get(next(g for g in m.groups() if g).lower()))
    for m in _OUR_DEMONYM_UNIT.finditer(text):
        add(DEMONYMS.get(m.group(1).lower()))
    for m in _OUR_TOWN_UNIT.finditer(text):
        add(COUNTRY_BY_NAME.get(m.group(1).lower()) or place_country(m.group(1)))
    lines = text.split("\n") if lines is None else lines
    for number in item_lines(lines):
        head = _ITEM_HEAD.match(lines[number - 1])
        for c in _ANY_COUNTRY.finditer(head.group(1)) if head else ():
            add(COUNTRY_BY_NAME.get(c.group(1).lower()))
    return out
