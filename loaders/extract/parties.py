"""Resolving mentions to graph ids through the gazetteer.

The shared :class:`loaders.resolve.Resolver` does the real work (names, aliases,
organs such as an oblast executive committee or akimat mapped to their region).
When it is not installed, or leaves a name unresolved, the party keeps its name and
gets a provisional id from the naming convention (``company:by:gomselmash``), with
``resolved`` False so reviewers see it.

>>> p = resolve_mention(Mention("Sudan", 0, 5, "Country", "SD"), None)
>>> p.id, p.label, p.resolved
('country:sd', 'Country', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph import ids
from loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from loaders.extract.mentions import Mention

_PREFIX = {"Country": "country", "Region": "region", "City": "city", "Company": "company",
           "Organization": "org"}
_GENERIC = re.compile(r"\b(?:regional executive committees?|oblast executive committee|city executive"
                      r" committee|executive committee|regional council|oblast council|akimat|government"
                      r"|regions?|oblasts?|districts?|raion|rayon|krai|kray|territory|province|marz"
                      r"|county|city|town)\b", re.I)


@dataclass
class Party:
    name: str                 # as written in the text
    id: str
    label: str                # Region, City, Company, Organization, Country
    country: str | None
    resolved: bool
    body: str | None = None
    reason: str | None = None

    def as_dict(self) -> dict:
        return {"name": self.name, "id": self.id, "kind": self.label,
                "country": self.country, "resolved": self.resolved,
                **({"body": self.body} if self.body else {})}


def default_resolver():
    """The shared gazetteer resolver, or None when it is not available."""
    try:
        from loaders.resolve import Resolver
    except ImportError:
        return None
    try:
        return Resolver.default()
    except Exception:  # a broken gazetteer must not stop extraction; ids become provisional
        return None


def resolve_mention(m: Mention, resolver, cache: dict | None = None) -> Party:
    key = (m.text, m.kind_hint, m.country_hint)
    if cache is not None and key in cache:
        return cache[key]
    party = _resolve(m, resolver)
    if cache is not None:
        cache[key] = party
    return party


def _resolve(m: Mention, resolver) -> Party:
    text = m.text.strip().strip(",;")
    code = COUNTRY_BY_NAME.get(text.lower()) or (DEMONYMS.get(text.lower()) if m.adjectival else None)
    if code:
        return Party(text, ids.country_id(code), "Country", code, True)
    if resolver is not None:
        kind = m.kind_hint if m.kind_hint in ("Region", "City", "Company", "Organization") else None
        res = None
        for k in ((kind, None) if kind else (None,)):
            try:
                res = resolver.resolve(text, kind=k, country=m.country_hint)
            except Exception:  # resolver errors on odd names must not stop extraction
                res = None
            if res is not None and getattr(res, "resolved", False):
                break
        if res is not None and getattr(res, "resolved", False) and getattr(res, "id", None):
            return Party(text, res.id, res.label, res.country, True,
                         getattr(res, "body", None), getattr(res, "reason", None))
        if res is not None and getattr(res, "id", None) and getattr(res, "label", None):
            return Party(text, res.id, res.label, res.country, False,
                         getattr(res, "body", None), getattr(res, "reason", None))
    return _provisional(m, text)


def _provisional(m: Mention, text: str) -> Party:
    label = m.kind_hint if m.kind_hint in _PREFIX else None
    if label is None and re.search(r"\b(?:oblast|regional|region|akimat|krai|duma|district)\b", text, re.I):
        label = "Region"  # an organ of a region stands for the region
    if label is None:
        label = "Company" if '"' in text else ("Organization" if m.organisation else "City")
    core = text
    if label in ("Region", "City"):
        core = _GENERIC.sub(" ", text).strip() or text
    core = re.sub(r'^(?:JSC|OJSC|CJSC|LLC|OAO|ZAO|OOO|RUE|SE|UE|IOO|JV|JLLC|ALC|SARL)\s+|'
                  r'\s+(?:JSC|OJSC|CJSC|LLC|OAO|ZAO|OOO|RUE|SE|UE|IOO|JLLC|ALC|SARL)$', "", core)
    core = core.strip('" ')
    country = m.country_hint
    return Party(text, ids.node_id(_PREFIX[label], country, core), label, country, False,
                 reason="not in the gazetteer")
