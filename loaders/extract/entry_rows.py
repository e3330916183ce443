"""The row lines of a page of twins or partners: a place, where it lies, and the year its
tie began, on a line of its own above the entry's text.

Pages set the year in several ways, and one line may hold two towns::

    Cesena, Italy (since 2000).
    Aarhus (Denmark) - 1991
    Kampen (Netherlands) - 1997, a fellow river port
    Linz (Austria), since 1962
    Kalmar, Sweden (since 1994) and Vaasa, Finland (since 1998)
    Ulm (Germany) and Tartu (Estonia), since 1987       (one year for both)
    Bari (Italy), since 1972, and Split (Croatia), since 1973

Both the document reader (a row ends its paragraph, as a title line does) and the
section reader (a row names a twin of the page's place) read rows with :func:`rows`.

>>> [name for name, _ in rows("Linz (Austria), since 1962")]
['Linz']
>>> [name for name, _ in rows("Ulm (Germany) and Tartu (Estonia), since 1987")]
['Ulm', 'Tartu']
>>> [name for name, _ in rows("Bari (Italy), since 1972, and Split (Croatia), since 1973")]
['Bari', 'Split']
>>> rows("Linz (Austria), founded in 1962")
[]
>>> rows("Ulm and Tartu signed in 1987")
[]
"""

from __future__ import annotations

import re

__all__ = ["CAP", "LIST_MARK", "ROW_NAME", "lead_row", "rows"]

# A capital of any Latin alphabet, marks and all ("Trenčín", "Łomża", "Örebro"), as a row's
# town may open with one; the name a row opens with, up to four such words.
CAP = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_]"
_NAME_BODY = CAP + r"[\w'’.-]*(?:\s+" + CAP + r"[\w'’.-]*){0,3}"
ROW_NAME = r"(?P<name>" + _NAME_BODY + r")"
# What opens a list's row: a bullet, a dash or a list's number ("1. Narvik (Norway) -
# 1991", "12) Ghent"); the readers of rows elsewhere use it too.
LIST_MARK = r"(?:[-–—•*]|\d{1,3}[.)](?=\s))"
_MARK = r"\s*(?:" + LIST_MARK + r"\s*)?"
# Where the town lies: in brackets, after commas, or both, a bracket holding its other
# name ("Cologne (Köln), Germany").
_AFTER_COMMA = r",\s*" + CAP + r"[\w'’ -]{2,30}?"
_WHERE = r"(?:\s*\([^()]{2,40}\)(?:" + _AFTER_COMMA + r")?|(?:" + _AFTER_COMMA + r"){1,2})?"
_YEAR = r"(?:19|20)\d\d"

# A row that names a twin and its year alone: "Cesena, Italy (since 2000).", "Irvine,
# California, United States (since 1991)", "Grodno (Belarus) (since 2008)".
_DATED_ROW = re.compile(_MARK + ROW_NAME + _WHERE +
                        r"\s*(?P<since>\((?:(?:since|from)\s+)?" + _YEAR + r"\))\s*[.;]?\s*")
# ... or set off by a dash, maybe with a word on the town after a comma: "Aarhus (Denmark) -
# 1991", "Odesa, Ukraine - since 1994", "Kampen (Netherlands) - 1997, a fellow river
# port".
_YEAR_ROW = re.compile(_MARK + ROW_NAME + _WHERE + r"\s*[-–—:]\s*"
                       r"(?P<since>(?:(?:since|from)\s+)?" + _YEAR + r")"
                       r"(?:,\s*(?:an?|the|one|where|which|with|who|our)\b[^.;:\d]*)?"
                       r"\s*[.;]?\s*")


# A row whose year stands in brackets after the town and where it lies, the entry's text
# running on after a dash on the same line: "Ghent, Belgium (1985) - school exchanges",
# "Ghent (Belgium) (since 1985): choirs and clubs".
_LEAD_ROW = re.compile(_MARK + ROW_NAME + _WHERE + r"\s*(?P<since>\((?:(?:since|from)\s+)?"
                       + _YEAR + r"\))\s*[-–—:]\s+(?=\S)")


def lead_row(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(name, span of its year) of the town a row sets out before its entry's text on
    the same line, its year in brackets; [] for any other line.

    >>> lead_row("- Ghent, Belgium (1985) - school exchanges.")
    [('Ghent', (17, 23))]
    >>> lead_row("Ghent, Belgium - school exchanges.")
    []
    """
    row = _LEAD_ROW.match(text)
    return [(row.group("name"), row.span("since"))] if row else []


def _unit(i: int) -> str:
    """One town of a row line, its year optional: the year of a town that has none is
    the next town's ("Ulm (Germany) and Tartu (Estonia), since 1987"). After a comma the
    year needs its "since" ("Linz (Austria), since 1962"; "Linz, 1962" may be a
    dateline)."""
    return (rf"(?P<n{i}>" + _NAME_BODY + r")" + _WHERE +
            rf"(?:\s*(?P<y{i}>\((?:(?:since|from)\s+)?" + _YEAR + r"\))"
            rf"|\s*[-–—:]\s*(?P<z{i}>(?:(?:since|from)\s+)?" + _YEAR + r")"
            rf"|,\s*(?P<c{i}>(?:since|from)\s+" + _YEAR + r"))?")


_MAX_UNITS = 4
_UNITS_ROW = re.compile(_MARK + _unit(0) + "".join(
    r"(?:,?\s+(?:and|&)\s+" + _unit(i) + ")?" for i in range(1, _MAX_UNITS)) +
    r"\s*[.;]?\s*")


def rows(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(name, span of its year) of each town a row line sets out; [] for any other
    line (one whose last town has no year, or that says more than where and since)."""
    row = _DATED_ROW.fullmatch(text) or _YEAR_ROW.fullmatch(text)
    if row:
        return [(row.group("name"), row.span("since"))]
    row = _UNITS_ROW.fullmatch(text)
    if row is None:
        return []
    found, waiting = [], []
    for i in range(_MAX_UNITS):
        name = row.group(f"n{i}")
        if name is None:
            break
        waiting.append(name)
        year = next((g for g in (f"y{i}", f"z{i}", f"c{i}") if row.group(g)), None)
        if year is not None:
            found += [(n, row.span(year)) for n in waiting]
            waiting = []
    return [] if waiting else found
