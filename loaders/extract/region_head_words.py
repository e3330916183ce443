"""Head words some countries give their first-level regions and others give bodies.

"Department" names a first-level region in Bolivia, Colombia, Peru, Paraguay, Uruguay
and Central America ("Pando Department", "the Narino department"), and a body of
government everywhere ("the Finance Department"); "Parish" a region in Jamaica,
Dominica or Grenada and a church's district elsewhere. The
gazetteer says which: a country whose first-level regions carry the word in their
names or aliases there uses it for them. A name with such a word is that region when
its base is a first-level region of one of those countries; otherwise the word keeps
its ordinary sense.
"""

from __future__ import annotations

import functools
import re

_HEADS = ("department", "parish")
_WITH_HEAD = re.compile(r"^(?:the\s+)?(?P<base>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})"
                        r"\s+(?P<head>[Dd]epartment|[Pp]arish)$")


@functools.cache
def _countries() -> dict[str, frozenset[str]]:
    from relgraph.loaders.gazetteer import load_gazetteer

    g = load_gazetteer()
    out: dict[str, set[str]] = {h: set() for h in _HEADS}
    for row in g.entries.prefixed("region:"):
        e = g.entries.at(row)
        if e.level not in (1, None):
            continue
        for name in (e.name, *e.aliases):
            last = name.rsplit(None, 1)[-1].lower()
            if last in out and " " in name:
                out[last].add(e.country)
    return {h: frozenset(cs) for h, cs in out.items()}


def region_by_country_head(query: str, lookup):
    """The first-level region ``query`` names with a head word its country uses for
    its regions, or None. ``lookup(base)`` finds a region by its bare name.

    >>> region_by_country_head("the Finance Department", lambda base: None) is None
    True
    """
    m = _WITH_HEAD.match(query)
    if m is None or not m.group("base")[:1].isupper():
        return None
    res = lookup(m.group("base"))
    if res is None or res.label != "Region" or \
            res.country not in _countries()[m.group("head").lower()]:
        return None
    return res
