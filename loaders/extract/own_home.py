"""Where a firm writing about itself is at home: the evidence a reader of its report uses.

A firm's annual report or page names its markets far more often than its own country
("Europe remained our first market; France alone took 22 per cent", rows headed
"France.", "Germany."), so the country the text names most is no guide to where the
firm is. A reader goes by what the firm says of itself instead:

* a seat it calls its own: "our plant in the industrial zone of Agadir", "our head
  office in Kaunas", "we are based in Pécs", "our packing stations in Sfax and Gabes",
  or a seat named before its noun ("our Sfax mill");
* the port it ships from ("from the port of Rades") and a region it names as one ("the
  Djerid region"), each kind counted once;
* a border it looks across: "customers outside Morocco", "sourced within Chile";
* what it calls itself: "we are a Tunisian producer", "as a Moroccan company";
* the trade body it belongs to ("a member of the Kenya Tea Packers Association") and
  the barriers its goods meet abroad ("import permits for Tunisian olive products");
* the currency it counts in, when that is one country's ("revenue of MAD 412 million",
  "PLN 80 million"); the euro and the dollar say nothing;
* the place its report is signed at ("Agadir, March 2024" under the board's name).

Every country it names as abroad (a market, a customer, a source, the seat of a unit of
its own: "our French subsidiary", "exports to Norway", a market list's items; see
:mod:`.own_abroad`) loses two votes, once: its towns, ports and regions, which a report
names as often as its own, do not make it the firm's home.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.currencies import CURRENCY_COUNTRY, CURRENCY_WORDS
from relgraph.loaders.extract.own_abroad import abroad

_CODE = re.compile(r"\b(" + "|".join(CURRENCY_COUNTRY) + r")\s?\d|\d\s?(?:million\s+|bn\s+"
                   r"|billion\s+|m\s+)?(" + "|".join(CURRENCY_COUNTRY) + r")\b")
_CURRENCY_WORD = re.compile(r"\d\s+(?:million\s+|billion\s+|thousand\s+)?("
                            + "|".join(CURRENCY_WORDS) + r")\b", re.I)

_COUNTRY_NAMES = "|".join(sorted((re.escape(n) for n in COUNTRY_BY_NAME if len(n) > 3),
                                 key=len, reverse=True))
_DEMONYM_NAMES = "|".join(sorted((re.escape(n) for n in DEMONYMS if len(n) > 3),
                                 key=len, reverse=True))
# "customers outside Morocco", "sourced almost entirely within Chile"
_BORDER = re.compile(rf"\b(?:outside|within)\s+(?:of\s+)?(?:the\s+)?({_COUNTRY_NAMES})\b",
                     re.I)
# "our plant in ...", "our head office at ...", "our main factory near ..."
# The seats a firm calls its own, singular or plural.
_SEAT_NOUN = (
    r"(?:plants?|factor(?:y|ies)"
    r"|head\s*quarters|head\s+office|registered\s+office|mills?|works|production\s+site"
    # (what a processor or grower works in: "our rendering unit in X", "our processing
    # facilities in X and Y", "our hatcheries in X")
    r"|sites?|facilit(?:y|ies)|units?|hatcher(?:y|ies)|warehouses?|vineyards?|orchards?"
    r"|estates?|seat|premises"
    # (a packer's, a grower's, a miner's: "our three stations in X, Y and Z")
    r"|(?:packing\s+)?stations?|packhouses?|packing\s+(?:houses?|sheds?)|farms?|plantations?"
    r"|mines?|quarr(?:y|ies)|shipyards?|workshops?|wineries|winery|dair(?:y|ies)"
    r"|canner(?:y|ies)|refiner(?:y|ies)|smelters?|sawmills?|pack\s+houses?"
    r"|collection\s+cent(?:re|er)s?)")
_OWN_SEAT = re.compile(
    r"\b(?:[Oo]ur|[Tt]he\s+Company's|[Tt]he\s+Group's)\s+(?:[a-z]+\s+){0,2}?" + _SEAT_NOUN +
    r"\s+(?:is\s+|are\s+)?(?:located\s+|based\s+)?(?:in|at|near)\s+([^.;:()\n]{2,80})")
# "we are based in ...", "we are headquartered in ..."
_WE_BASED = re.compile(r"\b[Ww]e\s+are\s+(?:[a-z]+\s+)?(?:based|headquartered|located"
                       r"|registered)\s+in\s+([^.;:()\n]{2,60})")
# "we are a Moroccan company", "as a Tunisian producer"
_WE_ARE = re.compile(rf"\b(?:[Ww]e\s+are|[Aa]s)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?"
                     rf"((?i:{_DEMONYM_NAMES}))\s+(?:[a-z-]+\s+)?(?:company|firm|producer|maker"
                     r"|manufacturer|group|exporter|business|enterprise)\b")
# "a member of the Uganda Dairy Processors Association": a firm joins its own country's
# trade bodies
_MEMBER_OF = re.compile(rf"\bmembers?\s+of\s+the\s+((?i:{_COUNTRY_NAMES}|{_DEMONYM_NAMES}))"
                        r"\s+(?:[A-Z][\w'’&-]*\s+){0,4}(?:Association|Federation|Chamber"
                        r"|Council|Union|Confederation|Board|Alliance|Society)\b")
# "import permits for Ugandan dairy products", "a ban on Moroccan goods": a market's
# barriers against the goods of the firm's own country
_BARRED_GOODS = re.compile(r"\b(?:import|export|entry)\w*\s+(?:[a-z]+\s+){0,2}?(?:for|of|on"
                           rf"|against)\s+((?i:{_DEMONYM_NAMES}))\s+(?:[a-z-]+\s+){{0,2}}"
                           r"(?:products|goods|produce|exports|shipments)\b")
# "our Taroudant station", "the company's Lida plant": a seat named before its noun
_TOWN_SEAT = re.compile(
    r"\b(?:[Oo]ur|[Tt]he\s+[Cc]ompany's|[Tt]he\s+[Gg]roup's)\s+"
    r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+" + _SEAT_NOUN + r"\b")
# "from the port of Agadir", "through the port of Tema": the port it ships from
_PORT = re.compile(r"\b(?:from|at|through|via)\s+(?:[a-z]+\s+){0,2}?(?:the\s+)?[Pp]ort\s+of\s+"
                   r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")
# "the Souss-Massa plain", "Binh Phuoc province": a region the report names as such
_REGION = re.compile(r"\b([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+(?:plain|valley|province"
                     r"|region|basin|oblast|county|prefecture|governorate|voivodeship)\b")
# "Agadir, March 2024" on one of the last lines: where the report was signed
_SIGNED = re.compile(r"^\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s+(?:\d{1,2}\s+)?"
                     r"[A-Z][a-z]+\s+\d{4}\s*$")
_PLACE_WORDS = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*")
# The places a seat's phrase opens with, one after another ("Krosno and Sanok,
# Podkarpackie province", "Sfax, Gabes and Sousse"): names joined by commas and "and",
# each perhaps followed by its kind word; the phrase's first lower-case word ends it.
_PLACE_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*(?:\s+(?:province|region|county|state" \
    r"|district|oblast|voivodeship|prefecture|governorate))?"
_PLACE_LIST = re.compile(rf"\s*{_PLACE_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                         rf"{_PLACE_NAME})*")
# The firm's own seat, not one of its plants ("our head office in Kaunas", "we are
# headquartered in Pécs"): one place it is at home in, whatever it makes elsewhere.
_HEAD_SEAT = re.compile(r"head\s*quarters|head\s+office|registered\s+office|\bseat\b")
# A seat the firm itself says is not its home one ("our regional head office in Dubai").
_BRANCH_SEAT = re.compile(r"\b(?:regional|sales|representative|local|foreign|overseas"
                          r"|european|asian|american|african|new)\s", re.I)


def _seat_country(phrase: str, place_country: Callable[[str], str | None]) -> str | None:
    """The country of the place a seat's phrase names: its last capitalised name first
    ("the Tassila industrial zone of Agadir": Agadir), then the others."""
    phrase = re.split(r",\s*(?:which|where|and|but|while)\b|\s+(?:and|but|while)\s+",
                      phrase)[0]
    for name in reversed(_PLACE_WORDS.findall(phrase)):
        cc = COUNTRY_BY_NAME.get(name.lower()) or place_country(name)
        if cc:
            return cc
    return None


def _seats(pattern: re.Pattern, text: str):
    """Each seat ``pattern`` finds, also one inside another's phrase ("our unit in X
    and our hatcheries in Y": the second seat stands in the first one's words)."""
    m = pattern.search(text)
    while m:
        yield m
        m = pattern.search(text, m.start(1))


