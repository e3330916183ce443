"""Well-known firms: their country when a text names them without saying where they are.

A text on trade between Belarus and Kazakhstan writes "MTZ delivered tractors to
Kostanay" and never says that MTZ is Belarusian: every reader knows it. Without this
table the extractor can only guess the firm's country from the text (its home, the
other side of the border) and gets it wrong whenever the text is written from the
buyer's side. The extractor takes the country from here and keeps the firm's name as
written for its id (a text's "Euroopt" is not renamed to its operator). ``firms.csv``
beside this module lists large firms of the post-Soviet
space and of its main partners (columns ``id``, ``name``, ``aliases``, ``country``;
aliases ``|``-separated), compiled by hand from general knowledge (not from a registry:
correct a row when you know better); a name is looked up as written, without
quotes and legal forms ("OJSC "MTZ"" is MTZ), case-insensitively except for
short acronyms, which must be written in capitals ("MAZ", not "Maz"; "Kamaz" is
KamAZ).

>>> f = known_firm("Minsk Tractor Works")
>>> f.id, f.country
('company:by:mtz', 'BY')
>>> known_firm('OJSC "MTZ"').id
'company:by:mtz'
>>> known_firm("mtz") is None, known_firm("Minsk") is None
(True, True)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_QUOTES = re.compile(r"[\"«»“”„]")
# Legal forms at either end: "OJSC X", "X JSC", "X Ltd."
_LEGAL = re.compile(r"^(?:[OCPZ]?JSC|OAO|ZAO|PAO|OOO|LLC|LLP|JV|UE|RUE"
                    r"|Open\s+Joint[- ]Stock\s+Company|Joint[- ]Stock\s+Company"
                    r"|Closed\s+Joint[- ]Stock\s+Company|Public\s+Joint[- ]Stock\s+Company"
                    r"|Limited\s+Liability\s+Company)\s+"
                    r"|,?\s+(?:[OCPZ]?JSC|LLC|LLP|Ltd\.?|Inc\.?|AG|GmbH|S\.A\."
                    r"|plc|Co\.,?\s+Ltd\.?|Corp\.?)$")
# An acronym is matched only as written: "MAZ" is the firm, "Maz" may be anything.
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")


@dataclass(frozen=True)
class KnownFirm:
    id: str
    name: str
    country: str


def _core(name: str) -> str:
    # The extractor's reading of legal forms (dotted and national ones too: "Srbija Kargo
    # a.d.", "Unimasz Sp. z o.o.", "Hemofarm AD", 'IOO "Santa Impex"'), so a name in a
    # text and in the table meet however the form is written. Imported here: the
    # extractor's package imports this module.
    from relgraph.loaders.extract.names import strip_legal

    core = " ".join(_QUOTES.sub(" ", strip_legal(name)).split())
    prev = None
    while prev != core:
        prev, core = core, _LEGAL.sub("", core).strip(" ,-")
    return re.sub(r"^the\s+", "", core, flags=re.I)


def _is_acronym(name: str) -> bool:
    return " " not in name and len(name) <= 8 and bool(_ACRONYM.fullmatch(name)) and \
        sum(c.isupper() for c in name) >= 2


def _keys(name: str) -> list[str]:
    """The keys a name is stored under: an acronym as written and in capitals, and, when
    it has four letters or more ("KamAZ", "Kamaz", "KAMAZ"), in any case; other names in
    any case."""
    core = _core(name)
    if not core:
        return []
    if _is_acronym(core):
        return list(dict.fromkeys([core, core.upper()] + ([core.casefold()] if len(core) >= 4
                                                         else [])))
    return [core.casefold()]


class FirmTable:
    """Names and aliases -> :class:`KnownFirm`; build with :meth:`from_rows` (tests) or
    :func:`firm_table` (the bundled table)."""

    def __init__(self, index: dict[str, KnownFirm]):
        self._index = index

    @classmethod
    def from_rows(cls, rows) -> FirmTable:
        """``rows``: mappings with ``id``, ``name``, ``aliases`` and ``country``. A name
        two firms share is left out: it tells neither."""
        index: dict[str, KnownFirm] = {}
        clash: set[str] = set()
        for row in rows:
            firm = KnownFirm(row["id"].strip(), row["name"].strip(),
                             row["country"].strip().upper())
            names = [row["name"], *(a for a in (row.get("aliases") or "").split("|"))]
            for k in (k for n in names for k in _keys(n)):
                if k in index and index[k].id != firm.id:
                    clash.add(k)
                index.setdefault(k, firm)
        for k in clash:
            del index[k]
        return cls(index)

    def lookup(self, name: str) -> KnownFirm | None:
        core = _core(name or "")
        if not core:
            return None
        keys = [core] if _is_acronym(core) else []
        return next((self._index[k] for k in (*keys, core.casefold()) if k in self._index),
                    None)

    def by_id(self, firm_id: str) -> KnownFirm | None:
        """The firm whose table id is ``firm_id``, or None."""
        if not hasattr(self, "_ids"):
            self._ids = {f.id: f for f in self._index.values()}
        return self._ids.get(firm_id)

    def __len__(self) -> int:
        return len({f.id for f in self._index.values()})


@lru_cache(maxsize=1)
def firm_table() -> FirmTable:
    """The bundled table (``firms.csv``), read once."""
    with resources.files(__package__).joinpath("firms.csv").open(encoding="utf-8") as f:
        return FirmTable.from_rows(csv.DictReader(f))


@lru_cache(maxsize=65536)  # asked for every firm id the extractor builds
def known_firm(name: str) -> KnownFirm | None:
    """The well-known firm ``name`` stands for, or None."""
    return firm_table().lookup(name)
