"""Resolving mentions to graph ids through the gazetteer.

The shared :class:`loaders.resolve.Resolver` does the real work (names, aliases,
organs such as an oblast executive committee or akimat mapped to their region).
A party keeps its name as written (for the reviewer) and, when resolved, the
gazetteer's canonical name (``canonical``). Names the gazetteer does not know get a
provisional id from the naming convention (:func:`provisional_id`) with ``resolved``
False, so reviewers see them.

>>> p = resolve_mention(Mention("Sudan", 0, 5, "Country", "SD"), None)
>>> p.id, p.label, p.resolved
('country:sd', 'Country', True)
>>> provisional_id("Organization", "BY", "Ministry of Justice of the Republic of Belarus")
'org:by:ministry-of-justice'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from relgraph.graph import ids
from relgraph.loaders.extract.countries import (
    COUNTRY_BY_NAME,
    DEMONYMS,
    REGION_DEMONYMS,
    country_code,
)
from relgraph.loaders.extract.firms import name_kind
from relgraph.loaders.extract.mentions import (
    NATIVE_ORGAN_WORDS,
    Mention,
    ordinary_word,
    places_both_name,
)
from relgraph.loaders.extract.names import LEGAL, common_english, is_acronym, strip_legal
from relgraph.loaders.extract.native_region_words import native_region_countries
from relgraph.loaders.extract.region_head_words import region_by_country_head
from relgraph.loaders.extract.region_names import register_region_names
from relgraph.loaders.gazetteer import BASE, NAME
from relgraph.loaders.gazetteer.firms import known_firm
from relgraph.loaders.gazetteer.names import FOLD_LETTERS, strip_term
from relgraph.loaders.gazetteer.names import key as _key

_PREFIX = {"Country": "country", "Region": "region", "City": "city", "Company": "company",
           "Organization": "org"}
_GENERIC = re.compile(r"\b(?:(?:regional|oblast|city|district) executive committees?|executive"
                      r" committees?|regional council|oblast council|oblast duma|akimat|government"
                      r"|regions?|oblasts?|districts?|raions?|rayon|krais?|kray|territory|territories"
                      r"|provinces?|prefectures?|marz|marzes|county|counties|powiats?"
                      r"|city|town|landkreis|kreis|bezirk|cantons?|kanton|d[ée]partements?|departments?"
                      r"|comarca|län|fylke)\b", re.I)
# Countries whose first-level regions are called states: "Sennar State", "the State of
# Ohio" (elsewhere "X State" is most likely a body's short name: "Gomel State").
_STATE_COUNTRIES = frozenset("US SD SS NG IN MX BR AU MY DE AT VE MM".split())
_LEGAL = LEGAL
# "X District of the Y Region": the head is the party, the tail only locates it.
_NESTED = re.compile(r"^(?P<head>.+?\b(?:district|raion|rayon|region|oblast))\s+of\s+(?:the\s+)?"
                     r"(?P<tail>.+?)(?:\s+(?:region|oblast|krai|territory))?$", re.I)
# A head word with no name of its own, only a status ("the Autonomous Region", "the
# Special Administrative Region"): the name comes after "of".
_STATUS_HEAD = re.compile(r"(?:the\s+)?(?:(?:autonomous|federal|special|administrative"
                          r"|self-governing|metropolitan|capital|national)\s+)*"
                          r"(?:district|raion|rayon|region|oblast)", re.I)
# "the Shirak Province of Armenia", "the Altai Krai of Russia": a country after a
# place's head word is the place's country (the name before the head word is needed:
# "the Republic of Belarus" is the country itself).
_OF_COUNTRY = re.compile(
    r"^(?P<head>(?:the\s+)?\S.*?\s(?:region|oblast|province|krai|kray|territory|voivodeship"
    r"|county|aimag|aimak|marz|mkhare|okrug|district|raion|rayon|republic|prefecture"
    r"|governorate|welayat|velayat|state|city|town))\s+of\s+(?P<country>(?:the\s+)?\S.*)$",
    re.I)
# The shape of a country's formal name, which the gazetteer knows whole ("the Socialist
# Republic of Vietnam", "the United Republic of Tanzania"): the words before "Republic"
# name no region of the country after "of".
_FORMAL_COUNTRY = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Republic|Kingdom|States?"
                             r"|Duchy|Emirates|Federation)\s+of\s+\S.*")
# "Kirovsk of the Leningrad region": a town located by its region.
# "Oktyabrsky in Bashkortostan", "Slavgorod (Altai Krai)" (Discourse._locate_towns).
_TOWN_OF_REGION = re.compile(r"^(?P<head>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?:\s+of\s+(?:the\s+)?"
                             r"(?P<tail>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s+(?:region|oblast"
                             r"|krai|territory|province|voivodeship))|\s+in\s+(?:the\s+)?"
                             r"(?P<in>[A-Z].*[^)])|\s*\((?P<bracket>[A-Z][^()]*)\))$", re.I)
# The word for "region" in the country's own language.
_LOCAL_GENERIC = re.compile(r"\s+(?:[Vv]iloyati|[Vv]iloyat|[Vv]ilayaty?|[Oo]blysy|[Oo]blys"
                            r"|[Oo]blasti|[Oo]blast['’]|[Vv]oblasts['’]?|[Nn]ovads|[Aa]pskritis|[Mm]aakond|[Mm]egye|[Jj]ude[tț]ul|[Jj]ude[tț]"
                            r"|[ZŽzž]upanija|[Ww]oj(?:e|e\u0301)w[oó]dztwo|[Kk]raj)$")
# A qualifier of a region's self-government before its head word ("Self-Governing
# Region", "Self-Governing County"), which the gazetteer's names do not carry.
_SELF_GOVERNING = re.compile(r"\s+Self[- ]Governing(?=\s+(?:Region|County|Province)$)", re.I)
# Polish voivodeships are named by an adjective ("Lubelskie", "Kujawsko-Pomorskie").
_VOIVODESHIP_ADJECTIVE = re.compile(r"(?:[A-ZŁŚŻ][\w-]*-)?[A-ZŁŚŻ]\w+(?:sk|ck|zk)ie")
_ORGAN_WORDS = {"government", "administration", "akimat", "ministry", "council", "duma",
                "committee", "governor", "mayor", "parliament", "assembly", "people's"}
_PLURAL_ORGAN = [(re.compile(r"\b(committee|region|oblast|district|council|province|krai"
                             r"|administration|government|duma|akimat"
                             r"|voivodeship|canton|prefecture|raion|aimag|aimak|okrug"
                             r"|governorate|powiat|velayat|welayat|hokimiyat)s\b", re.I), r"\1"),
                 (re.compile(r"\b(marz)es\b", re.I), r"\1"),
                 (re.compile(r"\b(territor|count)ies\b", re.I), r"\1y")]


@dataclass
class Party:
    name: str                 # as written in the text
    id: str
    label: str                # Region, City, Company, Organization, Country
    country: str | None
    resolved: bool
    body: str | None = None
    reason: str | None = None
    canonical: str | None = None   # the gazetteer's name of a resolved party

    def as_dict(self) -> dict:
        return {"name": self.name, "id": self.id, "kind": self.label,
                "country": self.country, "resolved": self.resolved,
                **({"canonical": self.canonical} if self.canonical else {}),
                **({"body": self.body} if self.body else {})}


def default_resolver():
    """The shared gazetteer resolver for running text (:func:`text_resolver`), or None
    when it is not available."""
    try:
        return text_resolver()
    except Exception:  # a broken gazetteer must not stop extraction; ids become provisional
        return None


def text_resolver():
    """The gazetteer resolver without its search for close spellings.

    A sheet's column holds place names, so a close spelling there is most likely a
    misspelt place. A capitalised run in running text is as often a firm, a person
    or a programme: a close spelling of it is more often some other place (and an
    approximate match is what a reviewer trusts least). The search also compares the
    name with every place of the country, about 10 ms a name: 12 s for the 195 KB
    monograph against 2 s without it, with the same matches on its tuning part and
    our own texts.
    """
    from relgraph.loaders.resolve import Resolver

    class TextResolver(Resolver):
        def _close(self, place, want, hint, cc, lat, lon, limit: int = 0):
            return super()._close(place, want, hint, cc, lat, lon, limit) if limit else None

        def _collect(self, keys, hint, want, cc, lat, lon, gazetteer: bool = True,
                     every: bool = False):
            found = super()._collect(keys, hint, want, cc, lat, lon, gazetteer, every)
            if cc is not None or not found or not keys or not firm_word(keys[0]):
                return found
            return [c for c in found if not self._alias_only(c, keys[0])]

        def _alias_only(self, c, k: str) -> bool:
            # (a town known only by a foreign or former name that is a firm's word:
            # "Agro" Agra, "Gaz" Gaza, "Eko" Lagos, "Star" Roanoke ("Star City"); a
            # word of the town's own name is a short name of it: "Hull", "Stoke")
            if c.registered or c.label != "City" or c.flag == NAME or \
                    self._spelled_as(c.id, k):
                return False
            return k not in _key(self.gazetteer.entries[c.id].name).replace("-", " ").split()

    resolver = TextResolver.default()
    register_region_names(resolver)
    return resolver


# Words firms are named with across the region's languages ("Agro Star", "Neft Trans",
# "Eko Tex", "Korona"). Some are also a foreign or former name of a town far away
# (GeoNames gives "Agro" for Agra, "Gaz" for Gaza, "Eko" for Lagos, "Korona" for
# Corona in California): alone in running text they are a firm's name, not that town.
_FIRM_WORDS = frozenset("""agro agri gaz neft avto auto trans tex tekh tech lux eko eco
    mash prom stroy invest group korona atlant energo khim metall les bel uni inter
    alfa nova euro plast star grand servis service""".split())


def firm_word(k: str) -> bool:
    """Whether a one-word name key is a word firms are named with: one of the firm
    stems above, or an English word a dictionary writes in lower case ("Star",
    "Gold", "Motor"). Such a word is a place in text only by the place's own name.

    >>> [firm_word(k) for k in ("agro", "gaz", "star", "lvov", "ivanovo", "agro lux")]
    [True, True, True, False, False, False]
    """
    return " " not in k and (k in _FIRM_WORDS or k in common_english())


def resolve_mention(m: Mention, resolver, cache: dict | None = None,
                    default_label: str = "Company") -> Party:
    """``default_label`` is the kind of a bare unknown name: a City in a twinning,
    a Company in a supply or an agreement (where such names are mostly firms)."""
    # every field _resolve reads is in the key: a document's mentions come in no fixed
    # order, and one reading cached for another ("Orion" a firm's name or a town) would
    # make the result depend on which came first
    key = (m.text, m.kind_hint, m.country_hint, m.organisation, m.adjectival, m.acronym,
           m.named_firm, default_label)
    if cache is not None and key in cache:
        return cache[key]
    party = _resolve(m, resolver, default_label)
    if cache is not None:
        cache[key] = party
    return party


@lru_cache(maxsize=8192)
def provisional_id(label: str, country: str | None, name: str) -> str:
    """The id the naming convention gives a party the gazetteer does not know: legal
    forms and the country qualifier are left out (the country is in the id), and so
    are generic place terms, so "JSC X" and "X", or "Ministry of Justice of Belarus"
    and "Ministry of Justice of the Republic of Belarus", meet at one node. A leading
    demonym stays: it is often part of the name ("Belarusian State University").

    >>> provisional_id("Company", "BY", 'OJSC "Gomselmash"')
    'company:by:gomselmash'
    >>> provisional_id("Region", "RU", "Zernograd District")
    'region:ru:zernograd'
    >>> provisional_id("Company", "PL", "Zakłady Azotowe")
    'company:pl:zaklady-azotowe'
    >>> provisional_id("Company", "TR", "Kırıkkale Çelik")
    'company:tr:kirikkale-celik'

    A firm of the firm table has the table's id however it is spelt, so every text
    and every spelling meet at one node:

    >>> [provisional_id("Company", "BY", n) for n in ("Minsk Tractor Works", "MTZ")]
    ['company:by:mtz', 'company:by:mtz']
    """
    if label == "Country" and country:
        return ids.country_id(country)
    if label == "Company":
        known = known_firm(name)
        if known is not None and known.country == (country or "").upper() \
                and known.id.startswith("company:"):
            return known.id
    # (letters the slug would drop are folded, as the gazetteer's ids fold them)
    return ids.node_id(_PREFIX.get(label, "org"), country,
                       _core(label, country, name).translate(FOLD_LETTERS))


# "University named after P.O. Sukhoi", "Institute ... of Ya.I. Potapenko": the person
# a body is named after is no part of its id.
_NAMED_AFTER = re.compile(r"\s+(?:named\s+after|of)\s+(?:[A-Z][a-z]?\.\s?)+[A-Z][\w'-]+$")


# "X Co., Ltd.", "X Co.": "Co." abbreviates the name's own word Company (written out,
# "X Company" keeps it), and East Asian firms write "Co., Ltd." as one unit closing
# their registered name, so the id keeps both; not a partnership's "GmbH & Co. KG".
# ("X Company Limited" is the same unit spelled out, and keeps the same words.)
# (Thailand's "Public Company Limited" is a legal form of its own, dropped whole)
_COMPANY_TAIL = re.compile(r"(?<![&\s])(?<!Public)\s+(?:(Co)\.(?:,?\s?(Ltd)\.?)?"
                           r"|(?P<co>Company)\s+Limited)[\s\"”»]*$")


def company_tail(name: str) -> tuple[str, str]:
    """``name`` without a closing "Co." or "Co., Ltd.", and those words for the id.

    >>> company_tail("Hallasan Tea Co., Ltd."), company_tail("Ridgeway Pumps Co.")
    (('Hallasan Tea', ' Co Ltd'), ('Ridgeway Pumps', ' Co'))
    >>> company_tail("Vogel GmbH & Co."), company_tail("Ridgeway Pumps Ltd")
    (('Vogel GmbH & Co.', ''), ('Ridgeway Pumps Ltd', ''))
    >>> company_tail("Hallasan Tea Company Limited")
    ('Hallasan Tea', ' Co Ltd')
    """
    m = _COMPANY_TAIL.search(name)
    if m is None or "&" in name[max(0, m.start() - 2):m.start()]:
        return name, ""
    if m.group("co"):
        return name[:m.start()], " Co Ltd"
    return name[:m.start()], " " + " ".join(w for w in m.groups()[:2] if w)


def _core(label: str, country: str | None, name: str) -> str:
    tail = ""
    if label == "Company":
        name, tail = company_tail(name)
    core = strip_legal(name) + tail if tail else strip_legal(name)
    if label == "Organization":
        core = _NAMED_AFTER.sub("", core) or core
    if country:
        # "of the Republic of Belarus" / "of Belarus" / a leading "Belarusian".
        # (also a state's formal name with its own adjective: "of the Islamic Republic
        # of Iran", "of the Socialist Republic of Vietnam", not "of Iran" alone)
        m = re.search(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}Republic\s+of\s+)?"
                      r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)$", core)
        # (not when the rest is a common word: "Aluminium of Kazakhstan", "Bank of
        # Georgia" are no firms called "Aluminium" or "Bank")
        if m and country_code(m.group(1)) == country and not (
                " " not in core[:m.start()] and ordinary_word(core[:m.start()])):
            core = core[:m.start()]
    if label in ("Region", "City"):
        # ("Fermanagh District Council" read as its district: the organ is no part of
        # the place's name)
        core = _ORGAN_END.sub("", core) or core
        core = _GENERIC.sub(" ", core).strip() or core
        if label == "Region" and country in _STATE_COUNTRIES:
            core = re.sub(r"\s+[Ss]tate$", "", core) or core  # "Sennar State"
        core = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", " ".join(core.split()))
    return core or name


# Belarusian and Ukrainian romanise the letter "г" as "h", Russian as "g": "Homselmash"
# is Gomselmash, "Hrodna Azot" Grodno Azot. Only a word's first letter, before a vowel.
_H_FOR_G = re.compile(r"\bH(?=[aeiouy])")


@functools.lru_cache(maxsize=4096)
def _other_romanisation(name: str):
    """The firm table's firm a name written in another romanisation stands for, or None:
    "г" as "h" ("Homselmash": Gomselmash), a town's name as its own language writes it
    ("Hrodna Azot": Grodno Azot, the gazetteer's other name of the town)."""
    other = _H_FOR_G.sub("G", name)
    known = known_firm(other) if other != name else None
    if known is None:
        towns = " ".join(_town_main_name(w) for w in name.split())
        known = known_firm(towns) if towns != name else None
    return known


# What a firm writes after its name without making it another firm: its group word
# ("Rostselmash Group", "Amkodor Holding") or its country's two-letter code
# ("Agromashholding KZ", "Artel UZ").
_NAME_TAIL = re.compile(r"^(?:the\s+)?(?P<core>.+?)\s+(?:(?P<head>Group|Holding|Holdings|Concern"
                        r"|Company|Corporation)"
                        r"|(?P<code>[A-Z]{2}))$")


def _table_core(name: str):
    """The firm table's firm a name is, written with its group word or its country's
    code after the table's name, or None. The code must be the firm's own country's:
    "Agromashholding KZ" is the Kazakh firm, "Agromashholding UZ" is none of the table's.
    """
    m = _NAME_TAIL.match(name)
    known = known_firm(m.group("core")) if m else None
    if known is None or m.group("code") and m.group("code") != known.country:
        return None
    return known


@functools.lru_cache(maxsize=4096)
def _town_main_name(word: str) -> str:
    """The main name of the town of note ``word`` is another name of, else ``word``."""
    from relgraph.loaders.gazetteer import ALIAS, load_gazetteer
    from relgraph.loaders.gazetteer.names import key

    if not word[:1].isupper() or len(word) < 4:
        return word
    g = load_gazetteer()
    towns = [g.entries[eid] for eid, flag in g.hits(key(word))
             if flag == ALIAS and eid.startswith("city:") and g.entries[eid].prominent]
    return towns[0].name if len(towns) == 1 else word


# A town's own government written as its title before the name ("the Municipality of X",
# "the City of X", "the Town Council of X"): the town, whatever the relation's default.
_TOWN_TITLE = re.compile(r"(?:[Tt]he\s+)?(?:City|Town|Municipality|Commune|Borough|Township"
                         r"|(?:City|Town|Municipal)\s+(?:Council|Hall))\s+of\s+"
                         r"(?P<place>(?:(?=[^\W\d_a-z])[^\W\d_]+[ -]?){1,3})")


# A region's or a town's government named in its own language before its place ("the
# Junta de Extremadura", "the Diputacion de Salamanca", "the CIM do Algarve", "the Camara
# Municipal de Faro"): the place, a region or a town as the organ says.
NATIVE_ORGAN = re.compile(r"(?:[Tt]he\s+)?(?:(?P<town>C[aâ]mara\s+Municipal|Ayuntamiento|Concello"
                           r"|Ajuntament|Comune|Munic[ií]pio|Municipio|Municipalidad"
                           r"|Alcald[ií]a|Mairie|Commune|Prefeitura"
                           # (the Dutch and German municipality: "Gemeente X", "Gemeinde Y")
                           r"|Gemeente|Gemeinde|Stadtgemeinde|Marktgemeinde"
                           r"|Prim[aă]ria)|(?P<region>" + NATIVE_ORGAN_WORDS + r"))"
                           r"\s+(?:(?:de|do|da|dos|das|del|di|du|des|de\s+la|of)\s+)?"
                           r"(?:(?:[Rr]egi[aã]o|[Rr]egi[oó]n)\s+(?:d[aeo]\s+)?)?"
                           r"(?P<place>(?=[^\W\d_a-z])[^\W\d_][\w'’-]*(?:\s+(?:(?:de|do|da|dos"
                           r"|das|del|di|la|los|las)\s+)?(?=[^\W\d_a-z])[^\W\d_][\w'’-]*){0,3})")


def _native_organ(m: Mention, text: str, resolver) -> Party | None:
    """The place a government named in its own language stands for (see
    ``NATIVE_ORGAN``), or None: a town organ's town; a region organ's region, the
    gazetteer's or one of that name in the country of the town so called."""
    organ = NATIVE_ORGAN.fullmatch(text)
    if organ is None:
        return None
    place = organ.group("place")
    if organ.group("town"):
        town = _resolve(replace(m, text=place, kind_hint="City"), resolver, "City")
        return replace(town, name=text) if town.label == "City" else None
    region = _resolve(replace(m, text=place, kind_hint="Region"), resolver, "Region")
    if region.label != "Region":
        return None
    spoken = native_region_countries(text)
    if spoken and region.country not in spoken:
        # (the region word's language says whose region it is: "Regione Lombardia" is
        # no region of the Mexican town "Lombardía")
        return _spoken_region(m, text, place, spoken, resolver)
    if not region.resolved and resolver is not None:
        # (a province named after its capital: "Diputacion de Salamanca" is the province
        # of the Spanish town; a namesake's country elsewhere is no guess for it, and the
        # text's countries may place it later, Discourse._told_town)
        town = _lookup(resolver, place, "City", m.country_hint)
        if town is not None and "nothing to tell them apart" in (town.reason or ""):
            town = None
        cc = town.country if town is not None and town.country else m.country_hint
        region = replace(region, country=cc, id=provisional_id("Region", cc, place))
    return replace(region, name=text)


# A region's adjective with its capitalised region word ("the Sicilian Region").
_DEMONYM_REGION = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+Region")
# Why a region is of the country its own region word names (see ``_spoken_region``).
SPOKEN_REGION = "a region of its region word's country"


def _spoken_region(m: Mention, text: str, place: str, spoken: tuple[str, ...],
                   resolver) -> Party:
    """The region ``place`` of the country its own region word names (see
    ``native_region_words``): the gazetteer's region of that name there, else one of
    that name in the first such country the mention hints at or the word names."""
    cc = m.country_hint if m.country_hint in spoken else spoken[0]
    found = _lookup(resolver, place, "Region", cc) if resolver is not None else None
    if found is not None and found.label == "Region" and found.country == cc:
        return Party(text, found.id, "Region", cc, True, None,
                     SPOKEN_REGION, found.name)
    return Party(text, provisional_id("Region", cc, place), "Region", cc, False,
                 reason=SPOKEN_REGION)


# A place written by its names in two languages: "Brixen/Bressanone" (see
# mentions._names_in_two_languages).
_TWO_NAMES = re.compile(r"([^/\s][^/]*[^/\s])/([^/\s][^/]*[^/\s])")


def _one_of_two_names(m: Mention, text: str, names: tuple[str, str], resolver,
                      default_label: str) -> Party:
    """The place both names of "A/B" reach: the reading of either name that the other
    name is also a name or alias of, else the first name's reading."""
    readings = [_resolve(replace(m, text=name), resolver, default_label) for name in names]
    if resolver is None:
        return replace(readings[0], name=text)
    shared = places_both_name(*names)
    for p in readings:
        if p.resolved and p.id in shared:
            return replace(p, name=text)
    for eid in sorted(shared):
        # (a small town a bare name does not reach: both its names say which it is)
        e = resolver.gazetteer.entries[eid]
        p = _resolve(replace(m, text=names[0], kind_hint=e.label, country_hint=e.country),
                     resolver, default_label)
        if p.id == eid:
            return replace(p, name=text)
    return replace(readings[0], name=text)


def _resolve(m: Mention, resolver, default_label: str = "Company") -> Party:
    text = " ".join(m.text.strip().strip(",;").split())
    both = _TWO_NAMES.fullmatch(text)
    if both is not None:
        return _one_of_two_names(m, text, both.groups(), resolver, default_label)
    native = _native_organ(m, text, resolver) if m.kind_hint in (None, "City", "Region") \
        and not m.organisation and m.acronym is None else None
    if native is not None:
        return native
    titled = _TOWN_TITLE.fullmatch(text) if m.kind_hint in (None, "City", "Region") \
        and not m.organisation else None
    if titled and titled.group("place").lower() not in COUNTRY_BY_NAME and not (
            _company_like(titled.group("place")) or name_kind(titled.group("place"))):
        town = _resolve(replace(m, text=titled.group("place"), kind_hint="City"), resolver,
                        "City")
        if town.label == "City":
            return replace(town, name=text)
    code = COUNTRY_BY_NAME.get(text.lower()) or (DEMONYMS.get(text.lower()) if m.adjectival else None)  # noqa: E501
    if code:
        return Party(text, ids.country_id(code), "Country", code, True)
    known = known_firm(text) if m.kind_hint not in ("City", "Region") else None
    written = text
    if known is None and m.kind_hint not in ("City", "Region"):
        known = _other_romanisation(text)
        written = known.name if known is not None else text
        # (the group word or country code kept: the name as written, like the table's)
        known = known or _table_core(text)
    if known is not None and m.country_hint in (None, known.country):
        # A firm every reader knows ("MTZ", "Kazatomprom"): its country is no guess,
        # though the text never states it (the text may state another for a namesake),
        # and its id is the table's, however the text spells it ("Minsk Tractor Works"
        # and "MTZ" are company:by:mtz in every text, so one node in the graph).
        # The table lists some bodies among its firms (a commodity exchange, a union of
        # consumer societies, a port authority): the name's own head decides the kind.
        label = "Organization" if m.kind_hint == "Organization" or "Organization" in (
            name_kind(text), name_kind(known.name)) else "Company"
        return Party(text, provisional_id(label, known.country, written), label,
                     known.country, True, None, "a well-known firm", known.name)
    if resolver is None:
        return _provisional(m, text, default_label)
    # "Tatarstan's government": the organ of the place before the possessive.
    query, country = re.sub(r"['’]s(?=\s+[a-z])", "", text), m.country_hint
    demonym = re.sub(r"\s+sides?$", "", text).lower()
    if demonym in REGION_DEMONYMS and (m.adjectival or demonym != text.lower()):
        # "Tatar" products, "the Chechen side": the region
        query, country = REGION_DEMONYMS[demonym]
    titled = _DEMONYM_REGION.fullmatch(text)
    if titled is not None and titled.group(1).lower() in REGION_DEMONYMS:
        # "the Sicilian Region": a region's official English name, its adjective with
        # the region word, is that region (no region called "Sicilian")
        query, country = REGION_DEMONYMS[titled.group(1).lower()]
    for rx, rep in _PLURAL_ORGAN:
        query = rx.sub(rep, query)
    formal = _lookup(resolver, query, "Country", None) if _FORMAL_COUNTRY.fullmatch(query) \
        else None
    if formal is not None and formal.label == "Country":
        # "the Socialist Republic of Vietnam": the country's formal name, no region
        return Party(text, formal.id, formal.label, formal.country, True, None,
                     getattr(formal, "reason", None), formal.name)
    query, country, located = _of_country(query, country)
    nested = _NESTED.match(query)
    if nested and _STATUS_HEAD.fullmatch(nested.group("head")):
        nested = None  # "the Autonomous Region of X" is X itself, not a part of X
    town = _TOWN_OF_REGION.match(query) if not nested else None
    if town and town.group("head").split()[0].lower() not in _ORGAN_WORDS:
        tail = town.group("tail") or town.group("in") or town.group("bracket")
        where = _lookup(resolver, tail, "Region", None)
        res = _lookup(resolver, town.group("head"), "City", where.country) if where else None
        if res is not None and res.country == where.country:
            return Party(text, res.id, res.label, res.country, True, None,
                         getattr(res, "reason", None), res.name)
    if nested and " of " in query:
        # Locate by the tail ("of the Rostov region"), then look the head up there.
        tail = _lookup(resolver, nested.group("tail"), "Region", None) or \
            _lookup(resolver, nested.group("tail"), None, None)
        if tail is not None and tail.country:
            country = country or tail.country
            query = nested.group("head")
            located = True
    kind = m.kind_hint if m.kind_hint in _PREFIX and m.kind_hint != "Country" else None
    # "the Brest regional authorities", "the Mogilev oblast leadership": the region
    query = re.sub(r"\s+(?:regional|oblast|region|krai|provincial)\s+(?:authorities|leadership)$",
                   "", query, flags=re.I)
    centre = re.search(r"\s+(?:regional|district|oblast)\s+cent(?:re|er)$", query, re.I)
    if centre:
        # "the Vitebsk regional centre": the town, not the region
        query, kind = query[:centre.start()], "City"
    # "the X Self-Governing Region" (Slovakia's regions under their own law): the X Region
    query = _SELF_GOVERNING.sub("", query)
    local = _LOCAL_GENERIC.search(query) if not m.organisation else None
    if local and kind in (None, "Region"):
        # "Samarqand viloyati", "Kostanay oblysy": the region, its generic word written
        # in the country's language
        query = (query[:local.start()] + query[local.end():]).strip(" ,-") or query
        kind = "Region"
    headed = region_by_country_head(query, lambda base: _lookup(resolver, base, "Region",
                                                                 country))
    if headed is not None:
        # "Pando Department", "Barbuda Parish": a region of a country that calls its
        # regions so, though the word names a body elsewhere
        return Party(text, headed.id, headed.label, headed.country, True, None,
                     getattr(headed, "reason", None), headed.name)
    if kind is None and _VOIVODESHIP_ADJECTIVE.fullmatch(query) and not m.organisation:
        kind = "Region"  # "Lubelskie", "Mazowieckie": a voivodeship, not its capital
    res = None
    tries = [(kind, country), (None, country), (kind, None)]
    if country and (kind in ("Region", "City") or located):
        # A place whose country the text states ("the X district of the Smolensk
        # region", "the Kazakh city of X") is not a namesake elsewhere.
        tries = tries[:2]
    if kind == "Company" and m.named_firm:
        # "the tobacco factory Neman", "Neman, a tobacco factory,": the description says
        # a firm, though a town bears the name (the firm is not that town)
        tries = [(kind, country), (kind, None)]
    if kind == "Region" and not m.adjectival and not _GENERIC.search(query):
        # "the Polish district of Sokolka", "the province of X": the head noun before the
        # name says a region or district; the town of the same name is another place.
        tries = [(kind, country)] if country else [(kind, None)]
    for k, cc in dict.fromkeys(tries):
        res = _lookup(resolver, query, k, cc)
        if res is not None:
            break
    if res is not None and res.label == "Country" and not m.adjectival:
        res = _capital_not_country(resolver, query, res)
    if res is not None and m.country_hint and kind is None and not located and \
            res.label in ("City", "Region") and res.country != m.country_hint and \
            is_acronym(text):
        # "the Croatian INA": a name in capitals its own demonym places is a body of
        # that country, not a town of that spelling abroad
        res = None
    firm = m.organisation or m.kind_hint in ("Company", "Organization") or _company_like(text)
    if res is None and country and kind in (None, "Region") and not firm:
        res = _region_elsewhere(resolver, query, country)
        if res is None and not located:
            country = _town_elsewhere(resolver, query, country) or country
    if res is not None and kind is None and not firm and res.label == "City" and \
            default_label != "City":   # (a twinning's side is a town)
        res = _region_by_own_name(resolver, query, country, res)
    if res is None and kind is None and not firm:
        # A region named bare ("Xinjiang", "Mazowieckie"): the gazetteer finds it only
        # when asked for a region.
        res = _lookup(resolver, query, "Region", country)
        if res is not None:
            res = _town_of_base(resolver, query, res)
    if res is None and not firm and kind in (None, "City"):
        res = _other_spelling(resolver, query, country)
    if res is None and not firm and kind in (None, "City", "Region"):
        res = romanised_otherwise(resolver, query, country, kind)
    if res is None and not firm and kind in (None, "Region"):
        res = region_by_head_word(resolver, query, country)
    body = None
    if res is None:
        res, body = _organ_of_place(resolver, query, country)
    if res is None and not firm and kind in (None, "Region"):
        res = colloquial_region(resolver, query, country)
    if res is None and not firm:
        res = _adjectival_region(resolver, query, country)
    if res is not None and _noun_fits(query, res):
        return Party(text, res.id, res.label, res.country, True,
                     body or getattr(res, "body", None), getattr(res, "reason", None), res.name)
    if country is None and (m.organisation or m.kind_hint in ("Company", "Organization")
                            or _own_kind(text)):
        country = _home_country(resolver, query)
    if country is None and not firm:
        country = _district_town_country(resolver, query) or _nouns_one_country(query)
    return _provisional(m, text, default_label, query, country)


def _capital_not_country(resolver, query: str, res):
    """A town that bears as its own name the start of its country's name ("Tunis" of
    Tunisia), which the gazetteer also lists as the country's other name: the town.
    A country named in full ("Panama", "Kuwait") stays the country."""
    name = getattr(res, "name", "") or ""
    if _key(name) == _key(query) or not _key(name).startswith(_key(query)):
        return res
    town = _lookup(resolver, query, "City", res.country)
    if town is not None and town.label == "City" and town.country == res.country and \
            _key(town.name) == _key(query):
        return town
    return res


# "the Adjaran government", "the Kakhetian administration": a region's adjective before
# its organ (a country's demonym is the country's, read before this).
_ADJECTIVAL_ORGAN = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]{3,}(?:an|ean|ian))\s+(?:government"
                               r"|administration|authorities|regional\s+government)")


