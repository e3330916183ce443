"""Name normalisation shared by the gazetteer (to index) and the resolver (to look up).

Both sides go through :func:`key`, so a spelling only has to be reduced to the same key
as one of the bundled names to match. The key is Latin, lower case, words separated by
single spaces, with Russian/Belarusian adjective endings folded, so that the nominative
"Гомельская область" and the genitive "Гомельской области" (or "Гомельский
облисполком") meet at ``gomelsk``.

>>> key("Гомельской  области")
'gomelsk oblasti'
>>> key("Homyel' Voblast")
'homyel voblast'
>>> split_term("Republic of Tatarstan")
('tatarstan', 'region')
>>> split_term("Смолевичский район")
('smolevichsk', 'district')
>>> split_body("Gomel Oblast Executive Committee")
('Gomel', 'Oblast Executive Committee', 'region')
"""

from __future__ import annotations

import functools
import re

from relgraph.graph.ids import slug, transliterate

# Letters that NFKD does not decompose to ASCII, and apostrophes that only mark
# softness in romanised Slavic names (Homyel' = Homyel).
# Latin letters with no decomposition, which :func:`graph.ids.transliterate` would drop
# ("Zakłady" -> "zak-ady", "Kırıkkale" -> "k-r-kkale"): folded as a reader spells them.
LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
           "Æ": "Ae", "ı": "i", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
