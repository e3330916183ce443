"""When a tie holds, for the page's time slider, with ``--as-of`` semantics.

``graph.projections.partner_network(as_of=Y)`` keeps a tie when it is dated up to Y
(undated ties always) and has not ended: a twinning whose status is ``ended`` never
holds as of any year; a document holds until its ``valid_to`` year, and without one
not at all once its status is ``expired`` or ``terminated``; supplies never end. A
tie's span encodes exactly that, so the slider at a year shows the parties
``--as-of`` that year gives (``tests/viz/test_timeline.py`` checks it year by year
against the projection).

>>> span({"type": "TWINNED_WITH", "year": 1998, "status": "active"})
[1998, None, 0]
>>> holds(span({"type": "SIGNED_AGREEMENT", "year": 2003, "valid_to": "2008-12-31"}), 2010)
False
>>> holds(span({"type": "TWINNED_WITH", "year": None, "status": "ended"}), None)
True
"""

from __future__ import annotations

from relgraph.graph.schema import year_of

_ENDED_TWINNING = ("ended",)
_ENDED_DOCUMENT = ("expired", "terminated")


def span(tie: dict) -> list:
    """``[from, to, gone]``: first year the tie holds (None: undated, always), last
    year (None: open), and 1 when an as-of filter drops it whatever the year."""
    start = tie.get("year")
    if not isinstance(start, int) or isinstance(start, bool):
        start = year_of(tie.get("date"))
    kind = tie.get("type")
    status = tie.get("status")
    end, gone = None, 0
    if kind == "TWINNED_WITH":
        gone = int(status in _ENDED_TWINNING)
    elif kind == "SIGNED_AGREEMENT":
        end = year_of(tie.get("valid_to"))
        if end is None:
            gone = int(status in _ENDED_DOCUMENT)
    return [start, end, gone]


def holds(s: list, as_of: int | None) -> bool:
    """Does a tie with span ``s`` count as of ``as_of`` (None: no as-of filter)?"""
    if as_of is None:
        return True
    start, end, gone = s
    if gone:
        return False
    if start is not None and start > as_of:
        return False
    return not (end is not None and end < as_of)


def year_range(spans) -> tuple[int, int] | None:
    """The first and last year any tie starts or ends, or None when nothing is dated."""
    years = [y for s in spans for y in (s[0], s[1]) if y is not None]
    return (min(years), max(years)) if years else None
