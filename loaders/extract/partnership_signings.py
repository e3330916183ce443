"""A partnership agreement signed between two towns or regions also twins them.

The twinning document rule (:mod:`twin_documents`) reads a signing from a twinning its
charter states; this is its mirror. "A signed a partnership agreement with B", "A and B
concluded an agreement on partnership", "a partnership treaty with B is to be signed"
make the two partner towns, the paper that outside annotators read as the twinning's own
(convention K), whatever the sentence's other words. A cooperation agreement, a
memorandum, or a partnership confined to a field ("a partnership agreement on
vocational training") is a signing alone, and so is a paper between firms or countries
or one the towns' councils sign as bodies ("the District Council and the County Council
concluded a partnership agreement").

>>> from relgraph.loaders.extract.mentions import Mention
>>> from relgraph.loaders.extract.hits import Hit
>>> a, b = Mention("Kalisz", 0, 6), Mention("Lutsk", 40, 45)
>>> h = Hit("SIGNED_AGREEMENT", a, b, (9, 15), 0.7, "with", "agreement",
...         "partnership agreement")
>>> is_partnership_charter(h.title)
True
>>> is_partnership_charter("cooperation agreement")
False
>>> is_partnership_charter("partnership agreement on vocational training")
False
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.coordination import own_clause
from relgraph.loaders.extract.hits import Hit

RULE = "partnership agreement"

_PLACES = frozenset(("City", "Region"))
# A side written as its council or office ("the Soroca District Council"): the bodies'
# own partnership, a signing alone.
_BODY = re.compile(r"\b(?:Council|Assembly|Administration|Office|Committee)\b")

# "partnership agreement", "town partnership treaty", "agreement on partnership",
# "agreement of partnership and friendship"; no field after it ("on tourism").
_PARTNERSHIP_TITLE = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:partnership\s+(?:agreement|treaty)"
    r"|(?:agreement|treaty)\s+(?:on|of)\s+partnership(?:\s+and\s+friendship)?)",
    re.I)


def is_partnership_charter(title: str | None) -> bool:
    """Whether a document's title is a partnership agreement of no field of its own."""
    return bool(title) and bool(_PARTNERSHIP_TITLE.fullmatch(title.strip()))


def _partnership_in_clause(text: str, h: Hit) -> bool:
    """Whether a signing read with a bare title ("agreement", as a rule that carried a
    side from the paragraph's topic gives it) has a partnership agreement in its
    trigger's clause: "A partnership agreement with B is due to be signed in May"."""
    if (h.title or "agreement").lower() != "agreement":
        return False
    lo, hi = own_clause(text, *h.trigger)
    return bool(_PARTNERSHIP_IN_TEXT.search(text, lo, hi))


_PARTNERSHIP_IN_TEXT = re.compile(r"\b(?:partnership\s+(?:agreement|treaty)"
                                  r"|(?:agreement|treaty)\s+on\s+partnership)\b"
                                  r"(?!\s+(?:on|in|for)\s+(?-i:[a-z]))", re.I)


def partnership_twinnings(text: str, hits: list[Hit],
                          resolved: list) -> list[tuple[Hit, tuple]]:
    """A twinning for each signing of a partnership agreement between two places that
    no twinning of the sentence already pairs (the signing's status goes with it)."""
    have = {frozenset((pa.id, pb.id)) for h, (pa, pb) in zip(hits, resolved, strict=True)
            if h.rel_type == "TWINNED_WITH"}
    out = []
    for h, (pa, pb) in zip(hits, resolved, strict=True):
        if h.rel_type != "SIGNED_AGREEMENT" or pa.id == pb.id \
                or not {pa.label, pb.label} <= _PLACES \
                or not (is_partnership_charter(h.title) or _partnership_in_clause(text, h)) \
                or any(_BODY.search(m.text) for m in (h.a, h.b)):
            continue
        key = frozenset((pa.id, pb.id))
        if key in have:
            continue
        have.add(key)
        extra = {k: v for k, v in h.extra.items() if k == "status"}
        out.append((Hit("TWINNED_WITH", h.a, h.b, h.trigger, h.confidence, RULE,
                        extra=extra, parties=h.parties), (pa, pb)))
    return out
