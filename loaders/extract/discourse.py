"""What a document has said so far, for the sentences that point back at it.

A text names a party once and then refers to it: "the parties", "the two regions",
"this Russian region", "this Central Asian country", "the company", "from here";
it names a firm in full with its acronym and then by the acronym alone; it is about
one country, whose firms it seldom qualifies ("the plant in Zhodino"). The
:class:`Discourse` of a document keeps that state while the pipeline reads it
sentence by sentence:

* ``subject``: the country the document is about (the most named country, when one
  clearly leads), the default country of firms and bodies whose country the text
  does not state;
* ``names``: the firms and bodies defined so far (:class:`~.names.NameRegistry`), so
  "Minsk Automobile Plant (MAZ)" and a later "MAZ" are one party with one id;
* the places named so far, by kind (:meth:`remember`), which references resolve
  against (:meth:`antecedent`), and the pair of the last relation (``pairs``).

>>> d = Discourse(None, "Belarus and Belarusian firms. Belarus again. Kazakhstan once.")
>>> d.subject
'BY'
>>> from relgraph.loaders.extract.mentions import find_mentions
>>> m = find_mentions("Minsk Automobile Plant (MAZ) sells trucks.")[0]
>>> d.party(m).id, d.party(find_mentions("MAZ trucks arrived.")[0]).id
('company:by:maz', 'company:by:maz')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import replace

from relgraph.loaders.extract.context import HomeMemory, PairMemory, PlaceMemory
from relgraph.loaders.extract.coordination import OFFICE, TOWN_APPOSITION
from relgraph.loaders.extract.countries import (
    COUNTRY_ABBREVIATIONS,
    COUNTRY_BY_NAME,
    COUNTRY_NAME,
    DEMONYMS,
    country_code,
)
from relgraph.loaders.extract.dates import DATE_OPENING, DATELINE_PLACE, MONTHS
from relgraph.loaders.extract.document import headline_line
from relgraph.loaders.extract.firm_references import (
    PLACE_WORDS,
    named_in_apposition,
    other_person,
    people,
    referenced_attribution,
    said_by,
    salient_firm,
    section_starts,
)
from relgraph.loaders.extract.firms import COMPANY_NOUNS, ORG_NOUNS, alternation, name_kind
from relgraph.loaders.extract.full_names import full_names, named_before
from relgraph.loaders.extract.headlines import BODY_REACH, headline_name, names_known
from relgraph.loaders.extract.mentions import (
    GROUP_HEADS,
    PERSON_TITLE,
    SPEAKS,
    Mention,
    apply_described,
    clipped_name,
    known_place,
)
from relgraph.loaders.extract.named_regions import (
    names_called_regions,
    organ_place,
    region_forms,
    towns_before_regions,
)
from relgraph.loaders.extract.names import (
    KNOWN_BODIES,
    LEGAL_ANY,
    NameRegistry,
    is_acronym,
    legal_countries,
    letters_country,
    letters_fit,
    local_country,
    parent_body,
    stem_country,
    strip_legal,
)
from relgraph.loaders.extract.native_bodies import body_countries
from relgraph.loaders.extract.native_region_words import (
    native_region_countries,
    native_region_place,
)
from relgraph.loaders.extract.own_home import own_home
from relgraph.loaders.extract.own_region import head_region_names
from relgraph.loaders.extract.own_town import titled_town, town_name
from relgraph.loaders.extract.parties import (
    NATIVE_ORGAN,
    SPOKEN_REGION,
    Party,
    _company_like,
    administrative_unit,
    company_tail,
    firm_word,
    namesake_province,
    provisional_id,
    regions_of_name,
    resolve_mention,
    unit_countries,
)
from relgraph.loaders.extract.place_adjectives import adjective_country as place_adjective_country
from relgraph.loaders.extract.place_adjectives import german_place
from relgraph.loaders.extract.placement import (
    based_place,
    described_from,
    fronted_place,
    home_opening,
    labelled_country,
    market_opening,
    of_place,
    owner_facility,
    pointed_place,
    possessive_places,
    split_based,
)
from relgraph.loaders.extract.seated_firms import seat_of, seat_references
from relgraph.loaders.extract.world_parts import adjective_country, continent
from relgraph.loaders.gazetteer import ALIAS, NAME
from relgraph.loaders.gazetteer.firms import known_firm
from relgraph.loaders.gazetteer.names import LETTERS, common_english, strip_term
from relgraph.loaders.gazetteer.names import key as name_key

_FIRM_LABELS = ("Company", "Organization")
# "the state" alone, and the countries whose first-level regions are states (there, after
# one of them, "the state" is that region, not the nation).
_A_STATE = re.compile(r"[Tt]he\s+[Ss]tate")
_FEDERATIONS_OF_STATES = frozenset({"IN", "US", "AU", "MY", "BR", "MX", "NG", "DE", "AT",
                                    "VE", "SS", "SD", "MM", "FM"})


def _federal_region(party: Party | None) -> bool:
    """Whether a party is a known state of a federation (what "the state" may mean)."""
    return party is not None and party.label == "Region" and party.resolved and \
        party.country in _FEDERATIONS_OF_STATES


# "the city" alone, and a name's possessive ending ("Genoa's").
_THE_CITY = re.compile(r"[Tt]he\s+city")
# "the city", "the town", "the municipality": a town by its generic word alone.
_THE_TOWN_WORD = re.compile(r"[Tt]he\s+(?:city|town|municipality)")
_POSSESSIVE_OPENER = re.compile(r"\s*([A-Z][\w-]+(?:[ -][A-Z][\w-]+)?)['’]s\s")
# The first person plural as a subject ("we have agreed", "We will sign").
_WE = re.compile(r"\b[Ww]e\b")
# "X, our ...": the first person opens an apposition to the name before it.
_APPOSED = re.compile(r"[\w.)\"”»],\s*$")
# "between it": the pronoun as one side of a pair (see :meth:`Discourse.antecedent`).
_BETWEEN_IT = re.compile(r"\bbetween\s+$")
# A name that is a reference's own words: "the holding", "its", "the Minsk plant".
_REFERENCE_NAME = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]his|[Oo]ur)\b")
# Firm nouns a firm's own name carries ("Amkodor Holding", "Belshina Group"), so that a
# firm named without it is not meant. ("The company", "the plant", "the works" are said
# of any firm: "Gomselmash ... the plant" is Gomselmash, whatever "Plant" another bears.)
_NAME_HEADS = frozenset({"holding", "group", "concern", "corporation", "consortium"})
# Nouns that, bare and definite, mean the firm whose report or release it is; the
# reason such a reference is given (a supply's context must not override it).
REPORTING_FIRM = "the firm the text reports on"
_OWN_HEADS = frozenset({"company", "firm", "enterprise", "plant", "factory", "group",
                        "holding", "concern", "corporation"})
# A firm's short name as a report or a contract defines it: 'KAMAZ PJSC (the
# "Company")', 'Belshina JSC (hereinafter "the Company")', 'X ("the Group")'. The
# bracket names no party of its own, and the term means that firm all through the text.
# Written without quotes the term must be such a noun, after "the" or "hereinafter"
# ("AS X (hereinafter - the Company)", "X Ltd (the Company)"), so that a town or a country
# in brackets ("Vermet (Bialystok)") is never taken for one.
_HEREINAFTER = (r"(?:(?:hereinafter|further)(?:\s+(?:referred\s+to\s+as|called))?"
                r"\s*[-–—:,]?\s*)")
# (the heads above as a report capitalises them in its own term: "the Company")
_HEAD_TERM = "|".join(sorted(h.capitalize() for h in _OWN_HEADS))
DEFINED_TERM = re.compile(
    rf"\s*\(\s*{_HEREINAFTER}?(?:(?:the\s+)?[\"“”]\s*(?:[Tt]he\s+)?(?P<term>[A-Z][a-z]+)\s*[\"“”]"
    rf"|[Tt]he\s+(?P<bare>{_HEAD_TERM}))\s*\)")
# A bracket may give the firm several short names, its own head noun among them: '("X"
# or "the Company")', '(the "Group", "we")', '("X", the Company)'.
_TERM_ITEM = (r"(?:(?:the\s+)?[\"“”]\s*(?:[Tt]he\s+)?[^\"“”()]{1,40}?\s*[\"“”]"
              r"|[Tt]he\s+[A-Z][a-z]+)")
_TERMS = re.compile(rf"\s*\(\s*{_HEREINAFTER}?{_TERM_ITEM}(?:\s*(?:,|;|\bor\b|\band\b)\s*"
                    rf"{_TERM_ITEM})+\s*\)")
_OWN_TERM = re.compile(rf"(?:^|[\s\"“”(,;])(?:[Tt]he\s+)?[\"“”]?(?P<term>{_HEAD_TERM})[\"“”]?"
                       r"(?=\s*(?:[,;)]|\bor\b|\band\b))")


def defined_term(text: str, at: int) -> tuple[tuple[int, int], str] | None:
    """The span and the term of a bracket at ``at`` that defines a firm's short name
    ('(the "Company")', "(hereinafter - the Company)", '("X" or "the Company")'), or
    None.

    >>> defined_term('X ("Xo" or "the Company") was', 1)[1]
    'Company'
    >>> defined_term('X (the "Group", "we") is', 1)[1]
    'Group'
    >>> defined_term('X ("Xo" or "Xa") is', 1) is None
    True
    """
    d = DEFINED_TERM.match(text, at)
    if d is not None:
        return d.span(), d.group("term") or d.group("bare")
    d = _TERMS.match(text, at)
    own = _OWN_TERM.search(d.group(0)) if d is not None else None
    return None if own is None else (d.span(), own.group("term"))
# A firm introduced with such a noun: "X, a Tallinn trading company,", "the Chinese
# company X" (not an earlier "the company" of its own).
_INTRODUCED_AS = {head: re.compile(rf"\b(?:[Aa]n?\s+(?:[\w-]+\s+){{0,4}}{head}\b"
                                   rf"|[Tt]he\s+(?:[\w-]+\s+){{1,4}}{head}\s+[A-Z])")
                  for head in sorted(_OWN_HEADS)}
# An abbreviation and an organ of government after it: "IMAR government", "KhMAO
# administration".
_ACRONYM_ORGAN = re.compile(r"(\S+)\s+(?:government|administration|authorities|leadership"
                            r"|parliament|legislature|duma|akimat|khokimiyat|hokimiyat)",
                            re.I)
# A foreign town smaller than this yields to a namesake of the text's own country.
_SMALL_NAMESAKE = 50_000
# A numbered heading: "3.5. Food industry", "2) Exports".
_NUMBERED = re.compile(r"\s*\d+(?:\.\d+)*[.)]?\s")
# "we" that acts in a relation: ships, signs, buys (a monograph's authors do not)
_WE_ACT = re.compile(r"\s+(?:(?:have|had|also|now|already|still|then|regularly|mainly)\s+)*"
                     r"(?:supply|supplied|ship|shipped|deliver|delivered|export|exported|sell"
                     r"|sold|sign|signed|concluded|buy|bought|import|imported|purchase|purchased"
                     r"|send|sent|been\s+(?:supplying|shipping|exporting|twinned|partners))\b")

# "Tokmok Glass from Kyrgyzstan delivered ...", "Zhetysu Trade from Kazakhstan has bought":
# a subject followed by where it is from and then its verb.
_FROM_GAP = re.compile(r"\s+from\s+(?:the\s+)?")
_THEN_VERB = re.compile(r"\s*(?:,\s*)?(?:(?:has|have|had|also|then|again|recently|will|would|"
                        r"regularly|now|first|already)\s+)*(?:[a-z]+(?:ed|es|s)|bought|sold|sent|built|won|"
                        r"took|made|paid|brought|sought|got)\b")
_CLAUSE_OPEN = re.compile(r"(?:^|[.;:]\s*|,\s*(?:and|while|but)?\s*|\b(?:and|while|but)\s+|"
                          r"\b(?:[Tt]he|In\s+\d{4},?|Last\s+year,?)\s*)$")
# "Vostok Trade of Novosibirsk", "Chamber of Commerce and Industry of Kostroma": the place
# a name ends with
# (a region's word after it in lower case: "the Chamber of Commerce of Sughd region")
# (or the body's own head noun after it: "Port of Rotterdam Authority", "Port of Tyne
# Commission", "University of Oulu Foundation")
_TAIL_HEAD = r"(?:Authority|Board|Commission|Trust|Corporation|Company|Council|Agency|Foundation)"
_NAME_TAIL_PLACE = re.compile(rf"\s(?:of|in)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s(?!{_TAIL_HEAD}$)"
                              r"[A-Z][\w'’-]+)?)"
                              rf"(?:\s+(?:region|oblast|province|county|krai|voivodeship)"
                              rf"|\s+{_TAIL_HEAD})?$")
_CAMEL = re.compile(r"[a-z][A-Z]")
# The seat a name in a Romance language ends with: "... de Rouen", "... d'Oran", "... di
# Genova", "... do Porto" (one or two capitalised words).
_ROMANCE_SEAT = re.compile(r"\s(?:de|du|des|del|della|di|da|do|d['’])\s*(?:la\s+|l['’])?"
                           r"([A-Z\u00c0-\u024f][\w'’-]+(?:\s[A-Z\u00c0-\u024f][\w'’-]+)?)$")
# A school's town right before its head noun, after the person it is named after.
_SEAT_BEFORE_HEAD = re.compile(
    r"\b([A-Z][a-z][\w'’-]+)\s+(?:(?:State|National|Technical|Medical|Agrarian|Agricultural"
    r"|Pedagogical|Polytechnic|Linguistic|Economic)\s+)*(?:University|Institute|Academy"
    r"|Conservatory|Conservatoire)\b")
# A country's name after a firm's first word: a subsidiary named for the country it works
# in ("SOCAR Georgia Petroleum", "Lukoil Ukraine Trading"). Only a capitalised word
# standing alone ("Georgia-Pacific" is none), not after "of" (a name's tail, read by
# `_NAME_TAIL_PLACE`), nor within a region's name ("Inner Mongolia", "East Kazakhstan"),
# and only the name's one country ("Kazakhstan China Business Council" joins two).
# A run of one or two capitalised words (a part of the world: "Europe", "Middle East").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")
# A first-person sentence, the writer speaking of itself.
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# Where a sentence ends (for the one being read).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# Words before a firm that make it the writer's supplier: "supplied by", "sourced from",
# "bought from", "our supplier(s)/grower(s)/contractor(s)".
_SUPPLIER_BEFORE = re.compile(
    r"\b(?:(?:supplied|delivered|provided|sourced|bought|purchased|procured|obtained)"
    r"\s+(?:\w+\s+){0,2}(?:by|from)|(?:source|buy|purchase|procure|obtain)\s+(?:\w+\s+){0,4}from"
    r"|our\s+(?:\w+\s+)?(?:suppliers?|growers?|contractors?|subcontractors?))"
    r"\s+(?:the\s+)?$", re.I)
# Words after a firm that make a contract with it one for the writer's supplies:
# "X Ltd for the supply of root", "X Ltd to supply us with".
# "X Ltd supplies us with", "X Ltd also delivered our cartons".
_SUPPLY_AFTER = re.compile(r"\s+(?:for\s+the\s+(?:supply|delivery|provision)\s+of"
                           r"|to\s+(?:supply|deliver|provide)\s+us"
                           r"|(?:\w+ly\s+|also\s+)?(?:supplie[sd]|deliver(?:s|ed)|provide[sd])"
                           r"\s+(?:us|our))\b", re.I)

_ANY_COUNTRY = re.compile(r"(?<![\w-])(?<!Inner )(?<!Outer )(?<!North )(?<!South )(?<!East )"
                          r"(?<!West )(?<!Northern )(?<!Southern )(?<!Eastern )(?<!Western )"
                          r"(?<!Central )(?<!New )(" + "|".join(
    re.escape(n.title()) for n in sorted(COUNTRY_BY_NAME, key=len, reverse=True)
    # (a name of two words too: "Iveco Czech Republic", "Renault United Kingdom")
    if n.replace(" ", "").isalpha()) + r")(?![\w-])")


# A section heading that names a market: a country, alone or with a wider area ("Russia",
# "Kazakhstan and Central Asia", "China and Mongolia" names two and no one market).
_HEADING_AREA = re.compile(r"(?:(?:the\s+)?(?:Central|Eastern|Western|Northern|Southern|South"
                           r"|North|East|West|Southeast|South-East)\s+)?(?:Asia|Europe|Africa"
                           r"|America|Caucasus|Baltics?|Balkans|Gulf|Middle\s+East|Far\s+East"
                           r"|Scandinavia|Transcaucasia|Caspian)")
_HEADING_MARKET = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<country>(?:the\s+)?[A-Z][\w'’ -]*?)"
                             rf"(?:\s*(?:,|and|&)\s*{_HEADING_AREA.pattern})?\s*:?\s*")


def heading_country(line: str) -> str | None:
    """The country a section heading is, when it is one country (or one with a wider
    area beside it); None for any other heading.

    >>> [heading_country(h) for h in ["Russia", "Kazakhstan and Central Asia",
    ...                               "2. China", "Italy, France", "Gulf countries", "Exports"]]
    ['RU', 'KZ', 'CN', None, None, None]
    """
    m = _HEADING_MARKET.fullmatch(line)
    if m is None:
        return None
    name = re.sub(r"^the\s+", "", m.group("country").strip(), flags=re.I).lower()
    return COUNTRY_BY_NAME.get(name)


def _country_word(name: str) -> str | None:
    """The country a firm's name names after its first word, else None.

    >>> [_country_word(n) for n in ["SOCAR Georgia Petroleum", "Lukoil Ukraine Trading",
    ...                             "Georgia-Pacific", "Bank of Georgia", "Jordan Foods",
    ...                             "Kazakhstan China Business Council",
    ...                             "Shenhua Inner Mongolia Coal", "KazMunayGas East Kazakhstan"]]
    ['GE', 'UA', None, None, None, None, None, None]
    """
    bare = strip_legal(name)
    found = list(_ANY_COUNTRY.finditer(bare))
    if len(found) != 1 or found[0].start() == 0 or \
            bare[:found[0].start()].rstrip().endswith(" of"):
        return None
    m = found[0]
    return COUNTRY_BY_NAME[m.group(1).lower()] if m else None


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _group_name(name: str) -> bool:
    """"the Amkodor Group": a group's town after it locates it, as a legal form's does."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in GROUP_HEADS


_LEGAL_END = re.compile(rf"\s(?:{LEGAL_ANY})\.?$")
# The kind of a firm's own document, written on a title line of its own.
_CORPORATE_GENRE = re.compile(r"^(?:(?:(?:Consolidated|Abridged|Summary|Public)\s+)?"
                              r"(?:Annual|Integrated|Corporate|Sustainability|Quarterly)"
                              r"\s+Report\b|Letter\s+(?:from|to)\s+(?:the\s+|our\s+)?"
                              r"(?:General\s+Director|Director|Chairman|CEO|President|Shareholders"
                              r"|Board)\b|Company\s+Profile\b|Report\s+to\s+Shareholders\b)",
                              re.IGNORECASE)
# A firm's press release, by its own line ("PRESS RELEASE", "For immediate release"):
# the firm its headline opens with speaks as "we".
_RELEASE_GENRE = re.compile(r"^(?:(?:Press|News|Media)\s+Release|For\s+Immediate\s+Release)\b",
                            re.IGNORECASE)
# A title of a place's page on its ties: "Partner cities of X", "X: twin towns",
# "International relations of X".
# "that region", "this oblast": a demonstrative that points back within its sentence.
_THAT_FIRM = re.compile(r"[Tt]hat\s+(?:firm|company|buyer|customer|client|importer|supplier"
                        r"|group|enterprise)\b")
_THAT_REGION = re.compile(r"(?:that|this)\s+(?:region|oblast|province|krai)\b", re.I)
# A line that is an item of a list of places: "Alytus (Lithuania) - twin city since 2000.",
# "* Kaunas: partner town, 1996".
_PLACE_ITEM_LINE = re.compile(r"\s*(?:[-–—•*]\s*)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                              r"\s*(?:\([^()]{2,40}\)\s*)?(?:[-–—]|:)\s+")
_TIES_TITLE = re.compile(r"\b(?:(?:twin|partner|sister|friendship|fraternal)[- ]?(?:cities|towns"
                         r"|regions|municipalities)|twinning|(?:international|foreign|external)"
                         r"\s+(?:relations|ties|cooperation|contacts))\b", re.I)
# The singular references a coordinated subject leaves ambiguous, and which members of
# the group each could mean.
_SINGULAR_KINDS = {
    "Actor": lambda p: True,
    "Company": lambda p: p.label in ("Company", "Organization"),
    "City": lambda p: p.label == "City",
    "Region": lambda p: p.label == "Region",
}
# Head words of a reference that any member of a joined subject of its kind may bear
# (not "the voivodeship", "the krai", "the oblast", which name one kind of region).
_GENERIC_HEADS = frozenset({"it", "its", "region", "city", "town", "company", "firm", "plant",
                            "enterprise", "factory", "works", "group", "holding", "maker",
                            "producer", "manufacturer", "capital", "municipality"})
# A term a text defines, capitalised: "the Region", "the Company", "the City" (its own).
_DEFINED_REF = re.compile(r"[Tt]he\s+(?:Region|Oblast|Province|Krai|Voivodeship|County|Company"
                          r"|City|Town|Municipality|Group|Holding|Republic)")


def pairable(group: list, partner: Party) -> list:
    """The members of a joined subject ("A and B") that can pair with ``partner``: not
    the partner itself, and for places not one of the partner's own country."""
    return [p for p in group if p.id != partner.id and not (
        p.label in _PLACE_LABELS and partner.label in _PLACE_LABELS
        and p.country and p.country == partner.country)]
# A reference to more than one party: "they", "their", "both", "the two ...".
_PLURAL_REF = re.compile(r"\s*(?:they|their|them|both|the\s+two|these|those)\b", re.I)
# The halves of a title in two languages: "Pärnu linn | City of Pärnu", "X Megyei Jogú
# Város - X City of County Rank".
# A title's half on a town's partners in general: "Our Foreign Partnerships".
_PARTNERSHIPS_TITLE = re.compile(r"\b(?:international|foreign|external)\s+partnerships?\b", re.I)
_TITLE_HALVES = re.compile(r"\s+[|–—-]\s+")
_HALF_WORD = re.compile(r"[A-Z\u00c0-\u024f][\w'’-]+")
# A site's name after its page's: "City of Bialystok | Official website".
_SITE_TAIL = re.compile(r"\s*[|–—-]\s*(?:the\s+)?(?:official\s+)?(?:web\s*site|portal|web\s+page"
                        r"|home\s*page)\b.*$"
                        # (or run on after the name: "X City Official Website")
                        r"|\s+official\s+(?:web\s*site|portal|web\s+page|home\s*page)\b.*$", re.I)
# The steps of a breadcrumb apart, whatever arrow the site draws: "Home > Town", "X City
# Official Website › International Relations › Sister Cities", "Home » Twinning".
_CRUMB_SEP = re.compile(r"\s+[>›»]\s+")
# A site's address as a breadcrumb's first step: "nantes.fr", "www.kaunas.lt".
_SITE_ADDRESS = re.compile(r"(?:www\.)?(?P<name>[A-Za-z][\w-]+)\.[a-z]{2,4}")
# A breadcrumb's steps ("Home > The city > Twin towns"): at most this many words each.
_CRUMB_WORDS = 6


def _short_title(title: str) -> bool:
    """Whether a title line is short enough to name a page rather than open its prose:
    ten words, or for a breadcrumb at most six words a step."""
    steps = _CRUMB_SEP.split(title)
    if len(steps) > 1:
        return max(len(x.split()) for x in steps) <= _CRUMB_WORDS
    return len(title.split()) <= 10


def _site_name(step: str) -> str:
    """A breadcrumb's first step with a site's address read as its name ("kaunas.lt" is
    "Kaunas")."""
    site = _SITE_ADDRESS.fullmatch(step.strip())
    return site.group("name").replace("-", " ").title() if site else step


# A title naming its speaker: "Speech by the Governor of X", "Interview with the general
# director of X", "Letter from X to its dealers", "Address of the Mayor of X".
# (a transcript's guest line too: "Guest: the director of Belshina. Host: ...")
_TITLE_SENDER = re.compile(
    r"^\s*(?:(?:Speech|Address|Interview|Letter|Message|Greeting|Report|Statement|Foreword)"
    r"\s+(?:by|of|from|with)\s+|(?:Guest|Interviewee)\s*:\s*(?=(?:the\s+)?"
    rf"(?:general\s+|managing\s+|executive\s+)?{OFFICE}\s))(?:the\s+)?"
    rf"(?P<office>(?:general\s+|managing\s+|executive\s+)?{OFFICE}(?:\s+general)?\s+of\s+"
    r"(?:the\s+)?)?", re.I)
# A headline's quoted remark before the guest it is the words of: '"Our river is our
# road": the mayor of X on ...'.
_QUOTED_LEAD = r"""(?:["“„'‘][^"”“\n]{2,160}["”“'’]\s*[:–—-]\s*)?"""
# The guest introduced by the place's office with "its": "We spoke to its governor".
_ITS_OFFICE = re.compile(r"\b[Ii]ts\s+(?:[a-z][\w-]*\s+){0,2}?(?P<office>mayor|governor|akim"
                         r"|khokim|hokim|voivode|marshal|prefect|premier|chief\s+minister)\b")
# The offices that head a region rather than a town: its guest's "we" is the region
# when the gazetteer knows one of the name.
_REGION_OFFICE = re.compile(r"(?:first\s+|deputy\s+)*(?:governor|akim|voivode|marshal"
                            r"|prefect|premier|chief\s+minister|first\s+minister"
                            r"|minister-president)\b", re.I)
# A topic run on to a place's name by the name reader: "X on China, Russia and the east"
# (a town on its river, "Frankfurt on the Main", is written with no list after it).
_TOPIC_ON = re.compile(r"\s+on\s+(?=[A-Z][^,]*(?:,|\s+and\s+)|(?:the|its|his|her)\s+|[a-z])")
# An interview's subtitle naming its guest by office: "The mayor of Polotsk on the
# town's friends abroad" (no closing stop: no sentence of the body).
_OFFICE_ON = re.compile(rf"^\s*{_QUOTED_LEAD}(?:[Tt]he\s+)?"
                        rf"(?P<office>(?:general\s+|managing\s+|executive\s+)?"
                        rf"{OFFICE}(?:\s+general)?\s+of\s+(?:the\s+)?)(?=[^.!?]*[^.!?\s]\s*$)",
                        re.I)
# A place named with its kind, then a person's name: "Tomsk Region Ivan Petrov".
_GUEST_AFTER_KIND = re.compile(r"(?P<place>.+?\b(?:Region|Oblast|Krai|Province|County"
                               r"|Territory|Republic|Voivodeship|District))"
                               r"(?:\s+[A-Z][\w'’.-]+){1,3}")
# A unit of a government, named with whose it is: "Ministry of X of the Republic of
# Tatarstan", "Department of Y of the Pavlodar Region".
# "the Group", capitalised: a report's own firm's group, as "the Company" is defined.
_GROUP_WORD = re.compile(r"(?:[Tt]he\s+)?Group")
# A town's name as the modifier of a noun: "the Kharkiv industrial park"
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MODIFIER_OF = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?-i:[a-z][\w-]*)"
                          r"(?<!ed)(?<!ing)(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+(?:park|zone|plant"
                          r"|factory|works|port|university|airport|centre|center|cluster|hub"
                          r"|office|company|chamber|council|administration|district)\b")
# "the Company" with a small "the" and a capital noun: a report's name for its own firm
_COMPANY_TERM = re.compile(r"(?<=[a-z,;:] )the Company\b")
# A town's organ written with no town: "the City Council", "City Hall", "the Mayor's
# Office", "the City Municipality", "the Metropolitan Municipality", "the Council" (see
# Discourse._own_town_organ).
_BARE_TOWN_ORGAN = re.compile(r"(?:[Tt]he\s+)?(?:City\s+(?:Council|Hall|Municipality|Administration"
                              r"|Executive\s+Committee|Government)|Town\s+(?:Council|Hall)"
                              r"|Mayor['’]s\s+Office|(?:Metropolitan\s+|Town\s+|City\s+)?"
                              r"Municipality|(?:Municipal|Local)\s+Council"
                              # (a capital "Council" alone on a town's own page: its council)
                              r"|Council|Commune)")
_BARE_COUNCIL = re.compile(r"(?:[Tt]he\s+)?Council")
# A region's organ written with no region: "the Government", "the Regional
# Administration" (see Discourse._own_town_organ).
_BARE_REGION_ORGAN = re.compile(r"(?:[Tt]he\s+)?(?:(?:Regional\s+|Oblast\s+|Provincial\s+)?"
                                r"(?:Government|Administration)"
                                # ("the Regional Council", "the Provincial Assembly", "the
                                # State Government": the region's own council or assembly)
                                r"|(?:Regional|Provincial|Prefectural|State|Oblast)\s+"
                                r"(?:Council|Assembly|Executive|Government))")
# "the Department of X": a region when X is one (see Discourse._department_region).
_REGION_DEPARTMENT = re.compile(r"(?:[Tt]he\s+)?Department\s+of\s+"
                                r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# "the State", capitalised and alone: in a state's own report, that state.
_BARE_STATE = re.compile(r"(?:[Tt]he\s+)?State")
# A head line that calls the text's region a state: "Government of the State of X",
# "X State Government", "State of X".
_STATE_TITLE = re.compile(r"\bstate\s+of\b|\bstate\s+government\b", re.I)
# Why a small town is the text's own (see Discourse._titled_place).
_TITLED_TOWN = "the town its own page is titled with"
# Why a province the gazetteer does not know is the text's own (see Discourse._own_region).
_OWN_HEAD_REGION = "the province the text's head lines speak for"
# A region's own text speaking of itself by its kind: "the province's partners", "our
# state", "the Provincial Board", "sister provinces" (see Discourse._calls_itself_region).
_SELF_REGION_NOUN = re.compile(r"\b(?:(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:province|state|prefecture)"
                               r"(?!\s+of\b)|[Pp]rovincial\s+(?:[Bb]oard|[Gg]overnment|[Cc]apitol"
                               r"|[Aa]ssembly)|sister[- ](?:provinces|states))\b")
# "the Region", "the Oblast": a report's own region, capitalised as a defined term.
_DEFINED_REGION = re.compile(r"[Tt]he\s+(?:Region|Oblast|Province|Krai|Voivodeship|County)")
_GOVERNMENT_UNIT = re.compile(r"(?:Ministry|Department|Directorate|Main\s+Directorate"
                              r"|Agency|Committee"
                              # ("External Affairs Office of the People's Government of X")
                              r"|(?:[A-Z][a-z]+\s+){1,3}(?:Office|Bureau))\s+(?:for|of|on)\s")


# "the Free State" (see Discourse._free_state): the German Länder that bear the title,
# and how many sentences back one may be named for it.
_FREE_STATE_REF = re.compile(r"[Tt]he\s+Free\s+State")
_FREE_STATES = frozenset({"region:de:bavaria", "region:de:saxony", "region:de:thuringia"})
_FREE_STATE_REACH = 2
# An interview's answer opening its line.
# (a joined text runs a transcript's turns together: a turn opens a line or follows
# the question's mark)
_ANSWER_TURN = re.compile(r"(?:^|(?<=[\n?.!])|(?<=[?.!]\s))[ \t]*(?:A|Answer):\s", re.M)
_QUESTION_TURN = re.compile(r"(?:^|(?<=[\n.!])|(?<=[.!]\s))[ \t]*(?:Q|Question|Interviewer):\s",
                            re.M)
# A transcript's question run on with its answer in one paragraph ("Q: How many twins
# does the town have? A: Eleven."): an interview as much as a question on its own.
_ASKED = re.compile(r"(?:Q|Question|Interviewer)\s*[:.–—-]\s[^?\n]{3,200}\?\s+"
                    r"(?:A|Answer)\s*[:.–—-]\s")
# A guest's office over a place, in an interview's introduction (see
# ``Discourse._interviewee_place``); "director of" names a firm's head, no place's.
_PLACE_OFFICE = re.compile(r"\b(?:mayor|governor|akim|khokim|hokim|voivode|marshal|prefect|head"
                           r"|chairman|chairwoman|chair|premier|chief\s+minister|first\s+minister"
                           r"|minister-president)\s+of\s+(?:the\s+)?", re.I)
# The same office owned by the place's possessive, a title's adjectives between:
# "Samsun's metropolitan mayor", "Tomsk's governor".
_OWNED_OFFICE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:mayor|governor|akim|khokim|hokim"
                           r"|voivode|marshal|prefect|head|chairman|chairwoman|chair|[Pp]remier"
                           r"|[Cc]hief\s+[Mm]inister|[Ff]irst\s+[Mm]inister)\b")
# A place's own administration, whose head speaks for the place: "Department of Trade of
# the Pavlodar Region", "Administration of the city of X", "Foreign Relations Office of X".
_OWN_ADMINISTRATION = re.compile(r"(?:[A-Z][\w-]*,?\s+(?:and\s+)?)*(?:Department|Administration"
                                 r"|Directorate|Office)\b.*\bof\s+(?:the\s+)?(?:city\s+of\s+)?"
                                 r"(?P<place>[A-Z][^,]*)$")
# Words of a report's section headings, not names ("Exports", "Key markets").
_SECTION_WORDS = frozenset("""export import sale market partner customer client supplier
overview introduction summary content result outlook highlight geography foreword
conclusion appendix foreign key main our new international cooperation activity
product production trade delivery shipment investment""".split())
_HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOBODY = Party("", "", "", None, False)
_PLACE_LABELS = ("City", "Region", "Country")
# Region nouns of one country only: a reference by one names a region of that country.
# A region's name and its other name in brackets: "the Basque Country (Euskadi)".
_BRACKET_ALIAS = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
                            r"\((?P<alias>[A-Z][a-z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\)")
_NOUN_COUNTRY = {"voivodeship": "PL", "powiat": "PL", "aimag": "MN", "marz": "AM",
                 "okrug": "RU", "krai": "RU", "département": "FR", "departement": "FR",
                 "województwo": "PL", "wojewodztwo": "PL"}
# The nouns of a region's own name that a reference may repeat ("the voivodeship").
_REGION_NOUNS = frozenset({"oblast", "krai", "voivodeship", "province", "prefecture", "aimag",
                           "marz", "territory", "okrug", "county"})

