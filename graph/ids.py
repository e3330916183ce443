"""Deterministic ids.

Nodes: ``<prefix>:<country>:<slug>`` (``region:by:gomel``, ``city:by:minsk``);
countries ``country:<iso2>``; documents and sources ``doc:<hash>`` / ``source:<hash>``;
relationships ``<type>:<hash>`` of their endpoints and distinguishing fields. The same
input always gives the same id, which is what makes loading twice a no-op.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Cyrillic has no NFKD decomposition to Latin, so slugs of Russian/Belarusian names
# would otherwise be empty. BGN/PCGN-like, simplified for readability.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ў": "u", "ї": "yi", "є": "ye", "ґ": "g", "ә": "a", "ғ": "g",
    "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ӣ": "i", "ҳ": "h",
    "ҷ": "j", "ӯ": "u",
}

# Latin letters with no NFKD decomposition, which would otherwise drop out of a slug
# ("Łańcut" -> "ancut", "Azərsun" -> "az-rsun"); Azerbaijani ə as English writes it
# (Gəncə: Ganja).
_LATIN = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "œ": "oe",
          "þ": "th", "ə": "a", "ħ": "h", "ŋ": "ng"}

# (only in slugs: the gazetteer's lookup keys are built from transliterate as it is)
_FOLD = str.maketrans(_LATIN)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """Latin-only, lower-case rendering of ``text`` (accents dropped, Cyrillic romanised).

    >>> transliterate("Гомельская область")
    'gomelskaya oblast'
    >>> transliterate("Hrodna Voblasć")
    'hrodna voblasc'
    """
    if text.isascii():
        return text.lower()   # (no accent and no Cyrillic: most names, read per character)
    out = []
    for ch in text.lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def slug(text: str) -> str:
    """A stable ASCII slug: lower case, words joined by ``-``.

    >>> slug("Minsk Tractor Works (MTZ)")
    'minsk-tractor-works-mtz'
    >>> slug("Могилёв"), slug("Łańcut Azərsun")
    ('mogilev', 'lancut-azarsun')
    """
    s = _NON_ALNUM.sub("-", transliterate(text.lower().translate(_FOLD))).strip("-")
    return s or "x" + stable_hash(text, length=8)


def stable_hash(*parts: object, length: int = 12) -> str:
    """Hex digest of ``parts`` that does not depend on the Python process (unlike hash())."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def node_id(prefix: str, country: str | None, name: str) -> str:
    """``prefix:country:slug``; ``country`` is ISO alpha-2 (``xx`` when unknown).

    >>> node_id("region", "BY", "Gomel")
    'region:by:gomel'
    """
    return f"{prefix}:{(country or 'xx').lower()}:{slug(name)}"


def country_id(iso2: str) -> str:
    """``country:<iso2>``.

    >>> country_id("BY")
    'country:by'
    """
    return f"country:{iso2.lower()}"


def document_id(party_ids: list[str], date: str | None, title: str) -> str:
    """A document's id from its parties (order-free), date and title."""
    return "doc:" + stable_hash("|".join(sorted(set(party_ids))), date or "", _norm(title))


def source_id(title: str | None, url: str | None = None) -> str:
    """A source's id: from its URL when there is one, else from its title."""
    key = (url or "").strip() or _norm(title or "")
    return "source:" + stable_hash(key)


def relationship_id(rel_type: str, src: str, dst: str, *discriminators: object,
                    undirected: bool = False) -> str:
    """A relationship's id from its type, endpoints and the fields that tell apart
    several ties between the same two nodes (e.g. goods and year of a supply)."""
    a, b = (sorted((src, dst)) if undirected else (src, dst))
    return f"{rel_type.lower()}:" + stable_hash(a, b, *[_norm(str(d)) for d in discriminators
                                                        if d is not None], length=16)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()