FOLD_LETTERS = str.maketrans(LETTERS)
_EXTRA = str.maketrans({
    **LETTERS,
    "ʻ": "", "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "´": "", "ʹ": "",
    "&": " and ",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Russian/Belarusian adjectives in -sk- in any gender and case (Гомельская, Гомельской,
# Гомельский, Витебского, Волковысский -> ...sk). Applied to every token on both sides,
# so it only has to be consistent, not linguistically exact.
_ADJ = re.compile(
    r"^([a-z]{2,}?)s?sk(?:aya|aja|oye|oe|oy|oi|oj|uyu|om|iy|ij|ii|yy|y|i|ogo|omu|im|ie|ye"
    r"|ikh|ih|a|e|o)?$")


class _Translit(dict):
    """Per-character memo of :func:`graph.ids.transliterate` for ``str.translate``:
    the same result, without normalising each character of every name again."""

    def __missing__(self, code: int) -> str:
        out = self[code] = transliterate(chr(code))
        return out


_TRANSLIT = _Translit()


# Abbreviations that stand for a whole word in place names (St. Petersburg).
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _stem(token: str) -> str:
    if token in _ABBREV:
        return _ABBREV[token]
    m = _ADJ.match(token)
    return m.group(1) + "sk" if m else token


def place_slug(text: str) -> str:
    """:func:`graph.ids.slug` after folding the letters it would drop (ı, ł, ø).

    >>> place_slug("Naxçıvan"), place_slug("Łódź")
    ('naxcivan', 'lodz')
    """
    return slug(text.translate(_EXTRA))


# Pure functions of a string, called again and again with the same names while a
# load resolves (a place's neighbours, a sheet's repeated names): memoised.
_MEMO = functools.lru_cache(maxsize=1 << 18)


@_MEMO
def key(text: str) -> str:
    """The lookup key of a name: transliterated, lower case, adjective endings folded.

    >>> key("Mahilioŭ") == key("Mahiliou")
    True
    >>> key("Минская") == key("Minsk")
    True
    """
    t = text.lower().translate(_EXTRA)
    if not t.isascii():
        t = t.translate(_TRANSLIT)
    return " ".join(_stem(w) for w in _NON_ALNUM.split(t) if w)


# Romanisations of the same Cyrillic letters (Khoyniki, Khoiniki, Choiniki; Mazyr,
# Mozyr; Zhodzina, Zhodino), folded to one skeleton for close-spelling matches.
_SKELETON = [(re.compile(p), r) for p, r in (
    (r"kh|ch|x", "h"), (r"zh", "z"), (r"sh|sch|shch", "s"), (r"ts|tz|c", "c"),
    (r"[yj]", "i"), (r"w", "v"), (r"ie|ye|ya|ja|yu|ju|yo|jo", "i"), (r"([a-z])\1", r"\1"),
)]


@_MEMO
def skeleton(k: str) -> str:
    """A key with romanisation differences folded away, for close-spelling matches.

    >>> skeleton(key("Khoiniki")) == skeleton(key("Khoyniki"))
    True
    >>> skeleton(key("Vitsyebsk")) == skeleton(key("Vitebsk"))
    False
    """
    for rx, rep in _SKELETON:
        k = rx.sub(rep, k)
    return k


# -- generic terms ------------------------------------------------------------------
# What a name says about the kind of place: "region" (first level), "district"
# (second level in Belarus, first level in Moldova/Azerbaijan) or "city".
_TERMS_RAW = {
    "region": [
        "oblast", "oblasti", "obl", "region", "regional", "voblast", "voblasts", "province",
        "provincia", "krai", "kray", "territory", "republic", "autonomous okrug",
        "autonomous district", "okrug", "autonomous oblast", "autonomous region",
        "autonomous republic", "autonomous territorial unit", "atu", "aimag", "aimak",
        "aymag", "voivodeship", "voivodship", "wojewodztwo", "county", "apskritis",
        "oblysy", "oblys", "viloyati", "viloyat", "velayat", "welayat", "marz", "mkhare",
        "planning region", "state", "prefecture", "governorate", "canton",
        "область", "области", "областью", "обл", "край", "края", "крае", "краю",
        "республика", "республики", "республике", "республикой", "автономный округ",
        "автономного округа", "автономном округе", "автономная область",
        "автономной области", "автономный район", "автономного района",
        "автономная республика", "автономной республики", "округ", "округа",
        "вобласць", "вобласці", "воеводство", "воеводства", "уезд", "уезда", "велаят",
        "велаята", "провинция", "провинции", "аймак", "аймака", "регион", "региона",
    ],
    "district": ["district", "raion", "rayon", "rajon", "raen", "район", "района",
                 "районе", "раён", "раёна", "раёне"],
    "city": ["city", "town", "municipality", "municipiul", "shahri", "город", "города",
             "городе", "горад", "г",
             # a town's municipality in its own language ("Aarhus Kommune", "Tartu linn",
             # "Gmina Kórnik", "Comune di Lecco" is read from its "di" on)
             "kommune", "kommun", "gemeinde", "comune", "municipio", "gmina", "concelho",
             "kunta", "kaupunki", "linn", "novads", "savivaldybe", "opcina", "opstina",
             "obcina"],
}
TERMS: dict[str, str] = {}
for _kind, _words in _TERMS_RAW.items():
    for _w in _words:
        TERMS[key(_w)] = _kind
# Every word that occurs in a term: names without any skip the term search.
_TERM_WORDS = {w for t in TERMS for w in t.split()}
_OF = ("of", "the")


def split_term(text: str) -> tuple[str, str | None]:
    """``(base key, kind)``: the name's key without its generic term, and what the term
    says (``region``, ``district``, ``city``; None when there is none).

    >>> split_term("Gomel Region")
    ('gomel', 'region')
    >>> split_term("Minsk")
    ('minsk', None)
    """
    return split_term_key(key(text))


@_MEMO
def split_term_key(k: str) -> tuple[str, str | None]:
    """:func:`split_term` for a text that is already a key."""
    words = k.split()
    if not _TERM_WORDS.intersection(words):
        return k, None
    kind = None
    while len(words) > 1:
        for n in (3, 2, 1):
            if len(words) <= n:
                continue
            tail, head = " ".join(words[-n:]), " ".join(words[:n])
            if tail in TERMS:
                words = words[:-n]
                found = TERMS[tail]
                break
            if head in TERMS:
                words = words[n:]
                while len(words) > 1 and words[0] in _OF:
                    words = words[1:]
                found = TERMS[head]
                break
        else:
            break
        # The outermost term decides: "Autonomous Republic of Crimea" is a region.
        kind = kind or found
    return " ".join(words), kind


def strip_term(place: str) -> str:
    """``place`` without a leading or trailing generic term, as written.

    >>> strip_term("Republic of Tatarstan"), strip_term("Vilnius County")
    ('Tatarstan', 'Vilnius')
    """
    words = place.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) > n and key(" ".join(words[-n:])) in TERMS:
                words, changed = words[:-n], True
                break
            if len(words) > n and key(" ".join(words[:n])) in TERMS:
                words, changed = words[n:], True
                while len(words) > 1 and words[0].lower() in _OF:
                    words = words[1:]
                break
    return " ".join(words)


# -- organs of a place --------------------------------------------------------------
# "Gomel Oblast Executive Committee" is Gomel Region acting through its executive
# committee: the place is the party, the organ is kept as the signing body.
_LEVEL = {
    "region": r"oblast|regional|region|provincial|province|krai|kray|voblast|oblys|"
              r"viloyat|republican|областной|областного|областная|областное|краевой|"
              r"краевого|краевая|абласны|абласнога",
    # ("Daugavpils State City Municipality": Latvia's state cities; "state" alone is
    # no level, "Ohio State Government" is no town's organ)
    "city": r"state\s+city|city|town|municipal|metropolitan|городской|городского|городская|"
            r"городское|гарадскі|гарадскога",
    "district": r"district|raion|rayon|районный|районного|районная|раённы|раённага",
}
_ORGAN = (
    r"executive\s+committee|exec(?:utive)?\.?\s+com(?:mittee)?\.?|executive\s+board|"
    r"akimat|akimiat|akimdik|hokimiyati|hokimiyat|khokimiyat|khokimiat|hokimiat|hokimlik|"
    r"council\s+of\s+(?:people'?s\s+)?deputies|soviet\s+of\s+deputies|"
    r"legislative\s+(?:assembly|council)|people'?s\s+(?:khural|hural|assembly)|"
    r"state\s+council|supreme\s+council|(?:cabinet|council)\s+of\s+ministers|council|duma|khural|"
    r"kenesh|maslikhat|parliament|government|administration|"
    r"governor'?s\s+office|office\s+of\s+the\s+governor|governorship|mayor'?s\s+office|"
    r"office\s+of\s+the\s+mayor|mayoralty|city\s+hall|town\s+hall|"
    # ("Šiauliai City Municipality": the town's organ; "Chisinau Municipality" and a
    # district municipality are units of their own, left as they were read)
    r"(?<=city )municipality|(?<=town )municipality|"
    # People who sign for a place; after the offices so "governor's office" wins.
    r"head\s+of\s+(?:the\s+)?administration|governor|mayor|akim|hokim|khokim|"
    r"глава\s+администрации|губернатор|мэр|аким|хоким|"
    r"облисполком|горисполком|райисполком|исполком|"
    r"исполнительн(?:ый|ого)\s+комитет(?:а)?|совет(?:а)?\s+депутатов|"
    r"законодательн(?:ое|ого)\s+собрани(?:е|я)|государственный\s+совет|"
    r"народное\s+собрание|народный\s+хурал|верховный\s+совет|совет|дума|думы|"
    r"правительство|правительства|администрация|администрации|акимат|акимата|"
    r"хокимият|хокимията|мэрия|мэрии|кенеш|маслихат|"
    r"аблвыканкам|гарвыканкам|райвыканкам|выканаўчы\s+камітэт|савет\s+дэпутатаў"
)
_ABBREV_LEVEL = {"облисполком": "region", "аблвыканкам": "region", "горисполком": "city",
                 "гарвыканкам": "city", "райисполком": "district", "райвыканкам": "district"}
_LEVELS = "|".join(f"(?:{v})" for v in _LEVEL.values())
_BODY = rf"(?:(?:{_LEVELS})\s+)*(?:{_ORGAN})"
_TRAILING = re.compile(rf"^(?P<rest>.+?)[\s,]+(?P<body>{_BODY})\.?$", re.I)
_LEADING = re.compile(
    rf"^(?:the\s+)?(?P<body>{_BODY})\s+(?:(?:of|for)\s+)?(?:the\s+)?(?P<rest>.+)$", re.I)
_LEVEL_RES = {k: re.compile(rf"^(?:{v})$", re.I) for k, v in _LEVEL.items()}


def _body_level(body: str) -> str | None:
    for word in body.split():
        low = word.lower().rstrip(".")
        if low in _ABBREV_LEVEL:
            return _ABBREV_LEVEL[low]
        for kind, rx in _LEVEL_RES.items():
            if rx.match(low):
                return kind
    return None


def split_body(text: str) -> tuple[str, str | None, str | None]:
    """``(place, body, level)``: the place named in ``text``, the organ acting for it
    (as written) and the level the organ's wording implies (``region``, ``city``,
    ``district`` or None).

    >>> split_body("Minsk City Executive Committee")
    ('Minsk', 'City Executive Committee', 'city')
    >>> split_body("Government of the Moscow Region")
    ('Moscow Region', 'Government', None)
    >>> split_body("Гомельский облисполком")
    ('Гомельский', 'облисполком', 'region')
    >>> split_body("Tatarstan")
    ('Tatarstan', None, None)
    """
    text = text.strip()
    for rx in (_TRAILING, _LEADING):
        m = rx.match(text)
        if m and m.group("rest").strip(" ,"):
            body = " ".join(m.group("body").split())
            return m.group("rest").strip(" ,"), body, _body_level(body)
    return text, None, None


@functools.lru_cache(maxsize=1)
def common_english() -> frozenset[str]:
    """English words a dictionary writes in lower case (SCOWL size 35, about 40,000
    words; see ``benchmarks/build_common_words.py`` for how the bundled list is made).

    >>> {"engines", "wheat", "joint"} <= common_english(), "minsk" in common_english()
    (True, False)
    """
    import gzip
    from pathlib import Path

    path = Path(__file__).with_name("common_words.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return frozenset(w.strip() for w in f if w[:1] != "#" and w.strip())