_FIRM_VERB = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:makes|made|produces|produced"
                        r"|manufactures|exports|exported|ships|shipped|supplies|supplied|sells|sold"
                        r"|delivers|delivered|builds|built|operates|owns|employs|is|was|has|had"
                        r"|plans|opened|signed|won|buys|bought|imports|imported|assembles"
                        r"|assembled|reported|announced|said|says)\b")
# '"...," says Aidar Seitkali, general director of X': the attribution of a quoted
# remark, then the firm or body the person speaks for ("of X", "at X").
_ATTRIBUTION = re.compile(rf"[,.!?][\"”’']?\s+{SPEAKS}\s+(?=[A-Z]|the\s|an?\s)"
                          rf"|\b(?:[A-Z][\w.'’-]+\s+){{0,2}}[A-Z][\w.'’-]+(?=,\s+(?:the\s+)?{PERSON_TITLE}\s+(?:of|at|for)\b)"
                          # '"...," a spokesperson for X said'
                          rf"|[,.!?][\"”’']\s+(?=(?:the|an?)\s+(?:[a-z]+\s+)?{PERSON_TITLE}\s+(?:of|at|for)\s)")
_TITLE_OF = re.compile(rf"^(?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w.'’-]+,\s+(?:the\s+)?(?:[a-z]+\s+)?"
                       rf"{PERSON_TITLE}\s+(?:of|at|for)\s+(?:the\s+)?|^,\s+(?:the\s+)?(?:[a-z]+\s+)?"
                       rf"{PERSON_TITLE}\s+(?:of|at|for)\s+(?:the\s+)?"
                       # "said the director general of X", "a spokesperson for X"
                       rf"|^(?:the|an?)\s+(?:[a-z]+\s+)?{PERSON_TITLE}\s+(?:of|at|for)\s+(?:the\s+)?")
_FIRM_SAYS = re.compile(rf"[,.!?][\"”’']\s+(?:([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}})\s+"
                        rf"(?:has\s+)?{SPEAKS}\b|{SPEAKS}\s+([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)"
                        r"{0,3})\s*[.,])")
_TITLE_POSSESSIVE = re.compile(rf"['’]s\s+{PERSON_TITLE}\s+(?:[A-Z][\w.'’-]+\s+){{0,3}}"
                               rf"{SPEAKS}\b")
_HAS_LEGAL = re.compile(rf'(?:^|\s|")(?:{LEGAL_ANY})(?:\s|"|$)')
# (after an optional bracketed acronym: "the Bryansk Plant (BZSM) in Russia")
# (set off by a comma, a town the firm is near places it too: "X S.A.S., near Lyon,
# supplies", "X Ltd, just outside Porto, ships")
_LOCATED = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s*(?:,\s*)?(?:from|based\s+in|headquartered\s+in"
                      r"|(?:located|situated|based)\s+(?:in|near)|\()\s*(?:the\s+)?"
                      r"|\s*,\s*(?:just\s+)?(?:near|outside)\s+"
                      r"|\s+(?:of|in)\s+(?:the\s+)?)")
# (the words before the noun describe it: "X goes to builders in Almaty" does not place X)
# The reason of a party that is a firm the text does not name ("The Vitebsk plant
# supplies ..."): the candidate loses it (pipeline._candidate).
UNNAMED_FIRM = "an unnamed firm of the town its description names"
# "the Vitebsk plant" with no name after it ("the Minsk plant MAZ", "the Gomel plant,
# Gomselmash," name one).
_UNNAMED_ACTOR = re.compile(r"(?:^|[,;:(]\s*|\b(?:19|20)\d\d,?\s+|\b(?:then|now|also|meanwhile"
                            r"|later|today|since|recently)\s+)[Tt]he\s+$")
_RECEIVES = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?"
                       r"(?:receiv|buy|bought|import|purchas|obtain|gets|got|acquir|order|sourc"
                       r"|t(?:ook|akes?|aken)\b|put\b|(?:is|are|was|were)\s+(?:supplied|equipped))")
_UNNAMED_FIRM_NAMED = re.compile(r"\s*(?:,\s*|\s+)(?:the\s+)?[\"«“]?[A-Z]")
# "X in Riga", "X, based in Riga", "X (Riga)": where a firm sits.
# ("BelGee, located near Borisov, receives ...": a seat near a town places the firm too)
_SEAT_GAP = re.compile(r"(?:\s*,)?\s+(?:(?:based|headquartered|located|situated|registered)\s+"
                       r"(?:in|near|outside)|in)\s+(?:the\s+)?|\s*\(\s*(?:based\s+in\s+)?")
# "A and B, both from Uzbekistan", "A, B and C, all based in Poland": where a list sits.
_LIST_ORIGIN = re.compile(r"\s*,\s+(?:both|all|each|all\s+(?:two|three|four|five)|all\s+of\s+them)"
                          r"\s+(?:from|of|(?:based|headquartered|located|registered)\s+in)"
                          r"\s+(?:the\s+)?")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# "to Leonardo in Italy": the country a firm in an object's place sits in.
_COUNTRY_SEAT_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
_TO_OBJECT = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
# A town set off by commas after a firm ("X GmbH, Rostock, remained"): the gap, and
# what closes it (a comma or a stop, and no further name of a list after it).
_COMMA_GAP = re.compile(r"\s*,\s*")
# (also a line's end, or a bracket of figures or lower-case words: "- X Cooperative,
# Masaka (9 million litres)", an entry of a list of suppliers)
_SEAT_CLOSE = re.compile(r"\s*(?:[;.]|,(?!\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z\d])"
                         r"|\((?=[\d\s]*[\da-z])|[ \t]*(?:\n|$))")
_SEAT_OBJECT = re.compile(r"\b(?:to|with|from|by|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
_BARE_SEAT_GAP = re.compile(r"\s+in\s+")
_SEAT_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")


def _firm_next(text: str, n: Mention, mentions: list[Mention]) -> bool:
    """Whether the list after the place ``n`` goes on with a firm or a body ("the
    University in Tartu and the Kalmar Chamber signed ..."): the list is of the firms,
    and ``n`` is the first one's seat."""
    after = _SEAT_NEXT.match(text, n.end)
    nxt = next((x for x in mentions if x.start >= after.end() - 1), None)
    return nxt is not None and nxt.start == after.end() - 1 and not nxt.refers and (
        nxt.organisation or nxt.named_firm or nxt.kind_hint in _FIRM_LABELS
        or bool(_HAS_LEGAL.search(nxt.text)))
# A chain's outlets placed after its name: "X supermarkets of the", "X stores in the",
# "the X chain for its stores in".
_OUTLETS_GAP = re.compile(r"(?:\s+chain)?(?:\s+for\s+its)?\s+(?:retail\s+|grocery\s+)?"
                          r"(?:super|hyper)?(?:markets?|stores?|shops?|outlets?)"
                          r"\s+(?:of|in|across|throughout)\s+(?:the\s+)?")
_FIRM_IN = re.compile(r"\s+(?:(?!(?:to|from|for|with|by|at|on|of|and|or|as|into|via)\b)[a-z-]+\s+)"
                      rf"{{0,2}}(?:{'|'.join(sorted(COMPANY_NOUNS))})\s+in\s+(?:the\s+)?")
# A dateline ("ALMATY, 12 February 2024 -", "Zhodino, 14 April 2022.") or a letterhead
# line naming where the text was written ("Zhodino, Minsk Region, Republic of Belarus").
_DATELINE = re.compile(rf"^\s*({DATELINE_PLACE})\s*(?:,|\()\s*{DATE_OPENING}", re.M)
_SENDER_PLACE = re.compile(rf"^[^,\n]{{3,80}},\s*({DATELINE_PLACE})\s*,\s*{DATE_OPENING}")
# A body of several states, named by the part of the world it serves, what it does and
# its kind ("European Investment Bank", "Asian Infrastructure Investment Bank", "Nordic
# Investment Bank"): no firm, and of no one country. (One word between: "Eurasian Bank"
# and "International Bank of X" are commercial banks.)
_SUPRANATIONAL = re.compile(
    r"(?:the\s+)?(?:European|International|Eurasian|Asian|African|Islamic|Nordic|Arab|Caribbean"
    r"|Inter-American|Black\s+Sea|Central\s+American|Latin\s+American|Pan-American|World)"
    r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Bank|Fund|Organi[sz]ation|Agency|Commission|Council"
    r"|Federation|Community|Committee|Programme|Corporation|Institute|Union)")
# A town of two languages names itself twice in its dateline: "BOLZANO/BOZEN, 17 May".
_TWO_NAMED_DATELINE = re.compile(rf"^\s*({DATELINE_PLACE})\s*/\s*({DATELINE_PLACE})\s*,\s*"
                                 rf"{DATE_OPENING}", re.M)
_LETTERHEAD = re.compile(r"\b(?:Ministry|Government|Office|Chamber|Department|Administration"
                         r"|Municipality|(?:City|Town)\s+Hall"
                         r"|Committee|Press\s+(?:service|office)|Embassy|University)\b")
# A firm named after its place ("Minsk Tractor Works", "the Yaroslavl Motor Plant") or
# a speaker's unit ("our Pinsk plant", "its Orsha factory"): the place's words.
_FIRM_NAMED = re.compile(r"\b((?:[A-Z][a-z][\w'’-]*\s){1,2})(?:[A-Z][a-z][\w-]*\s){0,3}"
                         r"(?:Plant|Works|Factory|Combine|Mill|Refinery)\b"
                         r"|\b(?:[Oo]ur|[Ii]ts)\s+([A-Z][a-z][\w'’-]*)\s+(?:plant|factory|works"
                         r"|mill|subsidiary|branch)\b")
# A letterhead is a name and an address, never a paragraph of prose.
_LETTERHEAD_WORDS = 20
_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?:Republic\s+of\s+)?((?:[A-Z][\w'’-]+\s?){1,4})")


# Parts of Russia a firm or body is named after: the Urals ("Uralkhimmash", "Ural Federal
# University"), Siberia ("Sibselmash", "Sibenergomash"), the Don ("Don State University"),
# the Volga, the Kuban, Baikal, Kuzbass, Yamal.
_RUSSIAN_PART = re.compile(r"(?:Ural(?!sk?\b)|Sibir|Siberian|Sib(?=[a-z]{4})|Volga|Kuban|Baikal"
                           r"|Kuzbass|Yamal|Don$)")


# A firm's descriptive full name with its short name in quotes after it.
_HEADS_TITLED = alternation([n.title() for n in COMPANY_NOUNS | ORG_NOUNS]
                            + ["Trading House", "Joint Venture"])
_QUOTED_SHORT = re.compile(rf"(?:(?:{LEGAL_ANY})\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?)*?"
                           rf'(?:{_HEADS_TITLED}))\s+"([^"]{{2,40}})"(?:,?\s+(?:{LEGAL_ANY}))?')


_TOWN_APPOSITION = re.compile(TOWN_APPOSITION)
# Which head nouns after a place make a firm or body of their own when no firm of that
# place was named before ("the Orsha flax mill"); the others keep the place.
_DESCRIBED_NEW: dict[str, bool] = {h: True for h in ORG_NOUNS}
# Nouns of bodies named by a name of their own written before the noun in lower case.
_NAMED_BODY_HEADS = frozenset({"society", "association", "foundation", "fund"})

_ORGAN_REF = re.compile(r"\b(?:akimat|hokimiyat|khokimiyat|administration|government)$", re.I)
# A head of a region's government by title alone: of the region whose organ writes the
# text or that the passage is about, never merely the region named last (a report's list
# of partner regions names many the head does not lead).
HEAD_TITLE = re.compile(r"\b(?:Premier|Chief\s+Minister|First\s+Minister|Minister-President)$")


# "Zhetysu Agro LLP, Kazakhstan." / "Kenana Sugar Company, Sudan, signed": an address
# after a firm, the country closing the clause or followed by its verb (not a list).
_ADDRESS_GAP = re.compile(r"\s*,\s*")
_ADDRESS_END = re.compile(r"\s*(?:[.;:!?)]|$)|\s*,\s+(?:(?!and\b|or\b)[a-z]|and\s+(?:to|from"
                          r"|in|with)\b)")
# "a member state of the EAEU, Kyrgyzstan,": the member, apposed
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def _firm_addresses(text: str, mentions: list[Mention], located: list[Mention],
                    disc: Discourse) -> list[Mention]:
    """A country written after a firm or body as in an address only says where it is;
    it is no party of its own (the countries it returns are dropped by the caller). A
    place before the country is the place's ("Minsk, Belarus": Discourse._address)."""
    out = []
    for m, n in zip(mentions, mentions[1:], strict=False):
        if n in located or m in located or n.kind_hint != "Country" or n.adjectival or \
                m.country_hint or m.refers or m.adjectival or m.kind_hint in (
                    "City", "Region", "Country") or \
                not _ADDRESS_GAP.fullmatch(text, m.end, n.start) or \
                not _ADDRESS_END.match(text, n.end) or \
                _OF_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue
        if disc.resolver is not None and _plain_place(
                resolve_mention(m, disc.resolver, disc.cache, "City")):
            continue
        m.country_hint = n.country_hint
        out.append(n)
    return out


# A city this big and this many times its namesake's size keeps a bare name.
_BIG_CITY = 100_000
_BIG_CITY_LEAD = 10
# A district written with its noun ("the X district", "X raion"), and the town's name.
_TOLD_DISTRICT = re.compile(r"(?:[Tt]he\s+)?([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\s+"
                            r"(?:district|raion|rayon|county|municipality)")
_TOLD_NAME = re.compile(r"[A-Z][^\W\d_]{3,}(?:-[A-Z][^\W\d_]+)?")
# One capitalised word, perhaps hyphenated, in any alphabet's letters ("Kemi", "Pápa",
# "Łomża", "Kędzierzyn-Koźle"): a name the town of a country the text names may bear.
_TOWN_WORD = re.compile(r"(?=[^\W\d_a-z])[^\W\d_][^\W\d_A-Z]{2,}(?:-(?=[^\W\d_a-z])[^\W\d_]+)?")
# A name things happen across, throughout or in ("across X and Y", "builders in X"), but
# not a holding's ("a stake in X") nor one that goes on ("in X Ltd", "in X's plant").
_AREA_AFTER = re.compile(r"(?<![\w-])(?:[Aa]cross|[Tt]hroughout|(?<!stake )(?<!stakes )"
                         r"(?<!invest )(?<!invested )(?<!investing )(?<!shares )"
                         r"(?<!interest )in)\s+([^\W\d_][\w-]*)(?![\w-])(?!\s+[A-Z])(?!['’]s)")
# Several words with a particle between them or an article before them ("Vila Nova de
# Gaia", "Santa Cruz de la Palma", "O Grove", "A Estrada"): the shape of a town's name.
_NAME_WORD = r"(?=[^\W\d_a-z])[^\W\d_][^\W\d_A-Z]+(?:-(?=[^\W\d_a-z])[^\W\d_]+)?"
_JOINED_TOWN = re.compile(rf"(?:(?:O|A|Os|As|El|La|Las|Los|Le|Les|Il)\s+{_NAME_WORD}"
                          rf"|{_NAME_WORD}(?:\s+{_NAME_WORD})*\s+(?:de|do|da|dos|das|del|di"
                          rf"|de\s+la|de\s+los)\s+{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,2}}")
_TOWN_OF_SIZE = 10_000  # (a firm is often named like a village: "Rassvet", "Progress")
# A firm's seat in a namesake near the places a text reads: a town, not a hamlet.
_SEAT_TOWN = 5_000
# The end of a bracket after a town's region, perhaps with the country: "(Maryland, USA)".
# A firm's address in brackets: a place or two and the country last.
_ADDRESS_BRACKET = re.compile(r"\s*\((?:[^(),;]{2,40},\s*){1,2}(?P<country>[A-Z][^(),;]{1,30}?)"
                              r"\s*\)")
_BRACKET_END = re.compile(r"\s*(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*)?\)")



# A table's cell break: a bar, or a dash or a tab between cells.
_CELL_EDGE = re.compile(r"\s*\|\s*|\s+[-–—]\s+|\t+")


def _in_cell(text: str, at: int) -> bool:
    """Whether the name at ``at`` opens a cell of a row: a cell edge (a bar, a tab, a
    dash between spaces) or the line's start before it, so a comma after it is within
    that cell and not between members of a list."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    return not before.strip() or re.search(r"(?:\||\t|\s[-–—])\s*$", before) is not None


# "X on the Bulgarian side (of the river)", "Y on the Romanian bank": a border's side.
_ON_SIDE = re.compile(r"\s*,?\s+on\s+the\s+([A-Z][\w-]+)\s+(?:side|bank|shore)\b")
# "Constitución, in Salto department, and ...": the town's region set off by commas.
_SET_OFF_IN = re.compile(r"\s*,\s*in\s+(?:the\s+)?")


# "A and B, both thermal spa towns, ...": an apposition that calls the pair towns.
_AND = re.compile(r"\s+and\s+")
_BOTH_TOWNS = re.compile(r"\s*,\s*both\s+(?:[a-z-]+\s+){0,3}(?:towns|cities|municipalities"
                         r"|villages)\b")


def _both_towns(text: str, mentions: list[Mention]) -> None:
    """The two names an apposition calls towns ("A and B, both spa towns, signed") are
    towns, whatever kind the relation would give bare unknown names."""
    for m, n in zip(mentions, mentions[1:], strict=False):
        if _AND.fullmatch(text, m.end, n.start) and _BOTH_TOWNS.match(text, n.end):
            for x in (m, n):
                if not (x.kind_hint or x.organisation or x.named_firm or x.refers
                        or x.adjectival or x.described):
                    x.kind_hint = "City"


def _main_name(place: str, name) -> bool:
    """Whether ``place`` is the gazetteer's main name ``name`` (folded), no alias."""
    return _fold(place) == _fold(str(name)) or name_key(place) == name_key(str(name))


def _country_cells(text: str, mentions: list[Mention]) -> list[Mention]:
    """"| X Trading Co. | Iraq | annual contract |": a country that fills the cell right
    after a firm's cell (a table's column of the customers' or suppliers' countries)
    places that firm, and is no party of the row. Returns those countries' mentions."""
    out: list[Mention] = []
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.country_hint or m.refers or m.adjectival or n.refers or not (
                m.named_firm or m.organisation or m.kind_hint in _FIRM_LABELS
                or _HAS_LEGAL.search(m.text)):
            continue
        cc = country_code(n.text)
        tail = _CELL_EDGE.match(text, n.end)
        closes = tail is not None or not text[n.end:].strip()
        # ("| X Hydro Corporation, Nepal | ...": the country after a comma that closes
        # the firm's own cell is its address, written beside the name)
        if cc and closes and (_CELL_EDGE.fullmatch(text, m.end, n.start) or (
                _COMMA_GAP.fullmatch(text, m.end, n.start) and _in_cell(text, m.start))):
            m.country_hint = cc
            out.append(n)
    return out


def _firm_by_default(m: Mention, p: Party) -> bool:
    """Whether ``m`` is read as a firm only by its relation's default: a name the
    gazetteer does not know that nothing marks as a firm (no legal form, head noun,
    definition, description) nor as a body, an acronym or a reference."""
    return not (p.resolved or p.label != "Company" or p.reason != "not in the gazetteer"
                or m.organisation or m.kind_hint or m.named_firm or m.acronym or m.refers
                or m.adjectival or m.described or _company_like(m.text) or name_kind(m.text)
                or _HAS_LEGAL.search(m.text))

def _plain_place(p: Party) -> bool:
    """Whether a name reads as a place of the gazetteer without any hint."""
    return p.resolved and p.label in ("City", "Region", "Country")


def _initials_match(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words (and of the parts
    of hyphenated ones, by their first one or two letters).

    >>> _initials_match("KhMAO", "Khanty-Mansi Autonomous Okrug")
    True
    >>> _initials_match("AvtoVAZ", "Tolyatti"), _initials_match("YaNAO", "Yamalo-Nenets AO")
    (False, True)
    """
    parts = [p.lower() for w in name.split() for p in w.split("-") if p[:1].isupper()]

    def match(rest: str, k: int) -> bool:
        if k == len(parts):
            return not rest
        return any(rest.startswith(parts[k][:n]) and match(rest[n:], k + 1) for n in (1, 2))

    return bool(parts) and match(acronym.lower(), 0)


# Country abbreviations a subsidiary's name ends with ("Belneftekhim-RUS").
_COUNTRY_SUFFIX = {"RUS": "RU", "RU": "RU", "KZ": "KZ", "KAZ": "KZ", "UA": "UA", "UKR": "UA",
                   "BY": "BY", "BEL": "BY", "UZ": "UZ", "KG": "KG", "AM": "AM", "AZ": "AZ",
                   "PL": "PL", "LT": "LT", "LV": "LV", "EE": "EE", "MD": "MD", "GE": "GE",
                   "CN": "CN", "VN": "VN", "RS": "RS", "SRB": "RS"}


# Letters that do not decompose into a base letter and a mark ("Łódź" is "Lodz").
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae",
                           "œ": "oe", "ħ": "h"})


@functools.lru_cache(maxsize=65536)
def _own_name(res, written: str) -> bool:
    """Whether the gazetteer's town ``res`` bears ``written`` as its name or as one of
    its other names, marks and case aside ("A Laracha" of Laracha)."""
    w = _fold(written)
    if _fold(res.name) == w:
        return True
    node = getattr(res, "node", None)
    aliases = (node.properties.get("aliases") or []) if node is not None else []
    return " " in written and any(_fold(a) == w for a in aliases)


def _fold(name: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower().translate(_UNMARKED))
                   if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def _shape_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c.translate(_UNMARKED_BOTH))[:1]
    return base if base.isascii() and base.isalpha() else c


def _shape(text: str) -> str:
    """``text`` with each letter replaced by its base Latin letter, same length and case,
    so that the name-shape patterns ("[A-Z][a-z]+") read "Kırıkkale" and "Łuków" as they
    read "Kirikkale" and "Lukow".

    >>> _shape("Kırıkkale Çukurova Łuków")
    'Kirikkale Cukurova Lukow'
    """
    return "".join(_shape_char(c) for c in text)


_UNMARKED_BOTH = str.maketrans({**{k: v for k, v in LETTERS.items() if len(v) == 1},
                                "ß": "s", "ħ": "h"})
# (the Baltic and Finnish forms too: "AS NORDA KARTONS", "SIA ...", "... OY"; a
# letterhead "AB X" already reads as the firm, and read anew moves its buyers' countries)
_LEGAL_UPPER = re.compile(r"(?:[OCPZ]?JSC|LLC|LLP|OAO|ZAO|OOO|PAO|AO|PLC|GMBH|AG|SA|AD|UE|JV"
                          r"|AS|SIA|UAB|OYJ?|ASA)")
# "Press release", "NEWS RELEASE", "Press service of ...": the text speaks for a firm or body
_RELEASE = re.compile(r"\b(?:press|news|media)\s+release\b|\bpress\s+(?:service|office)\b", re.I)
# A line of the body, not of a letterhead: a short sentence with a finite verb ("In
# Latvia our cheese is sold by the chains A and B.").
_BODY_SENTENCE = re.compile(r"^(?=.*\s(?:is|are|was|were|has|have|had|will|would)\s).{25,}[.!?]$")
# A letterhead's field: a label and a colon before an address or a number ("Registered
# Office: 12 Mill Road, ...", "Head office: ...", "Address: ..."); the label names no body.
_FIELD_LABEL = re.compile(r"\s*(?:(?:Registered|Head|Corporate|Principal|Main|Branch|Sales"
                          r"|Administrative)\s+(?:Office|Address)|Address|Office|Works"
                          r"|Factory|Plant)\s*:", re.I)


def _title(line: str) -> str:
    """A letterhead written in capitals as a name is written: "GOVERNMENT OF THE OMSK
    REGION" is "Government of the Omsk Region".

    >>> _title("GOVERNMENT OF THE OMSK REGION"), _title("AMKODOR HOLDING")
    ('Government of the Omsk Region', 'Amkodor Holding')
    >>> _title("AS NORDA KARTONS"), _title("KESKI PUU OY")
    ('AS Norda Kartons', 'Keski Puu OY')
    """
    words = line.title().split(" ")
    # ("MOZYRSOL OJSC": a legal form stays as written, so it leaves the name)
    return " ".join(w.lower() if k and w.lower() in ("of", "the", "and", "for", "on", "in")
                    else old if _LEGAL_UPPER.fullmatch(old) else w
                    for k, (w, old) in enumerate(zip(words, line.split(" "), strict=False)))


def _no_country(node_id: str) -> str:
    prefix, _, rest = node_id.partition(":")
    return f"{prefix}:xx:{rest.split(':', 1)[-1]}" if ":" in rest else node_id


def _firm_key(p: Party) -> tuple[str, str]:
    """A firm's name in its id, without the country: one key for every reading of it."""
    return p.label, p.id.rsplit(":", 1)[-1]


def _guessed(p: Party) -> bool:
    return bool(p.reason) and p.reason.startswith("country of the document's")


# A ministry written with no country: "the Ministry of Fisheries", "Ministry for Trade".
_BARE_MINISTRY = re.compile(r"(?:[Tt]he\s+)?Ministry\s+(?:of|for)\s")


def _home_ministry(x: Party, y: Party) -> bool:
    """A ministry the text names without its country, guessed of its partner's: a text
    names a foreign government's ministry with its country, so one it leaves bare is
    its own country's, and no cross-border relation moves it abroad."""
    return x.label not in ("City", "Region", "Country") and _guessed(x) and \
        x.country == y.country and bool(_BARE_MINISTRY.match(x.name))


# A town's title in the language of one country only, before its name.
_TOWN_WORD_COUNTRY = {"stadtgemeinde": "AT", "marktgemeinde": "AT", "ayuntamiento": "ES",
                      "concello": "ES", "gmina": "PL", "občina": "SI", "obcina": "SI",
                      "prefeitura": "BR"}
_TOWN_TITLE_WORD = re.compile(r"\s*((?i:" + "|".join(_TOWN_WORD_COUNTRY) + r"))"
                              r"(?:\s+(?:de|do|da|del|municipal))?\s+(?=[^\W\d_a-z])")


def home_country(text: str, place_country) -> str | None:
    """The country a text is written from: a dateline's place (news items, press
    releases) or the body named in a letterhead among its first lines ("Government of
    the Omsk Region", "Ministry ... of the Republic of Uzbekistan"). ``place_country``
    gives a place's country. None when the text opens with neither.

    >>> home_country("ALMATY, 12 February 2024 - Trade grew.", {"Almaty": "KZ"}.get)
    'KZ'
    >>> home_country("3.4. Ties of regions\\n\\nThe development of ties ...", {}.get) is None
    True
    >>> home_country("Amkodor Holding, Minsk, 3 March 2024\\n\\nAmkodor ships loaders.",
    ...              {"Minsk": "BY"}.get)
    'BY'
    """
    head = "\n".join(text.split("\n")[:8])[:800]
    for m in _DATELINE.finditer(head):
        name = m.group(1).title() if m.group(1).isupper() else m.group(1)
        cc = place_country(name)
        if cc:
            return cc
    for m in _TWO_NAMED_DATELINE.finditer(head):
        for written in m.groups():
            cc = place_country(written.title() if written.isupper() else written)
            if cc:
                return cc
    for line in head.split("\n")[:4]:
        # "Ural Crane Works JSC, Yekaterinburg, 2 June 2025": a press release's sender,
        # its town and the date
        m = _SENDER_PLACE.search(line)
        cc = place_country(m.group(1)) if m else None
        if cc:
            return cc
    for line in head.split("\n")[:4]:
        # "Pocito, Province of San Juan, Argentina" under a report's title: the sender's
        # postal address, whose last part is its country
        cc = address_country(line)
        if cc:
            return cc
    title = next((line for line in head.split("\n") if line.strip()), "")
    town = _TOWN_TITLE_WORD.match(title)
    if town:
        # ("Stadtgemeinde X - Partner Towns": a town's own page under its title in its
        # own language, which one country's towns bear)
        return _TOWN_WORD_COUNTRY[town.group(1).lower()]
    # ("REGIONAL COUNCIL OF SAINT-LOUIS (SENEGAL)": a title closed by its country)
    closing = re.search(r"\(([^()\d]{2,40})\)\s*$", title) if len(title.split()) <= 12 else None
    if closing and COUNTRY_BY_NAME.get(closing.group(1).strip().lower()):
        return COUNTRY_BY_NAME[closing.group(1).strip().lower()]
    regions = list(_TITLE_REGION.finditer(title)) if len(title.split()) <= 16 else []
    if len(regions) == 1 and len(re.findall(rf"{_REGION_HEAD}(?![\w-])", title)) == 1:
        # (one region named: "The Vitebsk Region and the Smolensk Region: ..." is on two)
        # "Foreign economic ties of the Grodno region in 2024: a report", "Lublin
        # Voivodeship: foreign relations": a report on one region is written from it
        # ("... of the Saint-Louis Region (Senegal)": the country in brackets after it
        # says which of the namesakes)
        bracket = re.match(r"\s*\(([^()]{2,40})\)", title[regions[0].end():])
        cc = COUNTRY_BY_NAME.get(bracket.group(1).strip().lower()) if bracket else None
        cc = cc or place_country(regions[0].group(1) or regions[0].group(2))
        if cc:
            return cc
    for line in head.split("\n")[:4]:
        if len(line.split()) > 15 or _BODY_SENTENCE.match(line.strip()):
            # the body has begun: "the Department of International Relations of the
            # town hall" in a page's first paragraph is no letterhead (the words after
            # "of" had found a district of Dubai, "International City")
            break
        # ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ESTONIA": a letterhead in
        # capitals is read as one written as a name is)
        line = _title(line) if line.isupper() else line
        if len(line.split()) > _LETTERHEAD_WORDS or not _LETTERHEAD.search(line):
            # (a paragraph's "the Department of International Relations" is no
            # letterhead: the page's own place stands in its first line)
            continue
        for m in [*_OF_PLACE.finditer(line), *_PLACE_ORGAN.finditer(line)]:
            words = next(g for g in m.groups() if g).split()
            for k in range(len(words), 0, -1):
                cc = place_country(" ".join(words[:k]))
                if cc:
                    return cc
    return None


# What may open a letterhead's address line ("Registered Office: 4 Mill Lane, ...").
_ADDRESS_LABEL = re.compile(r"^\s*(?:(?:Registered|Head|Main|Corporate)\s+(?:[Oo]ffice|[Aa]ddress)"
                            r"|Address|Headquarters|HQ)\s*:\s*")
# A postcode before or after the country's name ("Tamil Nadu, 641603 India").
_POSTCODE = re.compile(r"^[\d][\w -]*?\s+(?=[A-Z])|\s+[\d][\w -]*$")
_ADDRESS_PART_WORDS = 6


def address_country(line: str) -> str | None:
    """The country that closes a postal address written alone on its line: two to six
    short parts between commas, none of them but the last a country, each opening with a
    capital or a number.

    >>> address_country("Registered Office: 9 Quay Street, Aldby 4471, Zealand, Denmark")
    'DK'
    >>> address_country("Tarnby, Zealand, Utopia") is None
    True
    >>> address_country("Denmark, Sweden, Norway") is None
    True
    """
    parts = [p.strip() for p in _ADDRESS_LABEL.sub("", line).strip().rstrip(".").split(",")]
    if not 2 <= len(parts) <= 6 or any(
            not p or len(p.split()) > _ADDRESS_PART_WORDS for p in parts):
        return None
    if not all(re.match(rf"[\dA-Z{_UPPER}]", p) for p in parts):
        return None
    cc = COUNTRY_BY_NAME.get(_POSTCODE.sub("", parts[-1]).lower())
    if cc is None or any(COUNTRY_BY_NAME.get(p.lower()) or DEMONYMS.get(p.lower())
                         for p in parts[:-1]):
        return None
    return cc


# The one region a title is about: "... of the Grodno region ...", "Lublin Voivodeship:".
_REGION_HEAD = (r"(?:[Rr]egion|[Oo]blast|[Vv]oivodeship|[Pp]rovince|[Kk]rai|[Cc]ounty"
                r"|[Gg]overnorate)")
_TITLE_NAME = r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
# A chapter's or section's number before its title ("Chapter 6.", "3.4.", "2)").
_TITLE_NUMBER = r"(?:(?:Chapter|Section|Part)\s+\d+[.:]?\s+|\d+(?:\.\d+)*[.)]?\s+)?"
_TITLE_REGION = re.compile(rf"\b(?:of|in|for)\s+(?:the\s+)?{_TITLE_NAME}\s+{_REGION_HEAD}"
                           rf"(?![\w-])(?!s)|^\s*{_TITLE_NUMBER}(?:[Tt]he\s+)?{_TITLE_NAME}\s+"
                           rf"{_REGION_HEAD}(?:\s*[:,–—-]|\s+(?:and|in)\s|\s*$)")
# "Brest City Executive Committee", "Kostanay Regional Administration": a letterhead's
# organ after the place it governs.
# Capitals beyond ASCII ("Šiauliai", "Łódź", "Ülenurme").
_UPPER = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_PLACE_ORGAN = re.compile(r"^\s*((?:[A-Z][\w'’-]+\s){1,3}?)(?:City|Town|Regional|Oblast|District"
                          r"|Municipal|Provincial)\s+(?:Executive\s+Committee|Council|Administration"
                          r"|Government|Hall|Akimat|Municipality)\b"
                          # ("Šiauliai City Municipality", "Gurjaani Municipality": a
                          # municipality's page or report, the town's own)
                          rf"|^\s*((?:[A-Z{_UPPER}][\w'’-]+\s){{1,2}}?)"
                          r"(?:(?:City|Town|District)\s+)?Municipality\b")
_COUNTRY_WORD = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n.title()) for n in {**COUNTRY_BY_NAME, **DEMONYMS}
                              if " " not in n and len(n) > 3), key=len, reverse=True)) + r")\b")


def country_counts(text: str) -> Counter:
    """How often a document names each country, by name or demonym."""
    counts: Counter = Counter()
    for m in _COUNTRY_WORD.finditer(text):
        w = m.group(1).lower()
        cc = COUNTRY_BY_NAME.get(w) or DEMONYMS.get(w)
        if cc:
            counts[cc] += 1
    return counts


def subject_country(text: str, counts: Counter | None = None) -> str | None:
    """The country a document is about: the one its names and demonyms mention most,
    when it has at least 30% of all such mentions and half as many again as the next.

    >>> subject_country("Kazakh firms in Kazakhstan trade with Russia.")
    'KZ'
    >>> subject_country("Russia and China.") is None
    True
    """
    counts = country_counts(text) if counts is None else counts
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1]
    total = sum(counts.values())
    return top if n >= 2 and n * 10 >= total * 3 and n * 2 >= second * 3 else None


