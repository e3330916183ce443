"""The town a municipality's own page is titled with, read past its word for itself.

A town's site heads its pages with the municipality's legal style in its own language
("Stadtgemeinde X", "Marktgemeinde X", "Gmina X", "Statutární město X", "Comune di
X", "X kommun"), which the name reader takes as part of one long name the gazetteer
does not know; the town then speaks as an unknown place whose country is guessed from
the word's language. Without the word the title names the town itself. Such a town
is often small, and the gazetteer's bare-name lookup passes over small places; a
page's own title names its town plainly enough to take the gazetteer's one town of
that exact name, in the country the word is used in when the word is one country's.

>>> town_name("Stadtgemeinde Kirchbach")
('Kirchbach', ('AT',))
>>> town_name("Comune di Arzano")
('Arzano', ('IT', 'SM', 'CH'))
>>> town_name("Kirchbach")
('Kirchbach', ())
>>> town_name("Jonava District Municipality")
('Jonava District Municipality', ())
"""

from __future__ import annotations

import re
import unicodedata

# Each word a municipality styles itself by before its name, with the countries that
# use it (legal styles of one country's law first: they say where the town is).
_LEADING = (
    (r"Stadtgemeinde|Marktgemeinde|Statutarstadt", ("AT",)),
    (r"(?:Landeshaupt|Hanse|Kreis|Universit[äa]ts|Gro(?:ß|ss)e\s+Kreis)stadt", ("DE",)),
    (r"Stadt|Gemeinde|Ortsgemeinde", ("DE", "AT", "CH")),
    (r"Gmina(?:\s+Miejska|\s+Miasto)?|Miasto(?:\s+i\s+Gmina)?", ("PL",)),
    (r"Statut[áa]rn[íi]\s+m[ěe]sto|M[ěe]sto|Obec", ("CZ", "SK")),
    (r"Mestna\s+ob[čc]ina|Ob[čc]ina", ("SI",)),
    (r"Op[ćc]ina|Grad", ("HR", "BA", "RS", "ME")),
    (r"Municipiul|Ora[șşs]ul|Comuna", ("RO", "MD")),
    (r"Gemeente", ("NL", "BE")),
    (r"Kommune", ("DK", "NO")),
    (r"Ville\s+de|Commune\s+de", ("FR", "BE", "CH", "LU")),
    (r"Comune\s+di|Citt[àa]\s+di", ("IT", "SM", "CH")),
    (r"Concello\s+de|Ayuntamiento\s+de|Ajuntament\s+de", ("ES",)),
    (r"C[âa]mara\s+Municipal\s+de", ("PT",)),
    (r"Ciudad\s+de|Municipio\s+de|Municipalidad\s+de", ()),
    (r"Cidade\s+de|Prefeitura\s+(?:Municipal\s+)?de", ("BR", "PT")),
)
# ... and after it ("X kommun", "X linn", "X vald", "X Municipality").
_TRAILING = (
    (r"kommun|Kommun", ("SE",)),
    (r"kommune|Kommune", ("DK", "NO")),
    (r"linn|vald", ("EE",)),
    (r"kaupunki|kunta", ("FI",)),
    (r"Municipality|Town\s+Council|City\s+Council|Borough\s+Council", ()),
)
_LEAD = [(re.compile(rf"^\s*(?:{words})\s+(?=[A-Z\u00c0-\u024f])"), countries)
         for words, countries in _LEADING]
_TAIL = [(re.compile(rf"(?<=\w)\s+(?:{words})\s*$"), countries) for words, countries in _TRAILING]
# A style word after a unit's own noun belongs to that unit ("X District Municipality",
# "Y County Municipality"): left whole, the name reader knows how to read it.
_UNIT_NOUN = re.compile(r"\s(?:District|County|Rural|Regional)$")


def town_name(written: str) -> tuple[str, tuple[str, ...]]:
    """``written`` without a municipality's word for itself before or after the name,
    and the countries that word is used in (none when it names no word, or a word of
    many countries)."""
    text = written.strip()
    for pattern, countries in _LEAD:
        m = pattern.match(text)
        if m is not None:
            return text[m.end():].strip(), countries
    for pattern, countries in _TAIL:
        m = pattern.search(text)
        if m is not None:
            rest = text[:m.start()].strip()
            return (text, ()) if _UNIT_NOUN.search(rest) else (rest, countries)
    return text, ()


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


def titled_town(name: str, countries: tuple[str, ...], resolver):
    """The gazetteer's one town called exactly ``name`` (small places included), in
    one of ``countries`` when any are given; None when there is none or several."""
    if resolver is None or not hasattr(resolver, "search") or len(name) < 3:
        return None
    found = [r for r in resolver.search(name, limit=8)
             if r.label == "City" and r.resolved and _fold(r.name) == _fold(name)
             and (not countries or r.country in countries)]
    if len({r.id for r in found}) != 1:
        return None
    return found[0]