def _adjectival_region(resolver, query: str, country: str | None):
    """The region whose adjective opens ``query`` ("Adjaran" of Adjara, "Kakhetian" of
    Kakheti), when the gazetteer knows the region by its noun."""
    m = _ADJECTIVAL_ORGAN.fullmatch(query)
    if m is None or m.group(1).lower() in DEMONYMS:
        return None
    word = m.group(1)
    for stem in (word[:-1], word[:-2]):
        res = _lookup(resolver, stem, "Region", country)
        if res is not None and res.label == "Region":
            return res
    return None


_LEAGUE = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]{2,}(?:\s+Gol)?)\s+League")


def _nouns_one_country(query: str) -> str | None:
    """The country of a region noun only one country uses ("X aimag": Mongolia)."""
    allowed = REGION_NOUN_COUNTRIES.get(query.lower().split()[-1]) if " " in query else None
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


# Region nouns only some countries use: "Altay prefecture" is no Russian region (the
# gazetteer's Altai Krai), "the X voivodeship" no Ukrainian oblast.
REGION_NOUN_COUNTRIES = {"voivodeship": {"PL"}, "powiat": {"PL"}, "aimag": {"MN"},
                         "marz": {"AM"}, "okrug": {"RU"}, "krai": {"RU"},
                         "prefecture": {"CN", "JP", "GR"}}