# What may stand before a sentence's subject: an article, a year or a short adverbial.
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:In|By|Since|Last|This)\s+(?:\d{4}|year|spring|summer"
                           r"|autumn|winter|[A-Z][a-z]+)\s*,?\s+)?(?:[Tt]he\s+)?")
# A name that could be a town's: one or two capitalised words, no legal form or digits.
_TOWN_LIKE = re.compile(r"[A-Z][a-z\u00c0-\u024f'-]+(?:[ -][A-Z][a-z\u00c0-\u024f'-]+)?")


# A region's word written with its name ("Dagana District"): the region is meant.
_FAR_REGION_WORD = re.compile(r"\b(?:region|province|district|county|oblast|state|prefecture"
                              r"|governorate|department|dzongkhag)\b", re.I)


def _id_name(entry, written: str) -> str:
    """The name a defined firm's id is made from: its registered name with the closing
    "Co." or "Co., Ltd." it is written with here or was defined with, which the id
    keeps (``parties.company_tail``); the id drops every other legal form itself."""
    for text in (written, entry.written or ""):
        if company_tail(" ".join(text.split()))[1]:
            return " ".join(text.split())
    return entry.name


# A firm's or body's head noun in lower case after the first words of its name ("the
# Uva Hills cooperative", "the Ridgeway association")
_LOWER_HEAD = re.compile(rf"\s+({alternation(COMPANY_NOUNS | ORG_NOUNS)})\b(?![-'’])")


