"""A town's partnership owned by its name and dated: "Kalisz's partnership with Lutsk
dates from 1994", "Kalisz's second partnership, with Lutsk in Ukraine, goes back to
2006". Between two towns or regions a partnership is their twinning (the convention that
a partnership charter between towns twins them), as "Kalisz's twinning with Lutsk" is.

Only where the clause then says the link exists or when it began ("dates from", "goes
back to", "began", "was established", "has existed"): a partnership that ended, was
dropped or is only sought gives nothing, and a partner that is a firm or a body (no
town, no region) is left to the other readers.

>>> t = "Kalisz's second partnership, with Lutsk in Ukraine, dates from 2006."
>>> m = partnership_with(t, t.index("'s"))
>>> t[m.end():m.end() + 5]
'Lutsk'
>>> dated_after(t, t.index("Lutsk") + 5)
True
>>> dated_after("Kalisz's partnership with Lutsk ended in 2010.", 31)
False
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit

__all__ = ["dated_after", "named_partnerships", "partnership_with"]

_PLACES = frozenset(("City", "Region"))

# "'s (second|oldest) partnership, with ", "'s twinning with ": the owner's link noun.
_OWNED_LINK = re.compile(
    r"['’]s\s+(?:(?:first|second|third|fourth|fifth|sixth|oldest|newest|latest|youngest"
    r"|longest-standing|only|earliest)\s+)?(?:town\s+|municipal\s+|regional\s+)?"
    r"(?:partnership|twinning|twin-town\s+link|sister-city\s+link)\s*,?\s+with\s+(?:the\s+)?"
    r"(?:(?:town|city|region|municipality|province|county)\s+of\s+)?")

# After the partner (its country or a short description perhaps set off by commas): the
# link's existence or start.
_DATED = re.compile(
    r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s*\([^()]{1,40}\))?,?\s+"
    r"(?:(?:dates|dated)\s+(?:back\s+)?(?:from|to)|goes\s+back\s+to|went\s+back\s+to|began"
    r"|begun|started|(?:was|were)\s+(?:established|founded|formed|formalised|formalized"
    r"|sealed|set\s+up)|has\s+(?:existed|lasted|been\s+in\s+place))\b")


def partnership_with(text: str, at: int) -> re.Match | None:
    """The owned link noun and its "with" right at ``at`` (the owner's "'s")."""
    return _OWNED_LINK.match(text, at)


def dated_after(text: str, at: int) -> bool:
    """Whether the clause after the partner (ending at ``at``) dates or founds the link."""
    return _DATED.match(text, at) is not None


def named_partnerships(text: str, mentions: list, party) -> list[tuple[Hit, tuple]]:
    """Each "A's partnership with B dates from ..." of two places: their twinning."""
    ms = sorted((m for m in mentions if not m.refers and not m.adjectival),
                key=lambda m: m.start)
    out = []
    for i, a in enumerate(ms[:-1]):
        link = partnership_with(text, a.end)
        b = ms[i + 1]
        if link is None or b.start != link.end() or not dated_after(text, b.end):
            continue
        pa, pb = party(a, "City"), party(b, "City")
        if pa.label not in _PLACES or pb.label not in _PLACES or pa.id == pb.id:
            continue
        out.append((Hit("TWINNED_WITH", a, b, (a.end, link.end()), 0.7, "named partnership"),
                    (pa, pb)))
    return out