def _noun_fits(query: str, res) -> bool:
    """Whether the region noun ``query`` ends in is one ``res``'s country uses.

    >>> from types import SimpleNamespace as N
    >>> _noun_fits("Altay prefecture", N(label="Region", country="RU"))
    False
    >>> _noun_fits("Ili Prefecture", N(label="Region", country="CN"))
    True
    >>> _noun_fits("Altai Krai", N(label="Region", country="RU"))
    True
    """
    words = query.lower().split()
    allowed = REGION_NOUN_COUNTRIES.get(words[-1]) if len(words) > 1 else None
    return allowed is None or res.label not in ("Region", "City") or res.country in allowed


def _region_elsewhere(resolver, query: str, country: str):
    """A first-level region of another country, named exactly, when the country a
    demonym or an "of" gave has no place of that name: "the Uzbek regions of Fergana and
    Sughd" names Tajikistan's Sughd (the demonym covers the list loosely), "the Uzbek
    and Tajik regions of Fergana and Sughd" Uzbekistan's Fergana.

    >>> r = text_resolver()
    >>> _region_elsewhere(r, "Sughd", "UZ").id, _region_elsewhere(r, "Amkodor", "UZ")
    ('region:tj:sughd', None)
    >>> _region_elsewhere(r, "Central District", "BY"), _region_elsewhere(r, "Northern", "BY")
    (None, None)
    >>> _region_elsewhere(r, "Sogd", "UZ").id, _region_elsewhere(r, "Sugd", "UZ").id
    ('region:tj:sughd', 'region:tj:sughd')
    """
    base = strip_term(re.sub(r"^the\s+", "", query, flags=re.I))
    if not base or any(w.lower() in common_english() for w in base.split()):
        return None   # "the Central region", "the Northern District": a part of any country
    res = _lookup(resolver, query, "Region", None)
    if res is None or res.label != "Region" or res.country == country:
        return None
    entry = resolver.entry(res.id)
    if entry is None or entry.level != 1:
        return None
    # Named exactly, by its name or one of its own (romanised) names: "Sogd", "Sugd" are
    # the Sughd Region's, as the gazetteer lists them.
    names = {_key(strip_term(n)) for n in (getattr(res, "name", "") or "", *entry.aliases)}
    return res if _key(strip_term(query)) in names else None