class Discourse:
    """The state of one document while it is read (see the module doc)."""

    # How far back (in sentences) a reference of each kind looks.
    WINDOW = {"Country": 8, "City": 6, "Company": 3, "Place": 6, "Actor": 2}

    def __init__(self, resolver, text: str = "", common: set[str] | frozenset = frozenset(),
                 head: list[str] | None = None, lines: list[str] | None = None):
        self.resolver = resolver
        # Words the text also writes in lower case: no place names ("Regional Center").
        self.common = common
        self._recent: list[tuple[int, str]] = []   # (sentence, country) of places named
        self._recent_ordered = True   # whether _recent came in reading order (see _since)
        # The paragraph's countries as they come, the last named last, and how often each
        # was named, the first named first: a long paragraph read them from _recent anew
        # for every sentence (see paragraph_countries).
        self._par_last: dict[str, None] = {}
        self._par_counts: Counter = Counter()
        self._place_ids: dict[str, set[str]] = {}   # country -> ids of the places read in it
        self.cache: dict = {}
        self.names = NameRegistry()
        counts = country_counts(text)
        self.country_counts = counts
        self.subject = subject_country(text, counts)
        # The countries the document names, most named first: where its firms may be.
        self.countries = [cc for cc, _ in counts.most_common()]
        # The text's first lines as written (a letterhead is not joined to the next line).
        head = [x.strip() for x in (head if head is not None else text.split("\n")[:10])]
        # (the region whose government the head lines name: before the home, which a
        # letterhead's place gives)
        self._own_regions = {_fold(n) for n in head_region_names(head)}
        self.home = home_country("\n".join(head), self._place_country)
        self._speaker_text = text
        self._speaker_low = text.lower()   # searched once per firm and town asked about
        self._firm_homes: Counter | None = None   # found on first use
        self._place_aliases: dict[str, Party] = {}  # "KhMAO" -> the okrug
        self._placed_firms: Counter = Counter()  # countries of firms the text places
        self._markets: Counter = Counter()       # countries those firms deal with
        # (label, slug) of a firm -> the countries the text has it sell to (its markets)
        self._sold_to: dict[tuple[str, str], set[str]] = {}
        self._head = head
        # (the text's lines as written: a list's items, which the joined text runs together)
        self._lines = lines
        self._speaker: Party | None | bool = False   # found on first use
        self._company_term: bool | None = None   # "the Company" as a term; found on first use
        self._place_voice: bool | None = None   # an interview or a place's page (on first use)
        self._quoted: list[tuple[int, Party]] | None = None   # found on first use
        self.offset = 0   # where the sentence being read starts in the text
        self.places = PlaceMemory()
        self.pairs = PairMemory()
        self.homes = HomeMemory()
        self._seen: list[tuple[int, int, Party]] = []   # (sentence, offset, party)
        # Firms with the town the text seats them in: (sentence, folded town, firm)
        self._seats: list[tuple[int, str, Party]] = []
        # (regions read for firms' seats, with the names that brought each in)
        self._seat_regions: dict[str, set[str]] = {}
        self._seat_regions_read = 0
        self._two_names: dict[str, Party] = {}   # "Vipiteno" after "Vipiteno/Sterzing"
        # What _town_of_named_region asks of _seen, kept up with it (see _named_regions)
        self._regions_read = 0   # how many entries of _seen these hold
        self._region_words: dict[str, set[str]] = {}   # a named region's first word -> countries
        self._region_ids: set[str] = set()   # the named regions
        self._town_regions: set = set()   # the regions (parents) of the named towns
        self._starts: dict[int, int] = {}   # sentence -> where it starts in the text
        self._sections: list[int] | None = None   # found on first use
        self._salient: list[tuple[int, Party]] = []   # (offset, party) named or acting
        self._persons: list[tuple[int, str, Party | None]] | None = None   # on first use
        self._person_kinds: dict[int, str] = {}   # a person's party by reference: its kind
        self._actors: dict[int, tuple[int, Party]] = {}  # sentence -> (offset, its actor)
        self._memo: dict = {}
        self._known_firms: dict[tuple, Party] = {}   # the table's firms as first named
        self._acting: set[str] = set()   # ids of the parties that were a sentence's actor
        self._region_actors: list[tuple[int, Party]] = []   # (sentence, region) that acted
        self._named_times: dict[str, int] = {}
        self._defined: dict[str, Party] = {}   # "company" -> the firm defined as "the Company"
        # first words of the full place names the text writes (found on first use)
        self._full_names: dict[str, list[tuple[int, str]]] | None = None

    @property
    def speaker(self) -> Party | None:
        """Whom "we", "us" and "our region" mean: the body a letterhead names ("AMKODOR
        HOLDING", "Government of the Omsk Region"), else in an interview (a paragraph
        that is a question) the first firm or body the text names."""
        if self._speaker is False:
            self._speaker = None   # (while it is looked for: the speaker's own mentions)
            found = self._find_speaker(self._speaker_text)
            self._speaker = self._government_unit_place(found) or self._titled_region(found) \
                or found
        return self._speaker

    def speaker_if_known(self) -> Party | None:
        """The speaker when it has been looked for already, else None (looking for it
        reads the title's names, which may change how later names are read)."""
        return self._speaker if isinstance(self._speaker, Party) else None

    def _government_unit_place(self, body: Party | None) -> Party | None:
        """The region or town whose government a speaking ministry or department belongs
        to ("Ministry of Economy and Foreign Trade of the Chuvash Republic", "Department of
        Industry and External Ties of the Kostanay Region"): its "we" signs and trades
        as that place. A national ministry ("... of the Kyrgyz Republic") stays itself."""
        from relgraph.loaders.extract.mentions import Mention

        # (a body's name ending in its region's head word is read as a region the
        # gazetteer does not know: "Office of the Government of X Autonomous Region")
        if body is None or not (body.label == "Organization" or
                                body.label == "Region" and not body.resolved):
            return None
        name = " ".join(body.name.split())
        if not _GOVERNMENT_UNIT.match(name):
            return None
        parts = re.split(r"\s+of\s+(?:the\s+)?", name)
        for k in range(1, len(parts)):
            tail = " of ".join(parts[k:])
            if not tail[:1].isupper():
                continue
            place = self.party(Mention(tail, 0, len(tail)), "Region")
            if place.label == "Country":
                return None
            if place.label in ("Region", "City") and place.resolved:
                return replace(place, name=name, body=name,
                               reason="a body of its government speaks for it")
        return None

    def _titled_region(self, title: Party | None) -> Party | None:
        """The region or town a title line read whole as one unknown place ends with
        ("International Relations of the Kayes Region", "International Cooperation of
        the State of Parana"): that place speaks, when the gazetteer knows it."""
        from relgraph.loaders.extract.mentions import Mention

        if title is None or title.label not in ("Region", "City") or title.resolved:
            return None
        parts = re.split(r"\s+of\s+(?:the\s+)?", " ".join(title.name.split()))
        if len(parts) < 2 or not parts[-1][:1].isupper():
            return None
        tail = parts[-1]
        # ("... of the State of Parana": the kind word before the name says a region)
        kind = "Region" if re.search(r"\b(?:State|Region|Province|Prefecture|County|Oblast"
                                     r"|Department|Governorate)$", parts[-2]) else None
        place = self.party(Mention(tail, 0, len(tail), kind), "Region")
        return place if place.label in ("Region", "City") and place.resolved else None

    def _find_speaker(self, text: str) -> Party | None:
        from relgraph.loaders.extract.mentions import find_mentions

        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        release = any(_RELEASE.search(x) for x in self._head[:4])
        # (a place's own page on its ties speaks for that place, whatever region its
        # first sentence names: "Kobrin is a town of the Brest Region")
        place = self._titled_place()
        if place is not None:
            return place
        for line in [x for x in self._head if x and not _RELEASE.fullmatch(x.strip())][:3]:
            guest = self._office_subtitle(line)
            if guest is not None:
                return guest
            if len(line.split()) > 15 or _BODY_SENTENCE.match(line.strip()):
                break  # the body has begun
            if self._halves_disagree(line):
                continue  # ("X Statutární Město - Y Statutory City": no one place speaks)
            sender = self._titled_sender(line)
            if sender is not None:
                return sender
            if _FIELD_LABEL.match(line):
                continue
            # ("Greymouth, West Coast, New Zealand" under a firm's name: where the sender
            # sits, not who speaks; a body named on such a line still may)
            postal = address_country(line) is not None
            dated = _DATELINE.match(line) is not None
            for m in find_mentions(_title(line) if line.isupper() else line):
                if m.adjectival or m.refers:
                    continue
                p = self.party(m)
                if (dated or postal) and p.label == "Region" and not m.organisation:
                    continue   # ("KOSTANAY, 3 March - Northern Kazakhstan's exporters ...":
                    # a news item's line names regions it reports on, no letterhead)
                whole = m.text == (_title(line) if line.isupper() else line).strip()
                if p.label in ("Company", "Organization", "Region") and (
                        m.organisation or p.label == "Region" or m.kind_hint in _FIRM_LABELS
                        or release and p.label == "Company" and whole):
                    # ("Regione X – Region of Y": the name in the region's own language
                    # the gazetteer lacks, its English one after the dash it knows)
                    if p.label == "Region" and not p.resolved:
                        return self._translated_region(line, m) or p
                    return p   # ("BELSHINA" above "Press release": a firm's own release)
                if p.label == "City" and p.body:
                    return p   # "Brest City Executive Committee": "our city" is Brest
        firm = self._titled_firm()
        if firm is not None:
            return firm
        if release:
            # A release with no letterhead speaks for the firm its first sentence is about
            # ("BOBRUISK, 3 May - Belshina JSC has shipped ...").
            body = next((p for p in paragraphs if len(p.split()) > 12), "")
            for m in find_mentions(body[:200]):
                if m.adjectival or m.refers:
                    continue
                p = self.party(m)
                if p.label == "Company" and (m.organisation or m.kind_hint == "Company"
                                             or self._times_named(m.text) >= 2):
                    return p
                if p.label == "Company" or p.label in ("Organization",):
                    break
        if not any(p.endswith("?") and len(p.split()) <= 25 or _ASKED.match(p)
                   for p in paragraphs):
            return None
        place = self._interviewee_place(paragraphs)
        if place is not None:
            return place
        for para in paragraphs[:4]:
            for m in find_mentions(para):
                if m.adjectival or m.refers:
                    continue
                p = self.party(m)
                if p.label in _FIRM_LABELS and (m.organisation or m.kind_hint in _FIRM_LABELS):
                    return p
        return None

    def _interviewee_place(self, paragraphs: list[str]) -> Party | None:
        """An interview's guest who holds a place's office, as the lines before the first
        question introduce them ("The mayor of Polotsk on the town's friends", "We
        talked to the governor of the Kursk Region"), or who heads the place's own
        administration ("the head of the foreign relations department of the X Region"):
        "we" and "our" are that town or region, not the first body the answers name."""
        from relgraph.loaders.extract.mentions import find_mentions

        # (up to the first question: a title over its lead may be read as one paragraph
        # with the question under it)
        head = "\n".join(paragraphs[:4]).split("?", 1)[0]
        # (the first lines as written come first: a title, its guest line and the
        # outlet's line, with no blank line between, are joined into one paragraph
        # where the guest's town runs into the outlet's name, "Mayor of X Y Review")
        written = []
        for line in self._head:
            if "?" in line or _QUESTION_TURN.match(line) or _ANSWER_TURN.match(line):
                break
            written.append(line)
        for para in [x for x in written if x] + head.split("\n"):
            after_office = {office.end(): office.group(0)
                            for office in _PLACE_OFFICE.finditer(para)}
            for m in find_mentions(para):
                owned = _OWNED_OFFICE.match(para, m.end)
                if m.refers or m.adjectival or not (m.start in after_office or owned):
                    continue
                p = self.party(m, "City")
                if not p.resolved and _REGION_OFFICE.search(
                        after_office.get(m.start) or owned.group(0)):
                    # ("the governor of X": a region the gazetteer knows by X alone)
                    p = self._office_place(m, "governor") or p
                own = _OWN_ADMINISTRATION.match(m.text) if p.label == "Organization" else None
                if own is not None:
                    seat = next((x for x in find_mentions(own.group("place"))
                                 if x.start == 0 and not x.refers and not x.adjectival), None)
                    p = self.party(seat, "City") if seat is not None else p
                if p.label in ("City", "Region") and (p.resolved or p.reason == _OWN_HEAD_REGION):
                    return p
        return self._its_office_place([x for x in written if x] + head.split("\n"))

    def _its_office_place(self, paras: list[str]) -> Party | None:
        """The place an interview's lead calls the guest's by "its" ("X borders Y and Z.
        We spoke to its governor"): the place the sentence before opens with, read
        past a possessive ("Eastern Mongolia's X aimag" is X's), as the office's kind
        of place."""
        from relgraph.loaders.extract.mentions import find_mentions

        for para in paras:
            its = _ITS_OFFICE.search(para)
            if its is None:
                continue
            stops = [x.end() for x in re.finditer(r"[.!?]\s+", para[:its.start()])]
            # (the sentence before the one "its" stands in, else its own words before it)
            start = stops[-2] if len(stops) > 1 else 0
            ms = [m for m in find_mentions(para[start:its.start()])
                  if not (m.refers or m.adjectival)]
            if not ms:
                continue
            m = ms[0]
            owner = m.text.rsplit("'s ", 1) if "'s " in m.text else m.text.rsplit("’s ", 1)
            if len(owner) == 2 and owner[1][:1].isupper():
                # ("Eastern Mongolia's X aimag": the place is X, the possessive its country's)
                cut = len(m.text) - len(owner[1])
                m = replace(m, text=owner[1], start=m.start + cut)
            return self._office_place(m, its.group("office"))
        return None

    def _office_subtitle(self, line: str) -> Party | None:
        """The place an interview's subtitle names its guest the office-holder of ("The
        mayor of Polotsk on the town's friends abroad ..."): whom "we" and "our city"
        mean, the name followed by "on" and the topic."""
        from relgraph.loaders.extract.mentions import find_mentions

        said = _OFFICE_ON.match(line)
        if said is None:
            return None
        m = next((x for x in find_mentions(line) if x.start == said.end()
                  and not x.refers and not x.adjectival), None)
        if m is None:
            return None
        # "Governor of X Region Ivan Petrov on ...": the guest's name after the place's
        # kind word is no part of the place (the name reader runs the two together)
        guest = _GUEST_AFTER_KIND.fullmatch(m.text)
        if guest is not None:
            m = replace(m, text=guest.group("place"), end=m.start + len(guest.group("place")))
        topic = _TOPIC_ON.search(line, m.start)
        if topic is not None and topic.start() < m.end:
            # ("the governor of X on China, Russia and ...": the topic is no part of X)
            m = replace(m, text=line[m.start:topic.start()], end=topic.start())
        if not re.match(r"(?:\s+[A-Z][\w'’.-]+){0,3}\s+on\s+(?:(?:the\s+|its\s+|his\s+|her\s+)?"
                        r"[a-z]|[A-Z][^,]*(?:,|\s+and\s+))", line[m.end:]):
            return None
        return self._office_place(m, said.group("office"))

    def _office_place(self, m, office: str) -> Party | None:
        """The town or region an office-holder's place ``m`` names, as the gazetteer
        knows it: a governor's or an akim's a region first, a mayor's a town first,
        each the other when the gazetteer knows only that."""
        kinds = ("Region", "City") if _REGION_OFFICE.search(office) else ("City",
                                                                                   "Region")
        for kind in kinds:
            p = self.party(replace(m, kind_hint=kind), kind) if kind == "Region" and \
                not m.kind_hint else self.party(m, kind)
            if (p.resolved or p.reason == _OWN_HEAD_REGION) and p.label in ("City", "Region"):
                return p
        return None

    def _titled_sender(self, line: str) -> Party | None:
        """A title that names who speaks by an office or as the sender: "Address of the
        Mayor of Grodno to ...", "Interview with the general director of Belshina, P",
        "Letter from Gomselmash to its dealers": the town, firm or region after it."""
        from relgraph.loaders.extract.mentions import find_mentions

        said = _TITLE_SENDER.search(line)
        if said is None:
            return None
        m = next((x for x in find_mentions(line) if x.start == said.end()
                  and not x.refers and not x.adjectival), None)
        if m is None:
            return None
        p = self.party(m, "City" if said.group("office") else "Company")
        if p.label in _PLACE_LABELS and not p.resolved:
            return None
        if not said.group("office") and not (p.label in _PLACE_LABELS or m.organisation or
                                             m.kind_hint in _FIRM_LABELS or known_firm(m.text)):
            return None   # "Interview with Aidar Seitkali": a person, no firm
        return p if p.label in _FIRM_LABELS + _PLACE_LABELS and p.label != "Country" else None

    def _titled_firm(self) -> Party | None:
        """A corporate document's title: a bare name on a line of its own beside the
        document's kind ("Mogilevliftmash / Annual Report 2024", "Letter to shareholders
        / Vistan"): the firm whose report it is speaks as "we" and "our"."""
        from relgraph.loaders.extract.mentions import find_mentions

        lines = [x for x in self._head if x][:4]
        if any(_RELEASE_GENRE.search(x) for x in lines):
            return self._release_firm(lines)
        if not any(_CORPORATE_GENRE.search(x) for x in lines):
            return None
        for line in lines:
            if _CORPORATE_GENRE.search(line) or not 1 <= len(line.split()) <= 4:
                continue
            if self._section_heading(line):
                continue   # "Exports", "Our partners" over a report's section
            # ("SANTA BREMOR / Annual report 2024": a name in capitals is read as written)
            written = _title(line) if line.isupper() else line
            ms = [m for m in find_mentions(written) if not (m.adjectival or m.refers)]
            if len(ms) != 1 or ms[0].text != written.strip().strip('"«»“”'):
                continue
            p = self.party(ms[0])
            if p.label == "Company":
                return p
        return None

    def ties_page(self) -> bool:
        """Whether one of the text's first lines (its title, breadcrumb or letterhead)
        speaks of its ties ("Home > Council > Twin cities", "International relations")."""
        return any(_TIES_TITLE.search(x) for x in [x for x in self._head if x][:3])

    def _titled_place(self) -> Party | None:
        """A town's or region's own page on its ties: a title line naming one place and
        its partners or foreign ties ("Partner cities of Bialystok", "Lida: twin towns",
        "International relations of the Grodno Region"): "we", "our city" are that
        place."""
        from relgraph.loaders.extract.mentions import find_mentions

        lines = [x for x in self._head if x]
        title = lines[0] if lines else ""
        # (a site's title over its breadcrumb or subtitle: "City of Bialystok | Official
        # website" over "Home > City > International cooperation > Partner cities")
        under = lines[1] if len(lines) > 1 and \
            len(_CRUMB_SEP.sub(" ", lines[1]).split()) <= 12 and \
            not lines[1].rstrip().endswith((".", "!", "?")) else ""
        # (a breadcrumb's separators are no words: "X Town Council > Town >
        # Foreign relations > Twin and friendship towns" is a title of ten; a
        # breadcrumb is never prose, so only each of its steps is measured)
        if not _short_title(title) or title.rstrip().endswith((".", "!", "?")) or \
                not (_TIES_TITLE.search(title) or _TIES_TITLE.search(under)):
            return None
        # (a breadcrumb's first step names the site's place: "Jonava City Municipality
        # > Our town > Foreign relations", or its address does: "kaunas.lt > ...")
        # (a title in two languages names its place twice: "Pärnu linn | City of Pärnu")
        halves = _TITLE_HALVES.split(_site_name(_CRUMB_SEP.split(_SITE_TAIL.sub("", title))[0]))
        # (a half that only says what the page is about names no place: "City of X —
        # Twinning and Foreign Partnerships")
        halves = [h for h in halves if not self._ties_half(h)] or halves
        # (a municipality's legal style in its own language is no part of its town's
        # name: "Stadtgemeinde X", "Gmina Y", "Z kommun"; see own_town)
        styled = [town_name(h) for h in halves]
        halves = [name for name, _ in styled]
        styles = tuple(dict.fromkeys(cc for _, ccs in styled for cc in ccs))
        # (each half names the town in its own language, with words the gazetteer does
        # not know beside its name: "X Megyei Jogú Város - X City of County Rank",
        # "Statutární město X - Statutory City of X": the town both halves open with or
        # end in)
        town = self._halves_town(halves) if len(halves) > 1 else None
        if town is not None:
            return town
        ms = [m for part in halves for m in find_mentions(part) if not (m.adjectival or m.refers)]
        parties = list({p.id: p for p in (self.party(m, "City") for m in ms)}.values())
        known = [p for p in parties if p.resolved]
        if len(known) == 1 and len(parties) > 1:
            # (its other half, unresolved, is the same town in the other language when
            # it holds that town's name: "Miasto X", "X linn", "City of X")
            names = [n for n in (known[0].name, known[0].canonical) if n]
            parties = known + [p for p in parties if not p.resolved
                               and not any(n in p.name for n in names)]
        if len(parties) == 1 and not parties[0].resolved and len(ms) == 1 and \
                parties[0].label != "Country":
            # (a small town the gazetteer knows only among its namesakes: the page's
            # own title names it plainly)
            town = titled_town(" ".join(ms[0].text.split()), styles, self.resolver)
            if town is not None:
                return Party(" ".join(ms[0].text.split()), town.id, "City", town.country,
                             True, reason=_TITLED_TOWN,
                             canonical=town.name)
        if len(parties) != 1 or parties[0].label not in _PLACE_LABELS \
                or parties[0].label == "Country":
            return None
        return parties[0]

    def _ties_half(self, half: str) -> bool:
        """Whether a title's half speaks of ties ("Twinning", "Foreign Partnerships")
        and names no place the gazetteer knows."""
        from relgraph.loaders.extract.mentions import find_mentions

        if not _TIES_TITLE.search(half) and not _PARTNERSHIPS_TITLE.search(half):
            return False
        return not any(self.party(m, "City").resolved for m in find_mentions(half)
                       if not (m.adjectival or m.refers))

    def _translated_region(self, line: str, m) -> Party | None:
        """The one region the gazetteer knows that the other half of a title line in two
        languages names ("Regione X – Region of X"), when the half holding ``m`` names
        an unknown one."""
        from relgraph.loaders.extract.mentions import find_mentions

        halves = _TITLE_HALVES.split(line.strip())
        if len(halves) != 2:
            return None
        other = halves[1] if m.text in halves[0] else halves[0] if m.text in halves[1] \
            else None
        if other is None:
            return None
        found = {p.id: p for n in find_mentions(other) if not (n.adjectival or n.refers)
                 for p in [self.party(n, "Region")] if p.label == "Region" and p.resolved}
        return next(iter(found.values())) if len(found) == 1 else None

    def _halves_disagree(self, line: str) -> bool:
        """Whether two halves of a title line open or end with different towns or
        regions ("A Statutární Město - B Statutory City"): such a title names no one
        place its page speaks for."""
        if _DATELINE.match(line):
            return False  # ("KAZAN, 14 May - ...": a dateline, then its news)
        halves = _TITLE_HALVES.split(_CRUMB_SEP.split(_SITE_TAIL.sub("", line))[0])
        if len(halves) < 2:
            return False
        places = [p for half in halves for p in self._edge_places(half)]
        spoken = next((native_region_countries(h.strip()) for h in halves
                       if native_region_countries(h.strip())), ())
        if spoken and all(p.label == "Region" and p.country in spoken for p in places):
            # ("Regione X – Region of Y": one region's names in its own language and in
            # English, the gazetteer knowing only the latter)
            return False
        return len({p.id for p in places}) > 1

    def _halves_town(self, halves: list[str]) -> Party | None:
        """The one town or region the gazetteer knows that every half of a title in
        two languages names as its first or last word ("X Megyei Jogú Város - X City of
        County Rank"); None when a half names no such place, or not one and the same."""
        found = None
        for half in halves:
            here = {p.id: p for p in self._edge_places(half)}
            if len(here) != 1 or found is not None and found.id not in here:
                return None
            found = next(iter(here.values()))
        return found

    def _edge_places(self, half: str) -> list[Party]:
        """The towns and regions the gazetteer knows that a title's half opens with or
        ends in."""
        from relgraph.loaders.extract.mentions import Mention

        if native_region_place(half.strip()) is not None:
            # (a region's name after its own language's region word is read whole: its
            # last word alone may be a town abroad, "Lombardia" a Mexican one)
            p = self.party(Mention(half.strip(), 0, len(half.strip())), "Region")
            return [p] if p.label == "Region" else []
        words = _HALF_WORD.findall(half)
        found = (self.party(Mention(w, 0, len(w)), "City")
                 for w in ({words[0], words[-1]} if words else ()))
        return [p for p in found if p.resolved and p.label in ("City", "Region")]

    def _section_heading(self, line: str) -> bool:
        """A report's section heading ("Exports", "2. Foreign markets", "Our partners"):
        its words are all common nouns (written in lower case in the text, or heading
        words), so it names no firm."""
        words = [w.lower() for w in _HEADING_WORD.findall(line)]
        return bool(words) and all(
            w in self.common or w in _SECTION_WORDS or w.rstrip("s") in _SECTION_WORDS
            for w in words)

    def _release_firm(self, lines: list[str]) -> Party | None:
        """The firm a press release's headline opens with ("PRESS RELEASE / Navruz
        Tekstil expands in Europe"): a headline of at most twelve words with no closing
        stop, its first name a firm's, right at its start."""
        from relgraph.loaders.extract.mentions import find_mentions

        head = next((x for x in lines if not _RELEASE_GENRE.search(x)), None)
        if head is None or len(head.split()) > 12 or head.rstrip().endswith((".", "!", "?")):
            return None
        ms = [m for m in find_mentions(head) if not (m.adjectival or m.refers)]
        if not ms or ms[0].start != 0:
            return None
        first = ms[0]
        if headline_line(head.strip()):
            # "Belshina Expands In Africa": the firm's name, not the words after it
            at = self._speaker_text.find(head.strip())
            body = self._speaker_text[at + len(head.strip()):][:BODY_REACH] if at >= 0 else ""
            name = headline_name(first.text, names_known(body, self.resolver, self.cache))
            if name is None:
                return None
            first = replace(first, text=name, end=first.start + len(name))
        p = self.party(first)
        return p if p.label == "Company" else None

    def quoted_speaker(self, offset: int, reach: int | None = None) -> Party | None:
        """Whom "we" and "our" mean in quoted remarks: the firm or body of the person
        they are attributed to ('"We ship to A," says P, director of X'; 'X's head P
        said'), the attribution nearest ``offset`` (an offset in the text)."""
        if self._quoted is None:
            self._quoted = []  # (finding them resolves names, which may ask this again)
            self._quoted = self._find_quoted(self._speaker_text)
        near = [q for q in self._quoted if reach is None or abs(q[0] - offset) <= reach]
        return min(near, key=lambda q: abs(q[0] - offset))[1] if near else None

    def _find_quoted(self, text: str) -> list[tuple[int, Party]]:
        from relgraph.loaders.extract.mentions import find_mentions

        out = []
        for a in _ATTRIBUTION.finditer(text):
            window = text[a.end():a.end() + 160]
            ms = find_mentions(window)
            title = _TITLE_OF.search(window)
            firm = next((m for m in ms if title and m.start == title.end() and not m.refers
                         and not m.adjectival), None)
            if firm is None:
                continue
            p = self.party(firm)
            if p.label in _FIRM_LABELS:
                out.append((a.start(), p))
        for a in _TITLE_POSSESSIVE.finditer(text):
            # "Tulamash's general director Ivan Petrov said", "X head P noted"
            ms = find_mentions(text[max(0, a.start() - 80):a.start()])
            firm = ms[-1] if ms and not ms[-1].refers and not ms[-1].adjectival and \
                ms[-1].end == min(80, a.start()) else None
            if firm is not None:
                p = self.party(firm)
                if p.label in _FIRM_LABELS:
                    out.append((a.start(), p))
        for a in _FIRM_SAYS.finditer(text):
            # '"We ship to A," Belshina said', '..., said Amkodor.': the firm itself speaks
            name = a.group(1) or a.group(2)
            ms = find_mentions(name)
            if len(ms) != 1 or ms[0].text != name or ms[0].refers or ms[0].adjectival or \
                    self.is_person(name):
                continue
            p = self.party(ms[0])
            if p.label == "Company" and (p.resolved or self.names.lookup(p.name) is not None
                                         or self._times_named(p.name) >= 2):
                out.append((a.start(), p))
        return out

    # -- parties ---------------------------------------------------------------
    def party(self, m: Mention, default_label: str = "Company") -> Party:
        """The party ``m`` names, with the document's knowledge applied: a firm defined
        before (by acronym or full name) keeps one id, its country as stated once,
        else the document's subject country."""
        key = (id(m), m.start, m.text, default_label)
        hit = self._memo.get(key)
        # The memo keeps the mention itself: an id is unique only while its object
        # lives, and a later mention at the same place with other hints could
        # otherwise reuse a freed one's id and be served its party.
        if hit is not None and hit[0] is m:
            return hit[1]
        p = self._party(m, default_label)
        if m.side:
            p = self._side_of(m, p)
        p = self._own_town_organ(m, p)
        p = self._titled_town_named(m, p)
        if len(self._memo) > 512:
            self._memo.clear()
        self._memo[key] = (m, p)
        return p

    def _titled_town_named(self, m: Mention, p: Party) -> Party:
        """The small town a page is titled with (see ``own_town``) where its text names
        it again, which the gazetteer's bare-name lookup passes over: that town."""
        if p.resolved or m.refers or m.adjectival:
            return p
        written = town_name(" ".join(m.text.split()))[0]
        head = next((x for x in self._head if x), "")
        if len(written) < 3 or written.casefold() not in head.casefold():
            return p   # (cheap: only a name the title holds may be the titled town)
        # (the speaker is asked only for such a name: asking settles whom the text
        # speaks for, and a text named otherwise goes on as it was read)
        sp = self._speaker if self._speaker is not False else self.speaker
        if not isinstance(sp, Party) or sp.reason != _TITLED_TOWN or \
                written.casefold() != sp.name.casefold():
            return p
        return replace(sp, name=" ".join(m.text.split()))

    def _own_town_organ(self, m: Mention, p: Party) -> Party:
        """"the City Council", "City Hall", "the Municipality" with no town named: on a
        town's own page or in its mayor's interview, the town's own organ (it signs and
        ends partnerships as the town), as "the Region" is a region's own report's; so
        is "the Government" or "the Administration" in a region's own report."""
        written = " ".join(m.text.split())
        if m.refers and not (m.refers == "Country" and _BARE_STATE.fullmatch(written)):
            return p
        if _BARE_STATE.fullmatch(written) and self._own_state():
            # ("The State maintains ..." in a report of the "Government of the State of
            # X": that state, not a place the gazetteer calls "State")
            return replace(self.speaker, name=written, body=written,
                           reason="the text's own state")
        if p.resolved:
            return p
        label = "City" if _BARE_TOWN_ORGAN.fullmatch(written) else \
            "Region" if _BARE_REGION_ORGAN.fullmatch(written) else None
        sp = self.speaker if label else None
        if sp is not None and sp.label == "Region" and _BARE_COUNCIL.fullmatch(written):
            label = "Region"   # ("the Council" in a regional council's own report)
        if sp is None or sp.label != label or not sp.resolved:
            return p
        return replace(sp, name=written, body=written, reason="the text's own place's organ")

    def _own_state(self) -> bool:
        """Whether the text speaks for a region its head lines call a state ("GOVERNMENT
        OF THE STATE OF X", "X State Government"): its "the State" is that region."""
        sp = self.speaker
        if sp is None or sp.label != "Region" or not sp.resolved:
            return False
        # (a federation's state is one whatever its head lines call it: "Government of
        # Western Australia")
        return _federal_region(sp) or any(_STATE_TITLE.search(x) for x in self._head[:4] if x)

    def _department_region(self, m: Mention) -> Party | None:
        """"the Department of X" where X is a region the gazetteer knows (Paraguay's,
        Colombia's, Bolivia's first-level regions are departments): that region, not a
        body called so ("the Department of Commerce" stays a body)."""
        dept = _REGION_DEPARTMENT.fullmatch(" ".join(m.text.split()))
        if dept is None:
            return None
        name = dept.group("name")
        # (the gazetteer may know it by its name alone or as "X Department")
        for written in (name, name + " Department"):
            region = self._party(Mention(written, m.start, m.end, kind_hint="Region",
                                         country_hint=m.country_hint), "Region")
            if region.label == "Region" and region.resolved:
                return replace(region, name=" ".join(m.text.split()))
        return None

    def _side_of(self, m: Mention, p: Party) -> Party:
        """"the Gomel side" after the text named the Gomel region: that region (a side
        of an agreement is a party, and a region's side is called by its centre's
        name); the town when the text named no such region."""
        if p.label != "City" or not p.resolved:
            return p
        names = {_fold(p.canonical or p.name), _fold(m.text)}
        # (the regions named so far, then the text's own: a letterhead's "GOMEL REGIONAL
        # EXECUTIVE COMMITTEE")
        seen = [*self._seen, (None, None, self.speaker)] if self.speaker else self._seen
        for _s, _o, party in reversed(seen):
            if party.label == "Region" and party.resolved and party.country == p.country and \
                    _fold(strip_term(party.canonical or party.name)) in names:
                return replace(party, name=" ".join(m.text.split()),
                               reason="a side named by its region's centre")
        return p

    def _party(self, m: Mention, default_label: str) -> Party:
        if m.unnamed:
            text = " ".join(m.text.split())
            # (of its town's country, so that no guess moves it across a border)
            return Party(text, provisional_id("Company", m.country_hint, text), "Company",
                         m.country_hint, False, reason=UNNAMED_FIRM)
        parent = m.parent or (parent_body(" ".join(m.text.split())) if not m.refers else None)
        if parent:
            # "the Vitebsk Branch of the Chamber ...": the unit acts for its body.
            body = self._party(replace(m, text=parent, start=m.end - len(parent), parent=None),
                               default_label)
            return replace(body, name=" ".join(m.text.split()))
        if m.described:
            p = self._described(m, default_label)
            if p is not None:
                return p
        region = self._department_region(m)
        if region is not None:
            return region
        written = " ".join(strip_legal(m.text).split())
        known = KNOWN_BODIES.get(written.lower())
        if known and written.lower() == known[0].lower() and not written.isupper() \
                and known_place(written):
            # "Guam" is the territory; only "GUAM", written as an acronym, the body.
            known = None
        if known:
            acr, name = known
            return Party(" ".join(m.text.split()), provisional_id("Organization", None, acr),
                         "Organization", None, False, canonical=name,
                         reason="an international organisation")
        if _SUPRANATIONAL.fullmatch(written) and not _HAS_LEGAL.search(m.text):
            return Party(written, provisional_id("Organization", None, written), "Organization",
                         None, False, canonical=written, reason="an international organisation")
        entry = None
        # (an abbreviation, or a short name the text gave the place in a bracket:
        # "Gyeongsangbuk-do (Gyeongbuk)")
        alias = self._place_aliases.get(m.text.strip('"').lower()) if is_acronym(
            m.text.strip('"')) or re.fullmatch(r"[A-Z][a-z]{3,}", m.text) else None
        organ = _ACRONYM_ORGAN.fullmatch(" ".join(m.text.split()))
        if alias is None and organ and is_acronym(organ.group(1)):
            # "the IMAR government" after "Inner Mongolia Autonomous Region (IMAR)": the
            # organ of the place the abbreviation stands for
            alias = self._place_aliases.get(organ.group(1).lower())
        if alias is not None:
            return replace(alias, name=" ".join(m.text.split()),
                           reason=f"an abbreviation the text defined ({alias.name})")
        if m.acronym and not (_company_like(m.text) or name_kind(m.text)):
            place = self._place_with_acronym(m, default_label)
            if place is not None:
                return place
        quoted = _QUOTED_SHORT.fullmatch(" ".join(m.text.split())) if '"' in m.text else None
        if quoted and not m.acronym:
            # 'Vitebsk Machine Tool Plant "Vistan"': the quoted word is the name the text
            # goes on with, and the id's; the description before it is its full name.
            # A bare kind before the quotes ('Holding "X"', 'Trading House "X"', 'Joint
            # Venture "X"') is no name of its own: the quoted one is the firm's only name.
            bare = re.fullmatch(rf"(?:{_HEADS_TITLED})", quoted.group(1))
            entry = self.names.define(quoted.group(2), None, country=m.country_hint) if bare \
                else self.names.define(quoted.group(1), quoted.group(2), country=m.country_hint)
        elif m.acronym or _HAS_LEGAL.search(m.text):
            entry = self.names.define(m.text, m.acronym, country=m.country_hint)
        elif is_acronym(m.text.strip('"')):
            entry = self.names.lookup(m.text)
        if entry is not None:
            p = self._firm(m, entry, default_label)
        else:
            p = self.homes.fill(resolve_mention(m, self.resolver, self.cache, default_label))
            p = self._one_of_its_names(m, p)
            p = self._region_country(m, p)
            if p.reason == "a well-known firm":
                # "Belarusian Metallurgical Works", later "BMZ": one firm of the table, one
                # id in the document (the first name's)
                first = self._known_firms.setdefault((p.canonical, p.country, p.label), p)
                p = replace(first, name=p.name)
            p = self._prefer_subject(m, p)
            p = self._town_of_named_country(m, p)
            p = self._told_town(m, p)
            p = self._not_its_city(m, p)
            p = self._own_region(m, p)
            p = self._named_in_full(m, p)
            p = self._shortened_firm(m, p)
            # A place the gazetteer knows stays that place; a name it does not know may
            # be a firm the text defined before ("Kazakhmys" after "Kazakhmys LLP").
            # (a quoted name too, though a place bears it: '"Neman"' after 'the "Neman"
            # tobacco factory' is the factory)
            entry = None if p.resolved and not (
                m.text[:1] in '"«“' and p.label in ("City", "Region")) \
                else self.names.lookup(m.text)
            if entry is not None:
                p = self._firm(m, entry, default_label)
            elif self._unknown_area(m, p):
                p = Party(p.name, provisional_id("Region", None, m.text), "Region", None, False,
                          reason="an area the text writes things happen across or in")
            elif self._called_region(m, p):
                # (in the country the text states where it writes the region word, if any)
                cc = self.cache["called regions"][" ".join(m.text.split())]
                region = self._party(replace(m, kind_hint="Region",
                                             country_hint=cc or m.country_hint), default_label)
                if region.label == "Region":
                    p = replace(region, reason="a name the text calls a region elsewhere")
                    p = self._subject_region_country(p)
            elif self._called_organ(m, p):
                # ("the Provincial Council of X" where the text calls X a region: X)
                place = organ_place(" ".join(m.text.split()))
                region = self._party(Mention(place, m.start, m.end, kind_hint="Region",
                                             country_hint=self.cache["called regions"][place]
                                             or m.country_hint), default_label)
                if region.label == "Region":
                    p = replace(self._subject_region_country(region),
                                name=" ".join(m.text.split()),
                                reason="the organ of a region the text names")
            elif self._bracket_alias(m, p) is not None:
                region = self._bracket_alias(m, p)
                p = replace(region, name=" ".join(m.text.split()),
                            reason=f"the name the text gives {region.canonical} in brackets")
            elif not p.resolved and p.label in _FIRM_LABELS:
                if not p.country:
                    cc = self.firm_country(m.text)
                    if cc:
                        # (the id drops the legal forms itself, keeping what is name)
                        p = replace(p, country=cc, id=provisional_id(p.label, cc, m.text),
                                    reason="country from the firm's name")
                p = self._with_country(p, m.text)
                if m.organisation or m.kind_hint in _FIRM_LABELS or _company_like(m.text):
                    # Only names that say they are a firm or a body: a bare unknown name
                    # defaults to a company in a supply but may be a town elsewhere.
                    self.names.define(m.text, None, p.label,
                                      None if _guessed(p) else p.country)
        if not _guessed(p):
            self.homes.learn(p)
        return p

    def _unknown_area(self, m: Mention, p: Party) -> bool:
        """Whether a one-word name the gazetteer does not know, read as a firm only by the
        relation's default, is an area: the text writes things happening across or
        throughout it, or in it ("across X and Y", "builders in X"), and nothing marks a
        firm (a legal form, a head noun, a firm the text defined). Regions the gazetteer
        lacks ("Kyushu", "Alsace") were firms in every supply."""
        if p.resolved or p.label != "Company" or p.reason != "not in the gazetteer" or \
                m.organisation or m.kind_hint or m.named_firm or m.acronym or m.refers or \
                m.adjectival or not _TOWN_WORD.fullmatch(m.text) or \
                _company_like(m.text) or name_kind(m.text) or m.text.lower() in self.common \
                or any(w in MONTHS for w in re.split(r"[-–]", m.text.lower())):
            return False   # ("in January-March": a time, no area)
        if "areas" not in self.cache:
            # (one pass over the text for every name asked about)
            self.cache["areas"] = {a.group(1) for a in _AREA_AFTER.finditer(self._speaker_text)}
        return m.text in self.cache["areas"]

    def _called_region(self, m: Mention, p: Party) -> bool:
        """Whether a name the gazetteer does not know, read as a firm only by the
        relation's default, is one the document writes with a region word elsewhere
        ("Luang Namtha province", "the provinces of Lao Cai and Dien Bien":
        ``named_regions``), and nothing marks a firm (a legal form, a head noun, a firm
        the text defined, a description)."""
        if not _firm_by_default(m, p):
            return False
        return " ".join(m.text.split()) in self._called_regions()

    def _called_regions(self) -> set[str]:
        """The names the text writes with a region word (``named_regions``), read once
        for every name asked about."""
        if "called regions" not in self.cache:
            self.cache["called regions"] = names_called_regions(self._speaker_text)
        return self.cache["called regions"]

    def _called_organ(self, m: Mention, p: Party) -> bool:
        """Whether ``m`` is a region's council or government named after a place the
        gazetteer does not know and the text calls a region ("the Provincial Council of
        X", "the Conseil départemental des X"), read as a body or a region of no
        country."""
        if p.resolved or p.label not in ("Organization", "Region") or (
                p.label == "Region" and p.country) or m.refers or _HAS_LEGAL.search(m.text):
            return False
        place = organ_place(" ".join(m.text.split()))
        if place is None:
            return False
        return place in self._called_regions()

    def _bracket_alias(self, m: Mention, p: Party) -> Party | None:
        """The region whose other name (often its own language's) the text gives in
        brackets after it ("the Basque Country (Euskadi)", "South Tyrol (Alto Adige)"),
        for that name written alone later, which the gazetteer does not know and would
        read as a firm by the relation's default."""
        if not _firm_by_default(m, p):
            return None
        if "bracket aliases" not in self.cache:
            self.cache["bracket aliases"] = self._find_bracket_aliases()
        return self.cache["bracket aliases"].get(" ".join(m.text.split()))

    def _find_bracket_aliases(self) -> dict[str, Party]:
        found: dict[str, Party] = {}
        for b in _BRACKET_ALIAS.finditer(self._speaker_text):
            alias, name = b.group("alias"), re.sub(r"^The\s+", "", b.group("name"))
            if alias.lower() in COUNTRY_BY_NAME or alias.lower() in DEMONYMS or \
                    alias in found or not self.resolver:
                continue
            try:
                res = self.resolver.resolve(name)
                other = self.resolver.resolve(alias)
            except Exception:  # an odd name gives no alias
                continue
            if res.resolved and res.label == "Region" and res.match == "exact" and \
                    not other.resolved:
                found[alias] = Party(alias, res.id, "Region", res.country, True, None,
                                     "a region's other name", res.name)
        return found

    def _subject_region_country(self, p: Party) -> Party:
        """A region the text calls one but places in no country: the subject country's
        (as a body of no stated country is), else left without."""
        if p.country or p.resolved or not self.subject:
            return p
        return replace(p, country=self.subject,
                       id=provisional_id("Region", self.subject, p.canonical or p.name),
                       reason=p.reason + "; the country of the document's subject")

    def _one_of_its_names(self, m: Mention, p: Party) -> Party:
        """A name the resolver does not know alone that the text wrote before as one of
        a place's two names ("Vipiteno" after "Vipiteno/Sterzing"): that place."""
        if p.resolved or m.refers or m.organisation or not self._two_names:
            return p
        name = " ".join(m.text.split())
        party = self._two_names.get(name)
        return p if party is None else replace(party, name=name,
                                               reason="one of the place's two names")

    def _named_in_full(self, m: Mention, p: Party) -> Party:
        """A town's first word after the text named it in full ("Newcastle" after
        "Newcastle upon Tyne", "Frankfurt" after "Frankfurt (Oder)"): the town named
        before, not a namesake elsewhere."""
        if m.refers or m.organisation or m.country_hint or p.label not in ("City", "Company") \
                or " " in m.text.strip() or not self.resolver:
            return p
        if self._full_names is None:
            self._full_names = full_names(self._speaker_text)
        for full in named_before(self._full_names, m.text.strip(), self.offset + m.start):
            whole = resolve_mention(replace(m, text=full), self.resolver, self.cache, "City")
            if not (whole.resolved and whole.label == "City"):
                continue
            if whole.id == p.id or not _fold(whole.canonical or whole.name).startswith(
                    _fold(m.text.strip())):
                return p
            return replace(whole, name=" ".join(m.text.split()),
                           reason=f"the short name of a town the text named in full ({full})")
        return p

    def _shortened_firm(self, m: Mention, p: Party) -> Party:
        """"the Uva Hills cooperative" after "Uva Hills Growers' Cooperative Society": the
        first words of a firm or body named before, then a lower-case noun its name has as
        a word, are that firm or body (one only: two such say nothing)."""
        if p.resolved or p.label not in _FIRM_LABELS or m.refers or m.acronym:
            return p
        head = _LOWER_HEAD.match(self._speaker_text, self.offset + m.end)
        if head is None:
            return p
        short, noun = _fold(" ".join(m.text.split())), head.group(1).lower()
        found: dict[str, Party] = {}
        for _s, _o, party in self._seen:
            if party.label not in _FIRM_LABELS or party.id == p.id:
                continue
            name = _fold(party.name)
            if name.startswith(short + " ") and noun in re.findall(r"[\w-]+", name[len(short):]):
                found.setdefault(party.id, party)
        if len(found) != 1:
            return p
        return replace(next(iter(found.values())), name=" ".join(m.text.split()),
                       reason="a short name of a firm or body the text named in full")

    def _region_country(self, m: Mention, p: Party) -> Party:
        """An unknown region read with no country ("the canton of Basel-Stadt", "Region
        Jämtland Härjedalen", "Landkreis Lörrach"): the country of the town or region the
        gazetteer has by its base name or the name's first words (among the text's
        countries first), else the first of its unit word's countries the text names, or
        the word's only country."""
        if p.resolved or p.label != "Region" or p.country or m.refers or not self.resolver:
            return p
        text = " ".join(m.text.split())
        unit = administrative_unit(text)
        base = unit[1] if unit else strip_term(text)
        words = re.split(r"[\s-]+", base)
        cc = None
        for k in range(len(words), 0, -1):
            cc = self._country_named(" ".join(words[:k]), whole=k == len(words))
            if cc is not None:
                break
        if cc is None:
            cc = self._country_of_towns_before(base)
        if cc is None and unit is not None:
            cands = unit_countries(unit[0])
            cc = next((c for c in self._ordered_countries() if c in cands),
                      cands[0] if len(cands) == 1 else None)
        organ = NATIVE_ORGAN.fullmatch(text) if cc is None else None
        if organ is not None:
            # ("Conseil départemental des X": its organ's title, in its own language,
            # says the country; the id is the place's)
            cc = self._body_country(text)
            text = organ.group("place") if cc else text
        if cc is None:
            return p
        return replace(p, country=cc, id=provisional_id("Region", cc, text),
                       reason="a region's country by its base name or unit word")

    def region_form(self, name: str) -> str | None:
        """The form with a region word after it ("Chattogram Division") in which the text
        writes this name elsewhere, if it does."""
        if "region forms" not in self.cache:
            # (one pass over the text for every name asked about)
            self.cache["region forms"] = region_forms(self._speaker_text)
        return self.cache["region forms"].get(" ".join(name.split()))

    def _country_of_towns_before(self, region: str) -> str | None:
        """The one country of the towns the text writes just before this region's name,
        as an address orders them ("Hoi An and Tam Ky, Quang Nam province")."""
        if "towns before regions" not in self.cache:
            # (one pass over the text for every region asked about)
            self.cache["towns before regions"] = towns_before_regions(self._speaker_text)
        towns = self.cache["towns before regions"].get(region, ())
        countries = {self._country_named(t) for t in towns} - {None}
        return countries.pop() if len(countries) == 1 else None

    def _body_country(self, name: str) -> str | None:
        """The first of the text's countries that speaks the language of the kind word
        opening a body's name ("Gemeente X": the Netherlands or Belgium), if any."""
        cands = body_countries(name)
        return next((c for c in self._ordered_countries() if c in cands), None)

    def _ordered_countries(self) -> list[str]:
        return list(dict.fromkeys(filter(None, (self.home, self.subject, *self.countries))))

    def _country_named(self, name: str, whole: bool = True) -> str | None:
        """The one country of the gazetteer's towns and regions of this name, or the
        first of the text's countries among several, else the one country of the
        well-known ones among them ("Basel": Switzerland's, not a Belgian village's). A
        name's first words only (not ``whole``) count as a place's own name in a country
        the text names ("Ida" of "Ida-Viru" is no Japanese town known also as Ida)."""
        g = self.resolver.gazetteer
        found = [g.entries[eid] for eid, flag in g.hits(name_key(name))
                 if flag in ((NAME, ALIAS) if whole else (NAME,))
                 and eid.startswith(("city:", "region:"))]
        if not whole:
            found = [e for e in found if e.country in self._ordered_countries()]
        countries = {e.country for e in found}
        if len(countries) <= 1:
            return next(iter(countries), None)
        here = next((c for c in self._ordered_countries() if c in countries), None)
        known = {e.country for e in found if e.prominent}
        return here or (next(iter(known)) if len(known) == 1 else None)

    def _described(self, m: Mention, default_label: str) -> Party | None:
        """"The Vitebsk university", "the Mogilev plant", "the Aksu ferroalloy plant": the
        firm or body named before whose name has the place and a head of that kind
        (the Vitebsk State Technological University; Mogilevliftmash, a name glued to
        its place); else a firm or body of its own, in the country of that place among
        those the text names, or None (the ordinary reading) when the place is a firm
        the text knows ("the Belshina plant" is Belshina)."""
        found = self._described_match(m.place_hint or "", m.described or "",
                                      _trade_words(m))
        if found is not None:
            return replace(found, name=" ".join(m.text.split()))
        org = m.described not in COMPANY_NOUNS
        own = resolve_mention(replace(m, text=m.place_hint or "", kind_hint=None,
                                      organisation=False, described=None, place_hint=None),
                              self.resolver, self.cache, "City")
        if own.label in _FIRM_LABELS:
            return None
        # "The Altai tractor plant in Rubtsovsk": a town the text seats it in says where
        # it is; "Altai" only names it (a Mongolian town of that name is no evidence)
        # (a big town of that very name, and no namesake of its size, is that town:
        # "the Osh cotton ginning plant" is Kyrgyz, though a Russian village is called Osh)
        cc = m.seat or (self._head_place(m.place_hint) if m.place_hint else None) or \
            self._place_country_here(m.place_hint or "") or own.country
        label = "Organization" if org else "Company"
        text = " ".join(m.text.split())
        return Party(text, provisional_id(label, cc, text), label, cc, False,
                     reason="a body or firm named by its place and head noun")

    def _described_match(self, place: str, head: str, trade: tuple[str, ...] = ()
                         ) -> Party | None:
        place = _fold(place)
        org = head not in COMPANY_NOUNS
        for _s, _o, party in reversed(self._seen):
            if party.label not in _FIRM_LABELS or (party.label == "Organization") != org:
                continue
            for name in filter(None, (party.name, party.canonical)):
                folded = _fold(name)
                words = folded.split()
                if not words or place not in folded:
                    continue
                glued = len(words) == 1 and folded.startswith(place) and folded != place
                # "the Mogilev meat-packing plant" is no Mogilevkhimvolokno: a trade the
                # phrase names must show in the name ("the Mogilev lift plant").
                if any(w[:3] not in folded.replace(place, "", 1) for w in trade):
                    continue
                heads = {w for w in words if w in (ORG_NOUNS if org else COMPANY_NOUNS)}
                if (head in words if org else bool(heads)) or (glued and not org):
                    return party
        if not org and place:
            # "Belshina, the tyre maker from Bobruisk ... The Bobruisk plant": the firm
            # the text has placed there (one only: two there say nothing).
            placed = {p.id: p for _s, _o, p in self._seen
                      if p.label == "Company" and self._placed_in(p, place, trade)}
            if len(placed) == 1:
                return next(iter(placed.values()))
        return None

    def _placed_in(self, party: Party, place: str, trade: tuple[str, ...] = ()) -> bool:
        """Whether the text puts ``party`` in the town ``place`` (folded): "X from P",
        "X in P", "X, the P harvester maker", "the P tyre maker X"; with ``trade`` words
        ("meat-packing"), only where the words that place it name that trade too."""
        key = ("placed in", party.id, place, trade)
        if key not in self._memo:
            text = self._speaker_text
            low, at, found = self._speaker_low, 0, False
            firm = party.name.lower()
            # (only the windows where the town is written and the firm too: the text is
            # long, they are few, and the pattern is costly to build)
            while not found and (at := low.find(place, at)) >= 0:
                lo = max(0, at - 120)
                if firm in low[lo:at + 120]:
                    hit = _placed_hit(_placed_near(party.name, place), text[lo:at + 120])
                    found = hit is not None and all(w[:3] in _fold(hit.group(0)) for w in trade)
                at += len(place)
            self._memo[key] = found
        return self._memo[key]

    def _place_country_here(self, place: str) -> str | None:
        """The country of a place name several countries share, read among the countries
        the text names (its home and subject first)."""
        if not self.resolver or not place:
            return None
        for cc in dict.fromkeys(filter(None, (self.home, self.subject, *self.countries[:4]))):
            if self._place_in(place, cc):
                return cc
        return None

    def _place_with_acronym(self, m: Mention, default_label: str) -> Party | None:
        """A place with a bracket after it: "the Khanty-Mansi Autonomous Okrug (KhMAO)"
        defines the place's abbreviation (its initials), "Tolyatti (AvtoVAZ)" names a firm
        there; either way the mention is the place, not a firm."""
        p = resolve_mention(replace(m, acronym=None, organisation=False, kind_hint=None),
                            self.resolver, self.cache, "City")
        if not (p.resolved and p.label in ("City", "Region", "Country")) and not (
                p.label == "Region" and m.kind_hint == "Region"):
            return None
        p = self._prefer_subject(m, p)
        if _initials_match(m.acronym, m.text) or clipped_name(m.acronym, m.text):
            self._place_aliases[m.acronym.lower()] = p
        return p

    def domestic(self, a: Party, b: Party) -> tuple[Party, Party]:
        """The two parties of a relation the text calls domestic ("our main domestic
        suppliers"): a firm whose country was only guessed, or is unknown, is of its
        partner's country."""
        out = []
        for x, y in ((a, b), (b, a)):
            if x.label in _FIRM_LABELS and not x.resolved and (_guessed(x) or not x.country) \
                    and y.country and not _guessed(y) and x.country != y.country:
                prefix, _, rest = x.id.partition(":")
                x = replace(x, country=y.country,
                            id=f"{prefix}:{y.country.lower()}:{rest.split(':', 1)[-1]}",
                            reason="a domestic partner of a firm of that country")
                self.homes.learn(x)
            out.append(x)
        return out[0], out[1]

    def across(self, a: Party, b: Party, rel_type: str | None = None
               ) -> tuple[Party, Party]:
        """The two parties of a relation, a firm whose country was only guessed (the
        document's home or subject) placed in the other country the text is about when
        its partner is of the guessed country: the relations a text on two countries
        reports run across the border ("Rosneft delivered fuel to the Uzbek market" in
        a text from Uzbekistan). Later mentions of the firm keep that country. Two places
        of one country, one of which has a namesake in another country the text names,
        are that namesake and the other ("Gomel is twinned with Ivanovo": the Russian
        Ivanovo, not the Belarusian town). A country the text's own firm sells to (its
        market: ``a`` supplies ``b`` when ``rel_type`` is SUPPLIES_TO) is never the side
        that firm is put on: it stays unplaced rather."""
        a, b = self._across_places(*self._regions_alike(a, b))
        if rel_type == "SUPPLIES_TO" and a.label in _FIRM_LABELS and not a.resolved and \
                b.country and not _guessed(b):
            self._sold_to.setdefault(_firm_key(a), set()).add(b.country)
        out = []
        for x, y in ((a, b), (b, a)):
            unknown = not x.resolved and x.label in (*_FIRM_LABELS, "Region", "City") and \
                not x.country and x.reason != "an international organisation"
            if (_guessed(x) or unknown) and y.country and not _guessed(y) and \
                    x.country in (None, y.country) and not _home_ministry(x, y) and \
                    not self._writers_supplier(x, y, rel_type, x is a):
                known = self.homes.fill(replace(x, country=None, id=_no_country(x.id)))
                markets = self._sold_to.get(_firm_key(x), set()) \
                    if self._speaks(x) else set()
                # (a side learned from an earlier relation is a guess too: never a
                # market of the firm's)
                learned = None if known.country in markets else known.country
                other = learned or self._longer_name_country(x) or (
                    self._name_town_country(x.name, y.country) if x.label == "Company"
                    else None) or (self.firm_home(y.country) if x.label == "Company"
                                   else self._own_side(x, y)) or self._not_a_market(
                    self._other_country(y.country), y.country)
                if other in markets:
                    other = None
                if other:
                    prefix, _, slug = x.id.split(":", 2) if x.id.count(":") >= 2 else (
                        x.id.split(":", 1)[0], "", x.id.split(":", 1)[-1])
                    x = replace(x, country=other, id=f"{prefix}:{other.lower()}:{slug}",
                                reason="the other side of a cross-border relation")
                    self.homes.learn(x)
                    entry = self.names.lookup(x.name)
                    if entry is not None and entry.country is None:
                        entry.country = other
            out.append(x)
        self._note_markets(out[0], out[1])
        return out[0], out[1]

    def _writers_supplier(self, x: Party, y: Party, rel_type: str | None,
                          source: bool) -> bool:
        """Whether ``x``, a firm nothing places, is a supplier of the writer ``y`` at
        home: it supplies the firm whose own report the text is, or the writer's
        sentence casts it so ("we source from X", "a contract with X for the supply of
        ..."). Growers, contractors and packers of an exporter are its neighbours, not
        buyers across the border in the market the passage names."""
        if x.label != "Company" or not self._speaks(y) or \
                y.country != (self.home or self.own_firm_home()):
            return False
        if rel_type == "SUPPLIES_TO" and source:
            return not self._ties_abroad(self._sentence_now(), x.name)
        return self._supplier_sentence(x.name)

    def _speaks(self, x: Party) -> bool:
        """Whether ``x`` is the firm the text speaks for (its letterhead's, its "we")."""
        sp = self._speaker if self._speaker is not False else None
        return x.label in _FIRM_LABELS and sp is not None and sp.label in _FIRM_LABELS and \
            _firm_key(sp) == _firm_key(x)

    def _longer_name_country(self, x: Party) -> str | None:
        """The country of a firm the text named before by a longer name that begins
        with ``x``'s ("Ikarus Bus Works Kft." then "Ikarus"): the short name is that
        firm's, whatever the relation's other side."""
        if x.label != "Company" or not x.name:
            return None
        head = x.name + " "
        return next((p.country for _at, p in reversed(self._salient) if p.label == "Company"
                     and p.country and p.name.startswith(head)), None)

    def _name_town_country(self, name: str, partner: str | None) -> str | None:
        """The country of a town of some size a guessed firm's name holds, when it is not
        the partner's ("Zaklady Azotowe Pulawy" moved across a border is Polish, whatever
        the passage's other country): the name is the text's own evidence, the passage
        only a guess. A word of common English or a firm's head noun names no town, and
        a name the gazetteer gives several big towns says nothing."""
        if not self.resolver:
            return None
        bare = strip_legal(name)
        for f in re.finditer(r"\b[A-Z][a-z][\w-]{2,}", _shape(bare)):
            word = bare[f.start():f.end()]
            low = word.lower()
            if low in self.common or low in COMPANY_NOUNS or low in ORG_NOUNS or \
                    low in DEMONYMS or low in COUNTRY_BY_NAME:
                continue
            cc = self._town_anywhere(word)
            if cc and cc != partner:
                return cc
        return None

    def _town_anywhere(self, word: str) -> str | None:
        key = ("town-anywhere", word)
        if key not in self.cache:
            found = None
            try:
                res = self.resolver.resolve(word, kind="City")
            except Exception:  # an odd word is no town
                res = None
            node = getattr(res, "node", None)
            size = (node.properties.get("population") or 0) if node is not None else 0
            if res is not None and res.resolved and res.label == "City" and res.country and \
                    _fold(res.name) == _fold(word) and size >= _TOWN_OF_SIZE and \
                    "places of this name" not in (res.reason or "") and \
                    "alternate" not in (res.reason or ""):
                found = res.country
            self.cache[key] = found
        return self.cache[key]

    def _own_side(self, x: Party, y: Party) -> str | None:
        """The country of a town or district the gazetteer does not know, related to a
        place abroad: the text's own (its home, else its subject), when the partner is
        not of it ("Lyozno and Khislavichi in the Smolensk region became twin towns" in
        a Belarusian region's report)."""
        if x.label not in ("City", "Region") or x.country:
            return None
        own = self.home or self.subject
        return own if own and own != y.country else None

    def _regions_alike(self, a: Party, b: Party) -> tuple[Party, Party]:
        """A town whose bare name is also its province's own name, in a relation with a
        region: the province ("Québec and Vermont signed", "Nong Khai twinned with
        Vientiane Province"). Regions pair with regions; a town that is only a town by
        its name (its region carries a kind word, "Mogilev Region") stays the town."""
        out = [a, b]
        for i, (x, y) in enumerate(((a, b), (b, a))):
            if y.label == "Region" and y.resolved and x.label == "City":
                out[i] = self._region_abroad(x) or namesake_province(self.resolver, x) or x
        return out[0], out[1]

    def _region_abroad(self, x: Party) -> Party | None:
        """The first-level region of ``x``'s very name in a country the text names or
        reads places in, when the town ``x`` was read as lies in a country it does not:
        "Victoria signed with Gyeonggi Province" in a text on Melbourne and Geelong is
        the Australian state, not the biggest town of the name (in Hong Kong). One such
        region only; a town of a country the text speaks of stays the town."""
        if not x.resolved or not x.country or not self.unnamed_country(x.country, x.id):
            return None
        found = [r for r in regions_of_name(self.resolver, x.name)
                 if r[1] != x.country and not self.unnamed_country(r[1])]
        if len(found) != 1:
            return None
        eid, cc, name = found[0]
        return Party(x.name, eid, "Region", cc, True, None,
                     "a region of its name in a country the text names", name)

    def _across_places(self, a: Party, b: Party) -> tuple[Party, Party]:
        places = ("City", "Region")
        if not (a.resolved and b.resolved and a.label in places and b.label in places
                and a.country and a.country == b.country and self.resolver):
            return a, b
        alts = [self._namesake_abroad(x, a.country) for x in (a, b)]
        if (alts[0] is None) == (alts[1] is None):
            return a, b   # neither or both: nothing tells which one is abroad
        return (alts[0], b) if alts[0] is not None else (a, alts[1])

    def _namesake_abroad(self, p: Party, home: str) -> Party | None:
        key = ("namesake-abroad", p.name, p.label, home)
        if key not in self.cache:
            found = None
            written = _fold(re.sub(r"\s+(?:region|oblast|city|town|district)$", "", p.name,
                                   flags=re.I))
            for cc in [c for c in self.countries[:6] if c != home]:
                try:
                    res = self.resolver.resolve(p.name, kind=p.label, country=cc)
                except Exception:  # an odd name has no namesake
                    break
                if res.resolved and res.country == cc and res.label == p.label and \
                        _fold(res.name) == written and "alternate" not in res.reason:
                    found = Party(p.name, res.id, res.label, res.country, True,
                                  getattr(res, "body", None), "a namesake across the border",
                                  res.name)
                    break
            self.cache[key] = found
        return self.cache[key]

    def _note_markets(self, a: Party, b: Party) -> None:
        """Where the text's placed firms are, and the places they deal with abroad (its
        markets)."""
        for x, y in ((a, b), (b, a)):
            if x.label in _FIRM_LABELS and x.country and not _guessed(x) and \
                    x.reason != "the other side of a cross-border relation" and \
                    y.label in ("Country", "Region", "City") and y.country and \
                    y.country != x.country:
                self._placed_firms[x.country] += 1
                self._markets[y.country] += 1

    def _not_a_market(self, cc: str | None, partner: str | None) -> str | None:
        """``cc``, unless the text has named it only as a market of its placed firms
        ("MTZ delivered tractors to Kazakhstan") or ``cc`` is None: a firm whose country
        the text does not state is then rather where those firms are."""
        if cc is not None and (not self._markets.get(cc) or self._placed_firms.get(cc)):
            return cc
        # (also when the text names no other country: where its placed firms are)
        home = next((c for c, _ in self._placed_firms.most_common() if c != partner), None)
        return home or cc

    def firm_home(self, exclude: str | None = None) -> str | None:
        """The country the document's firms are from, judged by the places their names
        start with ("Minsk Tractor Works", "our Pinsk plant"): the most frequent one
        other than ``exclude``, when one leads. A firm the text never places is most
        likely one of them, rather than of a country it names as a market.

        >>> from relgraph.loaders.extract.parties import text_resolver
        >>> d = Discourse(text_resolver(), "Gomel Machine Works ships to Kazakhstan. "
        ...               "The Bobruisk Tyre Plant and our Pinsk plant followed.")
        >>> d.firm_home(), d.firm_home("BY")
        ('BY', None)
        >>> Discourse(text_resolver(), "Only Gomel Machine Works ships to Kazakhstan.").firm_home()
        """
        if self._firm_homes is None:
            self._firm_homes = Counter()
            seen = set()
            for m in _FIRM_NAMED.finditer(self._speaker_text):
                name = re.sub(r"^(?:The|A|An|Our|Its|In|At|By)\s+", "",
                              (m.group(1) or m.group(2)).strip())
                if name in seen:
                    continue
                seen.add(name)
                cc = self.head_place_country(name + " Plant")
                if cc:
                    self._firm_homes[cc] += 1
        ranked = [(cc, n) for cc, n in self._firm_homes.most_common() if cc != exclude]
        # One firm named after a town says where that firm is, not where the text's are.
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def note_places(self, sentence: int, parties) -> None:
        """The countries of the places and countries a sentence names: the passage's
        countries, for :meth:`across`."""
        for p in parties:
            if p.resolved and p.country and p.label in ("Country", "Region", "City"):
                if self._recent and sentence < self._recent[-1][0] \
                        or sentence < self.paragraph_start:
                    self._recent_ordered = False
                self._recent.append((sentence, p.country))
                self._par_last.pop(p.country, None)
                self._par_last[p.country] = None
                self._par_counts[p.country] += 1
                if p.label != "Country":
                    self._place_ids.setdefault(p.country, set()).add(p.id)
        self._last_sentence = sentence

    def _since(self, start: int) -> list[tuple[int, str]]:
        """The (sentence, country) pairs of ``_recent`` from sentence ``start`` on, in
        the order they were noted."""
        # The pipeline notes sentences in reading order, so these are the list's tail:
        # scanning the whole list for every sentence made a long text quadratic.
        if self._recent_ordered:
            return self._recent[bisect.bisect_left(self._recent, start, key=lambda r: r[0]):]
        return [r for r in self._recent if r[0] >= start]

    def new_paragraph(self, sentence: int) -> None:
        if self._recent and self._recent[-1][0] >= sentence:
            self._recent_ordered = False
        self._paragraph = sentence
        self._par_last, self._par_counts = {}, Counter()

    @property
    def paragraph_start(self) -> int:
        """The first sentence of the paragraph being read."""
        return getattr(self, "_paragraph", 0)

    @property
    def text(self) -> str:
        return self._speaker_text

    def paragraph_countries(self) -> list[str]:
        """The countries of the places the paragraph has named so far, the last named
        first: where a town named bare in it most likely lies ("Serbia became a popular
        partner. Zhlobin and Zrenjanin ...")."""
        if self._recent_ordered:
            return list(reversed(self._par_last))
        start = getattr(self, "_paragraph", 0)
        return list(dict.fromkeys(c for _s_i, c in reversed(self._since(start))))

    def _other_country(self, cc: str) -> str | None:
        """The country other than ``cc`` the paragraph names most, else the passage (the
        last 20 sentences), else the document."""
        now = getattr(self, "_last_sentence", 0)
        start = getattr(self, "_paragraph", 0)
        if self._recent_ordered:
            here = Counter({c: n for c, n in self._par_counts.items() if c != cc})
        else:
            here = Counter(c for _s_i, c in self._since(start) if c != cc)
        if here:
            return here.most_common(1)[0][0]
        recent = Counter(c for _s_i, c in self._since(now - 20) if c != cc)
        if recent:
            return recent.most_common(1)[0][0]
        return next((c for c in self.countries if c != cc), None)

    def lead_firm_home(self, name: str) -> str | None:
        """Where the firm the text's first line names says it is at home (``own_home``),
        when ``name`` is that firm's: a report written by a firm about itself. None for
        any other firm, and when the text opens with a dateline or a letterhead, whose
        place is the text's home already."""
        if self.home or not self._head:
            return None
        bare = " ".join(strip_legal(name).lower().split())
        lead = " ".join(next((x for x in self._head if x), "").lower().split())
        if len(bare) < 4 or bare not in lead:
            return None
        return self._own_home()

    def _own_home(self) -> str | None:
        """Where the text's writer says it is at home (see ``own_home``), read once."""
        if "own-home" not in self._memo:
            self._memo["own-home"] = own_home(self._speaker_text, self._place_country,
                                              self._lines)
        return self._memo["own-home"]

    def own_firm_home(self) -> str | None:
        """The home of the firm whose own report the text is (its title or letterhead
        names the firm, and no dateline gives the text a home): where the firms it
        names with a legal form of many countries and no place most likely are, before
        the markets it names more often."""
        if self.home or not self._head or not self._titled_speaker():
            return None
        return self._own_home()

    def name_country(self, name: str) -> str | None:
        """The country a firm's own name states: a legal form of one country, a
        country's word or a local name in it ("Bogatyr Komir LLP", "Norway Seafoods"),
        not a word that is a town somewhere, nor the countries the text names."""
        forms = legal_countries(name)
        if len(forms) == 1:
            return forms[0]
        return local_country(name) or _country_word(name) or self.suffix_country(name) or \
            self._glued_country(name) or self._seat_before_head(name)

    def firm_country(self, name: str) -> str | None:
        """The country a firm's name places it in, among the countries the document
        names (most named first): its legal form ("Bogatyr Komir LLP", "Hemofarm AD"),
        then a place in its name ("Grupa Azoty Zaklady Azotowe Pulawy", "Pushkin Brest
        State University": Brest, of the subject country, not the Russian Pushkin)."""
        # ("Communauté d'agglomération X", "Empresa Portuaria Y": a body named in its
        # own language is of a country that speaks it; the place in its name says
        # which, if it can)
        spoken = body_countries(name)
        cc = self._firm_country(name)
        return cc if not spoken or cc in spoken else self._body_country(name)

    def _firm_country(self, name: str) -> str | None:
        own = self.name_country(name)
        if own:
            return own
        forms = legal_countries(name)
        # (a place adjective of the firm's language opening its name, "Vorarlberger X
        # AG", "St. Gallisch-Appenzellische X AG": its place's country, before the
        # neighbour the passage named last, which a form of several countries admits)
        adjective = self._adjective_place(name)
        if adjective and (not forms or adjective in forms):
            return adjective
        # (the text's own firm, its title's: where it says it is at home, before the
        # markets it names more often and before a legal form many countries share or a
        # word of its name that is a town somewhere; see ``own_home``)
        mine = self.lead_firm_home(name)
        if mine and (len(forms) != 1 or mine in forms):
            return mine
        stem = stem_country(name)
        if stem and stem in self.countries:
            return stem
        lead = self._leading_country(name)
        if lead:
            return lead
        tail = _NAME_TAIL_PLACE.search(strip_legal(name)) if self.resolver else None
        if tail:
            # The place a name ends with says where the firm is, before a place its
            # first words may name ("Vostok Trade of Novosibirsk": not a Vostok elsewhere).
            # (a town the gazetteer finds only within a country the text names: "the Port
            # of Kotka" in a text that names Finland; with a legal form, a town of one
            # of the form's countries: "Vodokanal Orhei S.A." is Moldovan)
            cc = COUNTRY_BY_NAME.get(tail.group(1).lower()) or self._head_place(tail.group(1)) \
                or self._place_country_here(tail.group(1))
            if cc and (not forms or cc in forms):
                return cc
        # (or the one it ends with, a utility's or a depot's: "Apa-Canal Soroca S.A.")
        town = (self._home_town(name) or self._home_town(name, last=True)) if forms else None
        if town in forms and not self._home_outweighs_town(name, town, forms):
            # "Soroca Fruit SRL" in a text that names Romania: the form fits Romania and
            # Moldova, and the town it is named after picks Moldova.
            return town
        # (the letters it is spelled in pick among them too, when they fit one only:
        # "Rūta AB" is Lithuanian, not Swedish, whatever the text names first)
        letters = [cc for cc in forms if letters_fit(name, cc)]
        if len(letters) == 1:
            return letters[0]
        placed = self._form_place(name, forms) if len(forms) > 1 else None
        if placed:
            return placed
        # (of the form's countries, the one the paragraph named last before the firm: a
        # market's paragraph places the buyers it names, "Germany remains our largest
        # market. X AG took ...", though the document names Switzerland more; the places
        # after the firm, where its goods go, are not counted yet)
        # (then the text's own country, a dateline's or a letterhead's, before the one it
        # names most: a town's page names its twins' country more often than its own,
        # yet the firms it lists with no place are its own)
        # (in a firm's own report, its home before the markets it names: "supplied by
        # X S.A." with no place is more likely a neighbour than a buyer abroad)
        # (but a firm the writer's sentence casts as its own supplier, "we source from
        # X Ltd", "a contract with X Ltd for the supply of ...", is a neighbour of the
        # writer's, not a buyer in the market the paragraph named before)
        local = self.own_firm_home() if forms and self._supplier_sentence(name) else None
        found = next((cc for cc in (local, *self.paragraph_countries(), self.home,
                                    self.own_firm_home() if forms else None, *self.countries,
                                    *self._read_place_countries())
                      if cc and cc in forms), None)
        # Beyond the countries the text names: the country its name starts with, read
        # strictly ("Kazakhmys", "BelAZ"; a "Bel" syllable only where the text names
        # Belarus), else the place it is named after.
        strict = stem_country(name, syllables=False)
        if found or not self.resolver:
            return found or strict
        bare = strip_legal(name)
        spans = [bare[f.start():f.end()] for f in re.finditer(r"\b[A-Z][a-z][\w-]+", _shape(bare))]
        words = [w for w in spans if len(w) > 3 and w.lower() not in COMPANY_NOUNS
                 and w.lower() not in ORG_NOUNS and w.lower() not in self.common]
        # (a place of two words that opens the name is read whole before its words one
        # by one: "New York State X" is of no York)
        lead = self.head_place_country(name, widths=(2,))
        if lead:
            return lead
        # "Aksu Ferroalloy Plant" in a text on the Pavlodar region: the Aksu of a region
        # the text names, before a bigger namesake elsewhere (Aksu in Xinjiang).
        for word in words:
            cc = self._town_of_named_region(word)
            if cc:
                return cc
        genitive = self._genitive_town(words[0]) if words and spans[:1] == words[:1] else None
        if genitive:
            return genitive
        # Of the countries with a place of that name, the one whose place is biggest
        # (the text's own country counted ten times): "Brest Hosiery" is of Belarus's
        # Brest, not of a Ukrainian village called so.
        speaker = self._speaker_place_country()
        own = {self.home, self.subject, speaker} - {None}
        best, best_size = None, 0.0
        for cc in dict.fromkeys(filter(None, (self.home, speaker, self.subject,
                                              *self.countries[:8]))):
            for word in words:
                size = self._place_size(word, cc) * (10 if cc in own else 1)
                if size > best_size:
                    best, best_size = cc, size
        if best and best_size < self.VILLAGE_POPULATION * (10 if best in own else 1):
            # "Orsha Flax" in a text that names Russia, not Belarus: a Russian village
            # called Orsha does not outweigh the Belarusian town firms are named after
            head = self.head_place_country(name)
            if head and head != best:
                return head
        if best and best not in own and best_size < self.VILLAGE_POPULATION:
            # (a village abroad is no place a firm is named after: "Bogatyr Komir" in a
            # Kazakh region's interview is not of a Russian hamlet called Bogatyr)
            best = None
        if best:
            return best
        # The letters it is spelled in ("Drobex Łódź" in a text from Kyiv that never
        # names Poland): no place the text knows, but the language of the name.
        # Last, a legal form of a few countries none of which the text names nor is
        # from ("Agrofert s.r.o.", "Agricola S.R.L." in a text from Minsk): the first
        # of them, not the document's default, which the form rules out.
        return strict or self.head_place_country(name) or self.home_town_country(name) or \
            letters_country(name, (self.home, self._speaker_place_country(), self.subject,
                                  *self.countries)) or (
            forms[0] if forms and not {self.home, self.subject} & set(forms) else None)

    def _sentence_now(self) -> str:
        """The sentence being read, as the text writes it."""
        text = self._speaker_text or ""
        at = min(self.offset, len(text))
        end = _SENTENCE_END.search(text, at)
        return text[at:end.end() if end else len(text)]

    @staticmethod
    def _ties_abroad(sentence: str, name: str) -> bool:
        """Whether the sentence names, besides the firm ``name``, a country or a part
        of the world: the firm may well be of it ("freight to Asia is provided by X
        Ltd" may be a carrier from abroad)."""
        rest = sentence.replace(name, " ")
        return bool(_ANY_COUNTRY.search(rest)) or any(
            continent(w.group()) or continent(w.group().split()[-1])
            for w in _CAPITALISED_RUN.finditer(rest))

    def _supplier_sentence(self, name: str) -> bool:
        """Whether the sentence being read speaks for the writer ("we", "our") and
        casts the firm ``name`` as what supplies it, with no country of its own: a
        first-person sentence of sourcing or of a contract for supply to the writer."""
        sentence = self._sentence_now()
        where = sentence.find(name)
        if where < 0 or not _FIRST_PERSON.search(sentence) or \
                self._ties_abroad(sentence, name):
            return False
        return bool(_SUPPLIER_BEFORE.search(sentence[:where])
                    or _SUPPLY_AFTER.match(sentence, where + len(name)))

    def _home_outweighs_town(self, name: str, town: str, forms: tuple[str, ...]) -> bool:
        """Whether a firm's own report, at home in another of the form's countries,
        outweighs the country of a small town a word of the firm's name is called like,
        a country the text never names: a word of a supplier's name that is a small
        town abroad is more often a mountain's, a river's or a saint's name."""
        own = self.own_firm_home()
        if not own or own == town or own not in forms or town in self.countries:
            return False
        words = strip_legal(name).split()
        return max(self._place_size(w, town) for w in (words[0], words[-1])) \
            < self.HEAD_PLACE_POPULATION

    def _adjective_place(self, name: str) -> str | None:
        """The country of the well-known place a German place adjective opening the
        firm's name is formed from (:mod:`.place_adjectives`)."""
        if not self.resolver:
            return None
        return place_adjective_country(strip_legal(name), self._head_place)

    def _leading_country(self, name: str) -> str | None:
        """A country the text names, whose name opens the firm's ("Norway Seafoods",
        "China Investment Corporation"); a country named nowhere else opens a name of
        another kind as often ("Georgia-Pacific", "Jordan Foods")."""
        bare = strip_legal(name)
        found = _ANY_COUNTRY.match(bare)
        if found is None or found.end() >= len(bare) or bare[found.end()] != " ":
            return None
        cc = COUNTRY_BY_NAME.get(found.group(1).lower())
        # (named beside the firm's own name, which the text's counts include)
        return cc if self.country_counts.get(cc, 0) >= 2 else None

    def _read_place_countries(self) -> list[str]:
        """The countries of the places read so far, the one with most places first: a
        text on Trentino may name Bolzano and Trento and never Italy."""
        return sorted(self._place_ids, key=lambda cc: -len(self._place_ids[cc]))

    def _form_place(self, name: str, forms: tuple[str, ...]) -> str | None:
        """The country, among a legal form's that the text names, with by far the
        biggest town (not a village) called like a word of the firm's name, wherever the
        word stands ("Vodokanal Orhei S.A." in a text on Romania and Moldova is
        Moldovan)."""
        if not self.resolver:
            return None
        region = self._form_region(name, forms)
        if region:
            return region
        named = [cc for cc in dict.fromkeys(filter(None, (
            self.home, self.subject, *self.countries[:8]))) if cc in forms]
        if not named:
            return None
        bare = strip_legal(name)
        spans = [bare[f.start():f.end()] for f in re.finditer(r"\b[A-Z][a-z][\w-]+", _shape(bare))]
        words = [w for w in spans if len(w) > 3 and w.lower() not in COMPANY_NOUNS
                 and w.lower() not in ORG_NOUNS and w.lower() not in self.common]
        sizes = Counter()
        for cc in named:
            sizes[cc] = max((self._place_size(w, cc) for w in words), default=0.0)
        (best, size), *rest = sizes.most_common(2) + [(None, 0.0)]
        # (the biggest such town, by far: "Ungheni" is the Moldovan town, not a Romanian
        # commune of that name)
        return best if size >= self.VILLAGE_POPULATION and size > 2 * rest[0][1] else None

    def _form_region(self, name: str, forms: tuple[str, ...]) -> str | None:
        """The country, among a legal form's, of a region a firm's name holds (one word
        or two: "X Thurgau AG", "Y St. Gallen AG"): a region has no namesake a firm is
        named after, and its country outranks the neighbour the passage named last."""
        words = strip_legal(name).split()
        for width in (2, 1):
            for k in range(len(words) - width + 1):
                span = " ".join(words[k:k + width])
                if not re.fullmatch(r"(?:St\.|Sankt|[A-Z][a-z][\w'’-]+)(?:\s[A-Z][a-z][\w'’-]+)?",
                                    _shape(span)) or span.lower() in self.common \
                        or any(w.lower() in COMPANY_NOUNS or w.lower() in ORG_NOUNS
                               for w in span.split()):
                    continue
                cc = german_place(span) or self._head_region(span)
                if cc in forms:
                    return cc
        return None

    def _head_region(self, place: str) -> str | None:
        """The country of the region called ``place`` by its own name, else None."""
        cc = self._head_place(place)
        if cc is None:
            return None
        key = ("head-region", place)
        if key not in self.cache:
            try:
                res = self.resolver.resolve(place, kind="Region")
            except Exception:  # an odd word is simply no region
                res = None
            self.cache[key] = res is not None and res.resolved and res.label == "Region" \
                and res.country == cc
        return cc if self.cache[key] else None

    # A Latvian firm is named with its town in the genitive ("Liepājas Metalurgs", "Rīgas
    # Piena Kombināts", "Valmieras Piens"): the ending and the town's own ending.
    # (Lithuanian and Estonian genitives, "Kauno", "Tallinna", were read already.)
    _GENITIVES = (("LV", "as", "a"), ("LV", "es", "e"))
    # (a town of note: a village's genitive is any word's)
    GENITIVE_POPULATION = 10_000

    def _genitive_town(self, word: str) -> str | None:
        """The country of the town of note a firm's first word names in its language's
        genitive, or None."""
        for cc, ending, own in self._GENITIVES:
            if len(word) - len(ending) < 3 or not word.lower().endswith(ending):
                continue
            town = word[:len(word) - len(ending)] + own
            if self._place_size(town, cc) >= self.GENITIVE_POPULATION and \
                    not self._place_in(word, cc):
                return cc
        return None

    def _town_of_named_region(self, word: str) -> str | None:
        """The country of the one town called ``word`` that lies in a region the text has
        named (as a region, or as the region of a town it named), when its namesakes lie
        elsewhere."""
        self._named_regions()
        # "Altai Koks" in a text that names the Altai Krai: a firm named after the region
        own = self._region_words.get(_fold(word), set())
        if len(own) == 1:
            return next(iter(own))
        regions = self._region_ids | self._town_regions
        if not regions:
            return None
        entries = self.resolver.gazetteer.entries
        key = ("named-region-town", word, frozenset(regions))
        if key not in self.cache:
            found = None
            try:
                res = self.resolver.resolve(word, kind="City")
                cands = [entries[c] for c in res.candidates if c in entries]
            except Exception:  # an odd word is simply no place
                cands = []
            # (a town the word names only as another or former name counts only if it is
            # no smaller than the town that bears the word as its own: "Slutsk" is
            # Belarus's, though a smaller Russian Pavlovsk in a region the text names was
            # once called so; the Chinese Aqsu, "Aksu" in English, outweighs a Kazakh Aksu)
            bearer = max((e.population or 0 for e in cands
                          if e.label == "City" and _fold(e.name) == _fold(word)), default=0)
            here = {e.country for e in cands if e.label == "City" and e.parent in regions
                    and word.lower() in {x.lower() for x in (e.name, *e.aliases)}
                    and (_fold(e.name) == _fold(word) or (e.population or 0) >= bearer)}
            if len(here) == 1 and len({e.country for e in cands}) > 1:
                found = next(iter(here))
            self.cache[key] = found
        return self.cache[key]

    def _seat_in_read_region(self, place: str) -> str | None:
        """The country of the town called ``place`` that lies in a region the text has
        named, or in the region of a town it has named, when that is not the town the
        bare name reaches: a firm "in Santiago" in a text on Nuevo Leon is in Nuevo
        Leon's Santiago, a "Hamilton-based" firm in a report on Waikato in Waikato's
        Hamilton (the big namesakes abroad are no firm's seat the text speaks of)."""
        if self.resolver is None or not place or not place[:1].isupper():
            return None
        folded = _fold(place)
        # (not the region of a town of that very name the text read before: that town
        # is the namesake in question)
        regions = {r for r, names in self._read_regions().items()
                   if any(not n.startswith(folded) for n in names)}
        bare = self._town_named(place, None)
        if bare is not None and bare.parent in regions:
            return None   # (the town the bare name reaches lies there itself)
        for cc in dict.fromkeys(r.split(":")[1].upper() for r in regions if r.count(":") == 2):
            e = self._town_named(place, cc)
            # (a hamlet is no firm's seat a reader would take over a city: "Pau" in
            # a text on Catalonia and Aquitaine is the French town)
            if e is not None and e.country == cc and e.parent in regions and \
                    _fold(e.name) == folded and (e.population or 0) >= _SEAT_TOWN:
                return cc
        return None

    def _read_regions(self) -> dict[str, set[str]]:
        """The regions the text has named and those of the towns it has named, each with
        the (folded) names that brought it in, brought up to date with _seen."""
        entries = self.resolver.gazetteer.entries
        for _s, _o, p in self._seen[self._seat_regions_read:]:
            if not p.country or p.label not in ("Region", "City"):
                continue
            region = p.id if p.label == "Region" else getattr(entries.get(p.id), "parent", None)
            if region:
                self._seat_regions.setdefault(region, set()).add(_fold(p.name))
        self._seat_regions_read = len(self._seen)
        return self._seat_regions

    def _town_named(self, place: str, cc: str | None):
        """The gazetteer's entry of the town ``place`` reaches (in country ``cc``)."""
        key = ("town-named", place, cc)
        if key not in self.cache:
            try:
                res = self.resolver.resolve(place, kind="City", country=cc)
            except Exception:  # an odd name is no town
                res = None
            self.cache[key] = self.resolver.gazetteer.entries.get(res.id) \
                if res is not None and res.resolved and res.label == "City" else None
        return self.cache[key]

    def _named_regions(self) -> None:
        """Bring the regions the text has named, and the regions of the towns it has
        named, up to date with _seen (which only grows): firms' countries asked for them
        anew for each firm, a scan of every party named so far."""
        entries = self.resolver.gazetteer.entries
        for _s, _o, p in self._seen[self._regions_read:]:
            if p.label == "Region" and p.country:
                first = _fold(p.canonical or p.name).split()[:1]
                if first:
                    self._region_words.setdefault(first[0], set()).add(p.country)
                self._region_ids.add(p.id)
            elif p.label == "City" and p.id in entries:
                self._town_regions.add(entries[p.id].parent)
        self._regions_read = len(self._seen)

    # A place a firm is named after stands for its country even when the text names no
    # country of it ("Minsk Tractor Works" in a text on Kazakhstan): a town big enough
    # for firms to be named after it, or a region, and the only place of that name.
    HEAD_PLACE_POPULATION = 50_000
    # A place smaller than this is a village: a firm is seldom named after one.
    VILLAGE_POPULATION = 5_000

    def head_place_country(self, name: str, widths: tuple[int, ...] = (2, 1)) -> str | None:
        """The country of a well-known place a firm's name starts with: a region, or a
        city of at least 50,000 people that the gazetteer knows under that very name and
        without a namesake of its size ("Minsk Tractor Works", "Vitebsk Machine Tool
        Plant"; not "Victoria Group", "Progress Plant" or "Mir Castle Complex").

        >>> from relgraph.loaders.extract.parties import text_resolver
        >>> d = Discourse(text_resolver(), "A text on Kazakhstan and Kazakh farms.")
        >>> [d.head_place_country(n) for n in ["Minsk Tractor Works", "Victoria Group",
        ...                                     "Progress Plant", "Bobruisk Agricultural Plant"]]
        ['BY', None, None, 'BY']
        >>> [d.head_place_country(n) for n in ["ElektroVitebsk", "KazLiftTrade"]]
        ['BY', None]
        """
        if not self.resolver:
            return None
        seat = _ROMANCE_SEAT.search(strip_legal(name))
        cc = self._head_place(seat.group(1)) if seat else None
        if cc:
            # (a name in a Romance language puts its seat last, "Grand Port Maritime de
            # Rouen", "Autoridad Portuaria de Valencia": that place, not a district a
            # first word or two may also name)
            return cc
        words = strip_legal(name).split()
        for k in widths:
            lead = words[:k]
            if len(words) <= k or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", _shape(w))
                                          for w in lead) \
                    or any(w.lower() in COMPANY_NOUNS or w.lower() in ORG_NOUNS
                           or w.lower() in self.common for w in lead):
                continue
            cc = self._head_place(" ".join(lead))
            if cc:
                return cc
        if words and _CAMEL.search(words[0]):
            # "ElektroVitebsk", "MinskKhimProm": the well-known place glued into the name
            for part in _CAMEL_PART.findall(words[0]):
                if len(part) > 4 and part.lower() not in self.common \
                        and part.lower() not in COMPANY_NOUNS:
                    cc = self._head_place(part)
                    if cc:
                        return cc
        return None

    def home_town_country(self, name: str) -> str | None:
        """The country of the small town a firm's name opens with, when the name says
        it is a firm (a legal form or a firm's noun) and the gazetteer knows one town
        of that very name, of 5,000 people or more ("Gurjaani Wine Company JSC",
        "Kvareli Growers Cooperative"): a winery or dairy is named after its home town
        however small, and that name is the firm's own evidence, where the text may
        never name the firm's country (a report speaks of its markets). Bare names
        ("Magnum", "Progress") and towns with namesakes say nothing. In a text with a
        home country (a dateline, a letterhead) only a town the text also names on its
        own counts ("Parnu Vesi AS" on a page that lists Parnu among its twins).

        >>> from relgraph.loaders.extract.parties import text_resolver
        >>> d = Discourse(text_resolver(), "Exports went to Ukraine and Poland.")
        >>> [d.home_town_country(n) for n in ["Gurjaani Wine Company JSC", "Gurjaani",
        ...                                   "Progress Plant"]]
        ['GE', None, None]
        """
        if not self.home:
            return self._home_town(name)
        # (a text's dateline or letterhead places its firms better: "Sokolov Ore
        # Holding" in a news item from Kostanay is no firm of the Czech Sokolov)
        words = strip_legal(name).split()
        if len(words) < 2 or self._home_town(name, True) is None:
            return None   # (no such town: the text need not be searched)
        key = ("named alone", words[0])
        if key not in self._memo:
            # (on its own: not inside another name, "Neman-Trade", "Neman Glassworks")
            self._memo[key] = re.search(rf"(?<![-\w]){re.escape(words[0])}(?![-\w'’]|\s+[A-Z])",
                                        self._speaker_text) is not None
        return self._home_town(name, True) if self._memo[key] else None

    def _home_town(self, name: str, alone: bool = False, last: bool = False) -> str | None:
        if not self.resolver:
            return None
        bare = strip_legal(name)
        words = bare.split()
        # (a firm's name says it is one by a legal form or a firm's noun; a firm's name
        # whose town the text also names on its own needs neither: "Parnu Vesi AS")
        if len(words) < 2 or not (alone or bare != name.strip() or any(
                w.lower() in COMPANY_NOUNS for w in words[1:])):
            return None
        first = words[-1] if last else words[0]
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]{2,}", _shape(first)) or firm_word(first.lower()) \
                or first.lower() in self.common or first.lower() in COMPANY_NOUNS | ORG_NOUNS \
                or first.lower() in DEMONYMS or first.lower() in COUNTRY_BY_NAME:
            return None
        key = ("home-town", first)
        if key not in self.cache:
            found = None
            try:
                res = self.resolver.resolve(first, kind="City")
            except Exception:  # an odd word is simply no town
                res = None
            if res is not None and res.resolved and res.label == "City" and res.country and \
                    not re.search(r"ambiguous|alternate|places of this name|approximate",
                                  res.reason or ""):
                props = res.node.properties if res.node is not None else {}
                if _fold(res.name) == _fold(first) and \
                        (props.get("population") or 0) >= self.VILLAGE_POPULATION:
                    found = res.country
            self.cache[key] = found
        return self.cache[key]

    def suffix_country(self, name: str) -> str | None:
        """The country a firm's hyphenated suffix names: a subsidiary or dealer named
        after its parent and where it works ("Belneftekhim-RUS", "MAZ-Kuban",
        "Amkodor-Pinsk").

        >>> from relgraph.loaders.extract.parties import text_resolver
        >>> d = Discourse(text_resolver(), "Belarusian firms.")
        >>> [d.suffix_country(n) for n in ["Belneftekhim-RUS", "MAZ-Kuban", "Atlant-M"]]
        ['RU', 'RU', None]
        """
        parts = strip_legal(name).strip('"').split("-")
        if len(parts) < 2 or not parts[0] or " " in parts[-1].strip():
            return None
        last = parts[-1].strip()
        code = _COUNTRY_SUFFIX.get(last.upper()) if last.isupper() else None
        if code:
            return code
        if not re.fullmatch(r"[A-Z][a-z][\w']+", _shape(last)) or last.lower() in self.common:
            return None
        return self._head_place(last)

    def prefix_country(self, name: str) -> str | None:
        """The country of a place a firm's one-word name is glued to ("Orenburgneft",
        "Gomelsteklo", "Almatyelectrotrans": a town of 50,000+ or a region, as in
        :meth:`head_place_country`), or of a part of Russia its name starts with
        ("Uralkhimmash", "Ural Federal University", "Sibselmash", "Don State University").

        >>> from relgraph.loaders.extract.parties import text_resolver
        >>> d = Discourse(text_resolver(), "Firms of Belarus and Russia, Kazakhstan.")
        >>> [d.prefix_country(n) for n in ["Orenburgneft", "Mogilevliftmash", "Uralkhimmash",
        ...                                "Sibenergomash", "Don State University", "Belshina",
        ...                                "Severstal", "Donbass Coal"]]
        ['RU', 'BY', 'RU', 'RU', 'RU', None, None, None]
        """
        words = strip_legal(name).strip('"«» ').split()
        if not words or not self.resolver or \
                not re.fullmatch(r"[A-Z][a-z][\w'’-]*", _shape(words[0])):
            return None
        first = words[0]
        if first.lower() in self.common or first.lower() in COMPANY_NOUNS | ORG_NOUNS:
            return None
        if len(words) == 1:
            for k in range(len(first) - 3, 3, -1):
                if first[k:].islower():
                    cc = self._head_place(first[:k])
                    if cc:
                        return cc if cc in self.countries else None
        if _RUSSIAN_PART.match(first) and not (self._head_place(first) or (
                len(words) == 1 and self._head_place(first.split("-")[0]))):
            return "RU" if "RU" in self.countries else None
        return None

    def _seat_before_head(self, name: str) -> str | None:
        """The country of the town a school's name gives right before its head noun,
        after the person it is named after ("Ivane Javakhishvili Tbilisi State
        University", "Akaki Tsereteli Kutaisi State University"): a big town or region
        without a namesake of its size, as :meth:`head_place_country` takes one."""
        m = _SEAT_BEFORE_HEAD.search(strip_legal(name))
        if not m or m.start() == 0 or m.group(1).lower() in self.common:
            return None
        return self._head_place(m.group(1))

    def _glued_country(self, name: str) -> str | None:
        """The place a one-word name is glued to, unless the name opens with a
        country's own stem: "Turkmenneft" is Turkmen, not of a town "Turk" that
        a shorter prefix finds (a demonym is how such names give their home)."""
        glued = self.prefix_country(name)
        return (stem_country(name, syllables=False) or glued) if glued else None

    def _head_place(self, place: str) -> str | None:
        key = ("head-place", place)
        if key in self.cache:
            return self.cache[key]
        found = None
        if firm_word(place.lower()):
            # ("Federal Customs Service", "Star Mash": a word firms are named with
            # places no firm, though a region is called "Federal District")
            self.cache[key] = None
            return None
        for kind in ("City", "Region"):
            try:
                res = self.resolver.resolve(place, kind=kind)
            except Exception:  # an odd word is simply no place
                break
            if not res.resolved or res.label != kind or not res.country:
                continue
            if "places of this name" in res.reason and kind == "City":
                # "Brest Hosiery" in a text from Belarus: of the big namesakes (Brest in
                # Belarus and in France) the one in a country the text names.
                found = self._namesake_named(place, res)
                break
            if re.search(r"ambiguous|alternate|places of this name|approximate", res.reason):
                break
            props = res.node.properties if res.node is not None else {}
            # (folded: "Balti" is Bălți; a region also without its head word: "Bihor"
            # is Bihor County, "Sughd" the Sughd Region)
            names = {_fold(str(x)) for x in (res.name, *props.get("aliases", ()))}
            if kind == "Region":
                names |= {_fold(strip_term(str(x))) for x in (res.name, *props.get("aliases", ()))}
            big = kind == "Region" or (props.get("population") or 0) >= \
                self.HEAD_PLACE_POPULATION
            # (a Saint written short is the place's own name: "St. Gallen", "Saint Gallen")
            own = _fold(place) in names or name_key(place) in {
                name_key(str(x)) for x in (res.name, *props.get("aliases", ()))}
            region = self._region_named(place) if own and big and kind == "City" and \
                not _main_name(place, res.name) else None
            named = {self.home, self.subject, *self.countries, *self._read_place_countries()}
            if region and region in named and res.country not in named:
                # ("Entre Ríos Ministry of X" in a text on Argentina: the province of that
                # very name, not a town of a country the text never names that is also
                # called so)
                found = region
            elif own and big:
                found = res.country
            elif not own and kind == "City":
                # (the town the gazetteer finds bears another name, "New York City" for
                # "New York": the region of that very name may still be meant)
                continue
            break
        self.cache[key] = found
        return found

    def _region_named(self, place: str) -> str | None:
        """The country of the region the gazetteer calls ``place`` by its main name."""
        try:
            res = self.resolver.resolve(place, kind="Region")
        except Exception:  # an odd name is no region
            return None
        ok = res.resolved and res.label == "Region" and res.country and (
            _main_name(place, res.name) or _main_name(place, strip_term(str(res.name))))
        return res.country if ok else None

    def _namesake_named(self, place: str, res) -> str | None:
        """The country of the one big town called ``place`` (of those ``res`` weighed)
        that lies in a country the text names, if exactly one does."""
        named = {c for c in (self.home, self.subject, *self.countries) if c}
        entries = self.resolver.gazetteer.entries
        hits = set()
        for cid in res.candidates:
            e = entries.get(cid)
            if e is None or e.label != "City" or (e.population or 0) < \
                    self.HEAD_PLACE_POPULATION or e.name.lower() != place.lower():
                continue
            hits.add(e.country)
        here = hits & named
        return next(iter(here)) if len(here) == 1 and len(hits) > 1 else None

    def _place_size(self, word: str, cc: str) -> float:
        """How big the place of country ``cc`` called ``word`` is (its population, at
        least 1), 0 when there is none."""
        if not self._place_in(word, cc):
            return 0.0
        key = ("place-size", word, cc)
        if key not in self.cache:
            res = self.resolver.resolve(word, country=cc)
            props = res.node.properties if res.node is not None else {}
            # A small place that once bore the name ("Pieno", an old name of Peno) says
            # nothing of a firm's country: the name must be the place's own.
            self.cache[key] = 0.0 if "only an alternate name" in (res.reason or "") else \
                float(max(1, props.get("population") or 0))
        return self.cache[key]

    def _paragraph_town(self, place: str, bare: str | None) -> str | None:
        """The country, among those the paragraph has named, of a town of some size
        called ``place``, when the town its bare name reaches (``bare``'s country) is
        in none of them: "the Santiago firm X" in a paragraph on the Dominican Republic
        is of its Santiago, not of the bigger namesake in Chile."""
        named = self.paragraph_countries()[:3]
        if not self.resolver or not place or place.lower() in COUNTRY_BY_NAME or \
                bare in named:
            return None
        return next((cc for cc in named
                     if self._place_size(place, cc) >= self.HEAD_PLACE_POPULATION), None)

    def _place_in(self, word: str, cc: str) -> bool:
        """Whether country ``cc`` has a town or region called ``word``: by its own name,
        not one a small place once bore or is also called ("Art", a hamlet's other
        name, in "X College of Art")."""
        key = ("home-word", word, cc)
        if key not in self.cache:
            try:
                res = self.resolver.resolve(word, country=cc)
                self.cache[key] = res.resolved and res.label in ("City", "Region") \
                    and res.country == cc and "only an alternate name" not in (res.reason or "")
            except Exception:  # an odd word is simply no place
                self.cache[key] = False
        return self.cache[key]

    def _place_country(self, name: str) -> str | None:
        """The country of a place named in a dateline or letterhead."""
        code = COUNTRY_BY_NAME.get(name.lower()) or COUNTRY_ABBREVIATIONS.get(name)
        if code or not self.resolver:
            return code
        region = self._own_region_of(name)
        if region is not None:
            return region[1]
        for cc in (None, *self.countries[:4]):
            try:
                res = self.resolver.resolve(name, country=cc)
            except Exception:  # an odd name gives no country
                return None
            if res.resolved and res.label in ("City", "Region", "Country"):
                return res.country
        return None

    def _town_of_named_country(self, m: Mention, p: Party) -> Party:
        """A bare name the gazetteer does not know unasked, or knows only as another
        spelling of another place ("Kemi" read as the Russian Kem), is the town of that
        very name in a country the text names, when one of some size is there ("Kemi",
        "Kotka" in a text that names Finland). Names the text marks as a firm or a body
        are left alone, and so are small places (a firm is often named like a village)."""
        if m.country_hint or m.kind_hint or m.organisation or m.refers or m.adjectival or \
                not self.resolver or p.label not in (*_FIRM_LABELS, "City") or \
                (p.resolved and (p.label != "City" or _fold(p.canonical or "") == _fold(m.text))) \
                or not (_TOWN_WORD.fullmatch(m.text) or _JOINED_TOWN.fullmatch(m.text)) \
                or _company_like(m.text) or known_firm(m.text) is not None:
            return p
        # (a name with a particle or an article, "Vila Nova de Gaia", "O Grove", is a
        # town's shape a firm seldom takes: no size floor for it)
        floor = 0 if _JOINED_TOWN.fullmatch(m.text) else _TOWN_OF_SIZE
        key = ("named-country-town", m.text)
        if key not in self.cache:
            found = None
            for cc in self.countries[:4]:
                if cc == p.country and p.resolved:
                    continue
                try:
                    res = self.resolver.resolve(m.text, kind="City", country=cc)
                except Exception:  # an odd name is no town
                    break
                node = getattr(res, "node", None)
                size = (node.properties.get("population") or 0) if node is not None else 0
                if res.resolved and res.label == "City" and res.country == cc and \
                        _own_name(res, m.text) and size >= floor:
                    found = Party(" ".join(m.text.split()), res.id, "City", cc, True, None,
                                  "a town of a country the text names", res.name)
                    break
            self.cache[key] = found
        return self.cache[key] or p

    def _not_its_city(self, m: Mention, p: Party) -> Party:
        """A bare name that is both a town and its province, in a text that writes the
        town with its kind word elsewhere ("Québec City"): the bare name is the
        province, the text's other name being how it tells the town apart."""
        if p.label != "City" or not p.resolved or m.kind_hint or m.organisation or \
                m.refers or m.adjectival:
            return p
        written = " ".join(m.text.split())
        key = ("not-its-city", written)
        if key not in self.cache:
            if "before-city" not in self.cache:
                # (what the text writes before each "City" once, not the text per name;
                # not "X City Council": a town's organ is no name telling it apart)
                self.cache["before-city"] = [
                    self._speaker_text[max(0, c.start() - 60):c.start()]
                    for c in re.finditer(r"\s+City\b(?![\w-]|\s+[A-Z])", self._speaker_text)]
            tail = re.compile(rf"(?<![\w-]){re.escape(written)}$")
            self.cache[key] = any(tail.search(b) for b in self.cache["before-city"])
        return (namesake_province(self.resolver, p) or p) if self.cache[key] else p

    def _own_region(self, m: Mention, p: Party) -> Party:
        """A bare name read as a town that the text's head lines frame as the region it
        speaks for ("Government of X", "the Premier of X": ``own_region``): that region,
        wherever the text writes the name ("X and Y signed", "the Government of X")."""
        if not self._own_regions or p.label != "City" or not p.resolved or \
                m.kind_hint == "City" or m.country_hint or m.refers or m.adjectival:
            return p
        written = " ".join(m.text.split())
        # ("the Government of X": the place after the organ)
        bare = re.sub(r"^.*?\bof\s+(?:the\s+)?", "", written) if " of " in written else written
        if _fold(bare) not in self._own_regions:
            return self._fellow_province(p)
        region = self._own_region_of(bare)
        if region is None and p.country and self._calls_itself_region():
            # (a province the gazetteer lists only by its capital, "Governor of X" over
            # a text that speaks of "the province": that province, in the town's country)
            return Party(written, provisional_id("Region", p.country, bare), "Region",
                         p.country, False, None, _OWN_HEAD_REGION)
        if region is None or (region[1] == p.country and
                              namesake_province(self.resolver, replace(p, name=bare)) is None):
            # (a city-state's own town keeps its reading: "Government of Vienna")
            return p
        return Party(written, region[0], "Region", region[1], True, None,
                     "the region the text's head lines speak for", region[2])

    def _calls_itself_region(self) -> bool:
        """Whether the text speaks of its own place by a region's noun ("the province",
        "our state", "the provincial government", "sister provinces"), as a region's
        own text does and a town's does not."""
        if "calls itself region" not in self.cache:
            self.cache["calls itself region"] = bool(_SELF_REGION_NOUN.search(self._speaker_text))
        return self.cache["calls itself region"]

    def _fellow_province(self, p: Party) -> Party:
        """A town whose bare name is also its province's, in a region's own text of the
        same country: the province ("Québec" in Ontario's report is the fellow province
        it deals with; a text that means the town writes "Québec City", see
        ``_not_its_city``)."""
        own = {r[1] for r in map(self._own_region_of, self._own_regions) if r is not None}
        if p.country not in own:
            return p
        return namesake_province(self.resolver, p) or p

    def _own_region_of(self, name: str) -> tuple[str, str, str] | None:
        """The first-level region of the very name ``name`` when the head lines frame
        it as the text's own: the only one, else the only one in a country the text
        names."""
        if _fold(name) not in self._own_regions or not self.resolver:
            return None
        key = ("own-region", _fold(name))
        if key in self.cache:
            return self.cache[key]
        found = regions_of_name(self.resolver, name)
        if len(found) > 1:
            found = tuple(r for r in found if r[1] in self.country_counts)
        self.cache[key] = found[0] if len(found) == 1 else None
        return self.cache[key]

    def _told_town(self, m: Mention, p: Party) -> Party:
        """A town or district the sentence says is one ("the municipalities of X and Y",
        "in A, X and B" beside towns, "the X district") whose name the gazetteer reaches
        only with a country, as it does a town too small for a bare name: the town of
        that very name in a country the text names (most named first), or the district
        named after it there. No size floor: the sentence told the kind, so no firm named
        like a village is taken for one."""
        if p.resolved or p.country or p.label not in ("City", "Region") or m.country_hint \
                or m.organisation or m.refers or not self.resolver:
            return p
        name = " ".join(m.text.split())
        base = name
        if p.label == "Region":
            # (or a province's government in its own language, named after its capital:
            # "the Diputacion de Salamanca")
            d = _TOLD_DISTRICT.fullmatch(name) or NATIVE_ORGAN.fullmatch(name)
            if d is None:
                return p
            base = d.group(1) if d.re is _TOLD_DISTRICT else d.group("place")
        elif m.kind_hint != "City":
            return p
        if not _TOLD_NAME.fullmatch(base) or base.lower() in self.common:
            return p
        key = ("told-town", base)
        if key not in self.cache:
            found = None
            for cc in self.countries[:4]:
                try:
                    res = self.resolver.resolve(base, kind="City", country=cc)
                except Exception:  # an odd name is no town
                    break
                if res.resolved and res.label == "City" and res.country == cc and \
                        _fold(res.name) == _fold(base):
                    found = res
                    break
            self.cache[key] = found
        res = self.cache[key]
        if res is None:
            return p
        if p.label == "City":
            return Party(name, res.id, "City", res.country, True, None,
                         "a town of a country the text names", res.name)
        return replace(p, country=res.country, id=provisional_id("Region", res.country, base),
                       reason="a district named after a town of a country the text names")

    def _prefer_subject(self, m: Mention, p: Party) -> Party:
        """A place name several countries share is the subject country's when the
        gazetteer offers it among its first candidates ("Petropavlovsk" in a text on
        Kazakhstan is Petropavl, not a Russian village), else the home's, the country the
        text is written from ("Armavir" in a release datelined Vanadzor is Armenia's)."""
        for own in dict.fromkeys(filter(None, (self.subject, self.home))):
            alt = self._prefer_own(m, p, own)
            if alt is not p:
                return alt
        return self._own_town_not_far_region(m, p)

    def _own_town_not_far_region(self, m: Mention, p: Party) -> Party:
        """A bare name read as a region of a country the text never names is the town
        of that very name (10,000 people or more) in the subject or home country or one
        the text names ("Dagana" in a report of a Senegalese region is the Senegalese
        town, not Bhutan's district)."""
        if not (p.resolved and p.label == "Region" and not m.country_hint and self.resolver
                and self.unnamed_country(p.country, p.id)) or _FAR_REGION_WORD.search(m.text):
            return p
        for own in dict.fromkeys(filter(None, (self.subject, self.home, *self.countries))):
            alt = resolve_mention(replace(m, country_hint=own, kind_hint="City"),
                                  self.resolver, self.cache, "City")
            entry = self.resolver.entry(alt.id) if alt.resolved else None
            # (a town of some size: "Texas" is no Mexican village of that name)
            if entry is not None and alt.label == "City" and alt.country == own and \
                    (entry.population or 0) >= _TOWN_OF_SIZE and \
                    _fold(alt.canonical or "") == _fold(p.canonical or ""):
                return alt
        return p

    def _prefer_own(self, m: Mention, p: Party, own: str) -> Party:
        if not (p.resolved and p.label in ("City", "Region")
                and p.country != own and not m.country_hint and self.resolver):
            return p
        key = ("subject-candidates", p.name, p.label)
        if key not in self.cache:
            try:
                res = self.resolver.resolve(" ".join(m.text.split()), kind=p.label)
                self.cache[key] = res.candidates[:3]
            except Exception:  # an odd name keeps its first reading
                self.cache[key] = ()
        prefix = f"{p.id.split(':', 1)[0]}:{own.lower()}:"
        listed = any(c.startswith(prefix) for c in self.cache[key])
        # (a small namesake at home only in a text that names its own country most:
        # "Gorodok has ties with Kirovsk" in a Minsk news item on Ukraine is no pair of
        # Belarusian towns)
        if not listed and not (self._small_namesake(p) and self.countries[:1] == [own]):
            return p
        alt = resolve_mention(replace(m, country_hint=own), self.resolver, self.cache, p.label)
        if not listed and _fold(alt.canonical or "") != _fold(p.canonical or ""):
            return p   # (the own country's town must bear the very name)
        if alt.reason and "only an alternate name" in alt.reason:
            return p  # "Astrakhan" is not Astrakhanka, a village that was once called so
        if p.reason and "region wording decides" in p.reason:
            return p  # "the Ivanovo region" is the Russian oblast, not a Belarusian district
        written = _fold(re.sub(r"\s+(?:region|oblast|city|town)$", "", " ".join(m.text.split()),
                               flags=re.I))
        if _fold(p.canonical or "") == written and _fold(alt.canonical or "") != written:
            return p  # "Podolsk" is the Russian town of that name, not an old name of Polotsk
        if _fold(p.canonical or "") == written and self._far_bigger(p, alt):
            return p  # "Ivanovo" is the Russian city, not a Belarusian district town
        return alt if alt.resolved and alt.country == own else p

    def _far_small_place(self, p: Party) -> bool:
        """Whether ``p`` is a town a firm's name may well not mean: one of a country the
        text never names nor reads a place in, and small (under 10,000) or reached only
        by another name of it ("Avangard", a former name of a Ukrainian village)."""
        if p.label != "City" or not self.unnamed_country(p.country, p.id):
            return False
        if "alternate name" in (p.reason or ""):
            return True
        entry = self.resolver.entry(p.id) if self.resolver else None
        return entry is not None and 0 < (entry.population or 0) < _TOWN_OF_SIZE

    def unnamed_country(self, cc: str | None, place: str | None = None) -> bool:
        """Whether the text never names ``cc`` (by name or demonym), is neither written
        from it nor about it, and has read no place in it so far but ``place`` (an id):
        "the Bryansk region" names Russia for a reader."""
        return bool(cc) and cc not in self.country_counts and cc not in (
            self.home, self.subject) and not self._place_ids.get(cc, set()) - {place}

    def _small_namesake(self, p: Party) -> bool:
        """Whether ``p`` is a town of fewer than 50,000 that the document's own country
        may have a namesake of below the gazetteer's first candidates ("Kunda" in an
        Estonian ministry's review is Estonia's Kunda, not a town in India)."""
        entry = self.resolver.entry(p.id)
        return p.label == "City" and entry is not None and \
            0 < (entry.population or 0) < _SMALL_NAMESAKE

    def _far_bigger(self, p: Party, alt: Party) -> bool:
        """Whether ``p`` is a city of 100,000 or more, ten times ``alt``'s size: a
        bare name means the big city, not the own country's namesake town."""
        big, small = (self.resolver.entry(x.id) for x in (p, alt))
        if big is None or small is None or p.label != "City":
            return False
        size = big.population or 0
        return size >= _BIG_CITY and size >= _BIG_CITY_LEAD * (small.population or 0)

    def _firm(self, m: Mention, entry, default_label: str) -> Party:
        label = entry.label
        if label is None:
            base = resolve_mention(replace(m, text=entry.name, acronym=None), None, None,
                                   default_label)
            label = base.label if base.label in _FIRM_LABELS else "Company"
            if label == "Organization" and _HAS_LEGAL.search(m.text):
                # (a company's legal form outranks an organisation's head or description:
                # "X Port Authority S.A.", "In the aerospace cluster, Y S.L.")
                label = "Company"
            entry.label = label
        country = self._within_form(m.text, m.country_hint or entry.country)
        if country is None:
            base = resolve_mention(replace(m, text=entry.name, acronym=None, kind_hint=label),
                                   self.resolver, self.cache, label)
            country = base.country if not base.resolved or base.reason == "a well-known firm" \
                else None
        if country is None:
            country = self.firm_country(m.text) or self.firm_country(entry.name)
        entry.country = entry.country or country
        core = entry.acronym or _id_name(entry, m.text) if label == "Company" else \
            entry.acronym or entry.name
        p = Party(" ".join(m.text.split()), provisional_id(label, country, core),
                  label, country, False, reason="a name the text defined")
        return self._with_country(p, core) if not country else p

    def _within_form(self, name: str, country: str | None) -> str | None:
        """``country``, unless the firm's legal form is of other countries only: the law
        it is registered under outranks a demonym that opens its name (a province's as
        often as a country's) and a town after it that has namesakes abroad; the form's
        country is then read as :meth:`firm_country` reads it."""
        forms = legal_countries(name)
        if not country or not forms or country in forms:
            return country
        own = self.firm_country(name)
        return own if own in forms else country

    def _with_country(self, p: Party, core: str) -> Party:
        """A firm whose country the text never states is most likely of the country
        the text is written from (a dateline's or letterhead's), else of the one it is
        about."""
        if p.country:
            return p
        mine = self.lead_firm_home(core) if p.label == "Company" else None
        if mine:
            return replace(p, country=mine, id=provisional_id(p.label, mine, core),
                           reason="country of the document's own firm's home")
        local = self.own_firm_home() if p.label == "Company" and \
            self._supplier_sentence(p.name) else None
        if local:
            # (the writer's supplier, in its own report: a neighbour at home, not a firm
            # of the market the text names most)
            return replace(p, country=local, id=provisional_id(p.label, local, core),
                           reason="country of the document's own firm's home")
        town = self._tail_town_country(core) if p.label == "Company" else None
        if town:
            # ("the Kurhaus Bad Ischl": a firm named after the town it stands in,
            # the gazetteer's town of a country the text names, before its default)
            return replace(p, country=town, id=provisional_id(p.label, town, core),
                           reason="country from the firm's name")
        section = self._section_country()
        own = None if self.home or section else self._speaker_place_country()
        if own and p.label == "Company":
            # (a firm named after a town the gazetteer knows abroad is that town's, not
            # the speaking town's: "Spa Hotel Lindau" on a partner town's page)
            own = self._tail_town_country(core) or own
        cc = section or self.home or own or self.subject
        if not cc and p.label == "Company":
            cc = self.firm_home()
        if not cc:
            return p
        return replace(p, country=cc, id=provisional_id(p.label, cc, core),
                       reason="country of the document's " + (
                           "section" if section else "home" if self.home else "speaker" if own
                           else "subject" if self.subject else "firms"))

    def _tail_town_country(self, name: str) -> str | None:
        """The country of the town a firm's name ends with after its own first word
        ("Kurhaus Bad Ischl", "Stadtwerke Wels"): a town of that very name in a
        country the text names. Words of common English and firms' nouns name none."""
        words = strip_legal(name).split()
        if not all(w[:1].isupper() for w in words):
            return None   # ("X of Agriculture and Waterways": an English name's own words)
        for k in (3, 2, 1):
            tail = words[-k:]
            if len(words) <= k or not all(re.fullmatch(r"[A-Z][\w'’-]+", _shape(w)) for w in tail) \
                    or tail[-1].lower() in common_english() \
                    or any(w.lower() in self.common or w.lower() in COMPANY_NOUNS
                           or w.lower() in ORG_NOUNS or w.lower() in DEMONYMS
                           or w.lower() in COUNTRY_BY_NAME for w in tail):
                continue
            cc = self._place_country_here(" ".join(tail))
            if cc:
                return cc
        return None

    def _section_country(self) -> str | None:
        """The country a report's section heading names over the sentence being read
        ("Russia", "Kazakhstan and Central Asia" over "... signed a new agreement with
        X"): a report by markets places the firms it names unplaced in its section's
        market, not in the reporting firm's own country (the dateline's)."""
        text = self._speaker_text
        if not text or "\n" not in text:
            return None
        at = self._section(min(self.offset, len(text)))
        if not at:
            return None   # (the text's opening: its title, no section)
        line = text[at:text.find("\n", at) if "\n" in text[at:] else len(text)]
        return heading_country(line)

    def _speaker_place_country(self) -> str | None:
        """The country of the town or region the text speaks for (an interview with its
        mayor or akim, its own page), when no dateline or letterhead gives a home: the
        firms its guest names unplaced are the guest's town's ("What do Chernivtsi firms
        sell abroad? ... the garment factory X ships to Germany"), not of the country
        the answers name most (the neighbour across the border)."""
        speaker = self.speaker
        if speaker is None or speaker.label not in ("City", "Region") or not (
                speaker.resolved or speaker.reason == _OWN_HEAD_REGION):
            return None
        if self._place_voice is None:
            # (deciding it reads the title's places, and a title's word read as a firm
            # asks for its country, which asks this again: until it is decided, the
            # text speaks for no place)
            self._place_voice = False
            # (only an interview or a place's own page: a short note whose first line
            # names a region reads that region as its letterhead, which says nothing of
            # where the firms it names are)
            self._place_voice = any(p.strip().endswith("?") for p in self._head + [
                x for x in self._speaker_text.split("\n")[:40]]) or \
                self._titled_place() is not None
        return speaker.country if self._place_voice else None

    def seen_parties(self) -> list[tuple[int, int, Party]]:
        """(sentence, offset, party) of the parties named so far, in reading order."""
        return self._seen

    def locate_firms(self, text: str, mentions: list[Mention], sentence: int | None = None
                     ) -> None:
        """A firm's country from the place named right after it: "BI Expo from Bishkek",
        "Agrobras Ltda. of Curitiba", "Tere of Tallinn", "Vektor (Narva)", "a plant based
        in Kostanay", "Draexlmaier Moldova in Balti", "the BelGee plant in Borisov"; from
        the place its description names ("the Minsk maker X", "the Kaunas-based dairy X":
        :mod:`.firms`); else from where the text puts it (:mod:`.placement`: "In Pskov,
        the bus operator X", "Its biggest employer, X", after the place spoken of)."""
        split_based(text, mentions)
        owner_facility(text, mentions, self)
        # (the country an address bracket ends with, before a town of the bracket that
        # a legal form's other country also has)
        located: list[Mention] = self._bracket_addresses(text, mentions)
        located += _country_cells(text, mentions)
        for m, n in zip(mentions, mentions[1:], strict=False):
            # "Amkor Trade GmbH of Vienna", "Kerama Ltd of Riga": a town after a firm's
            # legal form only locates the firm; it is no party of its own.
            if _OF_GAP.fullmatch(text[m.end:n.start]) and (
                    _LEGAL_END.search(m.text) or _group_name(m.text)) \
                    and not (n.adjectival or n.refers):
                place = self._seat_place(m, n)
                if place.resolved and place.label in ("City", "Region"):
                    m.country_hint = m.country_hint or place.country
                    located.append(n)
        unnamed, unnamed_country = [], {}
        for m in mentions:
            if m.described and (not m.place_hint or m.described in _NAMED_BODY_HEADS):
                # "the Orsha flax mill" when Orsha is a place the gazetteer knows
                own = resolve_mention(m, self.resolver, self.cache, "City") \
                    if self.resolver else None
                place = own is not None and own.resolved and own.label in ("City", "Region")
                seat = m.place_hint   # ("the Zlin-based X foundation": Zlin)
                if place and m.described in COMPANY_NOUNS and \
                        " " not in text[m.end:m.described_end].strip() and \
                        self._far_small_place(own):
                    # "the Avangard shipyard" in a text that never names the country of
                    # the only town so called, nor reads a place there: the yard's own
                    # name, not a town's ("the Altai tractor plant" says what the plant
                    # of a place makes)
                    m.described, m.kind_hint, m.named_firm = None, "Company", True
                    continue
                if place and not seat and (
                        _DESCRIBED_NEW.get(m.described, False)
                        or " " in text[m.end:m.described_end].strip()
                        or self._described_match(m.text, m.described) is not None):
                    apply_described(m, text)
                elif own is not None and not own.resolved and m.described in _NAMED_BODY_HEADS:
                    # "the Tampere-Kursk society", "the Haapsalu-Porvoo friendship
                    # association": a society's own name and its noun, one body (the name
                    # no place, so nothing locates it)
                    apply_described(m, text)
                    m.place_hint = seat
                elif place and m.described in COMPANY_NOUNS and \
                        not _UNNAMED_FIRM_NAMED.match(text, m.described_end) and \
                        _UNNAMED_ACTOR.search(text, max(0, m.start - 30), m.start) and \
                        not _RECEIVES.match(text, m.described_end):
                    # "The Vitebsk plant supplies ...", "in 2022 the Mogilev plant
                    # shipped ...", no firm placed there: a firm the text does not name
                    # acts, neither the town nor a party. (Goods sent "to the Krasnoturinsk
                    # smelter", or that "the Krasnoturinsk smelter receives", still reach
                    # that town: the texts' readers accept the town as the recipient.)
                    unnamed.append(m)
                    unnamed_country[id(m)] = own.country
                else:
                    m.described = None
        for m in unnamed:
            # (kept as a party, so that no other party, named before or after, takes
            # its place in the relation it is the subject of; its relations are dropped)
            apply_described(m, text)
            m.unnamed = True
            m.country_hint = m.country_hint or unnamed_country.get(id(m))
        for m in mentions:
            if m.place_hint and not m.country_hint and not m.described:
                place = based_place(m.place_hint)
                m.country_hint = self._seat_in_read_region(place) or \
                    self._paragraph_town(place, self._place_country(place)) or \
                    self._place_country(place) or adjective_country(place, self._place_country)
        for m, n in zip(mentions, mentions[1:], strict=False):
            if m.country_hint or n.adjectival or n.refers or m.refers or m.adjectival:
                continue
            firm = m.organisation or m.kind_hint in _FIRM_LABELS or bool(_HAS_LEGAL.search(m.text))
            gap = text[m.end:n.start]
            if not firm and _FIRM_IN.fullmatch(gap) and not m.kind_hint:
                # "the SaryarkaAvtoProm plant in Kostanay": the noun after the name says
                # it is a firm (a place there is a place: "the Minsk plant in Borisov").
                own = resolve_mention(m, self.resolver, self.cache, "Company")
                firm = not (own.resolved and own.label in ("City", "Region", "Country"))
            bracket = _BRACKET_OPEN.fullmatch(gap) and _BRACKET_CLOSE.match(text, n.end)
            if not firm and bracket and self.resolver and not n.organisation and \
                    n.kind_hint not in _FIRM_LABELS and known_firm(m.text) is None:
                # "Skeleton Technologies (Tartu) supplies ...", "NPM Silmet (Sillamae)": a
                # bare name with a town alone in brackets after it is a firm seated there
                # (a place's bracket, "Slavgorod (Altai Krai)", is read as its address; a
                # firm the table places keeps the town a place the text names)
                own = resolve_mention(m, self.resolver, self.cache, "Company")
                firm = not (own.resolved and own.label in ("City", "Region", "Country"))
                if firm:
                    place = resolve_mention(n, self.resolver, self.cache, "City")
                    if place.resolved and place.label == "City" and place.country:
                        m.country_hint = place.country
                        located.append(n)
                    continue
            if not firm or not (_LOCATED.fullmatch(gap) or _FIRM_IN.fullmatch(gap)):
                continue
            if gap.strip().startswith("of") and not _HAS_LEGAL.search(m.text):
                continue
            place = self._seat_place(m, n)
            if place.resolved and place.label in ("City", "Region", "Country") and place.country:
                m.country_hint = place.country
                if m.described and place.label != "Country":
                    # the town it stands in outranks the place its description names
                    m.seat = place.country
        self._outlets_placed(text, mentions)
        located += self._firm_seats(text, mentions, located)
        located += self._comma_seats(text, mentions, located)
        located += _firm_addresses(text, mentions, located, self)
        for m, cc, places in of_place(text, mentions, self):
            m.country_hint = cc
            located += places
        located += self._from_place(text, mentions)
        for n in located:
            if n in mentions:
                mentions.remove(n)
        self._locate_towns(text, mentions)
        for n in self._country_seats(text, mentions) + self._list_seats(text, mentions):
            mentions.remove(n)
        # Where the text puts a firm, once its own phrase has said all it says.
        for n in possessive_places(text, mentions, self) + described_from(
                text, mentions, self) + fronted_place(text, mentions, self):
            mentions.remove(n)
        market_opening(text, mentions, self)
        home_opening(text, mentions, self)
        pointed_place(text, mentions, self, sentence)
        for n in labelled_country(text, mentions, self):
            mentions.remove(n)

    def _bracket_addresses(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"X S.A. (Colchagua, Chile)", "Y Inc. (Texas, United States)": a firm's address
        in brackets that ends with a country places the firm in that country, though the
        gazetteer does not know the place before it; neither is a party of its own.
        Returns the mentions the brackets hold."""
        out: list[Mention] = []
        for k, m in enumerate(mentions):
            if m.country_hint or m.refers or m.adjectival or not (
                    m.named_firm or m.organisation or m.kind_hint in _FIRM_LABELS
                    or _HAS_LEGAL.search(m.text)):
                continue
            address = _ADDRESS_BRACKET.match(text, m.end)
            cc = country_code(address.group("country")) if address else None
            if not cc:
                continue
            m.country_hint = cc
            out += [n for n in mentions[k + 1:] if n.end <= address.end()]
        return out

    def _seat_place(self, m: Mention, n: Mention) -> Party:
        """The town ``n`` a firm ``m`` is seated in: with a legal form of a few countries,
        the town of one of them, though its bare name is unknown or another country's
        ("X S.A., based in Getaria", "X S.p.A. of Sora")."""
        place = resolve_mention(n, self.resolver, self.cache, "City")
        forms = legal_countries(m.text)
        near = self._seat_in_read_region(" ".join(n.text.split())) if self.resolver else None
        if near and near != place.country and (not forms or near in forms):
            # ("Pet Foods Ltd in Richmond" in a report on Tasman: Tasman's Richmond)
            alt = resolve_mention(replace(n, country_hint=near), self.resolver, self.cache,
                                  "City")
            if alt.resolved and alt.country == near:
                return alt
        named = self.head_place_country(m.text) if self.resolver and place.resolved else None
        if named and named != place.country and (not forms or named in forms):
            # (a firm named after a town of its own country is seated in that country's
            # namesake of a town whose bare name reaches a bigger one abroad: "Ballarat
            # Saddlery Ltd in Richmond" is in Victoria, not in Virginia)
            alt = resolve_mention(replace(n, country_hint=named), self.resolver, self.cache,
                                  "City")
            if alt.resolved and alt.country == named and alt.label == "City":
                return alt
        if self.resolver is None or (place.resolved and (not forms or place.country in forms)):
            return place
        # (a form used everywhere, or none: a town too small for its bare name to reach
        # is looked for in the countries the text names, "X Co., Ltd. in Mombetsu")
        for cc in forms or dict.fromkeys(filter(None, (self.home, self.subject,
                                                      *self.countries[:4]))):
            alt = resolve_mention(replace(n, country_hint=cc), self.resolver, self.cache, "City")
            if alt.resolved and alt.country == cc and alt.label in ("City", "Region"):
                return alt
        return place

    def _outlets_placed(self, text: str, mentions: list[Mention]) -> None:
        """"The Silpo supermarkets of the Kyiv and Lviv regions", "380 Biedronka stores in
        the Masovian region", "the Magnum chain for its stores in the Almaty region": a
        chain whose outlets the text places in a region, town or country is of that
        place's country (where its shops are is where it trades), unless its own phrase
        placed it. The place stays a party: goods may go to its shops there."""
        for m, n in zip(mentions, mentions[1:], strict=False):
            if m.country_hint or m.refers or m.adjectival or n.adjectival or n.refers or \
                    n.organisation or n.kind_hint in _FIRM_LABELS or \
                    not _OUTLETS_GAP.fullmatch(text, m.end, n.start):
                continue
            place = resolve_mention(n, self.resolver, self.cache, "City") if self.resolver \
                else None
            if place is not None and place.resolved and \
                    place.label in ("City", "Region", "Country") and place.country:
                m.country_hint = place.country

    def _firm_seats(self, text: str, mentions: list[Mention], located: list[Mention]
                    ) -> list[Mention]:
        """"The trading house Steklotorg in Riga buys ...", "to the dealer Agrotek in
        Almaty": a town or region right after a firm that its description or legal form
        marks as one only says where the firm sits; it is no party of its own (the
        buyer is the firm, not Riga)."""
        seats = []
        for m, n in zip(mentions, mentions[1:], strict=False):
            if n in located or n.adjectival or n.refers or m.refers or m.adjectival or \
                    n.organisation or n.kind_hint in (*_FIRM_LABELS, "Country") or \
                    not _SEAT_GAP.fullmatch(text, m.end, n.start):
                continue
            bare = not (m.named_firm or m.organisation or m.kind_hint in _FIRM_LABELS
                        or _HAS_LEGAL.search(m.text) or _FIRM_IN.fullmatch(text, m.end, n.start))
            if bare and not self._bare_seated(text, m, n):
                continue
            if _SEAT_NEXT.match(text, n.end) and not _firm_next(text, n, mentions):
                continue  # "X in Riga and Y": a list the place opens, not X's seat
            place = resolve_mention(n, self.resolver, self.cache, "City") if self.resolver \
                else None
            if place is not None and place.resolved and place.label in ("City", "Region"):
                if bare and place.label == "City":
                    m.country_hint = m.country_hint or place.country
                elif bare:
                    continue
                seats.append(n)
        return seats

    def _comma_seats(self, text: str, mentions: list[Mention], located: list[Mention]
                     ) -> list[Mention]:
        """"Baltic Timber GmbH, Rostock, took 9,000 cubic metres", "a contract with
        Agrochem Sp. z o.o., Lublin, which ...", "to Lantman Maskin, Uppsala, and
        ...": a town set off by commas after a firm, as in an address, says where the
        firm sits; it is no party of its own. A town that goes on a list ("A, Lida,
        Slonim", "A, Lida and B") and a name the gazetteer knows as a place are left."""
        seats = []
        for m, n in zip(mentions, mentions[1:], strict=False):
            if n in located or m in located or m.refers or m.adjectival or n.refers or \
                    n.adjectival or n.organisation or n.kind_hint in (*_FIRM_LABELS, "Country") \
                    or m.kind_hint in _PLACE_LABELS or m.country_hint or m.place_hint or \
                    not self.resolver or not _COMMA_GAP.fullmatch(text, m.end, n.start) or \
                    not _SEAT_CLOSE.match(text, n.end):
                continue
            if not _HAS_LEGAL.search(m.text):
                # (a town before the comma is the first of a list: "to the transport
                # company of Ostrava, Brno.")
                own = resolve_mention(replace(m, kind_hint=None, named_firm=False,
                                              organisation=False),
                                      self.resolver, self.cache, "Company")
                if own.resolved and own.label in _PLACE_LABELS or self.is_person(m.text):
                    continue
            place = resolve_mention(n, self.resolver, self.cache, "City")
            if place.resolved and place.label == "City" and place.country:
                m.country_hint = place.country
                seats.append(n)
        return seats

    def _bare_seated(self, text: str, m: Mention, n: Mention) -> bool:
        """Whether a bare name is an object seated by the town after it: "sells cheese to
        Belmarket in Minsk", "a contract with Agrotek in Balti" (the gazetteer knows no
        place and the firm table no firm of that name; a town's region, "Zhlobin in the
        Gomel region", is read as the town's address)."""
        if m.kind_hint or m.country_hint or m.place_hint or not self.resolver or \
                not _BARE_SEAT_GAP.fullmatch(text, m.end, n.start) or \
                not _SEAT_OBJECT.search(text, max(0, m.start - 40), m.start) or \
                known_firm(m.text) is not None:
            return False
        own = resolve_mention(m, self.resolver, self.cache, "Company")
        return not (own.resolved and own.label in _PLACE_LABELS)

    def _country_seats(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"supplies parts to Leonardo in Italy", "signed a contract with Agrotrade in
        Moldova": a bare name the gazetteer and the firm table do not know, as an object
        of "to", "with", "from", "by" or "for", then "in" and a country, is a firm seated
        there; the country is no party of its own (the parts went to Leonardo, not to
        Italy). A town of that country ("Kotka in Finland") was read before; "in Italy
        and France" names markets, not a seat. Returns the countries so used."""
        if not self.resolver:
            return []
        out = []
        for i, (m, n) in enumerate(zip(mentions, mentions[1:], strict=False)):
            if m.country_hint or m.place_hint or m.refers or m.adjectival or n.refers or \
                    n.adjectival or m.organisation or m.kind_hint not in (None, "Company") or \
                    not _SEAT_OBJECT.search(text, max(0, m.start - 40), m.start):
                continue
            # ("to X from Azerbaijan": where the recipient is from, not the sender)
            if not _COUNTRY_SEAT_GAP.fullmatch(text, m.end, n.start) and not (
                    _FROM_GAP.fullmatch(text, m.end, n.start)
                    and _TO_OBJECT.search(text, max(0, m.start - 40), m.start)):
                continue
            after = mentions[i + 2] if i + 2 < len(mentions) else None
            if after is not None and _SEAT_NEXT.fullmatch(text, n.end, after.start + 1) and \
                    (after.adjectival or after.text.lower() in COUNTRY_BY_NAME):
                continue   # "in Italy and France": markets
            where = resolve_mention(n, self.resolver, self.cache, "Country")
            if not (where.resolved and where.label == "Country" and where.country):
                continue
            table = known_firm(m.text)
            if table is not None and table.country == where.country:
                out.append(n)   # the table's firm, placed where the table has it
                continue
            own = resolve_mention(m, self.resolver, self.cache, "Company")
            if own.resolved or own.label not in _FIRM_LABELS or table is not None:
                continue   # a place, or a firm the table places elsewhere
            m.country_hint = where.country
            m.kind_hint = m.kind_hint or "Company"
            out.append(n)
        return out

    def _list_seats(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"to Artel and Akfa, both from Uzbekistan", "A, B and C, all based in Poland":
        the place after the list says where each member sits (a member the phrase already
        placed keeps its own) and is no party of its own. Returns the places so used."""
        out = []
        for i, n in enumerate(mentions):
            if i < 1 or n.refers or not _LIST_ORIGIN.fullmatch(text, mentions[i - 1].end,
                                                                 n.start):
                continue
            place = resolve_mention(n, self.resolver, self.cache, "City") if self.resolver \
                else None
            if place is None or not place.resolved or not place.country or \
                    place.label not in ("City", "Region", "Country"):
                continue
            members = [mentions[i - 1]]
            for k in range(i - 2, -1, -1):
                if not _LIST_JOIN.fullmatch(text, mentions[k].end, members[0].start):
                    break
                members.insert(0, mentions[k])
            if len(members) < 2 or any(m.adjectival or m.refers for m in members):
                continue   # "both" and "all" speak of two or more
            for m in members:
                if not m.country_hint and self._open_firm(m):
                    m.country_hint = place.country
            out.append(n)
        return out

    def _open_firm(self, m: Mention) -> bool:
        """A name no gazetteer or firm table places: a firm a phrase may place."""
        own = resolve_mention(m, self.resolver, self.cache, "Company")
        return not own.resolved and own.label in _FIRM_LABELS and known_firm(m.text) is None

    def _from_place(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A clause's subject followed by where it comes from and then its verb ("Tokmok
        Glass from Kyrgyzstan delivered bottles to X", "Zhetysu Trade from Kazakhstan has
        bought tractors"): the place gives the firm its country and is no party (it was
        read as the goods' origin). The places it returns are dropped by the caller."""
        out = []
        for m, n in zip(mentions, mentions[1:], strict=False):
            if m.country_hint or m.refers or n.refers or m.adjectival or n.adjectival \
                    or not _FROM_GAP.fullmatch(text[m.end:n.start]) \
                    or not _THEN_VERB.match(text, n.end) \
                    or not _CLAUSE_OPEN.search(text[:m.start]):
                continue
            own = resolve_mention(m, self.resolver, self.cache, "Company")
            if own.resolved and own.label in ("City", "Region", "Country"):
                continue   # "Delegates of Minsk from Belarus ...": a place is no firm
            place = resolve_mention(n, self.resolver, self.cache, "City")
            if place.label in ("City", "Region", "Country") and place.country and (
                    place.resolved or place.label == "Country"):
                m.country_hint = place.country
                out.append(n)
        return out

    def _locate_towns(self, text: str, mentions: list[Mention]) -> None:
        """"Oktyabrsky in Bashkortostan", "Slavgorod (Altai Krai)", "Kirovsk in the
        Leningrad region": the region says which town of that name is meant and is no
        party of its own (it is dropped from ``mentions``). So does a country: "Kotka in
        Finland", "Kemi (Finland)" are those towns, though the gazetteer finds them only
        when asked within that country (before, a bare unknown name: a firm)."""
        if not self.resolver:
            return
        gone = []
        for m, n in zip(mentions, mentions[1:], strict=False):
            if m in gone or m.refers or n.refers or m.adjectival or n.adjectival or \
                    m.organisation or n.organisation or m.kind_hint in _FIRM_LABELS:
                continue
            gap = text[m.end:n.start]
            if re.fullmatch(r",\s*", gap):
                # "Kazan, Tatarstan", "Osh, Kyrgyzstan", "the Kaunas County, Lithuania": an
                # address, one place
                if (m.kind_hint != "Region" and self._address(m, n)) or \
                        self._region_address(m, n):
                    m.end = n.end
                    gone.append(n)
                continue
            if m.kind_hint == "Region":
                continue
            # ("Salisbury (Maryland, USA)": the region's country after it, in the brackets)
            close = _BRACKET_END.match(text, n.end)
            if close and close.group(1) and not country_code(close.group(1)):
                close = None
            bracket = re.fullmatch(r"\s*\(\s*", gap) and close
            # "Lida, a district centre of the Grodno region, and ...": an apposition
            apposition = _TOWN_APPOSITION.fullmatch(gap) and re.match(r"\s*[,;)]", text[n.end:])
            if not (bracket or apposition or re.fullmatch(r"\s+in\s+(?:the\s+)?", gap)
                    or _SET_OFF_IN.fullmatch(gap) and re.match(r"\s*[,;)]", text[n.end:])):
                continue
            region = resolve_mention(n, self.resolver, self.cache, "Region")
            country = region.label == "Country" and not apposition
            if not (region.resolved and region.country and (region.label == "Region" or country)):
                continue
            plain = resolve_mention(m, self.resolver, self.cache, "City") if country else None
            if country and (known_firm(m.text) is not None or _plain_place(plain)
                            and plain.label != "City"):
                # a firm the table knows; a region or country the gazetteer reads unasked
                # ("Minsk in Belarus", "Rauma in Finland" and "Brest in France" are towns)
                continue
            town = resolve_mention(replace(m, country_hint=region.country, kind_hint="City"),
                                   self.resolver, self.cache, "City")
            if town.resolved and town.label == "City" and town.country == region.country:
                # One mention, so the clause reads "Oktyabrsky in Bashkortostan and B".
                # The span covers the region, the name stays the town's.
                m.end = close.end() if bracket else n.end
                if _SET_OFF_IN.fullmatch(gap):
                    # ("Porto, in Portugal, is a sister city": the closing comma too)
                    m.end += len(re.match(r"\s*,?", text[n.end:]).group(0))
                m.country_hint, m.kind_hint = region.country, "City"
                gone.append(n)
                gone.extend(x for x in mentions if n.end < x.start < m.end and x not in gone)
        gone += self._side_towns(text, mentions, gone)
        _both_towns(text, [m for m in mentions if m not in gone])
        for n in gone:
            mentions.remove(n)

    def _side_towns(self, text: str, mentions: list[Mention], gone: list[Mention]
                    ) -> list[Mention]:
        """"with Dolno Varvitsa on the Bulgarian side of the river", "Stelvara on the
        Romanian bank": the side or bank of a border that a name stands on says whose place it is,
        and that it is a place (before, a bare unknown name took the relation's default
        kind and the partner's other country); the side is no party of its own."""
        out = []
        for m in mentions:
            side = _ON_SIDE.match(text, m.end)
            cc = DEMONYMS.get(side.group(1).lower()) if side else None
            if not cc or m in gone or m.refers or m.adjectival or m.organisation or \
                    m.kind_hint in (*_FIRM_LABELS, "Country") or m.named_firm:
                continue
            own = resolve_mention(replace(m, kind_hint="City", country_hint=cc),
                                  self.resolver, self.cache, "City")
            if own.resolved and own.country != cc:
                continue   # a place the gazetteer knows elsewhere: not this side's
            m.country_hint, m.kind_hint = cc, m.kind_hint or "City"
            out += [n for n in mentions if side.start(1) <= n.start < side.end()
                    and n not in gone]
        return out

    def _region_address(self, m: Mention, n: Mention) -> bool:
        """Whether "m, n" is a region and the country it lies in ("the Kaunas County,
        Lithuania"): the country states where the region is, as a town's does."""
        where = resolve_mention(n, self.resolver, self.cache, "Country")
        if not (where.resolved and where.label == "Country" and where.country):
            return False
        region = resolve_mention(replace(m, country_hint=where.country), self.resolver,
                                 self.cache, "Region")
        if not (region.resolved and region.label == "Region" and region.country == where.country):
            return False
        m.country_hint = where.country
        return True

    def _address(self, m: Mention, n: Mention) -> bool:
        """Whether "m, n" is a town and the region or country it lies in ("Kazan,
        Tatarstan", "Harbin, Heilongjiang", "Osh, Kyrgyzstan"), read as one place: the
        gazetteer's town of that name lies in that region (its parent) or country. The
        town keeps its name; the country is stated for it."""
        where = resolve_mention(n, self.resolver, self.cache, "Region")
        if not where.resolved or where.label not in ("Region", "Country") or not where.country:
            return False
        town = resolve_mention(replace(m, country_hint=where.country, kind_hint="City"),
                               self.resolver, self.cache, "City")
        if not (town.resolved and town.label == "City" and town.country == where.country):
            return False
        if where.label == "Region":
            parent = self.resolver.gazetteer.parent(town.id)
            if parent != where.id:
                return False
            m.kind_hint = "City"
        m.country_hint = where.country
        return True

    # -- places named so far ---------------------------------------------------
    def remember(self, sentence: int, offset: int, party: Party) -> None:
        self.places.remember(sentence, offset, party)
        self._starts.setdefault(sentence, self.offset)
        self._salient.append((self.offset + offset, party))
        self._seen.append((sentence, offset, party))
        if "/" in party.name and party.resolved and party.label in ("City", "Region"):
            self._two_names.update({name: party for name in party.name.split("/")})

    def last_named_actor(self) -> Party | None:
        """The last sentence's actor the text named by name (not by reference)."""
        for s in sorted(self._actors, reverse=True):
            party = self._actors[s][1]
            if not (party.reason or "").startswith("named by reference"):
                return party
        return None

    def actor_of(self, sentence: int) -> str | None:
        """The id of the actor the sentence had, if any."""
        got = self._actors.get(sentence)
        return got[1].id if got is not None else None

    def actor_offset(self, sentence: int) -> int | None:
        """Where in the sentence its actor was named, if it had one."""
        got = self._actors.get(sentence)
        return got[0] if got is not None else None

    def acted(self, sentence: int, party: Party | None, offset: int = 0) -> None:
        """The actor of a sentence (its first party no preposition governs): "The city"
        or "the company" in the next sentence, or "it" later in the same one, is most
        likely it."""
        if party is not None and not self._weak(party, offset):
            self._actors[sentence] = (offset, party)
            if (party.reason or "").startswith(("named by reference", "the firm its section")):
                self._salient.append((self.offset + offset, party))  # "The plant ships ..."
            self._acting.add(party.id)
            self._actors.pop(sentence - 4, None)
            if party.label == "Region":
                self._region_actors.append((sentence, party))
            if party.label == "Region" and party.reason and party.reason.startswith("named by"):
                self.places.remember(sentence, offset, party)  # a region spoken of stays salient

    def _times_named(self, name: str) -> int:
        """How often the text names ``name`` as a word, counted up to 2 and exact only
        at 2 (the callers ask only whether it is named more than once; a whole-text
        search per name cost a tenth of a second on a monograph)."""
        if name not in self._named_times:
            times = min(self._speaker_text.count(name), 2)   # an upper bound, cheap
            if times == 2:   # inside other words ("Ural" in "Uralkali") do not count
                words = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                                    self._speaker_text)
                times = sum(1 for _ in itertools.islice(words, 2))
            self._named_times[name] = times
        return self._named_times[name]

    def _weak(self, party: Party, offset: int) -> bool:
        """A capitalised word opening a sentence that nothing marks as a firm and the
        text never repeats ("Wages grew", "Insulation compounds are imported"): a
        common noun more likely than a firm, so no antecedent of "the company"."""
        if not (offset == 0 and party.label == "Company" and not party.resolved and
                " " not in party.name and self.names.lookup(party.name) is None and
                party.reason == "not in the gazetteer" and self._times_named(party.name) < 2):
            return False
        # ("Tulamash makes pumps": what a firm does follows its name)
        at = self.offset + len(party.name)
        # ("Kivi and Ritms agreed", "Kivi, a truck maker, ...": a list or an apposition
        # of names; "Machinery and equipment came": a common noun)
        return not _FIRM_VERB.match(self._speaker_text, at) and not re.match(
            r"\s*[,(]|\s+(?:and|&)\s+[A-Z]", self._speaker_text[at:at + 12])

    def actor_before(self, sentence: int, offset: int, partner: Party | None = None
                     ) -> Party | None:
        """The actor of this sentence before ``offset``, else of one of the two before.
        An earlier sentence whose subject joined two of a kind ("A and B are ...") gives
        the one of them that can pair with ``partner`` (see :func:`pairable`), or None
        when both can or no partner is known."""
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is not None and (s_i < sentence or found[0] < offset):
                group = self.joined_subject(s_i, found[1]) if s_i < sentence else []
                fits = pairable(group, partner) if group and partner is not None else group
                if len({p.id for p in fits}) >= 2:
                    return None   # "A and B are ...": which of them goes on, is not said
                return fits[0] if fits else found[1]
        return None

    def joined_subject(self, s_i: int, party: Party) -> list:
        """The members of sentence ``s_i``'s subject that joins two or more of a kind
        when ``party`` (its actor) is one of them ("A and B are ..."); [] otherwise."""
        from relgraph.loaders.extract.reference_chain import group_at

        group = group_at(self, s_i)
        return group if any(p.id == party.id for p in group) else []

    def _opens_sentence(self, sentence: int, m: Mention) -> bool:
        """Whether this sentence's actor opens it as its subject ("The X Region buys",
        "In 2019 X sold") and comes before the reference ``m``."""
        found = self._actors.get(sentence)
        if found is None or found[0] >= m.start:
            return False
        lead = self._speaker_text[self.offset:self.offset + found[0]]
        return bool(_SUBJECT_LEAD.fullmatch(lead))

    def _actor_for(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """The actor a reference most likely means: this sentence's, when it comes before
        the reference (or is it), else the last or the one before."""
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is None or (s_i == sentence and found[0] > m.start):
                continue
            party = found[1]
            if m.country_hint and party.country != m.country_hint and (
                    _guessed(party) or not party.country) and party.label in _FIRM_LABELS \
                    and m.refers == "Company":
                # "The Russian company" after "KAMAZ ...": the reference says where the
                # firm is, which the text had not said before.
                prefix, _, rest = party.id.partition(":")
                party = replace(party, country=m.country_hint,
                                id=f"{prefix}:{m.country_hint.lower()}:{rest.split(':', 1)[-1]}",
                                reason="country stated by a reference")
                self.homes.learn(party)
                entry = self.names.lookup(found[1].name)
                if entry is not None:
                    entry.country = m.country_hint
            if (other is not None and party.id == other.id) or (
                    m.country_hint and party.country != m.country_hint):
                continue
            if s_i == sentence and found[0] == m.start and m.refers:
                # The reference is itself the actor: look further back.
                continue
            return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def one_of_pair(self, m: Mention, sentence: int, other: Party | None = None) -> bool:
        """Whether a singular reference ("it", "its", "the company", "the city", "the
        region") follows a subject that joined two or more parties of its kind ("A and B
        are old mill towns. The city signed ..."), more than one of which can pair with
        ``other``: either may be meant, so the reference stays unresolved rather than
        take the last named. The subject looked at is the one the reference would go
        back to: this sentence's before it, else the last sentence's, else the one
        before; a country the reference states ("the Dutch city") may single one out,
        and so may the other side (a place does not pair with a place of its own
        country: "A (Russia) and B (Belarus) signed ... An agreement with C (Belarus)")."""
        if m.refers not in _SINGULAR_KINDS or _PLURAL_REF.match(m.text) or \
                _DEFINED_REF.fullmatch(m.text):
            return False
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is None or s_i == sentence and found[0] >= m.start:
                continue
            group = self.joined_subject(s_i, found[1])
            fits = [p for p in group if _SINGULAR_KINDS[m.refers](p)
                    and (not m.country_hint or p.country == m.country_hint)]
            head = m.text.split()[-1].lower()
            if head not in _GENERIC_HEADS:
                # ("the voivodeship", "the krai": the one whose name holds that word)
                fits = [p for p in fits if head in f"{p.name} {p.canonical or ''}".lower()]
            if other is not None:
                # (none of them pairs with the other side: the reference goes back further)
                fits = pairable(fits, other)
            return len({p.id for p in fits}) >= 2
        return False

    def _town_actor(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """The town "the town", "the city" or "the Finnish town" means when the last
        actor is a name read as an unknown firm (no legal form, no firm's word): the
        gazetteer's town of that name, in the reference's country when it states one."""
        for s_i in (sentence, sentence - 1):
            found = self._actors.get(s_i)
            if found is None or (s_i == sentence and found[0] >= m.start):
                continue
            town = self.as_town(found[1], m.country_hint)
            if town is None or (other is not None and town.id == other.id):
                return None
            return replace(town, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def as_town(self, party: Party, country: str | None = None) -> Party | None:
        """The gazetteer's town of a name read alone as an unknown firm (no legal form,
        no firm's word: "Kouvola is a railway hub"), when a twinning or "the town" says
        a town is meant; a party read by reference is looked up by its actor's name."""
        if party.label not in _FIRM_LABELS or party.resolved or not self.resolver:
            return None
        name = party.name
        if (party.reason or "").startswith("named by reference") or not _TOWN_LIKE.fullmatch(name):
            # ("it", "Its": the actor it was read from, by its id)
            name = next((p.name for _, p in self._actors.values() if p.id == party.id
                         and not (p.reason or "").startswith("named by reference")), "")
        if not _TOWN_LIKE.fullmatch(name):
            return None
        n = Mention(name, 0, len(name), "City", country_hint=country or party.country)
        town = resolve_mention(n, self.resolver, self.cache, "City")
        return town if town.resolved and town.label == "City" else None

    def antecedent(self, m: Mention, sentence: int, other: Party | None = None
                   ) -> Party | None:
        """The party a referring mention points at (``m.refers``: Region, Country, City,
        Company or Place), or None when nothing fits within its window. A firm referred
        to is one its section has named (a heading is a border), or the text's own."""
        if m.refers == "Described":
            return self._by_description(m, sentence, other)
        if m.refers == "Partner":
            return self._partner_of(m, sentence, other)
        if m.refers == "Actor" and _BETWEEN_IT.search(self._speaker_text, 0,
                                                       self.offset + m.start):
            # "the agreement between it and B": a side of a pair is the party spoken of
            # (the actor of this sentence or the two before), never a place named only
            # as a venue ("A fair opened in Kazan. The agreement between it and B")
            return self._actor_for(m, sentence, other)
        if m.refers in ("Company", "Body"):
            defined = self._defined_firm(m)
            if defined is not None and (other is None or other.id != defined.id):
                return defined
        if m.refers == "City" and _THE_CITY.fullmatch(m.text):
            opener = self._possessive_opener(sentence - 1, "City")
            if opener is not None and (other is None or opener.id != other.id):
                return replace(opener, name=m.text, reason=f"named by reference ({m.text!r})")
        found = self._antecedent(m, sentence, other)
        if m.refers == "Country" and _A_STATE.fullmatch(m.text):
            found = self._federal_state(m, sentence, other) or found
        if m.refers == "Region" and found is not None:
            found = self._of_the_nouns_country(m, found, sentence, other)
        if found is None or m.refers not in ("Company", "Actor") or \
                found.label not in _FIRM_LABELS:
            return found
        if m.refers == "Company":
            found = self._headed_firm(m, found, sentence, other) or found
        at = self.offset + m.start
        lo = self._section(at)
        if lo and not any(lo <= x and p.id == found.id for x, p in self._salient) and not (
                self._speaker and self._speaker.id == found.id):
            sole = self._sole_firm_before(lo, at)
            return found if sole is not None and sole.id == found.id else None
        return found

    def _possessive_opener(self, s_i: int, label: str) -> Party | None:
        """The place of ``label`` that opens sentence ``s_i`` in the possessive
        ("Genoa's ties with the Balkans are old. The city ..."): what the sentence is
        about, whatever town it names later (the name is read afresh: the words after a
        possessive may have been read as a firm's name with it)."""
        from relgraph.loaders.extract.mentions import Mention

        start = self._starts.get(s_i)
        if start is None:
            return None
        opener = _POSSESSIVE_OPENER.match(self._speaker_text, start)
        if opener is None:
            return None
        name = opener.group(1)
        p = self.party(Mention(name, 0, len(name), label), label)
        return p if p.label == label and p.resolved else None

    def _federal_state(self, m: Mention, sentence: int, other: Party | None
                       ) -> Party | None:
        """"The state" after a state of a federation acted ("Meghalaya's trade with A is
        old. For decades the state has sold limestone to B"): that state, the latest
        actor of its sentence or the three before when the actor is such a state; else
        None (the nation the text speaks of), unless the text is a federation's state's
        own (its government's report or page: there "the State" is the writer).

        (the latest state named is not it: "less formal than Tripura's" names a rival)"""
        for s_i in range(sentence - 1, max(-1, sentence - 4), -1):
            got = self._actors.get(s_i)
            if got is None:
                continue
            party = got[1]
            if _federal_region(party) and (other is None or party.id != other.id):
                return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
            break
        own = self.speaker if self._own_state() else None
        if own is not None and (other is None or own.id != other.id):
            return replace(own, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def _by_description(self, m: Mention, sentence: int, other: Party | None
                        ) -> Party | None:
        """"The Chinese buyer", "our German customer", "its Ukrainian sister city": the
        latest party before it, in its sentence or the two before, of the kind its role
        names and the country its nationality names, not the other side, else the only
        one named earlier in the text; nobody when none is, or when the nearest sentence
        that has one (or the text, further back) has two."""
        if m.place_hint and m.country_hint is None:
            return self._by_seat(m, sentence, other)
        kinds = _FIRM_LABELS if m.kind_hint == "Company" else (m.kind_hint,)
        fits = [(s_i, party) for s_i, off, party in self._seen
                if (s_i < sentence or s_i == sentence and off < m.start)
                and party.label in kinds and party.country == m.country_hint
                and (other is None or party.id != other.id)]
        near = [(s_i, p) for s_i, p in fits if sentence - s_i <= 2]
        # (the nearest sentence that has one; else, further back, the only such party
        # the text has named: "our German customer" of a report's list of customers)
        found = [(s_i, p) for s_i, p in near if s_i == near[-1][0]] if near else fits
        if not found:
            return None
        if len({p.id for _, p in found}) > 1:
            return None
        return replace(found[0][1], name=m.text, reason=f"named by reference ({m.text!r})")

    def _partner_of(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"Its new partner", "the partner": the one firm its sentence named before it
        besides the other side ("X and Y signed a memorandum, with X to ship fillets to
        its new partner"), else the one firm the sentence before named besides it;
        nobody when there are two, or none."""
        for s_i in (sentence, sentence - 1):
            firms = {p.id: p for at_s, off, p in self._seen if at_s == s_i
                     and (s_i < sentence or off < m.start) and p.label in _FIRM_LABELS
                     and (other is None or p.id != other.id)}
            if len(firms) > 1:
                return None
            if firms:
                found = next(iter(firms.values()))
                return replace(found, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def _seated_at(self, town: str, sentence: int, other: Party | None = None
                   ) -> Party | None:
        """The firm seated in ``town`` a description of it in ``sentence`` means: the
        latest in its sentence's two before, else the only one the text has seated there;
        nobody when none is, or two are equally near."""
        fits = [(s_i, p) for s_i, at, p in self._seats if at == town and s_i < sentence
                and (other is None or p.id != other.id)]
        near = [(s_i, p) for s_i, p in fits if sentence - s_i <= 2]
        found = [(s_i, p) for s_i, p in near if s_i == near[-1][0]] if near else fits
        ids = {p.id for _, p in found}
        return found[-1][1] if len(ids) == 1 else None

    def _by_seat(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"The Dillingen mill": the firm seated in Dillingen (see ``_seated_at``)."""
        found = self._seated_at(m.place_hint or "", sentence, other)
        return replace(found, name=m.text, reason=f"named by reference ({m.text!r})") \
            if found is not None else None

    def note_seat(self, sentence: int, text: str, m: Mention, party: Party) -> None:
        """Keep the town the sentence seats a firm in ("X of Dillingen", "the Hamburg
        importer X", "X, Trieste", "Osaka-based X") beside the firm."""
        if m.refers or m.adjectival or party.label not in _FIRM_LABELS:
            return
        town = seat_of(text, m)
        if town is not None and _fold(party.name) != town:
            self._seats.append((sentence, town, party))

    def as_seated(self, text: str, mentions: list[Mention], sentence: int) -> list[Mention]:
        """"The Dillingen mill", "its Trieste roaster": a firm the text seated in that
        town before, read as a reference to it; where no such firm is (or two are), the
        phrase keeps its older readings (a town, or a firm of its own)."""
        if not self._seats:
            return mentions
        for start, end, town, phrase in seat_references(text):
            if self._seated_at(town, sentence) is None:
                continue
            mentions = [x for x in mentions if not start <= x.start < end]
            mentions.append(Mention(phrase, start, end, "Company", refers="Described",
                                    place_hint=town))
        return sorted(mentions, key=lambda x: x.start)

    def note_defined(self, text: str, mentions: list[Mention]) -> None:
        """Note the firms this sentence defines a short name for ('KAMAZ PJSC (the
        "Company")'): "the Company" means that firm from then on."""
        for m in mentions:
            if m.refers or m.adjectival:
                continue
            d = defined_term(text, m.end)
            if d is None or d[1].lower() not in _OWN_HEADS:
                continue
            p = self.party(m, "Company")
            if p.label in _FIRM_LABELS:
                self._defined[d[1].lower()] = p

    def defined_firm(self) -> Party | None:
        """The firm the text defined as "the Company" (or "the Group" ...) so far: a
        report or a contract of that firm's."""
        return next((self._defined[t] for t in ("company", "group", "holding", "plant",
                                                "corporation", "concern") if t in self._defined),
                    None)

    def own_firm(self) -> Party | None:
        """The firm the text speaks for: the one it defined as "the Company" (or "the
        Group" ...), else the firm its letterhead or title names."""
        defined = self.defined_firm()
        if defined is not None:
            return defined
        sp = self.speaker
        return sp if sp is not None and sp.label == "Company" else None

    def as_defined(self, mentions: list[Mention]) -> list[Mention]:
        """A defined term written as a name ("The Company's products"): a reference to
        the firm it was defined for, no firm of that name."""
        if not self._defined and not any(_GROUP_WORD.fullmatch(m.text) for m in mentions):
            return mentions
        return [replace(m, refers="Company", kind_hint=None)
                if not m.refers and not m.adjectival and self._defined_firm(m) is not None
                else m for m in mentions]

    def _defined_firm(self, m: Mention) -> Party | None:
        """The firm the text defined the bare noun of ``m`` ("the Company", capitalised
        as defined) to mean."""
        words = m.text.strip('"“”').split()
        if len(words) > 2 or len(words) == 2 and \
                words[0].lower() not in ("the", "this") or not words[-1][:1].isupper():
            return None   # ("the company" in lower case: any firm, left to the other rules)
        p = self._defined.get(words[-1].lower())
        if p is None and _GROUP_WORD.fullmatch(m.text):
            # "The Group consists of ...", "the Group's revenue" in the report of a firm
            # its letterhead names (AB ROKIŠKIO SŪRIS), undefined: that firm's group
            sp = self.speaker
            p = sp if sp is not None and sp.label == "Company" else None
        return replace(p, name=m.text, reason=f"a term the text defined ({m.text!r})") \
            if p is not None else None

    def _company_as_term(self) -> bool:
        """Whether the text writes "the Company" capitalised inside a sentence, as a
        firm's own report names itself."""
        if self._company_term is None:
            self._company_term = bool(_COMPANY_TERM.search(self._speaker_text))
        return self._company_term

    def two_countries(self) -> tuple[Party, Party] | None:
        """The two countries a text is about: named most, each at least twice, and no
        third named half as often as the second ("Regions of Kazakhstan and Uzbekistan
        signed ... / ... the two countries signed a programme")."""
        ranked = self.country_counts.most_common(3)
        if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) == 3 and
                                                    2 * ranked[2][1] >= ranked[1][1]):
            return None
        a, b = (self.party(Mention(COUNTRY_NAME[cc], 0, 0, "Country", cc), "Country")
                for cc, _n in ranked[:2])
        return (a, b) if a.label == b.label == "Country" else None

    def _headed_firm(self, m: Mention, found: Party, sentence: int, other: Party | None
                     ) -> Party | None:
        """"The holding", "the group", "the concern": a firm whose own name carries that
        head word ("Amkodor Holding"), when the firm the nearer rules found does not (the
        last firm named, "the national road company Putevi Srbije"): the word names a
        firm of that kind, not the one named last (see ``_NAME_HEADS``)."""
        head = m.text.split()[-1].lower()
        if head not in _NAME_HEADS or self._has_head(found, head):
            return None
        sp = self.speaker
        if sp is not None and sp.label in _FIRM_LABELS and self._has_head(sp, head) and (
                other is None or other.id != sp.id):
            return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > self.WINDOW["City"]:
                break
            if party.label in _FIRM_LABELS and self._has_head(party, head) and (
                    other is None or party.id != other.id):
                return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def _letterhead_says(self, head: str) -> bool:
        """Whether the text's first line calls its firm so ('OJSC "Polesie" -
        Managing Company of the Holding "Agrotech"': "the holding" is that firm)."""
        first = next((x for x in self._head if x), "")
        return head in {w.lower() for w in re.findall(r"[A-Za-z]+", first)}

    def _has_head(self, p: Party, head: str) -> bool:
        """Whether a firm's name, as written anywhere or canonical, has the word (a
        reference's own words, "the holding", are no name)."""
        names = {p.name, p.canonical or ""} | {q.name for _x, q in self._salient if q.id == p.id}
        return any(head in {w.lower() for w in re.findall(r"[A-Za-z]+", n)} for n in names
                   if not _REFERENCE_NAME.match(n))

    def _sole_firm_before(self, lo: int, at: int) -> Party | None:
        """The one firm the text named before the section starting at ``lo``, when the
        section up to ``at`` names none: under a heading that names no firm ("Exports",
        "Sales abroad"), a text about one firm goes on about it."""
        if any(lo <= x < at and p.label in _FIRM_LABELS for x, p in self._salient) or \
                _NUMBERED.match(self._speaker_text, lo):
            return None   # (a numbered section, "3.5. Food industry", is a topic of its own)
        before = {p.id: p for x, p in self._salient if x < lo and p.label in _FIRM_LABELS}
        if len(before) != 1:
            return None
        # ... when the text's first line names it: the text is about that firm ("Amkodor
        # is a maker of ...", "SAVUSHKIN PRODUCT - ANNUAL REPORT"), not a section's
        # ("Trucks / MAZ makes trucks ... / Dairy / The plant sells butter")
        firm = next(iter(before.values()))
        lead = self._speaker_text.split("\n", 1)[0].lower()
        names = {p.name.lower() for _x, p in self._salient if p.id == firm.id}
        return firm if any(n and n in lead for n in names) else None

    def _of_the_nouns_country(self, m: Mention, found: Party, sentence: int,
                              other: Party | None) -> Party | None:
        """"the voivodeship" names a Polish region, "the aimag" a Mongolian one: a region
        of another country found for it (the Ukrainian oblast named last) gives way to
        the last region of the noun's country in the window, else to none."""
        cc = _NOUN_COUNTRY.get(m.text.lower().split()[-1])
        if cc is None or found.country in (None, cc):
            return found
        mine = self.places.antecedent(replace(m, country_hint=cc), sentence, m.start,
                                      other.country if other is not None else None)
        if mine is None or (other is not None and other.id == mine.id):
            return None
        return replace(mine, name=m.text)

    def _antecedent(self, m: Mention, sentence: int, other: Party | None = None
                    ) -> Party | None:
        kind = m.refers
        if kind == "Speaker":
            place = PLACE_WORDS.get(m.text.split()[-1].lower())
            if place:
                return self._our_place(m, sentence, other, place)
            # (a remark's own attribution before the letterhead's body)
            sp = self._person_speaker(m, sentence, other)
            if sp is _NOBODY:
                return None   # said by a person who speaks for no firm the text names
            sp = sp or self.quoted_speaker(self.offset + m.start, reach=400) or self.speaker
            if sp is None and not (m.text.lower() == "our" and _APPOSED.search(
                    self._speaker_text, 0, self.offset + m.start)):
                # (a firm's own report that defined its short name, "X (the Company)",
                # with no letterhead: "we" is that firm, before the topic of the passage;
                # "Y, our subsidiary, ..." is Y)
                sp = self.defined_firm()
            sp = sp or self._referenced_speaker(m, sentence, other) \
                or self._quote_topic(m, sentence, other) \
                or self.quoted_speaker(self.offset + m.start)
            if sp is None or (other is not None and other.id == sp.id):
                return None
            return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        if kind == "Body":
            return self._body(m, sentence, other)
        if kind == "Pair":
            return self._pair_member(m, sentence, other)
        if kind == "Region" and _FREE_STATE_REF.fullmatch(m.text):
            return self._free_state(m, sentence, other)
        if kind == "Company" and named_in_apposition(self._speaker_text, self.offset + m.end):
            return None   # "The company, the Kostanay machine builder Agromash, ...": named
        if kind == "Company" and _THAT_FIRM.match(m.text):
            # "X supplied trout to the buyer Y and will renew its agreement with that
            # firm": the firm this sentence named before it, besides the other side (as
            # "that region" is the region named before it)
            here = next((p for s_i, at, p in reversed(self._seen) if s_i == sentence
                         and at < m.start and p.label in _FIRM_LABELS
                         and (other is None or p.id != other.id)), None)
            if here is not None:
                return replace(here, name=m.text, reason=f"named by reference ({m.text!r})")
        if kind == "Company":
            own = self._reporting_firm(m, sentence, other)
            if own is not None:
                return own
        if self.one_of_pair(m, sentence, other):
            return None
        if kind in ("Company", "Actor") and not self._named_here(
                _FIRM_LABELS if kind == "Company" else _FIRM_LABELS + _PLACE_LABELS,
                sentence, m.start, _NOBODY):
            # A paragraph that opens on "the enterprise" or "its" goes on about the firm
            # its section speaks of, not the last one the paragraph before mentioned;
            # an answer, about the firm its question named.
            found = self._question_firm(m, other) or self._section_firm(m, other)
            if found is not None:
                return found
        if kind == "Region" and _THAT_REGION.match(m.text):
            # "... in Kostanay Region was concluded with the akimat of that
            # region": the region this sentence named before it
            # (when that is the other side, the sentence relates no second region)
            here = next((p for s_i, at, p in reversed(self._seen) if s_i == sentence
                         and at < m.start and p.label == "Region"), None)
            if here is not None:
                if other is not None and here.id == other.id:
                    return None
                return replace(here, name=m.text, reason=f"named by reference ({m.text!r})")
        if kind == "Region" and _ORGAN_REF.search(m.text):
            # "the akimat", "the regional government": in a text a region's organ writes
            # (its letterhead), its own; else the region spoken of.
            sp = self.speaker
            if sp is not None and sp.label == "Region" and (other is None or other.id != sp.id):
                return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        if kind == "Region" and HEAD_TITLE.search(m.text):
            return self._headed_region(m, sentence, other)
        # A region's trade "to Belarus" is no Belarusian region's: with a country on the
        # other side, the regions of that country are no antecedent.
        abroad = other.country if other is not None and other.label == "Country" else None
        if kind == "Region" and _DEFINED_REGION.fullmatch(m.text):
            # "the Region" capitalised, as a report defines "the Company": the text's own
            # region, whatever region the paragraph named before it (one the gazetteer
            # does not know too, when its country is clear: "Regione X" heading it)
            sp = self.speaker
            if sp is not None and sp.label == "Region" and (
                    sp.resolved or sp.reason in (SPOKEN_REGION, _OWN_HEAD_REGION)) and \
                    (other is None or other.id != sp.id):
                return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        if kind == "Region" and not m.country_hint:
            # "the region" in a text a region's organ writes is that region, unless the
            # paragraph has named another region (not of the other side's country) before it
            # (an interview's answer is a paragraph of its own: its guest's "the province"
            # is no region an earlier answer named).
            sp = self.speaker
            if sp is not None and sp.label == "Region" and (other is None or other.id != sp.id) \
                    and sp.country != abroad \
                    and not self._named_here(("Region",), sentence, m.start, sp, abroad,
                                             self._answer_start(sentence)):
                return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        if kind == "City" and not m.country_hint and _THE_TOWN_WORD.fullmatch(m.text):
            # "the city" in an interview's answer with a town's mayor is the guest's town
            # (the answer is a paragraph of its own), unless the answer has named another
            # town before it: a partner an earlier answer named last is not meant
            sp = self.speaker
            answer = self._answer_start(sentence)
            if sp is not None and sp.label == "City" and sp.resolved and answer is not None \
                    and (other is None or other.id != sp.id) \
                    and not self._named_here(("City",), sentence, m.start, sp, None, answer):
                return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        if kind == "Region" and not m.country_hint:
            acted = self._region_that_acted(m, sentence, other)
            if acted is not None:
                return acted
        if kind == "Region":
            named = self._region_by_noun(m, sentence, other)
            if named is not None:
                return named
        if kind in ("City", "Region") and not m.country_hint:
            own = self._section_own_place(m, kind, other)
            if own is not None:
                return own
        actor = self._actor_for(m, sentence, other)
        if kind == "Region" and actor is not None and actor.label == "Region" and (
                m.country_hint or actor.country != abroad):
            return actor
        if kind == "Region" and not m.country_hint:
            topic = self._paragraph_region(sentence, m.start, other, abroad)
            if topic is not None:
                return replace(topic, name=m.text, reason=f"named by reference ({m.text!r})")
        if kind == "Region":
            found = self.places.antecedent(m, sentence, m.start, abroad)
            if found is not None:
                return found
            return self._last(("Region",), sentence, m, country=m.country_hint,
                              window=3) if not m.country_hint else None
        kinds = {"Country": ("Country",), "City": ("City",), "Company": _FIRM_LABELS,
                 "Place": ("City", "Region", "Country"),
                 "Actor": _FIRM_LABELS + ("City", "Region", "Country")}.get(kind or "", ())
        if not kinds:
            return None
        if kind == "Actor" and actor is not None and self._opens_sentence(sentence, m):
            # "The Smolensk Region buys its buses from MAZ, and its lifts come from X":
            # "its" is the subject the sentence opened with, not a firm named after it.
            return actor
        if kind == "Actor" and (actor is None or actor.label not in _FIRM_LABELS):
            # "The buyers of cheese from the X dairy are chains in Moscow, and its yoghurts
            # are sold in Kazan": goods' owner is the firm the sentence named, not a place.
            firm = next((party for s_i, off, party in reversed(self._seen)
                         if s_i == sentence and off < m.start and party.label in _FIRM_LABELS
                         and (other is None or party.id != other.id)), None)
            if firm is not None:
                return replace(firm, name=m.text, reason=f"named by reference ({m.text!r})")
        if actor is not None and kind in ("City", "Company", "Actor") and actor.label in kinds:
            return actor
        if kind == "City":
            # "Hamina is a small fortress town ... The town has been a twin of X": the
            # actor the resolver read alone as an unknown firm is the town of its name.
            town = self._town_actor(m, sentence, other)
            if town is not None:
                return town
        if kind == "Actor":
            # "its buyers": the firm spoken of, else the place.
            return self._last(_FIRM_LABELS, sentence, m, other=other) or self._last(
                kinds, sentence, m, other=other) or self._own_firm(m, other) or \
                self._section_firm(m, other)
        if kind == "Country" and "republic" in m.text.lower() and not m.country_hint:
            return self._republic(m, sentence, other)
        skip = self.subject if kind == "Country" else None
        found = self._last(kinds, sentence, m, country=m.country_hint, skip_country=skip,
                           other=other)
        if found is None and kind == "Country" and skip:
            found = self._last(kinds, sentence, m, country=m.country_hint, other=other)
        if found is None and kind == "Company":
            found = self._paragraph_firm(m, sentence, other)
        if found is None and kind == "Company":
            found = self._own_firm(m, other) or self._section_firm(m, other)
        return found

    def _section_own_place(self, m: Mention, kind: str, other: Party | None) -> Party | None:
        """"The city" in a page about one town (its title or letterhead: "City of
        Bialystok | Official website" over "... > Partner cities") under a heading whose
        section has named no other place of that kind before it: the page's own town, not
        the town the section before spoke of last ("... of Tver (Russia) since 1999.
        / Further agreements / ... the town has signed these documents:"). A
        heading is a border, as for "the company"."""
        own = self.speaker
        if own is None or own.label != kind or (other is not None and other.id == own.id):
            return None
        at = self.offset + m.start
        lo = max(self._section(at), self._after_items(at))
        # (a town that only names a body or a site, "the Kharkiv industrial park", is
        # no town the section speaks of)
        if not lo or any(lo <= x < at and p.label == kind and p.id != own.id
                         and not self._names_a_site(x) for x, p in self._salient):
            return None
        return replace(own, name=m.text, reason=f"the place the page is about ({m.text!r})")

    def _names_a_site(self, at: int) -> bool:
        """Whether the place named at ``at`` is written as the modifier of a noun after
        "the" ("the Kharkiv industrial park", "the Panevezys free economic zone")."""
        return bool(_THE_BEFORE.search(self._speaker_text, max(0, at - 4), at) and
                    _MODIFIER_OF.match(self._speaker_text, at))

    def _after_items(self, at: int) -> int:
        """Where the paragraph of ``at`` begins when the line before it is an item of a
        list of places ("Alytus (Lithuania) - agreement signed in 2000." over "In 2024
        the city plans to ..."): the list's last item is no topic of the prose after
        it; else 0."""
        text = self._speaker_text
        start = text.rfind("\n", 0, at) + 1
        if not start:
            return 0
        before = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
        return start if _PLACE_ITEM_LINE.match(before) else 0

    def _region_that_acted(self, m: Mention, sentence: int, other: Party | None
                           ) -> Party | None:
        """"The region" as the subject opening a paragraph: the region the text last
        spoke of as a subject, not a region named since as an object of others ("The
        Gomel Region ended the year with record trade. / Gomselmash delivered combines
        to the Bryansk and Kursk regions. / The region has worked with the Bryansk
        Region since the 1990s": Gomel). Within twelve sentences, and only when the
        paragraph names no region before it."""
        if sentence != self.paragraph_start or m.text.split()[-1].lower() not in (
                "region", "oblast", "province"):
            return None
        lead = self._speaker_text[self.offset:self.offset + m.start]
        if lead.strip() and not _SUBJECT_LEAD.fullmatch(lead):
            return None   # (the subject only: "In 2019 the region ...")
        last = next(((s_i, p) for s_i, p in reversed(self._region_actors) if s_i < sentence),
                    None)
        if last is None or sentence - last[0] > 12 or (
                other is not None and other.id == last[1].id):
            return None
        return replace(last[1], name=m.text, reason=f"named by reference ({m.text!r})")

    def _region_by_noun(self, m: Mention, sentence: int, other: Party | None
                        ) -> Party | None:
        """"The voivodeship signed an agreement with the oblast" after "The Brest Region
        and the Lublin Voivodeship are neighbours": the one region of this sentence and
        the one before whose name as written ends in the reference's noun; else, when
        the other side is one of exactly two regions named there, the other of them."""
        head = m.text.lower().split()[-1]
        if head not in _REGION_NOUNS:
            return None   # ("the region" is read as before: most regions are so named)
        named: dict[str, Party] = {}
        here: set[str] = set()
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > 1:
                break
            if party.label == "Region" and party.id not in named and \
                    not party.name[:1].islower():
                named[party.id] = party
                if s_i == sentence:
                    here.add(party.id)
        fits = [p for p in named.values() if p.name.lower().split()[-1:] == [head]
                and (other is None or p.id != other.id)]
        if len(fits) > 1 and len([p for p in fits if p.id in here]) == 1:
            # ("A Krai signed ... . In 2018 B Krai and C signed ..., and later the krai
            # concluded ...": the one its own sentence named)
            fits = [p for p in fits if p.id in here]
        if len(fits) != 1 and other is not None and other.id in named and len(named) == 2:
            fits = [p for p in named.values() if p.id != other.id]
        if len(fits) != 1:
            return None
        return replace(fits[0], name=m.text, reason=f"named by reference ({m.text!r})")

    def _pair_member(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"the former", "the latter region": of the two parties (of the kind its noun
        names) the text named last, in this sentence or the one before, the first or
        the second."""
        head = m.text.lower().split()[-1]
        kinds = _PAIR_KINDS.get(head, _FIRM_LABELS + _PLACE_LABELS)
        two: list[Party] = []
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > 1 or len(two) == 2:
                break
            if party.label not in kinds or party.name[:1].islower() or \
                    party.name.lower().startswith(("the ", "this ", "that ", "its ")) or \
                    any(p.id == party.id for p in two):
                continue
            two.append(party)
        if len(two) < 2:
            return None
        found = two[0] if "latter" in m.text.lower() else two[1]
        if other is not None and found.id == other.id:
            return None
        return replace(found, name=m.text, reason=f"named by reference ({m.text!r})")

    def _paragraph_firm(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"The holding delivered ..." four sentences after "Amkodor reported ...": beyond
        the usual window, the one firm the paragraph has named (and made act, or named
        twice) is the firm it speaks of; with two firms named, neither."""
        start = self.paragraph_start
        firms = {party.id: party for s_i, off, party in self._seen
                 if start <= s_i and (s_i < sentence or (s_i == sentence and off < m.start))
                 and party.label in _FIRM_LABELS and not party.name.lower().startswith(
                     ("the ", "this ", "that ", "it", "its", "we", "our", "us"))}
        if len(firms) != 1:
            return None
        party = next(iter(firms.values()))
        if (other is not None and party.id == other.id) or (
                m.country_hint and party.country != m.country_hint):
            return None
        if not (party.resolved or party.id in self._acting or self._times_named(party.name) > 1
                or self.names.lookup(party.name) is not None):
            return None
        return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")

    def _people(self) -> list[tuple[int, str, Party | None]]:
        """(offset, surname, firm) of the persons the text introduces with their firm."""
        if self._persons is None:
            from relgraph.loaders.extract.mentions import find_mentions

            self._persons = []
            for at, surname, firm, _firm_at in people(self._speaker_text):
                if not firm or firm.startswith("@"):
                    # "the plant's director", "Mayor X": the firm or place spoken of
                    self._persons.append((at, surname, None))
                    self._person_kinds[at] = firm[1:] or "Company"
                    continue
                office = firm.startswith("!")   # "the mayor of X": X is a place
                firm = firm.lstrip("!")
                ms = [x for x in find_mentions(firm) if not x.refers and not x.adjectival]
                if not ms or ms[0].start != 0:
                    continue
                p = self.party(ms[0], "City") if office else self.party(ms[0])
                if p.label in (_FIRM_LABELS + _PLACE_LABELS if office else _FIRM_LABELS):
                    self._persons.append((at, surname, p))
        return self._persons

    def is_person(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the text introduced ("Petrov said")."""
        return any(surname == word for _at, surname, _p in self._people())

    def _quote_topic(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"We" in a quoted remark no one is named as saying: the firm or place the
        paragraph spoke of, the subject of this or the last two sentences ('Amkodor
        opened a hall. Its director is pleased. "We ship loaders to Mongolia."'). Outside
        quotes (a monograph's authors) "we" stays nobody."""
        at = self.offset + m.start
        text = self._speaker_text
        para = text.rfind("\n", 0, at) + 1
        if sum(text.count(q, para, at) for q in ('"', "“", "”")) % 2 == 0 and \
                not _WE_ACT.match(text, self.offset + m.end):
            return None   # outside a remark, only a "we" that ships or signs
        if m.text.split()[-1].lower() in PLACE_WORDS:
            return None   # "our region" is a place (see _our_place)
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is None or s_i < self.paragraph_start or (s_i == sentence and
                                                                found[0] > m.start):
                continue
            party = found[1]
            if party.label in _FIRM_LABELS + _PLACE_LABELS and (
                    other is None or party.id != other.id):
                return party
        return None

    def _person_speaker(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """The firm of the person a remark is attributed to: '"We ship to A," Petrov
        said' after "Ivan Petrov, director of X"; "he said": the person introduced last."""
        at = self.offset + m.start
        who = said_by(self._speaker_text, at)
        if who is None:
            return None
        known = [(o, s_, p) for o, s_, p in self._people() if o < at + 300]
        if who in ("he", "she"):
            before = [x for x in known if x[0] < at and at - x[0] < 1500]
            if before and other_person(self._speaker_text, before[-1][0] + 1, at,
                                       before[-1][1]):
                return _NOBODY   # another person spoke since ("the governor, Ivan Krupko")
            if not before:
                return None
            person = before[-1]
        else:
            named = [x for x in known if x[1] == who]
            if not named:
                return None
            person = named[-1]
        firm = person[2]
        if firm is None:   # "Novik, the plant's director general": the plant spoken of
            kind = self._person_kinds.get(person[0], "Company")
            if kind == "Company":
                firm = self.antecedent(replace(m, refers="Company", kind_hint=None), sentence,
                                       other)
            else:   # "Mayor X": the town spoken of
                firm = self._last((kind,), sentence, m, other=other)
        return firm

    def _section(self, at: int) -> int:
        if self._sections is None:
            self._sections = section_starts(self._speaker_text)
        return max(x for x in self._sections if x <= at)

    def _question_firm(self, m: Mention, other: Party | None) -> Party | None:
        """"The plant", "it" opening an answer ("- What about cars? The X Plant used to
        supply Y. / - It did: the plant delivered engines to Y"): the one firm the
        question before it named (a paragraph with a question mark), not the firm the
        interview spoke of earlier. None when the question named none, or two."""
        text, at = self._speaker_text, self.offset + m.start
        start = text.rfind("\n", 0, at) + 1
        if start <= 1:
            return None
        prev_start = text.rfind("\n", 0, start - 1) + 1
        if "?" not in text[prev_start:start]:
            return None
        def ok(p: Party) -> bool:
            return p.label in _FIRM_LABELS and (other is None or p.id != other.id) and (
                not m.country_hint or p.country == m.country_hint)

        # (the question's subject first: "The X Plant used to be a supplier for Y")
        asked = [self._actors[s_i][1] for s_i in sorted(self._actors, reverse=True)
                 if prev_start <= self._starts.get(s_i, -1) < start]
        firms = {p.id: p for off, p in self._salient if prev_start <= off < start - 1 and ok(p)}
        found = asked[0] if asked and ok(asked[0]) else \
            next(iter(firms.values())) if len(firms) == 1 else None
        if found is None:
            return None
        return replace(found, name=m.text, reason=f"the firm its question named ({m.text!r})")

    def _section_firm(self, m: Mention, other: Party | None) -> Party | None:
        """"The company" whose firm the last sentences did not name: the firm the section
        names most (see :mod:`.firm_references`), never one before its heading."""
        at = self.offset + m.start
        if named_in_apposition(self._speaker_text, self.offset + m.end):
            return None
        lo = self._section(at)

        def ok(p: Party) -> bool:
            return p.label == "Company" and (other is None or p.id != other.id) and (
                not m.country_hint or p.country == m.country_hint) and (
                p.resolved or self.names.lookup(p.name) is not None or p.id in self._acting
                or self._times_named(p.name) >= 2)
        found = salient_firm(self._salient, lo, at, ok)
        if found is None:
            sole = self._sole_firm_before(lo, at)
            found = sole if sole is not None and ok(sole) else None
        if found is None:
            return None
        return replace(found, name=m.text, reason=f"the firm its section speaks of ({m.text!r})")

    def _referenced_speaker(self, m: Mention, sentence: int, other: Party | None
                            ) -> Party | None:
        """"We" in a remark '..., said the company's director': that company."""
        if not referenced_attribution(self._speaker_text, self.offset + m.start):
            return None
        ref = replace(m, refers="Company", kind_hint=None)
        return self.antecedent(ref, sentence, other)

    def _headed_region(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """The region a head of government named by title leads (``HEAD_TITLE``)."""
        sp = self.speaker
        if sp is not None and sp.label == "Region" and sp.resolved:
            if other is not None and other.id == sp.id:
                return None
            return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        actor = self._actor_for(m, sentence, other)
        return actor if actor is not None and actor.label == "Region" else None

    def _our_place(self, m: Mention, sentence: int, other: Party | None, label: str
                   ) -> Party | None:
        """"Our region", "our city": the place whose organ speaks, else the place of that
        kind the passage named last; a firm's director's "our region" is no firm."""
        for sp in (self.quoted_speaker(self.offset + m.start, reach=400), self.speaker):
            if sp is not None and sp.label in ("Region", "City"):
                if other is not None and other.id == sp.id:
                    return None
                return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        kinds = ("Region",) if label == "Region" else ("City",)
        # "Pinsk lies on the Pina, west of Luninets and Stolin. Our city ...": the place
        # the passage is about (the actor of this or the last two sentences) before the
        # place it named last
        for s_i in (sentence, sentence - 1, sentence - 2):
            off, party = self._actors.get(s_i, (None, None))
            if party is not None and party.label in kinds and (
                    s_i < sentence or off < m.start) and (other is None or other.id != party.id):
                return replace(party, name=m.text, reason=f"the place spoken of ({m.text!r})")
        return self._last(kinds, sentence, m, other=other, window=3)

    def _titled_speaker(self) -> bool:
        """Whether the text speaks for a firm its title or letterhead names. Looked up
        on a copy when the speaker is not known yet: looking for it registers the
        mentions it reads, which must not happen in the middle of the text for a
        speaker that is no firm's title."""
        if "titled_speaker" not in self._memo:
            sp = self._speaker if self._speaker is not False else Discourse(
                self.resolver, self._speaker_text, self.common, self._head).speaker
            self._memo["titled_speaker"] = sp is not None and sp.label == "Company" and \
                self._titled_by(sp)
        return self._memo["titled_speaker"]

    def _titled_by(self, firm: Party) -> bool:
        """Whether one of the text's first three lines, a short one (a title or a
        letterhead: "OAO GRODNO AZOT", "Belshina - Annual report"), names ``firm``; a
        speaker read from a body's sentence or a headline about two firms is none."""
        names = {firm.name.lower(), firm.id.rsplit(":", 1)[-1].replace("-", " ")}
        lines = [x for x in self._speaker_text[:600].split("\n") if x.strip()][:3]
        return any(len(x.split()) <= 12 and any(n in x.lower() for n in names if len(n) > 3)
                   for x in lines)

    def _reporting_firm(self, m: Mention, sentence: int, other: Party | None
                        ) -> Party | None:
        """Bare "the company" ("the firm", "the plant") in a firm's own report or
        release (its title or letterhead names it): that firm, not the buyer or partner
        named last ("... the buyer is X. The company supplies Y"). Another firm is meant
        only when this sentence or the one before introduced it as its subject with the
        same noun ("X, a Tallinn trading company, opened ... The company ..."); a noun
        with a modifier ("the Chinese company") is left to the nearer rules."""
        words = m.text.split()
        if len(words) != 2 or words[0].lower() != "the" or m.country_hint or \
                words[1].lower() not in _OWN_HEADS or not self._titled_speaker():
            return None
        sp = self.speaker
        if sp is None or sp.label != "Company" or (other is not None and other.id == sp.id):
            return None
        head = words[1].lower()
        if head in _NAME_HEADS and not self._has_head(sp, head) and \
                not self._letterhead_says(head):
            return None
        if words[1] == "Company" and self._company_as_term():
            # "the Company" capitalised inside sentences, as a report names its own firm:
            # never a firm introduced as "the state company X" just before ("... to the
            # state company Tajikkhimprom ... Outside the region, the Company sold ...")
            return replace(sp, name=m.text, reason=f"{REPORTING_FIRM} ({m.text!r})")
        for s_i in (sentence, sentence - 1):
            off, party = self._actors.get(s_i, (None, None))
            if party is None or party.label not in _FIRM_LABELS or party.id == sp.id or (
                    s_i == sentence and off >= m.start):
                continue
            start = self._starts.get(s_i, 0)
            end = self.offset + m.start if s_i == sentence else self._starts.get(
                sentence, self.offset)
            if self._has_head(party, head) or _INTRODUCED_AS[head].search(
                    self._speaker_text, start, end):
                return None   # a firm just introduced with that noun is meant
        partner = self._we_then_partner(m, sentence, sp)
        if partner is not None:
            return replace(partner, name=m.text, reason=f"named by reference ({m.text!r})")
        return replace(sp, name=m.text, reason=f"{REPORTING_FIRM} ({m.text!r})")

    def _we_then_partner(self, m: Mention, sentence: int, sp: Party) -> Party | None:
        """The one other firm named before "the company" in a sentence where the firm
        spoke of itself as "we" ("we have agreed terms with X and will supply the
        company with ..."): a writer that says "we" does not call itself "the company"
        in the same breath; the partner just named is meant. None when two are named,
        and when the partner comes before "we" ("X ships parts to us on terms we
        extended with the company"): the clause of "we" then pairs the firm with the
        company, and reading X there would pair X with itself."""
        start = self._starts.get(sentence, self.offset)
        we = _WE.search(self._speaker_text, start, self.offset + m.start)
        if we is None:
            return None
        after = we.start() - self.offset
        firms = {p.id: p for s_i, off, p in self._seen if s_i == sentence and after < off < m.start
                 and p.label in _FIRM_LABELS and p.id != sp.id}
        return next(iter(firms.values())) if len(firms) == 1 else None

    def _own_firm(self, m: Mention, other: Party | None) -> Party | None:
        """"The company", "its" with no firm named shortly before: the firm the text
        speaks for (its letterhead's, or the firm of the director it quotes)."""
        sp = self.speaker
        if sp is None or sp.label not in _FIRM_LABELS:
            sp = self.quoted_speaker(self.offset + m.start)
        if sp is None or sp.label not in _FIRM_LABELS or (other is not None and other.id == sp.id) \
                or (m.country_hint and sp.country != m.country_hint):
            return None
        return replace(sp, name=m.text, reason=f"the firm the text speaks for ({m.text!r})")

    def _body(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"The Chamber", "the Ministry": the text's speaker when its name has that head
        word, else the firm or body with it named last (within six sentences)."""
        # (every word after the article: "the water district" is a water district's)
        heads = {w.lower() for w in m.text.split()[1:]}

        def has_head(p: Party) -> bool:
            return heads <= {w.lower() for w in re.findall(r"[A-Za-z]+", p.canonical or p.name)} \
                or heads <= {w.lower() for w in re.findall(r"[A-Za-z]+", p.name)}
        sp = self.speaker
        if sp is not None and sp.label in _FIRM_LABELS and has_head(sp) and (
                other is None or other.id != sp.id):
            return replace(sp, name=m.text, reason=f"the text's speaker ({m.text!r})")
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > 6:
                break
            if party.label in _FIRM_LABELS and has_head(party) and (
                    other is None or party.id != other.id):
                return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def _free_state(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"the Free State": the German Land that calls itself so (Bavaria, Saxony,
        Thuringia) named last within a few sentences, as "the Land" is; else the South
        African province of that name."""
        for s_i, _off, p in reversed(self._seen):
            if s_i > sentence or (other is not None and p.id == other.id):
                continue
            if sentence - s_i > _FREE_STATE_REACH:
                break
            if p.id in _FREE_STATES:
                return replace(p, name=m.text, reason=f"named by reference ({m.text!r})")
        name = re.sub(r"^[Tt]he\s+", "", " ".join(m.text.split()))
        found = self.party(Mention(name, 0, len(name), "Region"), "Region")
        return replace(found, name=m.text) if found.resolved and \
            (other is None or found.id != other.id) else None

    def _named_here(self, labels, sentence: int, offset: int, but: Party,
                    abroad: str | None = None, since: int | None = None) -> bool:
        """Whether the paragraph has named a party of ``labels`` other than ``but`` (and
        not of the country ``abroad``) before ``offset`` of ``sentence`` (and not before
        the sentence ``since``, when given)."""
        start = max(getattr(self, "_paragraph", 0), since or 0)
        return any(start <= s_i and (s_i < sentence or off < offset) and p.label in labels
                   and p.id != but.id and (abroad is None or p.country != abroad)
                   for s_i, off, p in self._seen if s_i <= sentence)

    def _answer_start(self, sentence: int) -> int | None:
        """The first sentence of the interview answer ("A: ...", "Answer: ...") the
        sentence is in, or None when it is in none."""
        at = self._starts.get(sentence, self.offset)
        # (a sentence may open on the answer's label itself: "A: In May the city ...")
        turns = [t for t in _ANSWER_TURN.finditer(self._speaker_text, max(0, at - 3000), at + 12)
                 if t.start() <= at + 2]
        if not turns or _QUESTION_TURN.search(self._speaker_text, turns[-1].end(), at):
            return None
        begun = turns[-1].end()
        # (the answer's first sentence that named a party; none before: this one)
        return min((s_i for s_i, off in self._starts.items() if begun - 4 <= off <= at),
                   default=sentence)

    def _paragraph_region(self, sentence: int, offset: int, other: Party | None,
                          abroad: str | None) -> Party | None:
        """"The region" after a sentence whose subject was the region named last ("The
        Yaroslavl Region presents another pattern. Avtodiesel supplies engines to MAZ
        ... a third of the region's exports"): that region, not the one the text named
        most often before the paragraph. Only a subject of this paragraph, named last
        (no other region named since), within three sentences; not the other side, nor a
        region of the other side's country."""
        last = None
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= offset):
                continue
            if sentence - s_i > 3 or s_i < self.paragraph_start:
                return None
            if party.label == "Region" and party.resolved and party.country != abroad and (
                    other is None or party.id != other.id):
                last = (s_i, party)
                break
        if last is None:
            return None
        acted = any(s_i == last[0] and p.id == last[1].id for s_i, p in self._region_actors)
        return last[1] if acted else None

    def _republic(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """"The republic": a republic that is a region ("the Republic of Tatarstan", "the
        Chechen Republic") named since the text last named its subject country, else
        the subject country (a monograph's "republic" is its own), else the country
        named last."""
        last_country = None
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > self.WINDOW["Country"]:
                break
            if other is not None and (party.id == other.id or (
                    party.label == "Region" and party.country == other.country)):
                continue
            if party.label == "Region" and "republic" in (
                    f"{party.name} {party.canonical or ''}".lower()):
                return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
            if party.label == "Country":
                if party.country == self.subject:
                    break
                last_country = last_country or party
        if self.subject and (other is None or other.country != self.subject or _guessed(other)):
            name = COUNTRY_NAME.get(self.subject, self.subject)
            return Party(m.text, provisional_id("Country", self.subject, name), "Country",
                         self.subject, True, reason=f"the text's own republic ({m.text!r})")
        # No subject: the country that acts in the passage ("Armenia imports grain from
        # Russia, and gas is supplied to the republic"), else the one named last.
        actor = self.actor_before(sentence, m.start)
        if actor is not None and actor.label == "Country" and (
                other is None or actor.id != other.id):
            last_country = actor
        if last_country is not None:
            return replace(last_country, name=m.text,
                           reason=f"named by reference ({m.text!r})")
        return None

    def _last(self, kinds, sentence: int, m: Mention, *, country=None, skip_country=None,
              other: Party | None = None, window: int | None = None) -> Party | None:
        window = window or self.WINDOW.get(m.refers or "", 3)
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > window:
                return None
            if party.label not in kinds or (other is not None and party.id == other.id):
                continue
            if party.label in _FIRM_LABELS and not party.resolved and \
                    self.names.lookup(party.name) is None and self._times_named(party.name) < 2 \
                    and party.id not in self._acting and not (off and " " in party.name):
                # an unknown name taken for a firm by default is no antecedent, unless
                # the text keeps naming it or it acted ("Tulamash makes pumps. ... The
                # company ships ..."), or it is a name of two words or more inside a
                # sentence ("... signed a memorandum with Agrotek Baltic. The company")
                continue
            if country and party.country != country:
                continue
            if skip_country and party.country == skip_country:
                continue
            return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None


# What the noun after "the former" / "the latter" says of the party meant.
_PAIR_KINDS = {"region": ("Region",), "province": ("Region",), "oblast": ("Region",),
               "district": ("Region",), "city": ("City",), "town": ("City",),
               "country": ("Country",), "company": _FIRM_LABELS}


# Words of a described firm's phrase that say nothing of its trade ("the main Mogilev
# plant", "the Mogilev joint-stock plant").
_NO_TRADE = frozenset({"main", "local", "large", "largest", "big", "new", "old", "former",
                       "state", "joint-stock", "joint", "stock", "city", "regional",
                       "municipal", "private", "leading", "own"})


def _trade_words(m: Mention) -> tuple[str, ...]:
    """The words between a described firm's place and its head noun ("meat-packing" in
    "the Mogilev meat-packing plant"), folded, that name its trade."""
    place = (m.place_hint or "").split()
    words = m.text.split()[len(place):-1] if m.text.startswith(m.place_hint or "\0") else []
    return tuple(w for w in (_fold(x) for x in words) if w and w not in _NO_TRADE)


@functools.lru_cache(maxsize=4096)
def _placed_near(name: str, place: str) -> re.Pattern:
    """The shapes that put the firm ``name`` in the town ``place`` (see
    :meth:`Discourse._placed_in`), compiled once per pair; the firm noun of the last two
    shapes is checked after the match (``_placed_hit``), as an alternation of every firm
    noun inside each pair's pattern made building it the extraction's costliest step."""
    name, town = re.escape(name), rf"{re.escape(place)}(?:-[a-z-]+)?"
    return re.compile(
        rf"(?<![\w-]){name}(?![\w-])[^.;!?]{{0,40}}?\b(?:from|in|of|based\s+in|near)\s+"
        rf"(?:the\s+(?:town|city)\s+of\s+)?{town}\b"
        rf"|(?<![\w-]){name},\s+(?:the|a)\s+{town}(?:-based)?\s+"
        rf"(?P<after>(?:[a-z-]+\s+){{0,3}}[a-z-]+)\b"
        rf"|\b{town}(?:-based)?\s+(?P<before>(?:[a-z-]+\s+){{1,4}}){name}(?![\w-])", re.I)


def _placed_hit(rx: re.Pattern, text: str) -> re.Match | None:
    """The first match of a :func:`_placed_near` pattern whose firm noun is one."""
    for m in rx.finditer(text):
        if m.group("after") is not None:
            if any(w in COMPANY_NOUNS for w in m.group("after").lower().split()):
                return m
        elif m.group("before") is not None:
            if m.group("before").lower().split()[-1] in COMPANY_NOUNS:
                return m
        else:
            return m
    return None
