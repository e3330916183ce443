"""Names a document itself calls regions, by a region word written with them.

A province, prefecture or county the gazetteer does not know by the text's spelling
("Luang Namtha", "Dien Bien", "Xishuangbanna") is otherwise read, written bare, with a
relation type's default kind: a firm in a supply or an agreement. Writers name such a
region once with its region word and then go on without it:

* the word after the name: "Luang Namtha province", "the Xishuangbanna Dai Autonomous
  Prefecture", "Kent County", "Vitebsk Oblast";
* a plural word before a list of names: "the provinces of Nan, Loei and
  Phayao", "the four northern Lao provinces of A, B and C", "the counties of A and B";
* the singular word before one name: "the province of Bokeo", "the prefecture of Nara".

The document's names so called are read as regions wherever the text writes them bare
(see ``Discourse._called_region``). A firm word, a legal form or a body's head noun
still makes a firm or a body (the caller checks), so "the X Province Trading Company"
is never a region.
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS

# Region words across the writers' countries (first-level and second-level units).
# "State" and "Department" are left out after a name: "Kerala State", "Water Resources
# Department" open bodies' names far more often than they name a unit.
# "Division" and "District" after a name name Bangladesh's and Pakistan's units and many
# countries' second level ("Chattogram Division", "Sylhet District"); "wilaya" the
# Maghreb's provinces ("the wilaya of Oran").
_AFTER = (r"province|prefecture|oblast|county|governorate|voivodeship|kraj|krai|län"
          r"|aimag|canton|region|division|district|wilaya"
          r"|autonomous\s+(?:prefecture|region|county|oblast|okrug)")
# (and the countries' own words, which writers keep in English: "the départements of X
# and Y", "the Länder of X and Y", "the comunidades autónomas of X and Y", "the
# autonomous communities of X and Y")
_NATIVE_PLURAL = (r"d[ée]partements|r[ée]gions|provincias|comunidades(?:\s+aut[óo]nomas)?"
                  r"|autonomous\s+communities|departamentos|regiones|regioni|Länder|Laender"
                  r"|Bundesländer|Bundeslaender|Kantone|województwa|wojewodztwa|kraje")
_NATIVE_ONE = (r"d[ée]partement|r[ée]gion|provincia|comunidad(?:\s+aut[óo]noma)?"
               r"|autonomous\s+community|departamento|regione|Bundesland|Kanton"
               r"|województwo|wojewodztwo")
_BEFORE_PLURAL = (r"provinces|prefectures|oblasts|counties|governorates|voivodeships"
                  r"|regions|states|departments|cantons|aimags|divisions|districts|wilayas"
                  rf"|{_NATIVE_PLURAL}")
# (not "division of": "the sales division of Acme" is a firm's unit)
_BEFORE_ONE = (r"province|prefecture|oblast|county|governorate|voivodeship|canton|department"
               rf"|wilaya|{_NATIVE_ONE}")
# A name: up to three capitalised words, a hyphen or an apostrophe inside ("Pu'er",
# "Ba Ria-Vung Tau").
_WORD = r"(?![Aa]utonomous\b)[^\W\d_a-z][\w'’-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# (an ethnic group's name may stand between the name and an autonomous unit's word:
# "Xishuangbanna Dai Autonomous Prefecture"; the word is no part of the name when a
# capitalised word follows it: "Kerala Province Trading Corporation")
_NAME_THEN_WORD = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?i:{_AFTER})\b(?!\s+[A-Z])(?![\w-])")
# ("of", or the unit's own language's particle: "the département des Landes")
_OF = r"\s+(?:of|de|del|des|du|de\s+la|di|della|d['’])\s*"
_PLURAL_LIST = re.compile(
    rf"\b(?i:{_BEFORE_PLURAL}){_OF}(?P<names>{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})*"
    rf"(?:,?\s+and\s+{_NAME})?)")
_ONE = re.compile(rf"\b(?i:{_BEFORE_ONE}){_OF}(?P<names>{_NAME})")
# A region's own council or government before its name ("the Provincial Council of X",
# "the Conseil départemental des X", "the Diputación Foral de X") calls X a region.
_ORGAN_OF = re.compile(
    r"\b(?:(?:Provincial|Regional|Departmental|Prefectural)\s+(?:Council|Government"
    r"|Assembly)\s+of\s+(?:the\s+)?"
    r"|Conseil\s+(?i:r[ée]gional|d[ée]partemental)\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d['’])"
    r"|Diputaci[óo]n\s+(?:(?i:foral|provincial)\s+)?(?:de\s+|del\s+))"
    rf"(?P<names>{_NAME})")
_ORGAN_COUNTRY = (("Conseil", "FR"), ("Diputaci", "ES"))
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Words a name in these frames never starts with: articles, a demonym's own phrase
# opener, and region words themselves ("the Region of X" read from its other end).
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "both",
                         "all", "each", "every", "two", "three", "four", "five", "several",
                         "other", "neighbouring", "neighboring", "border", "northern",
                         "southern", "eastern", "western", "central"})


# A country the text states for the regions it so names: a demonym among the few
# words before the region word ("the Vietnamese border provinces of", "the four northern
# Lao provinces of", "the Chinese province of").
_DEMONYM_BEFORE = re.compile(r"([A-Z][a-z]+)(?:\s+[a-z-]+){0,3}\s*$")
# Unit words only one country uses.
_UNIT_COUNTRY = {"autonomous prefecture": "CN", "voivodeship": "PL", "aimag": "MN",
                 "län": "SE", "wilaya": "DZ"}
# A country's own word before a list of its units, in the plural or the singular: only
# that country's units are so called (a "département" is France's; Spain's regions are
# "autonomous communities").
_WORD_COUNTRY = (
    (re.compile(r"d[ée]partements?$", re.I), "FR"),
    (re.compile(r"(?:comunidad(?:es)?(?:\s+aut[óo]nomas?)?|autonomous\s+communit(?:y|ies))$",
                re.I), "ES"),
    (re.compile(r"(?:województw[ao]|wojewodztw[ao])$", re.I), "PL"),
    (re.compile(r"region[ie]$", re.I), "IT"),
)


def names_called_regions(text: str) -> dict[str, str | None]:
    """The names ``text`` writes with a region word (see the module's note), as written,
    each with the country the text states for it there (None when it states none).

    >>> sorted(names_called_regions(
    ...     "Trade with Vinh Long province grew. The Thai prefectures of Aomi and Kura "
    ...     "signed. The province of Bokeo and the Ruhr Trading Company sell. The "
    ...     "Kerala State Cashew Corporation buys.").items())
    [('Aomi', 'TH'), ('Bokeo', None), ('Kura', 'TH'), ('Long', None), ('Vinh Long', None)]
    """
    found: dict[str, str | None] = {}

    def note(name: str, cc: str | None) -> None:
        name = _trim(name)
        if name and name.split()[0].lower() not in _NOT_A_NAME and \
                name.split()[-1].lower() not in _NOT_A_NAME and not _country_word(name):
            # (a name the text writes twice keeps the country either time states)
            found[name] = found.get(name) or cc

    for m in _NAME_THEN_WORD.finditer(text):
        # (every run of its last words: a capitalised word before the name, "Yesterday
        # Vinh Long province", may open the sentence)
        words = m.group("name").split()
        unit = " ".join(text[m.end("name"):m.end()].split()).lower()
        cc = _UNIT_COUNTRY.get(unit) or _demonym_before(text, m.start())
        for i in range(len(words)):
            note(" ".join(words[i:]), cc)
        if unit.startswith("autonomous") and len(words) > 1:
            # (an ethnic group's name before the word: "Xishuangbanna Dai Autonomous
            # Prefecture")
            for i in range(len(words) - 1):
                note(" ".join(words[i:-1]), cc)
    for m in _ORGAN_OF.finditer(text):
        note(m.group("names"), next((cc for w, cc in _ORGAN_COUNTRY
                                     if m.group(0).startswith(w)), None))
    for rx in (_PLURAL_LIST, _ONE):
        for m in rx.finditer(text):
            cc = _demonym_before(text, m.start()) or _word_country(m.group(0))
            for name in _LIST_SPLIT.split(m.group("names")):
                note(name, cc)
    return found


def organ_place(name: str) -> str | None:
    """The place a region's council or government is named after, when ``name`` is
    the organ's whole name ("the Provincial Council of X", "Conseil régional de X").

    >>> organ_place("the Provincial Council of Arvale"), organ_place("Arvale Council")
    ('Arvale', None)
    """
    m = _ORGAN_OF.search(name)
    if m is None or m.end() != len(name.rstrip()) or \
            name[:m.start()].strip().lower() not in ("", "the"):
        return None
    return _trim(m.group("names"))


def region_forms(text: str) -> dict[str, str]:
    """The names ``text`` writes with a region word after them, each with that form as
    written (the first), by which a bare mention of the name may be read as the region.

    >>> region_forms("Trade with Vinh Long province grew; Rangpur Division signed.")
    {'Vinh Long': 'Vinh Long province', 'Long': 'Long province', 'Rangpur': 'Rangpur Division'}
    """
    found: dict[str, str] = {}
    for m in _NAME_THEN_WORD.finditer(text):
        words = m.group("name").split()
        unit = " ".join(text[m.end("name"):m.end()].split())
        for i in range(len(words)):
            name = _trim(" ".join(words[i:]))
            if name and name.split()[0].lower() not in _NOT_A_NAME and \
                    not _country_word(name):
                found.setdefault(name, f"{name} {unit}")
    return found


# "our mills in Hoi An and Tam Ky, Quang Nam province", "Odienne, Kabadougou Region":
# towns written just before a region's name, a comma between, lie in that region (an
# address's order), so the region is in their country.
_TOWNS_THEN_REGION = re.compile(
    rf"(?<![\w'’-])(?P<towns>{_NAME}(?:,?\s+and\s+{_NAME})?)\s*,\s*"
    rf"(?P<name>{_NAME})\s+(?i:{_AFTER})\b(?!\s+[A-Z])(?![\w-])")


def towns_before_regions(text: str) -> dict[str, list[str]]:
    """The towns ``text`` writes before a region's name and region word, a comma between
    (an address's order), by the region's name as written.

    >>> towns_before_regions("Our mills in Hoi An and Tam Ky, Quang Nam province, grew. "
    ...                      "Kent County and Essex signed. Odienne, Kabadougou Region, and "
    ...                      "Bouake, Gbeke Region sell.")
    {'Quang Nam': ['Hoi An', 'Tam Ky'], 'Kabadougou': ['Odienne'], 'Gbeke': ['Bouake']}
    """
    found: dict[str, list[str]] = {}
    for m in _TOWNS_THEN_REGION.finditer(text):
        name = _trim(m.group("name"))
        towns = [_trim(t) for t in _LIST_SPLIT.split(m.group("towns"))]
        towns = [t for t in towns if t and not _country_word(t)]
        if name and towns:
            known = found.setdefault(name, [])
            known += [t for t in towns if t not in known]
    return found


def _word_country(found: str) -> str | None:
    """The one country whose own unit word opens ``found`` ("the départements of X")."""
    word = re.split(_OF, found, maxsplit=1)[0].strip()
    return next((cc for rx, cc in _WORD_COUNTRY if rx.search(word)), None)


def _demonym_before(text: str, at: int) -> str | None:
    """The country of a demonym among the few words before ``at``."""
    m = _DEMONYM_BEFORE.search(text, max(0, at - 50), at)
    return DEMONYMS.get(m.group(1).lower()) if m else None


def _country_word(name: str) -> bool:
    """A country's name or demonym ("Chinese provinces", "the regions of Laos")."""
    low = name.lower()
    return low in COUNTRY_BY_NAME or low in DEMONYMS


def _trim(name: str) -> str:
    """The name without a leading article or other word no name opens with."""
    words = name.split()
    while words and words[0].lower() in _NOT_A_NAME:
        words = words[1:]
    return " ".join(words)