def _of_country(query: str, country: str | None) -> tuple[str, str | None, bool]:
    """``(query, country, located)``: a place named with its country after its head
    word ("the Kakheti Region of Georgia") is looked up by the part before "of", in that
    country (which overrides a guess from elsewhere).

    >>> _of_country("the Shirak Province of Armenia", None)
    ('the Shirak Province', 'AM', True)
    >>> _of_country("Republic of Belarus", None), _of_country("Altai Krai", "RU")
    (('Republic of Belarus', None, False), ('Altai Krai', 'RU', False))
    >>> _of_country("Government of the Republic of Belarus", None)[2]
    False
    """
    m = _OF_COUNTRY.match(query)
    if m is None or re.search(r"\bof\b", m.group("head"), re.I):
        # "the Government of the Republic of Belarus": an organ of the country
        return query, country, False
    name = " ".join(m.group("country").lower().split()).removeprefix("the ")
    code = COUNTRY_BY_NAME.get(name)
    if code is None:
        return query, country, False
    return m.group("head"), code, True


# A region named the colloquial way, by a suffix on its centre's or people's name:
# "Vitebshchina", "Grodnenshchina", "Smolenshchina" (the -shchina of Belarus and
# Russia), "Stavropolye", "Orenburzhye" (-ye), "Tataria" (-ia).
_COLLOQUIAL = re.compile(r"(?P<stem>[A-Z][a-z]{2,}?)(?:s?hchina|s?hchyna|chyna|china|ye|ie|iya|ia)")


