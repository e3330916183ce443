"""News agencies and outlets that a sentence cites: the channel of a statement, never
a party of the relation it reports.

"X told BelTA", "said in an interview with Interfax", "according to TASS", "reported to
Sputnik", "(Xinhua)": the outlet only carries the news. Two readings, both needed:

* an attribution frame makes whatever it names an outlet: "told", "speaking to", "in
  an interview with/to/for", "reported to", "quoted by", "cited by", "reported by"
  (nobody is "told" a relation; a firm that reports is the subject, not the agent of
  "reported by"), and so does a media head noun around the name ("the news agency X",
  "the X news agency", "the newspaper X");
* a known outlet's name is one also after "according to", before "reported", "wrote",
  "reports" and in brackets ("A and B signed ... (BelTA)"): "According to Gomselmash,
  its combines ..." keeps the firm, so this reading needs the name list. Outlets that
  sign something themselves ("BelTA and Kazinform signed a memorandum") keep being
  parties: the name alone decides nothing.

>>> s = "The governor told BelTA that milk is shipped to Kazakhstan."
>>> cited_outlet(s, s.index("BelTA"), s.index("BelTA") + 5, "BelTA")
True
>>> s = "According to Gomselmash, its combines are sold in Serbia."
>>> cited_outlet(s, 13, 23, "Gomselmash")
False
>>> s = "BelTA and Kazinform signed a memorandum."
>>> cited_outlet(s, 0, 5, "BelTA")
False
"""

from __future__ import annotations

import re

# News agencies, papers and channels of the region and the wire services that texts
# on it cite (names as written, compared case-insensitively).
OUTLETS = frozenset(x.lower() for x in """
BelTA|Belta|TASS|ITAR-TASS|Interfax|Interfax-Kazakhstan|Interfax-Ukraine|Interfax-Belarus
|Reuters|Xinhua|Sputnik|Sputnik Belarus|RIA Novosti|RIA|Regnum|Kazinform|AKIpress|Kabar
|UzA|Dunyo|Trend|APA|Azertac|Armenpress|Arka|Ukrinform|Anadolu|AFP|Bloomberg|Kyodo
|Yonhap|VNA|Vietnam News Agency|PAP|Tanjug|Belsat|Kommersant|Vedomosti|RBC|Izvestia
|Rossiyskaya Gazeta|Sovetskaya Belorussiya|Belarus Today|Zviazda|Respublika|Nasha Niva
|Tengrinews|Kursiv|Kapital|Kun.uz|Gazeta.uz|Daryo|Kaktus|Delfi|LETA|ELTA|BNS|Moldpres
|Infotag|Lenta.ru|Gazeta.ru|Prime|Euronews|BBC|CNN|Al Jazeera|Financial Times
|Associated Press|AP|Onliner|Zerkalo|Ekonomicheskaya Gazeta|Belarusian Telegraph Agency
""".replace("\n", "").split("|"))

_MEDIA = (r"(?:news\s+agency|news\s+service|information\s+agency|telegraph\s+agency|agency"
          r"|newspaper|daily|weekly|magazine|news\s+portal|portal|news\s+site|website"
          r"|TV\s+channel|channel|broadcaster|radio|wire\s+service)")
# Frames whose object is always the outlet, whatever its name.
_TOLD = re.compile(
    r"\b(?:told|tells|telling|speaking\s+to|spoke\s+to|said\s+to|talking\s+to|talked\s+to"
    r"|(?:in\s+)?an?\s+(?:exclusive\s+|recent\s+|separate\s+)?interview\s+(?:with|to|for|given\s+to)"
    r"|interviewed\s+by|reported\s+to|(?:was\s+|were\s+)?quoted\s+by|(?:was\s+|were\s+)?cited\s+by"
    r"|as\s+reported\s+by|(?:it\s+)?(?:was|were|is|has\s+been)\s+reported\s+by"
    rf"|according\s+to\s+(?:the\s+)?(?:[A-Za-z-]+\s+)?{_MEDIA})"
    rf"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){{0,2}}{_MEDIA}\s+)?[\"«“]?$", re.I)
# A description that says what the name is ("the news agency X", "the X news agency
# reported"): not a bare "agency", which a state body is too ("the agency Kazakh Invest").
_NEWS = (r"(?:news\s+agency|news\s+service|information\s+agency|telegraph\s+agency"
         r"|newspaper|news\s+portal|news\s+site|TV\s+channel|broadcaster|wire\s+service)")
_MEDIA_BEFORE = re.compile(rf"\b(?:the|a)\s+(?:[A-Z][\w-]*\s+)?{_NEWS}\s+[\"«“]?$", re.I)
# Frames that make a known outlet's name a citation.
_CITED_BEFORE = re.compile(r"\b(?:according\s+to|reported\s+by|writes|wrote|cited|quoting"
                           r"|quoted|reports?\s+by|sources?:?)\s+(?:the\s+)?[\"«“]?$"
                           r"|\(\s*$", re.I)
# "An interview with Samsun's mayor", "told Tomsk's governor": a place that owns an office
# names the person's seat, never an outlet.
_OWNS_OFFICE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:mayor|governor|akim|khokim|hokim"
                          r"|voivode|marshal|prefect|head|chairman|chairwoman|chair|president"
                          r"|rector|director|minister)\b")
_CITED_AFTER = re.compile(r"[\"»”]?\s*(?:\)|(?:has\s+)?(?:reported|reports|wrote|writes|quoted"
                          r"|cited|said|says|learned|learnt|informs|informed)\b)", re.I)


def known_outlet(name: str) -> bool:
    return " ".join(name.strip('"«»“” ').split()).lower() in OUTLETS


def cited_outlet(text: str, start: int, end: int, name: str) -> bool:
    """Whether the mention ``text[start:end]`` (``name``) is an outlet the sentence
    cites, not a party (see the module doc)."""
    before = text[max(0, start - 80):start]
    if _TOLD.search(before):
        return not _OWNS_OFFICE.match(text, end)
    if _MEDIA_BEFORE.search(before) or re.match(rf"[\"»”]?\s+{_NEWS}\b", text[end:], re.I):
        return True
    if not known_outlet(name):
        return False
    return bool(_CITED_BEFORE.search(before) or _CITED_AFTER.match(text, end))
