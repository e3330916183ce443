"""One reading per document: a name the text once placed or qualified keeps that reading.

A sentence is read on its own, so a name it does not qualify gets the country or kind
its context suggests: the document's default country, the other side of a relation
across a border, the kind the relation type prefers. A reader does otherwise: a firm's
country is taken once (from the opening, "X LLC, the Fergana-based spinner", "X, the
Uzbek yarn maker", "our factory in Margilan") and kept for every later "X", "the
company", "we"; a region read once with its country keeps it in a paragraph about its
neighbours; "the Lublin Voivodeship" makes a later bare "Lublin" that signs with a
region the voivodeship.

:func:`settle` applies this to a document's candidates once it has been read, so later
readings count as well as earlier ones. Only a reading that was a guess is replaced, and
only by one the document states without a rival (two firms or towns of one name in
two countries, both placed, stay two).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.dates import DATELINE_PLACE
from relgraph.loaders.extract.names import common_english, strip_legal
from relgraph.loaders.extract.placement import BASED_WORD
from relgraph.loaders.gazetteer.names import strip_term

# Readings that come from the context, not from the words about the party itself.
_GUESSES = ("country of the document's", "the other side of a cross-border relation",
            "a domestic partner of a firm of that country")
# Readings taken over from another mention: no evidence of their own.
_DERIVED = ("named by reference", "the text's speaker", "the firm", "read so elsewhere")
# Readings that repeat an earlier one, right or guessed.
_TAKEN_OVER = (*_DERIVED, "a name the text defined", "country stated where the text named it",
               "country stated by a reference")
# A country guessed from the words of a firm's name (a namesake town, a syllable): the
# seat the opening states for the document's own firm outranks it.
_NAMED = "country from the firm's name"
_OUTRANKED = (*_TAKEN_OVER, _NAMED)
_FIRMS = ("Company", "Organization")
# The resolver's reason for a name it was asked to read as a region.
_AS_REGION = "gazetteer region by name"
_PLACES = ("City", "Region")
# A region's noun in English and as the region's own country writes it (Central Asia's
# velayat, viloyat and oblys, Mongolia's aimag, Armenia's marz, Japan's and China's
# prefecture, the Baltic and Nordic counties).
_LOCAL_NOUNS = (r"velayats?|welayaty?|viloyati|viloyats?|vilayats?|vilayets?|oblysy|oblys"
                r"|aimags?|aimaks?|marzes|prefectures?|maakond|megye|judetul|judet"
                r"|fylke|lääni|län")
_REGION_NOUNS = (r"region|regions|oblast|oblasts|province|provinces|voivodeship|voivodeships"
                 r"|krai|kray|marz|county|governorate|okrug|" + _LOCAL_NOUNS)
_REGION_WORD = re.compile(rf"\b(?:{_REGION_NOUNS})(?![\w-])", re.I)
_CITY_WORD = re.compile(r"\b(?:city|town|municipality)\s+of\b|\s(?:city|town)$", re.I)
_GENERIC = re.compile(r"\b(?:the|city|town|municipality|of|region|regions|oblast|oblasts"
                      r"|province|provinces|voivodeship|voivodeships|krai|kray|marz|county"
                      r"|governorate|okrug|self-governing|" + _LOCAL_NOUNS + r")(?![\w-])",
                      re.I)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w ]+)$")
# A country's adjective before the region's noun: "the Afghan province of X".
_DEMONYM_BEFORE_NOUN = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+(?=(?:" + _REGION_NOUNS
                                  + r")\s+of\s)", re.I)
# A signing's sentence that calls its parties regions ("Gomel and Bryansk, two border
# regions, signed", "The two regions, Gomel and Bryansk, signed", "Of the Russian regions,
# Smolensk signed with Vitebsk"), and none of them towns.
_REGIONS_SAID = re.compile(r"\b(?:regions|oblasts|provinces|voivodeships|marzes|krais)\b", re.I)
_TOWNS_SAID = re.compile(r"\b(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|capitals?|mayors?)\b",
                         re.I)
# "Navruz Tekstil LLC, the Fergana-based spinner", "the Namangan-based X": a firm's seat.
_BASED = re.compile(r"\b" + BASED_WORD)
# ... in the firm's own apposition: "X LLC, the Fergana-based spinner" (in "X supplies
# Y to Turin-based Z" the seat is Z's).
_BASED_APPOSED = re.compile(r"(?:\s+(?:LLC|LLP|JSC|OJSC|Ltd|S\.A\.|GmbH|AG|AS|Sp\. z o\.o\.))?"
                            r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?" + BASED_WORD)
_OUR_REACH = 400   # characters after a mention of the firm
# "our factory in Margilan", "our mill at Namangan": the speaking firm's seat.
_OUR_SITE = re.compile(r"\b[Oo]ur\s+(?:\w+\s+)?(?:factory|plant|mill|works|site|facility"
                       r"|headquarters|production)\s+(?:in|at|near)\s+([A-Z][\w'’-]+)")
# A demonym or country beside a firm's first full mention.
_SAID_AFTER = re.compile(r"(?:\s+(?:LLC|LLP|JSC|OJSC|Ltd|S\.A\.|GmbH|AG|AS|Sp\. z o\.o\.))?"
                         r"(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([A-Z][a-z]+)\s"
                         r"|\s+\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\))")
# "TASHKENT, Uzbekistan -", "FERGANA, 3 May 2025 -", "Namangan (UzDaily) -": a dateline.
_DATELINE = re.compile(rf"\s*({DATELINE_PLACE})\s*(?:,\s*([A-Z][a-z]+"
                       r"(?: [A-Z][a-z]+)?))?\s*(?:[,(][^-–—\n]{0,40})?\s[-–—]\s")
_SAID_BEFORE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+){1,3}$")

_POINTER = re.compile(r"(?:the|our|its|their|this|that|we|us|it|they)", re.I)


def core(name: str) -> str:
    """The name a reading is kept under: folded, without legal form, article, kind word
    or possessive ("the Lublin Voivodeship" and "Lublin's" are "lublin").

    >>> core("Navruz Tekstil LLC"), core("the Lublin Voivodeship"), core("Lublin's")
    ('navruz tekstil', 'lublin', 'lublin')
    >>> core("the Brest Region of Belarus"), core("Bank of Georgia")
    ('brest', 'bank georgia')
    """
    text = re.sub(r"['’]s$", "", strip_legal(" ".join(name.split())))
    tail = _OF_COUNTRY.search(text)
    if tail and tail.group(1).lower() in COUNTRY_BY_NAME and (
            _REGION_WORD.search(text[:tail.start()]) or re.search(r"\b(?:city|town)\b",
                                                              text[:tail.start()], re.I)):
        text = text[:tail.start()]   # "the Brest Region of Belarus"
    demonym = _DEMONYM_BEFORE_NOUN.match(text)
    if demonym and demonym.group(1).lower() in DEMONYMS:
        text = text[demonym.end(1):]   # "the Afghan province of Herat" is Herat
    text = _GENERIC.sub(" ", text)
    text = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def guessed(p) -> bool:
    """A reading that only the context gave: a firm's country from the document or the
    relation, a place the gazetteer does not know under the country it was given."""
    reason = p.reason or ""
    if p.label in _FIRMS:
        return not p.resolved and (not p.country or reason.startswith(_GUESSES))
    return p.label in _PLACES and not p.resolved


def _carried(p) -> bool:
    """A firm's reading a reference carried over ("we", "the Company", the text's
    speaker): the country of the mention it points back to when the reference was read,
    a guess as often as not (a letterhead's firm is placed by the document's default
    until its own definition states its seat), so a reading the document states for that
    firm replaces it."""
    return p.label in _FIRMS and not p.resolved and (p.reason or "").startswith(_DERIVED)


def _reference(name: str) -> bool:
    """"the company", "our plant", "we": a reference, which names no firm by itself."""
    words = name.split()
    return not words or (_POINTER.fullmatch(words[0]) is not None
                         and not any(w[:1].isupper() for w in words[1:]))


def key(p) -> tuple[str, str]:
    """What a reading is kept under: a firm's id without its country (a reference to it,
    "the company", carries the firm's id), a place's written name without its kind word."""
    if p.label in _FIRMS:
        return p.id.rsplit(":", 1)[-1], p.label
    return core(p.name), p.label


def _stated(parties) -> dict[tuple[str, str], set]:
    """key -> the readings the document states for it."""
    out: dict[tuple[str, str], set] = {}
    for p in parties:
        if p is None or not p.id or guessed(p) or p.label not in (*_FIRMS, *_PLACES) \
                or _reference(p.name) or (p.reason or "").startswith(_TAKEN_OVER):
            continue
        if p.label in _PLACES and not p.resolved:
            continue
        if p.label in _FIRMS and (p.resolved or not p.country):
            continue
        out.setdefault(key(p), set()).add(
            (p.id, p.label, p.country, p.resolved, p.canonical, p.reason))
    return out


def _kinds(parties) -> dict[str, set]:
    """core -> the kinds the text wrote out for a place ("the Lublin Voivodeship",
    "the city of Lublin")."""
    out: dict[str, set] = {}
    for p in parties:
        if p is None or not p.resolved or p.label not in _PLACES:
            continue
        if p.label == "Region" and (_REGION_WORD.search(p.name) or p.reason == _AS_REGION):
            # (a bare name the sentence read as the region, though a town bears it too:
            # "the Afghan province of X" keeps the name alone)
            out.setdefault(core(p.name), {}).setdefault("Region", p)
        elif p.label == "City" and _CITY_WORD.search(p.name):
            out.setdefault(core(p.name), {}).setdefault("City", p)
    return out


def subject_firm(text: str, parties, place_country) -> tuple[str, str] | None:
    """(firm key, country) of the firm a document is about, when the text places it.
    The firm is the first one it names twice (a headline read as a name is named once);
    its seat is stated where the opening names it (a dateline, "TASHKENT, Uzbekistan -
    X LLC ..."; "X, the Uzbek yarn maker"; "X (Uzbekistan)"; "the Uzbek spinner X"; "X,
    the Fergana-based spinner"), else by "our factory in <Town>" where the text speaks
    for it. ``place_country`` gives a town's country.

    >>> from relgraph.loaders.extract.parties import Party
    >>> x = Party("Oltin Ip", "company:tr:oltin-ip", "Company", "TR", False)
    >>> subject_firm("Oltin Ip, the Uzbek yarn maker, sells to Turkey. Oltin Ip grew.",
    ...              [x, x], {}.get)
    ('oltin-ip', 'UZ')
    >>> subject_firm("Oltin Ip sells to Turkey. Oltin Ip grew.", [x, x], {}.get) is None
    True
    """
    firms = [p for p in parties if p is not None and p.label == "Company"
             and not p.resolved and not _BASED.search(p.name) and not _reference(p.name)]
    times: dict[tuple, int] = {}
    for p in firms:
        times[key(p)] = times.get(key(p), 0) + 1
    firm = next((p for p in firms if times[key(p)] > 1), None)
    if firm is None:
        return None
    for found in list(re.finditer(re.escape(firm.name), text))[:3]:
        cc = _seat_here(text, found.start(), found.end(), place_country)
        if cc:
            return key(firm)[0], cc
    named = [f.start() for f in re.finditer(re.escape(strip_legal(firm.name)), text)]
    for m in _OUR_SITE.finditer(text):
        # (a remark near the firm's name: a long text quotes other firms' people too)
        if not any(0 <= m.start() - at <= _OUR_REACH for at in named):
            continue
        cc = place_country(m.group(1))
        if cc:
            return key(firm)[0], cc
    return None


def _seat_here(text: str, at: int, end: int, place_country) -> str | None:
    """The country the sentence around text[at:end] states for the firm named there."""
    line_start = text.rfind("\n", 0, at) + 1
    stop = text.find(".", end)
    stop = stop if stop > 0 else len(text)
    said = _SAID_AFTER.match(text, end, stop)
    word = said and (said.group(1) or said.group(2))
    before = _SAID_BEFORE.search(text[max(line_start, at - 60):at])
    word = word or (before and before.group(1))
    cc = word and (DEMONYMS.get(word.lower()) or COUNTRY_BY_NAME.get(word.lower()))
    if cc:
        return cc
    seat = _BASED_APPOSED.match(text, end, stop)
    if seat and place_country(seat.group(1)):
        return place_country(seat.group(1))
    # A dateline opening the firm's line: the town, or the country written after it.
    date = _DATELINE.match(text, line_start, at)
    if date:
        written = date.group(2) and COUNTRY_BY_NAME.get(date.group(2).lower())
        town = date.group(1).title() if date.group(1).isupper() else date.group(1)
        return written or place_country(town)
    return None


def _placed(p, reading: tuple):
    pid, label, country, resolved, canonical = reading[:5]
    return replace(p, id=pid, label=label, country=country, resolved=resolved,
                   canonical=canonical, reason="read so elsewhere in the document")


def _with_country(p, cc: str):
    prefix, _, rest = p.id.partition(":")
    slug = rest.split(":", 1)[-1] if ":" in rest else rest
    return replace(p, country=cc, id=f"{prefix}:{cc.lower()}:{slug}",
                   reason="the document's own firm")


def _kind_written(name: str) -> bool:
    """Whether a place's name says its kind ("Biala Podlaska county" is no town)."""
    return bool(_REGION_WORD.search(name) or _CITY_WORD.search(name))


def reread(p, partner, rel_type: str, stated, kinds, subject, centre_region=None,
           respelled=None, village=None):
    """``p`` as the document reads it (see the module doc). ``centre_region`` gives the
    region a town is the centre of and named after, as a reading, or None;
    ``respelled`` the region a bare unknown name spells otherwise, or None."""
    if p is None:
        return p
    region = respelled(p) if respelled is not None else None
    if region is not None:
        return _placed(p, region)
    if subject and p.label == "Company" and key(p)[0] == subject[0] and p.country != subject[1] \
            and not p.resolved and (guessed(p) or (p.reason or "").startswith(_OUTRANKED)) \
            and all(r[2] == subject[1] for r in stated.get(key(p), ()) if r[5] != _NAMED):
        # The document's own firm: its seat outranks a country the context suggested,
        # and a country its defined name or a reference carried over from such a guess.
        return _with_country(p, subject[1])
    if guessed(p) or _carried(p):
        found = stated.get(key(p), set())
        if not found and p.label == "City" and not _kind_written(p.name):
            # "Armenia's Shirak", a town the gazetteer does not know, in a text that named
            # the Shirak Province: the province (of the country the sentence gave it, if
            # any). (A district the gazetteer does not know was read so by a kind word:
            # "Gorki and Zernograd have been twin districts" keeps it.)
            found = {r for r in stated.get((key(p)[0], "Region"), set())
                     if p.country in (None, r[2]) or (p.reason or "").startswith(_GUESSES)}
        if len(found) == 1:
            return _placed(p, next(iter(found)))
        return p
    # A bare place name in another kind than the text wrote it out with, standing
    # where that kind does: a signing or supply with a region is the region's; a twinning
    # keeps a town a town.
    if p.label in _PLACES and p.resolved and not (_REGION_WORD.search(p.name)
                                                  or _CITY_WORD.search(p.name)):
        written = kinds.get(core(p.name), {})
        if not written and centre_region is not None and _region_signs(p, partner, rel_type):
            # "Grodno signed an agreement with the Podlaskie Voivodeship", "Vitebsk and the
            # Pskov Region signed a programme": a region's partner is a region, and the
            # town's name stands for the region named after it.
            region = centre_region(p)
            return _placed(p, region) if region is not None else p
        if len(written) != 1:
            return p
        kind, other = next(iter(written.items()))
        if kind == p.label or other.country != p.country:
            return p
        if kind == "Region" and rel_type != "TWINNED_WITH" and (
                partner is not None and partner.label == "Region"
                or village is not None and village(p)
                and not (rel_type == "SIGNED_AGREEMENT" and partner is not None
                         and partner.label == "City" and partner.resolved)):
            # (goods sent "to wholesalers in Mangystau" in a text that wrote out "the
            # Mangystau region": the region, not the village of that name; but a small
            # town that signs with a town keeps its reading, "the mayors of A and B
            # signed a protocol" in a text that also wrote out "the province of A")
            return _placed(p, (other.id, other.label, other.country, True, other.canonical))
        if kind == "City" and rel_type == "TWINNED_WITH":
            return _placed(p, (other.id, other.label, other.country, True, other.canonical))
    return p


def regions_written(a, b, rel_type: str, kinds, centre_a, centre_b, quote: str = ""):
    """Both sides of a signing as regions, or None: two bare town names of two countries
    ("In 2020 Gomel and Bryansk signed a memorandum") that the document wrote out as
    regions elsewhere ("the Gomel Region", "the Bryansk Region") stand for the regions
    named after them. A town the text wrote out as a region only once stays a town
    beside a partner it never did ("Saratov and Aktobe"), and so does a capital (in no
    region of its name), a town the sentence calls one ("the sister cities of A and
    B") and a town whose mayor or council acts (``centre_a``/``centre_b`` None). The
    signing's own sentence (``quote``) may call the two regions instead ("Gomel and
    Bryansk, two border regions, signed"), when it calls nothing in it a town."""
    if rel_type != "SIGNED_AGREEMENT" or a is None or b is None or a.country == b.country \
            or centre_a is None or centre_b is None:
        return None
    said = _REGIONS_SAID.search(quote) is not None and _TOWNS_SAID.search(quote) is None
    out = []
    for p, centre in ((a, centre_a), (b, centre_b)):
        if p.label != "City" or not p.resolved or _kind_written(p.name):
            return None
        written = kinds.get(core(p.name), {}).get("Region")
        region = centre(p)
        if region is None or (written.id != region[0] if written is not None else not said):
            return None
        out.append(_placed(p, region))
    return tuple(out)


def _region_signs(p, partner, rel_type: str) -> bool:
    """A bare town's name in a signing with a region of another country."""
    return rel_type == "SIGNED_AGREEMENT" and p.label == "City" and partner is not None \
        and partner.label == "Region" and partner.resolved and partner.country != p.country


_TOWN_ORGAN = (r"(?:mayor|mayoralty|city\s+(?:council|hall|administration|executive\s+committee)"
               r"|town\s+(?:council|hall)|municipality)")


# Each reading of _town_organ holds one of these words; most quotes hold none and are
# answered without building the name's own pattern.
_TOWN_ORGAN_WORD = re.compile(r"mayor|city|town|municipal", re.I)


def _town_organ(quote: str, name: str) -> bool:
    """Whether the sentence names the town's own organ with ``name``: "the mayor of
    Brest", "Brest's mayor", "the Brest City Council"."""
    if _TOWN_ORGAN_WORD.search(quote) is None:
        return False
    return _town_organ_pattern(" ".join(name.split())).search(quote) is not None


@functools.lru_cache(maxsize=4096)
def _town_organ_pattern(town: str) -> re.Pattern:
    # (cached here: a document's many names would evict each other from re's own cache,
    # and each compiles in a millisecond)
    town = re.escape(town)
    return re.compile(rf"\b{_TOWN_ORGAN}\s+of\s+(?:the\s+)?{town}\b|\b{town}['’]s\s+"
                      rf"(?:[a-z]+\s+)?{_TOWN_ORGAN}\b|\b{town}\s+(?:City|Town|Municipal)\b",
                      re.I)


def centre_region(resolver, p):
    """The reading of the first-level region the town ``p`` lies in and gives its name to
    (the Grodno region of Grodno), or None: a capital lies in no region of its name, and
    a town that shares no name with its region ("Bialystok", Podlaskie) has none."""
    if resolver is None or not p.resolved:
        return None
    entries = resolver.gazetteer.entries
    town = entries.get(p.id)
    region = entries.get(town.parent) if town is not None and town.parent else None
    if region is None or region.label != "Region" or region.country != town.country:
        return None
    # The town's name in any of its romanisations: the Andijan Region is named after
    # Andijon, which a text writes "Andijan" as well. The text writes the region's very
    # name: "Rio Grande" (a town whose alternate names hold "Rio Grande do Sul") is no
    # name of the state.
    spellings = {core(town.name), *(core(a) for a in town.aliases)}
    base = core(strip_term(region.name))
    if base not in spellings or core(p.name) != base:
        return None   # (and the text wrote the bare name: "Mogilev City Executive Committee")
    return region.id, "Region", region.country, True, region.name


# A town below this is seldom what a text means by the name of a region it writes out
# (the Mangystau region and Mangistau, a town of 31,000).
_VILLAGE = 50_000
_BARE_NAME = re.compile(r"[A-Z][a-z]{4,}(?:[ -][A-Z][a-z]+)?")


def respelled_region(resolver, p, countries) -> tuple | None:
    """The reading of the first-level region that a bare name the gazetteer does not
    know spells otherwise ("Tavoush", "Gegarkunik", "Kotaik" for Tavush, Gegharkunik,
    Kotayk), or None. A firm was only the default for an unknown name: the region must
    be one of a country the document's places lie in, and the name one a region's
    other spelling reaches (with a region word, as the resolver reads it), so firms'
    names ("Amkodor", "Belshina") and words stay firms."""
    if resolver is None or p.label not in _FIRMS or p.resolved or not guessed(p) \
            or not _BARE_NAME.fullmatch(p.name) or p.name.lower() in common_english():
        return None
    try:
        res = resolver.resolve(f"{p.name} Region", kind="Region")
    except Exception:  # an odd name is no region
        return None
    if not res.resolved or res.label != "Region" or res.country not in countries \
            or "another spelling" not in (res.reason or ""):
        return None
    return res.id, "Region", res.country, True, res.name


def town_country(resolver, town: str) -> str | None:
    """The country of a town the gazetteer knows, else None."""
    if resolver is None:
        return None
    try:
        res = resolver.resolve(town, kind="City")
    except Exception:  # an odd name places nothing
        return None
    return res.country if res.resolved and res.label in _PLACES else None


def settle(read: list[tuple], seen, text: str, resolver) -> None:
    """Give each candidate row's parties the document's reading of them, in place.
    ``read`` holds per row: (row, its parties, the parties as their sentence read them
    before the relation's context moved them, their mentions); ``seen`` the parties the
    first pass read in every sentence."""
    everyone = [*seen, *(p for _row, pair, _first, _ms in read for p in pair)]
    stated = _stated(everyone)
    kinds = _kinds(everyone)
    subject = subject_firm(text, seen, lambda town: town_country(resolver, town))
    countries = {p.country for p in everyone if p is not None and p.resolved
                 and p.label in (*_PLACES, "Country") and p.country}

    def respelled(m):
        # (not a name the sentence marked as a firm's or a body's)
        if m is None or m.organisation or m.kind_hint not in (None, "Region"):
            return None
        return lambda p: respelled_region(resolver, p, countries)

    entries = resolver.gazetteer.entries if resolver is not None else {}

    def village(p):
        # (a town too small to be what a text means by a name it also gives a region)
        town = entries.get(p.id)
        return town is not None and (town.population or 0) < _VILLAGE

    def centre(m, quote: str):
        # (not a town the sentence called one, "the city of Grodno", or whose town
        # organ acts, "Brest's mayor")
        # ("the Gomel side" without its region named is the town: Discourse._side_of)
        if m is None or m.kind_hint == "City" or m.side or _town_organ(quote, m.text):
            return None
        return lambda p: centre_region(resolver, p)

    for row, (a, b), (a0, b0), (ma, mb) in read:
        quote = row.get("evidence", {}).get("quote", "")
        pair = regions_written(a, b, row["type"], kinds, centre(ma, quote), centre(mb, quote),
                               quote)
        if pair is not None:
            row["source"], row["target"] = (p.as_dict() for p in pair)
            continue
        new_a = reread(_as_written(a, a0, ma), b, row["type"], stated, kinds, subject,
                       centre(ma, quote), respelled(ma), village)
        new_b = reread(_as_written(b, b0, mb), a, row["type"], stated, kinds, subject,
                       centre(mb, quote), respelled(mb), village)
        if new_a is not a:
            row["source"] = new_a.as_dict()
        if new_b is not b:
            row["target"] = new_b.as_dict()


def _as_written(p, first, m):
    """A place the sentence placed itself ("the Armenian town of Armavir") keeps that
    country, though the relation's context looked for a namesake abroad."""
    if first is not None and p is not first and first.resolved and p.label == first.label \
            and m is not None and getattr(m, "country_hint", None) == first.country \
            and p.country != first.country:
        return first
    return p