def colloquial_region(resolver, name: str, country: str | None = None):
    """The region a colloquial name stands for, or None.

    >>> from relgraph.loaders.resolve import Resolver
    >>> r = Resolver.default()
    >>> [colloquial_region(r, n).id for n in ("Vitebshchina", "Grodnenshchina", "Smolenshchina",
    ...                                        "Stavropolye", "Tataria")]
    ['region:by:vitebsk', 'region:by:grodno', 'region:ru:smolensk', 'region:ru:stavropol', \
'region:ru:tatarstan']
    >>> colloquial_region(r, "Belavia") is None
    True
    """
    m = _COLLOQUIAL.fullmatch(name.strip())
    if m is None:
        return None
    stem = m.group("stem")
    known = REGION_DEMONYMS.get(stem.lower())
    if known:
        return _lookup(resolver, known[0], "Region", known[1])
    stems = [stem, stem + "sk", re.sub(r"en$", "o", stem), re.sub(r"zh$", "g", stem)]
    for cand in dict.fromkeys(x for x in stems if len(x) > 3):
        res = _lookup(resolver, cand, "Region", country)
        if res is not None and res.label == "Region" and "approximate" not in (
                getattr(res, "reason", "") or ""):
            return res
    return None


# Endings that transliterations of Russian and Kazakh names spell differently: "Rudny",
# "Rudnyy", "Rudnyi"; "Stepnoy", "Stepnoi"; "Yekaterinburg", "Ekaterinburg".
_ENDINGS = (("yy", ("y", "iy", "yi")), ("iy", ("y", "yy", "i")), ("yi", ("y", "yy", "iy")),
            ("y", ("yy", "iy", "yi", "i")), ("i", ("iy", "yy", "y")))
# "i" before a vowel after a consonant: the "y" of another romanisation of я, ю, ё.
_SOFT_VOWEL = re.compile(r"(?<=[bcdfghklmnprstvz])i(?=[aou])", re.I)
_SPELT_TOWN = 10_000  # a town under this size is too small to take a name's variant for


def _other_spelling(resolver, query: str, country: str | None):
    """A town the gazetteer spells otherwise than the text ("Rudny" for "Rudnyy",
    "Ekaterinburg" for "Yekaterinburg"): a single word, a town of some size or a region,
    and in the country the text gives, if any. A bare unknown word is a firm otherwise.

    >>> r = text_resolver()
    >>> _other_spelling(r, "Rudny", None).id, _other_spelling(r, "Amkodory", None)
    ('city:kz:rudnyy', None)
    >>> _other_spelling(r, "Viazma", None).id, _other_spelling(r, "Amkodiar", None)
    ('city:ru:vyazma', None)
    >>> _other_spelling(r, "Iakutsk", None).id
    'city:ru:yakutsk'
    """
    if not re.fullmatch(r"[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?", query) or \
            query.lower() in common_english():
        return None   # ("Dairy" is a word, not a spelling of Dairi)
    variants = [query[:-len(end)] + alt for end, alts in _ENDINGS if query.endswith(end)
                for alt in alts]
    medial = _SOFT_VOWEL.sub("y", query)
    if query[:2] in ("Ia", "Iu", "Io"):
        medial = "Y" + medial[1:]   # "Iakutsk": Yakutsk
    if medial != query:
        variants.append(medial)   # "Viazma", "Riazan": Vyazma, Ryazan
    if query.startswith("Ye"):
        variants.append("E" + query[2:])
    elif query[0] == "E":
        variants.append("Ye" + query[1:])
    for v in variants:
        res = _lookup(resolver, v, None, country)
        node = getattr(res, "node", None)
        size = (node.properties.get("population") or 0) if node is not None else 0
        if res is not None and (res.label == "Region" or res.label == "City"
                                and size >= _SPELT_TOWN):
            return res
    return None


# A unit word of East Asian romanisations glued to a name or hyphened to it:
# "Saitama-ken", "Osaka-fu", "Gyeonggi-do" (a prefecture's or province's), "Jiangsu
# Sheng" (a Chinese province's), "Nara-shi", "Bucheon-si" (a city's).
_UNIT_SUFFIX = re.compile(r"(?P<base>[A-Z][a-z']+(?:[ -][A-Z][a-z']+)?)[ -]"
                          r"(?P<unit>ken|fu|do|sheng|Sheng|shi|si)")
_SUFFIX_KIND = {"ken": "Region", "fu": "Region", "do": "Region", "sheng": "Region",
                "shi": "City", "si": "City"}
# Consonants a writer doubles or not ("Champassak", "Phongssaly", "Xaignabouli").
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


def romanised_otherwise(resolver, query: str, country: str | None, kind: str | None):
    """The region or town of some size ``query`` writes in another common romanisation
    of its name, or None:

    * its syllables run together ("Laocai", "Haiduong", "Khonkaen", "Gyeonggido"), where
      the gazetteer writes them apart (Vietnamese, Thai, Lao and Korean names are
      written both ways);
    * a consonant doubled that the gazetteer writes once ("Champassak");
    * the unit word of its language after it ("Saitama-ken", "Jiangsu Sheng",
      "Nara-shi"): the region or town of the base name.

    A single word must not be one of the dictionary's; the place found must be a region
    or a town of 10,000 people or more, and a region when ``kind`` asks for one.

    >>> r = text_resolver()
    >>> [romanised_otherwise(r, q, None, None).id for q in ("Laocai", "Saitama-ken",
    ...  "Champassak", "Jiangsu Sheng")]
    ['city:vn:lao-cai', 'region:jp:saitama', 'city:la:champasak', 'region:cn:jiangsu']
    >>> [romanised_otherwise(r, q, None, None) for q in ("Amkodorsk", "Sunflower", "Vitaldo")]
    [None, None, None]
    """
    suffix = _UNIT_SUFFIX.fullmatch(query)
    if suffix is not None:
        want = _SUFFIX_KIND[suffix.group("unit").lower()]
        if kind in (None, want):
            res = _lookup(resolver, suffix.group("base"), want, country)
            if res is not None and res.label == want:
                return res
        return None
    if not re.fullmatch(r"[A-Z][a-z]{5,}", query) or query.lower() in common_english():
        return None
    from relgraph.loaders.gazetteer.names import key as name_key

    gaz = resolver.gazetteer
    variants = [query[:i] + " " + query[i].upper() + query[i + 1:]
                for i in range(2, len(query) - 1)
                if gaz.lookup(name_key(query[:i] + " " + query[i:]))]
    single = _DOUBLED.sub(r"\1", query)
    if single != query:
        variants.append(single)
    for v in variants:
        res = _lookup(resolver, v, kind, country)
        if res is not None and res.label == "City" and \
                name_key(res.name) != name_key(v):
            # (a town known by the name only as an alias yields to the region of that
            # name: "Quangninh" is Quang Ninh province, not Quan Hau)
            res = _lookup(resolver, v, "Region", country) or res
        if res is None or kind == "Region" and res.label != "Region":
            continue
        node = getattr(res, "node", None)
        size = (node.properties.get("population") or 0) if node is not None else 0
        if res.label == "Region" or res.label == "City" and size >= _SPELT_TOWN:
            return res
    return None


