"""The country a region's word in its own language places the region in.

A region's own administration writes its name after the word its country's language
calls such regions: "Regione Lombardia", "Région Bretagne", "Comunidad de Madrid",
"Junta de Extremadura", "Freistaat Sachsen", "Kanton Zug", "Województwo Opolskie".
The gazetteer often knows the region only by its English name, so the native one
finds nothing, or finds a town of that spelling abroad ("Lombardía" is a Mexican town)
or takes the text's most named country (a report on Tuscany's trade with Switzerland
is no Swiss text). The word says whose region it is: only a region of that country, or
one of the few countries that call their regions so, may stand for it.

Words several languages or countries share for other units ("Provincia", "Gobierno",
"Región" in Spanish America) place nothing here.
"""

from __future__ import annotations

import re

# A word and the countries whose first-level regions (or their governments) it names.
_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {
    "regione": ("IT",), "giunta regionale": ("IT",),
    "région": ("FR",), "conseil régional": ("FR",), "conseil regional": ("FR",),
    "comunidad": ("ES",), "junta": ("ES",), "xunta": ("ES",), "generalitat": ("ES",),
    "govern": ("ES", "AD"), "diputación": ("ES",), "diputacion": ("ES",),
    "deputación": ("ES",), "deputacion": ("ES",), "cabildo": ("ES",), "consell": ("ES",),
    "freistaat": ("DE",), "land": ("DE", "AT"), "bundesland": ("DE", "AT"),
    "landesregierung": ("DE", "AT"), "kanton": ("CH",), "cantone": ("CH",),
    "województwo": ("PL",), "wojewodztwo": ("PL",),
    "região": ("PT", "BR"), "regiao": ("PT", "BR"),
}
_OPENING = re.compile(
    r"(?:[Tt]he\s+)?(?P<word>(?i:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                                      for w in _WORD_COUNTRIES), key=len,
                                                     reverse=True))
    + r"))\s+(?:(?:de|del|da|di|du|des|de\s+la)\s+|d['’])?(?=[^\W\d_a-z])")


def native_region_countries(name: str) -> tuple[str, ...]:
    """The countries a region's name opening with its own language's region word is
    of, or () when it opens with no such word.

    >>> native_region_countries("Regione Lombardia"), native_region_countries("Freistaat Sachsen")
    (('IT',), ('DE',))
    >>> native_region_countries("the Junta de Extremadura")
    ('ES',)
    >>> native_region_countries("Lombardia"), native_region_countries("Provincia di Como")
    ((), ())
    """
    m = _OPENING.match(" ".join(name.split()))
    if m is None:
        return ()
    return _WORD_COUNTRIES.get(" ".join(m.group("word").lower().split()), ())


def native_region_place(name: str) -> str | None:
    """The place after a region's own word ("Toscana" in "Regione Toscana"), or None.

    >>> native_region_place("Comunidad de Madrid"), native_region_place("Madrid")
    ('Madrid', None)
    """
    m = _OPENING.match(" ".join(name.split()))
    return " ".join(name.split())[m.end():] if m is not None else None
