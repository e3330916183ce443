"""Party references as people write them in sheets.

``Gomel Oblast Executive Committee``, ``Brest [city, BY]``, ``Tashkent [region]`` or a
node id such as ``region:by:gomel``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

KINDS = {"country": "Country", "region": "Region", "city": "City", "company": "Company",
         "organization": "Organization", "organisation": "Organization", "org": "Organization",
         "district": "Region", "oblast": "Region", "town": "City"}
ID_RE = re.compile(r"^(country|region|city|company|org|doc|source):[a-z0-9:._-]+$")
_QUALIFIER = re.compile(r"^(?P<name>.*?)\s*\[(?P<q>[^\[\]]*)\]\s*$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


@dataclass(frozen=True)
class PartyRef:
    text: str
    name: str
    kind: str | None = None      # a schema label
    country: str | None = None   # ISO alpha-2, upper case
    id: str | None = None        # when the reference is a node id


class RefError(ValueError):
    pass


@functools.lru_cache(maxsize=1 << 16)
def parse_ref(text: str) -> PartyRef:
    """Split a reference into name, kind and country.

    >>> parse_ref("Brest [city, BY]")
    PartyRef(text='Brest [city, BY]', name='Brest', kind='City', country='BY', id=None)
    >>> parse_ref("region:by:gomel").id
    'region:by:gomel'
    >>> parse_ref("Tashkent [region]").kind
    'Region'
    """
    text = " ".join(str(text).split())
    if not text:
        raise RefError("empty reference")
    if ID_RE.match(text):
        return PartyRef(text, text, None, None, text)
    m = _QUALIFIER.match(text)
    if not m:
        if "[" in text or "]" in text:
            raise RefError(f"unbalanced brackets in {text!r}; write Name [kind, CC]")
        return PartyRef(text, text)
    name, kind, country = m.group("name").strip(), None, None
    for part in (p.strip() for p in m.group("q").split(",")):
        if not part:
            continue
        if part.lower() in KINDS:
            kind = KINDS[part.lower()]
        elif _COUNTRY.match(part):
            country = part.upper()
        else:
            raise RefError(f"unknown qualifier {part!r} in {text!r}; use a kind "
                           f"({', '.join(sorted(set(KINDS) - {'org', 'organisation'}))}) "
                           "and/or a two-letter country code")
    if not name:
        raise RefError(f"no name before the brackets in {text!r}")
    return PartyRef(text, name, kind, country)


def split_multi(value) -> list[str]:
    """A multi-valued cell: ``a|b`` or a list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]