_DISTRICT_WORD = re.compile(r"^(?P<base>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?:county|district"
                            r"|powiat|raion|rayon|municipality|district\s+municipality|region"
                            r"|oblast|province|prefecture|krai)$", re.I)


def _district_town_country(resolver, query: str) -> str | None:
    """A county or district the gazetteer does not list is named after its town ("the
    Sokolka county", "the Kedainiai district"): it lies in the town's country. So does
    the area of a town that is no first-level region ("the Harbin region", "the
    Daugavpils region", "the Kashgar prefecture"): before, it had no country at all.

    >>> r = text_resolver()
    >>> [_district_town_country(r, q) for q in ("Harbin region", "Oulu region", "Amkodor region")]
    ['CN', 'FI', None]
    """
    d = _DISTRICT_WORD.match(query)
    if d is None:
        return None
    allowed = REGION_NOUN_COUNTRIES.get(query.lower().split()[-1])
    if allowed:
        # ("the Altay prefecture": Altay of China, not the Kazakh town of that name)
        for cc in sorted(allowed):
            town = _lookup(resolver, d.group("base"), "City", cc)
            if town is not None and town.country == cc:
                return cc
        return None
    town = _lookup(resolver, d.group("base"), "City", None)
    return town.country if town is not None else None


def _town_elsewhere(resolver, query: str, country: str) -> str | None:
    """The country of the town a district or area is named after, when the country a
    demonym gave it has no place of that name: "the Uzbek districts of Rishtan and
    Isfara" (Isfara is Tajik), "the Uzbek regions of Fergana and Khujand", "the Uzbek and
    Tajik districts of Rishtan and Isfara" (the demonym next to the head covers the list
    loosely). None when the demonym's country has such a place or no town elsewhere has
    the name.

    >>> r = text_resolver()
    >>> [_town_elsewhere(r, q, "UZ") for q in ("Isfara", "Khujand region", "Rishtan district")]
    ['TJ', 'TJ', None]
    >>> _town_elsewhere(r, "Rishtan", "TJ"), _town_elsewhere(r, "Amkodor district", "UZ")
    ('UZ', None)
    """
    d = _DISTRICT_WORD.match(query)
    base = d.group("base") if d else re.sub(r"^the\s+", "", query)
    if not re.fullmatch(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?", base) or \
            base.lower() in common_english() or _lookup(resolver, base, None, country):
        return None
    town = _lookup(resolver, base, "City", None)
    return town.country if town is not None and town.country != country else None


# A region's own name with a head word the gazetteer does not list with it: "Sennar
# State", "the River Nile State" (of Sudan), "the Tatar Republic", "the Land of
# Brandenburg", "the Autonomous Province of Vojvodina", "the Principality of Asturias",
# "the Autonomous Community of Valencia", "Republika Srpska".
_HEAD_AFTER = re.compile(r"^(?:the\s+)?(?P<base>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})\s+"
                         r"(?:[Ss]tate|[Rr]epublic)$")
_HEAD_BEFORE = re.compile(r"^(?:the\s+)?(?:(?:Autonomous|Federal|Free)\s+)?(?:Land|Province|State"
                          r"|Emirate|Canton|Principality|Community|Governorate|Republika"
                          r"|Respublika)\s+(?:of\s+(?:the\s+)?)?"
                          r"(?P<base>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})$")


def region_by_head_word(resolver, query: str, country: str | None):
    """The first-level region a name with a head word the gazetteer does not list with
    it stands for, or None: a people's region by its demonym ("the Tatar Republic"); a
    demonym or a country's name before "Republic" is the country, not a region ("the
    Kyrgyz Republic"); a firm ("Gomel State") is no region the gazetteer knows.

    >>> r = text_resolver()
    >>> [region_by_head_word(r, q, c).id for q, c in (("River Nile State", "SD"),
    ...  ("the Tatar Republic", None), ("the Land of Brandenburg", None),
    ...  ("Republika Srpska", None))]
    ['region:sd:river-nile', 'region:ru:tatarstan', 'region:de:brandenburg', 'region:ba:srpska']
    >>> [region_by_head_word(r, q, None) for q in ("the Kyrgyz Republic", "Amkodor State")]
    [None, None]
    """
    m = _HEAD_AFTER.match(query) or _HEAD_BEFORE.match(query)
    if m is None:
        return None
    base = m.group("base")
    people = REGION_DEMONYMS.get(base.lower())
    if people:
        return _lookup(resolver, people[0], "Region", people[1])
    if base.lower() in DEMONYMS or base.lower() in COUNTRY_BY_NAME:
        return None
    res = _lookup(resolver, base, "Region", country)
    if res is None or res.label != "Region":
        return None
    state = re.search(r"\b[Ss]tate\b", query[:m.start("base")] + query[m.end("base"):])
    return res if not state or res.country in _STATE_COUNTRIES else None


def _a_state(query: str, country: str | None) -> bool:
    """"Sennar State" of a country whose regions are states, though the gazetteer does
    not list it: a region all the same (its id without the head word)."""
    m = _HEAD_AFTER.match(query)
    return bool(m) and country in _STATE_COUNTRIES and query.rstrip().lower().endswith("state")


_ORGANS = ("Committee", "Council", "Administration", "Government", "Governorship")
# Türkiye's metropolitan municipality is its city's government ("Istanbul Metropolitan
# Municipality", "Metropolitan Municipality of Bursa").
_METROPOLITAN = re.compile(r"^(?:(?P<lead>Metropolitan\s+Municipality\s+of\s+(?:the\s+)?)"
                           r"(?P<place>[A-Z].+)|(?P<head>[A-Z].+?)\s+Metropolitan\s+"
                           r"Municipality)$")
# Only a body of government stands for its place: "People's Committee of Hanoi",
# "Administration of Brest"; a "Youth Council of Grodno" or a "Sports Committee of the
# Vitebsk Region" is a body of its own.
_LEADING_ORGAN = re.compile(r"^(?P<organ>(?:(?:People['’]s|Executive|Municipal|City|Town|Regional"
                            r"|Provincial|Oblast|District|Local|Metropolitan|Prefectural|State"
                            r"|Standing|Main|General|Supreme)\s+){0,2}(?:Committee|Council"
                            r"|Administration|Government|Governorship|Cabinet\s+of\s+Ministers)"
                            # (a voivodeship's executive: "Marshal's Office of the X
                            # Voivodeship", "Office of the Marshal of X")
                            r"|Marshal['’]?s?\s+Office|Office\s+of\s+the\s+Marshal"
                            # (Georgia's governor's office, Iran's provincial government)
                            r"|State\s+Representative\s+Administration"
                            r"|Governorate(?:\s+General)?)"
                            r"\s+of\s+(?:the\s+)?"
                            r"(?P<place>[A-Z].+)$")


# The executive organs a region's or town's name goes before, capitalised as a name:
# Poland's voivodeship marshal's office and board, a mayor's office, the Russian
# abbreviations of an executive committee.
# (a city's own name for its government: Latvia's "Daugavpils State City Municipality",
# Korea's "Busan Metropolitan City"; a town's legal status after its name: Hungary's
# "X City of County Rank", Poland's "X City with County Rights", Czechia's "X Statutory
# City", Slovenia's "X Urban Municipality")
_OWN_ORGAN_TAIL = re.compile(r"\s(?:Mayor['’]s\s+Office"
                             r"|(?P<region>Marshal['’]?s?\s+Office|Oblispolkom|Raiispolkom)"
                             r"|(?P<city>(?:State\s+)?City\s+Municipality|Metropolitan\s+City"
                             r"|Special\s+City|City\s+of\s+County\s+Rank"
                             r"|City\s+with\s+(?:County|Powiat)\s+Rights|Statutory\s+City"
                             r"|Urban\s+Municipality"
                             # (South Asia's town governments: India's "X Municipal
                             # Corporation", "X Nagar Nigam", Bangladesh's "X City
                             # Corporation", "X Pourashava", Pakistan's "X Metropolitan
                             # Corporation")
                             r"|(?:Municipal|City|Metropolitan)\s+Corporation"
                             r"|Pourashava|Paurashava|(?:Mahanagar\s+)?Nagar\s+(?:Nigam|Palika))"
                             r"|Gorispolkom)$"
                             r"|(?<=Voivodeship)\s+Board$")


def _organ_of_place(resolver, name: str, country: str | None):
    """"Hanoi People's Committee", "Šiauliai Region Development Council": a body of
    government named after its place stands for the place (the gazetteer knows the
    usual organs; these are the others). Returns (resolution, organ) or (None, None)."""
    metro = _METROPOLITAN.match(name)
    if metro:
        res = _lookup(resolver, metro.group("place") or metro.group("head"), "City", country)
        if res is not None and res.label == "City":
            return res, "Metropolitan Municipality"
    lead = _LEADING_ORGAN.match(name)
    if lead:
        # "People's Government of Jiangsu Province", "Administration of Brest"
        # (a marshal heads a voivodeship, never a town: "Marshal's Office of Lublin" is
        # the Lublin Voivodeship's, not the city's)
        marshal = "Marshal" in lead.group("organ")
        # ("Regional Administration of the X Province of the Republic of Armenia": the
        # country after the place's head word only locates it)
        place, country, _ = _of_country(lead.group("place"), country)
        res = (None if marshal else _lookup(resolver, place, None, country)) \
            or _lookup(resolver, place, "Region", country) or region_by_head_word(
            resolver, place, country)   # "Government of the Tatar Republic"
        if res is not None and res.label in ("City", "Region"):
            return res, lead.group("organ")
    tail = _OWN_ORGAN_TAIL.search(name)
    if tail:
        # "the Podlaskie Voivodeship Marshal's Office", "Vitebsk Oblispolkom": the organ
        # of the region or town its name begins with
        kinds = ("Region",) if tail.group("region") else ("City",) if tail.group("city") \
            else (None, "Region")
        # ("Lublin's Marshal's Office": the owner's possessive is no part of its name)
        place = re.sub(r"['’]s$", "", name[:tail.start()])
        res = next(filter(None, (_lookup(resolver, place, k, country)
                                 for k in kinds)), None)
        if res is not None and res.label in ("City", "Region"):
            return res, tail.group(0).strip()
    words = name.split()
    if len(words) < 2 or words[-1] not in _ORGANS:
        return None, None
    for k in range(min(len(words) - 1, 3), 0, -1):
        res = _lookup(resolver, " ".join(words[:k]), None, country)
        # ("Cavan County Council", "Alba Provincial Government": the council of the
        # county, not of its county town, though the gazetteer knows only the town)
        if res is not None and res.label == "City" and _REGION_LEVEL.search(
                " ".join(words[k:-1])):
            res = _lookup(resolver, " ".join(words[:k]), "Region", country)
        if res is not None and res.label in ("City", "Region"):
            return res, " ".join(words[k:])
    return None, None


_ORGAN_END = re.compile(rf"\s+(?:{'|'.join(_ORGANS)})$")
# Words of an organ's name that say it governs a region, not a town.
_REGION_LEVEL = re.compile(r"\b(?:County|Regional|Provincial|Prefectural|Oblast|State"
                           r"|District)\b")


def _home_country(resolver, name: str) -> str | None:
    """The country an organisation's name places it in: a demonym in it ("Russian
    Academy"), a place after "of" ("Committee on Tourism of Dagestan"), or a country
    it starts with ("Kazakhstan Temir Zholy").

    >>> from relgraph.loaders.resolve import Resolver
    >>> _home_country(Resolver.default(), "Committee on Tourism of Dagestan")
    'RU'
    >>> _home_country(Resolver.default(), "Kazakhstan Temir Zholy")
    'KZ'
    """
    name = name.strip('"«»“” ')
    for word in re.findall(r"[A-Z][\w-]+", name):
        # "All-Russian Research Institute": a demonym inside a hyphenated word too
        for part in (word, *word.split("-")):
            if part.lower() in DEMONYMS:
                return DEMONYMS[part.lower()]
    m = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w-]+\s?){1,3})$", name)
    # A place it starts with, one or two words ("Minsk Tractor Plant", "Nizhny Novgorod
    # Plant").
    leads = [" ".join(name.split()[:k]) for k in (2, 1) if len(name.split()) > k]
    leads = [x for x in leads if re.fullmatch(r"(?:[A-Z][\w-]+\s?)+", x)]
    of = m.group(1).strip() if m else None
    for place in filter(None, [of] + leads):
        code = country_code(place)
        if code:
            return code
        if place != of:
            continue  # a place a name starts with is looked up among the document's
            # countries (Discourse.firm_country): "Victoria Group" is no firm of Hong Kong
        for kind in ("Region", "City"):
            res = _lookup(resolver, place, kind, None)
            if res is not None and res.country:
                return res.country
    return None


