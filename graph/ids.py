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

# Latin letters with no NFKD decomposition, which would otherwise break a slug in two
# or drop out of it ("Łańcut" -> "ancut", "Ísafjörður" -> "isafjor-ur"): first the
# ones with a conventional English spelling (Icelandic ð as "d": Isafjordur;
# Azerbaijani ə as English writes it, Gəncə: Ganja; Greenlandic ĸ as its reformed
# spelling q; Catalan l·l as "ll"); apostrophe-like letters (Hawaiian ʻokina, ʼ in
# romanised Arabic and Uzbek) and clicks are dropped, as English spells those names
# (Hawaii, Ras al Khaymah). Then every other letter whose Unicode name is a base
# letter with a mark (T WITH STROKE, B WITH HOOK, DOTLESS J, TURNED E) is its base
# letter: see _marked_letters.
_LATIN_SPELLED = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "ǽ": "ae", "ǣ": "ae",
    "ı": "i", "œ": "oe", "þ": "th", "ə": "a", "ħ": "h", "ŋ": "ng", "ĸ": "q", "ŀ": "l",
    "·": "", "ŉ": "n", "ǿ": "o", "ƿ": "w", "ȝ": "y", "ʃ": "sh", "ʒ": "zh", "ǯ": "zh",
    "ɣ": "gh", "ɛ": "e", "ɔ": "o", "ʋ": "v", "ɲ": "ny", "ɑ": "a", "ƣ": "oi", "ȣ": "ou",
    "ƕ": "hv", "ȸ": "db", "ȹ": "qp", "ỻ": "ll", "ỽ": "v", "ɵ": "o", "ʉ": "u", "ʊ": "u",
    "ɩ": "i", "ẟ": "d", "ƹ": "zh", "ƺ": "zh",
    # Zhuang's old tone letters, as its 1982 orthography writes them
    "ƨ": "z", "ƽ": "q", "ƅ": "h",
    "ʻ": "", "ʼ": "", "ʽ": "", "ʾ": "", "ʿ": "", "ʹ": "", "ʺ": "", "ˈ": "",
    "ǀ": "", "ǁ": "", "ǂ": "", "ǃ": "", "ʔ": "", "ɂ": "", "ʕ": "",
    # phonetic letters with no spelling of their own: dropped rather than splitting a word
    "ƍ": "", "ƪ": "", "ƻ": "", "ƾ": "", "ƛ": "",
}
# The Latin blocks a gazetteer's names draw on: Latin-1, Extended-A and -B, IPA,
# spacing modifiers, Extended Additional, -C and -D.
_LATIN_BLOCKS = ((0x00C0, 0x0300), (0x1E00, 0x1F00), (0x2C60, 0x2C80), (0xA720, 0xA800))
_MARKED = re.compile(r"LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL |TURNED |DOTLESS "
                     r"|SCRIPT |REVERSED |LONG |INVERTED )?([A-Z])(?: WITH .*)?")


def _marked_letters() -> dict[str, str]:
    """Lower-case Latin letters NFKD leaves non-ASCII, named as a base letter with a
    mark (ƀ "B WITH STROKE", ɓ "B WITH HOOK", ǝ "TURNED E"): their base letter."""
    out = {}
    for start, stop in _LATIN_BLOCKS:
        for code in range(start, stop):
            ch = chr(code).lower()
            if len(ch) != 1 or ch in _LATIN_SPELLED or ch in out:
                continue
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch)
                            if not unicodedata.combining(c))
            if plain.isascii():
                continue
            m = _MARKED.fullmatch(unicodedata.name(ch, ""))
            if m:
                out[ch] = m.group(1).lower()
    return out


_LATIN = {**_marked_letters(), **_LATIN_SPELLED}

# (only in slugs: the gazetteer's lookup keys are built from transliterate as it is,
# with the few letters of gazetteer.names.LETTERS folded)
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