def _seat_weight(seat: str, phrase: str, cc: str,
                 place_country: Callable[[str], str | None]) -> int:
    """How many votes a seat the firm calls its own casts for ``cc``, its place's
    country: two for its headquarters or registered office ("we are based in"), and
    two for plants in two places or more of that one country ("our mills in Sfax and
    Gabes"): a firm names its own country's towns as its seat, while a country it buys
    from or sells to is named as a country. One otherwise (a plant may stand abroad)."""
    if _BRANCH_SEAT.search(seat):
        return 1
    if _HEAD_SEAT.search(seat):
        return 2
    listed = _PLACE_LIST.match(phrase)
    names = _PLACE_WORDS.findall(listed.group(0)) if listed else []
    same = sum(1 for name in dict.fromkeys(names)
               if (COUNTRY_BY_NAME.get(name.lower()) or place_country(name)) == cc)
    return 2 if same >= 2 else 1


def own_home(text: str, place_country: Callable[[str], str | None],
             lines: list[str] | None = None) -> str | None:
    """The country a firm writing in the first person says it is at home in, when the
    evidence agrees: two votes at least, and more than any other country has.

    >>> towns = {"Sfax": "TN", "Lille": "FR"}.get
    >>> own_home("Most sales went to France. Our mill in Sfax runs day and night. "
    ...          "Revenue reached TND 40 million.", towns)
    'TN'
    >>> own_home("France bought most. Sales to our French customers grew.", towns) is None
    True
    """
    votes = own_votes(text, place_country, lines)
    ranked = [(cc, n) for cc, n in votes.most_common(2) if n > 0]
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def own_votes(text: str, place_country: Callable[[str], str | None],
              lines: list[str] | None = None) -> Counter:
    """The votes :func:`own_home` weighs, per country (a country named as abroad loses
    two); ``lines``, the text as written, holds its lists' items. Also a feature of the
    learned decision on a firm's country (:mod:`.country_model`)."""
    votes: Counter = Counter()
    for m in _BORDER.finditer(text):
        votes[COUNTRY_BY_NAME[m.group(1).lower()]] += 1
    for pattern in (_OWN_SEAT, _WE_BASED):
        for m in _seats(pattern, text):
            cc = _seat_country(m.group(1), place_country)
            if cc:
                # ("we are based in ...": the firm's own seat, as a head office is)
                seat = "seat" if pattern is _WE_BASED else m.group(0)[:m.start(1) - m.start(0)]
                votes[cc] += _seat_weight(seat, m.group(1), cc, place_country)
    for m in _WE_ARE.finditer(text):
        votes[DEMONYMS[m.group(1).lower()]] += 1
    # (a trade body it belongs to and the barriers its goods meet abroad, each kind once)
    for pattern in (_MEMBER_OF, _BARRED_GOODS):
        votes.update({cc for m in pattern.finditer(text)
                      for w in [m.group(1).lower()]
                      for cc in [COUNTRY_BY_NAME.get(w) or DEMONYMS.get(w)] if cc})
    # (a currency counts once, however often the report gives its figures in it)
    currencies = {CURRENCY_COUNTRY[m.group(1) or m.group(2)] for m in _CODE.finditer(text)}
    currencies |= {CURRENCY_WORDS[m.group(1).lower()] for m in _CURRENCY_WORD.finditer(text)}
    votes.update(currencies)
    last = [x for x in text.split("\n") if x.strip()][-3:]
    for line in last:
        m = _SIGNED.match(line)
        cc = place_country(m.group(1)) if m else None
        if cc:
            votes[cc] += 1
    # (a seat named before its noun, a port shipped from, a region named as one: the
    # firm's own country's towns, each kind counted once however often it recurs)
    for pattern in (_TOWN_SEAT, _PORT, _REGION):
        votes.update({cc for m in pattern.finditer(text)
                      for cc in [COUNTRY_BY_NAME.get(m.group(1).lower()) or
                                 place_country(m.group(1))] if cc})
    # A country the firm sells to, buys from or keeps a unit in is abroad, however many
    # of its towns, ports and regions the report names: two votes off, once.
    for cc in abroad(text, place_country, lines):
        votes[cc] -= 2
    return votes