def _alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Oryol", "Orel"; "Karaganda", "Karagandy"), not two
    names ("Akmola", "Astana")."""
    from difflib import SequenceMatcher

    def fold(x: str) -> str:
        return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", x.lower())
                      .encode("ascii", "ignore").decode())
    return SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.6


def _town_of_base(resolver, query: str, region):
    """A bare name the gazetteer holds for ``region`` only without its generic term
    ("Nelson" of the Nelson Region) is the region's town of that name, as a bare
    "Gomel" is the city and not the Gomel Region: the name alone reached no town
    because namesakes abroad come near its size, and the region's country settles it."""
    g = getattr(resolver, "gazetteer", None)
    if g is None or region.label != "Region" or \
            dict(g.hits(_key(query))).get(region.id) != BASE:
        return region
    town = _lookup(resolver, query, "City", region.country)
    if town is None or town.label != "City" or g.parent(town.id) != region.id or \
            (g.entries[town.id].population or 0) < _TOWN_OF_BASE:
        return region
    return town


# A region's namesake town smaller than this is a village ("Primorskiy" in Primorsky
# Krai): the bare name is still the region's.
_TOWN_OF_BASE = 10_000


def _region_by_own_name(resolver, query: str, country, town):
    """A bare name the gazetteer gives a town only under another name of that town
    ("Zhambyl", once the name of Taraz; "Khorezm" for Khiva) and a region under its own
    name (the Zhambyl region, Khorezm) is the region. A town that merely spells the name
    otherwise ("Karaganda", Karagandy) stays the town."""
    own = getattr(town, "name", None) or ""
    # "Rio Grande do Sul" is a state's name and only an alias of the town Rio Grande:
    # a name that goes on past the town's own is no spelling of it.
    extends = query.lower().startswith(own.lower() + " ")
    if not own or (_alike(own, query) and _key(own) == _key(query) and not extends):
        return town
    region = _lookup(resolver, query, "Region", country)
    # (the region's name without its head word: "Henan" is Henan Province's own name)
    if region is None or region.label != "Region" or \
            not _alike(strip_term(getattr(region, "name", "") or ""), query):
        return town
    if _alike(own, query) and not extends and not _stray_alias(resolver, town, region):
        return town
    return region


def _stray_alias(resolver, town, region) -> bool:
    """Whether ``town``, found by an alternate name that is a first-level region's own
    name, lies outside that region: "Henan" is an alternate name of Hengyang (in Hunan)
    and "Quang Ninh" one of Quan Hau (in Quang Binh), so the province is meant; Karagandy,
    known as Karaganda, is the capital of the Karaganda Region, and stays the town."""
    entry = resolver.entry(region.id)
    if entry is None or entry.level != 1:
        return False
    eid = town.id
    for _ in range(3):
        eid = resolver.parent(eid)
        if eid == region.id:
            return False
        if eid is None:
            break
    return True


def _lookup(resolver, text, kind, country):
    try:
        res = resolver.resolve(text, kind=kind, country=country)
    except Exception:  # an odd name is simply not found
        return None
    return res if getattr(res, "resolved", False) else None


# Parts of a country that no gazetteer lists as one region ("Western Siberia", "the
# Urals", "the Far East"): regions of that country all the same, never firms.
_MACRO_REGIONS = {
    "siberia": "RU", "western siberia": "RU", "west siberia": "RU", "eastern siberia": "RU",
    "east siberia": "RU", "southern siberia": "RU", "urals": "RU", "the urals": "RU",
    "southern urals": "RU", "south urals": "RU", "middle urals": "RU", "polar urals": "RU",
    "far east": "RU", "russian far east": "RU", "central russia": "RU",
    "north caucasus": "RU", "northern caucasus": "RU", "volga region": "RU", "povolzhye": "RU",
    "black earth region": "RU", "central black earth region": "RU", "chernozemye": "RU",
    "non-black earth region": "RU", "russian north": "RU", "european north": "RU",
    "north-west of russia": "RU", "northwest russia": "RU", "southern russia": "RU",
    "south of russia": "RU", "trans-urals": "RU", "transbaikalia": "RU",
    "polesie": "BY", "polesye": "BY", "western kazakhstan": "KZ", "northern kazakhstan": "KZ",
    "eastern kazakhstan": "KZ", "southern kazakhstan": "KZ", "central kazakhstan": "KZ",
    "fergana valley": "UZ",
}
# "Khanty-Mansiysk Autonomous Okrug", "the Northwestern Federal District"
_REGION_FORM = re.compile(r"\b(?:autonomous\s+(?:okrug|district|region|area|oblast)|okrug"
                          r"|federal\s+district|republic\s+of)\b", re.I)


def macro_region(name: str) -> str | None:
    """The country of a part of it named as a region ("Western Siberia", "the Urals"),
    else None.

    >>> macro_region("Western Siberia"), macro_region("the Urals"), macro_region("Sibur")
    ('RU', 'RU', None)
    """
    key = " ".join(name.lower().split())
    return _MACRO_REGIONS.get(key) or _MACRO_REGIONS.get(key.removeprefix("the "))


def _provisional(m: Mention, text: str, default_label: str, query: str | None = None,
                 country: str | None = None) -> Party:
    label = m.kind_hint if m.kind_hint in _PREFIX else None
    macro = macro_region(text) if not m.organisation else None
    if macro and label not in ("Company", "Organization"):
        label, country = "Region", country or macro
    if label is None and not macro:
        # "Moglino Special Economic Zone of the Pskov Region", "Department of Education
        # of the Grodno Regional Executive Committee", "Brest Regional Innovation
        # Cluster": a body's own head noun, before the place it belongs to, gives its
        # kind (an organ of government stands for its place, below).
        label = _own_kind(text)
    if label is None and not m.organisation and (_REGION_FORM.search(text) or _a_state(
            query or text, country or m.country_hint) or administrative_unit(text)):
        label = "Region"
    if label is None and _LEAGUE.fullmatch(text) and \
            _LEAGUE.fullmatch(text).group(1).lower() not in common_english():
        # "Xilingol League", "Alxa League": Inner Mongolia's leagues are its regions
        # (one proper word before it: no "Premier League", no "Hockey League")
        label, country = "Region", country or "CN"
    if label is None and re.search(r"\b(?:oblast|regional|region|akimat|krai|duma|district|raion"
                                   r"|marz|aimag|okrug|powiat|province|territory|county|prefecture"
                                   r"|voivodeship|canton"
                                   r"|governorate|municipality)\b", text, re.I) and not m.organisation:  # noqa: E501
        label = "Region"  # an organ of a region stands for the region
    if label is None:
        kind = name_kind(text)
        label = kind if kind == "Organization" and not re.search(rf"\b(?:{_LEGAL})\b", text) \
            else "Company" if '"' in text or _company_like(text) else (
                "Organization" if m.organisation else default_label)
    country = country or m.country_hint
    return Party(text, provisional_id(label, country, query or text), label, country, False,
                 reason="not in the gazetteer")


# Administrative units named in their own languages, before the name ("Landkreis
# Lörrach", "Bezirk Schwaz", "Département du Nord", "Comarca del Segrià", "Region
# Skåne"), after it ("Jämtlands län", "Trøndelag fylke") or glued to it ("Ortenaukreis"),
# with the countries that use each word.
_UNIT_COUNTRIES = {"landkreis": ("DE",), "kreis": ("DE",), "bezirk": ("AT", "DE", "CH"),
                   "regierungsbezirk": ("DE",), "kanton": ("CH",), "canton": ("CH", "LU"),
                   "departement": ("FR",), "département": ("FR",), "comarca": ("ES",),
                   "region": ("SE", "DK"), "län": ("SE",), "fylke": ("NO",),
                   "provincia": ("IT", "ES"), "provincie": ("NL", "BE"), "provinz": ("AT",),
                   "judetul": ("RO",), "județul": ("RO",), "judet": ("RO",), "județ": ("RO",),
                   "megye": ("HU",), "nomos": ("GR",)}
_UNIT_BEFORE = re.compile(r"(?:the\s+)?(?P<unit>Landkreis|Kreis|Bezirk|Regierungsbezirk|Kanton"
                          r"|D[ée]partement|Comarca|Region|Provincia|Provincie|Provinz"
                          r"|Jude[tț]ul|Nomos)\s+(?:(?:of|de|du|des|del|de\s+la|di|della)\s+"
                          r"(?:the\s+|l['’])?)?(?P<base>[A-Z\u00c0-\u024f][\w'’-]*(?:\s+[A-Z"
                          r"\u00c0-\u024f][\w'’-]*){0,2})")
_UNIT_AFTER = re.compile(r"(?:the\s+)?(?P<base>[A-Z\u00c0-\u024f][\w'’-]*?(?:\s+[A-Z"
                         r"\u00c0-\u024f][\w'’-]*){0,2}?)(?:s?\s+(?P<unit>län|fylke|megye"
                         r"|jude[tț])|(?P<glued>(?<=\w)(?:land)?kreis))")


def administrative_unit(text: str) -> tuple[str, str] | None:
    """``(unit word, base name)`` of a name that a unit word of its own language marks
    as a region, else None.

    >>> administrative_unit("Landkreis Lörrach"), administrative_unit("Ortenaukreis")
    (('Landkreis', 'Lörrach'), ('kreis', 'Ortenau'))
    >>> administrative_unit("Jämtlands län"), administrative_unit("Kreisbank Lörrach")
    (('län', 'Jämtland'), None)
    """
    text = " ".join(text.split())
    before = _UNIT_BEFORE.fullmatch(text)
    if before is not None:
        return before.group("unit"), before.group("base")
    after = _UNIT_AFTER.fullmatch(text)
    if after is not None and after.group("base"):
        return after.group("unit") or after.group("glued"), after.group("base")
    return None


def unit_countries(unit: str) -> tuple[str, ...]:
    """The countries whose administrative units a word names ("Landkreis": Germany)."""
    return _UNIT_COUNTRIES.get(unit.lower(), ())


def _own_kind(text: str) -> str | None:
    """The kind a body's own head noun gives, before the place it belongs to, unless
    it is an organ of government (which stands for its place)."""
    head = re.split(r"\s+of\s+", text, maxsplit=1)[0]
    own = name_kind(head)
    return own if own and not _GOVERNMENT_HEAD.search(head) else None


_GOVERNMENT_HEAD = re.compile(r"\b(?:[Cc]ommittees?|[Cc]ouncils?|[Aa]dministrations?"
                              r"|[Gg]overnments?|[Dd]uma|[Aa]kimat|[Kk]hokimiyat|[Hh]okimiyat|[Aa]ssembly"
                              r"|[Gg]overnorship|[Mm]unicipality|[Hh]all|[Oo]ffice)$")


def _company_like(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_LEGAL}|plant|works|factory|holding|company|corporation"
                          r"|concern|trading house)\b", text, re.I))


# A town this populous that shares its name with its first-level region is a city with
# a region's standing (Busan, Vienna, Hamburg, Bangkok): a text means the town by it.
_CITY_STATE = 1_000_000


def namesake_province(resolver, p: Party) -> Party | None:
    """The first-level region whose own name is the bare name a town ``p`` was read by,
    in the town's country: "Québec", "Nong Khai", "Tartu" name a province (county) as
    well as its capital, and the gazetteer cannot tell which one a text means; the
    text can (what the town is paired with, what else it calls the town). None for a
    town whose own name is bigger than a region's reading (a city-state), and where
    the region's name carries its kind word ("Mogilev Region": a bare "Mogilev" is
    the town).

    >>> r = text_resolver()
    >>> q = resolve_mention(Mention("Québec", 0, 6), r)
    >>> q.id, namesake_province(r, q).id
    ('city:ca:quebec', 'region:ca:quebec')
    >>> [namesake_province(r, resolve_mention(Mention(n, 0, len(n)), r))
    ...  for n in ("Mogilev", "Busan")]
    [None, None]
    """
    if p.label != "City" or not p.resolved or resolver is None or not p.country:
        return None
    found = _namesake_province(resolver, " ".join(p.name.split()), p.id, p.country)
    return None if found is None else Party(p.name, found[0], "Region", p.country, True,
                                             None, "a region of the town's name",
                                             found[1])


def regions_of_name(resolver, name: str) -> tuple[tuple[str, str, str], ...]:
    """The first-level regions, in any country, whose own name is ``name`` (no head word
    dropped, no alternate name): ``(id, country, name)`` each. "Victoria" is a state of
    Australia as well as towns of Hong Kong and Canada; which one a text means its
    context tells (see ``Discourse._regions_alike``)."""
    gaz = getattr(resolver, "gazetteer", None)
    if gaz is None:
        return ()
    return _regions_of_name(gaz, _key(re.sub(r"^the\s+", "", " ".join(name.split()),
                                             flags=re.I)))


@lru_cache(maxsize=2048)
def _regions_of_name(gaz, k: str) -> tuple[tuple[str, str, str], ...]:
    return tuple((eid, gaz.entries[eid].country.upper(), gaz.entries[eid].name)
                 for eid, flag in gaz.hits(k)
                 if flag == NAME and gaz.entries[eid].label == "Region"
                 and gaz.entries[eid].level == 1)


@lru_cache(maxsize=2048)
def _namesake_province(resolver, name: str, town_id: str, country: str):
    gaz = getattr(resolver, "gazetteer", None)
    town = resolver.entry(town_id) if gaz is not None else None
    if town is None:
        return None
    k = _key(re.sub(r"^the\s+", "", name, flags=re.I))
    if _key(town.name) == k and (town.population or 0) >= _CITY_STATE:
        return None
    for eid, flag in gaz.hits(k):
        e = gaz.entries[eid]
        if flag == NAME and e.label == "Region" and e.level == 1 and \
                e.country.upper() == country.upper():
            return eid, e.name
    return None
