"""Dates stated in a sentence, as ISO strings with reduced precision.

>>> date_near("In late June 2018, Minsk signed it.", 20)
'2018-06'
>>> date_near("signed back in 2002 with Gomel", 0)
'2002'
"""

from __future__ import annotations

import datetime
import re

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}  # noqa: E501
# The months' names, lower case: a span named by them is a time, no party.
MONTHS = frozenset(_MONTHS)
_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")(?:\s+(\d{1,2}),)?\s+(?:of\s+)?((?:19|20)\d\d)\b"  # noqa: E501
    r"|(?<![\d-])((?:19|20)\d\d)(?![\d-])", re.I)
# Numeric dates: ISO "2019-03-05" and day-first "05.03.2019".
_NUMERIC = re.compile(r"(?<![\d.-])(?:((?:19|20)\d\d)-(\d\d)-(\d\d)"
                      r"|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d))(?![\d-])")


def dates_in(text: str) -> list[tuple[int, str]]:
    """(offset, iso) for each date in ``text``; year ranges (2016-2020) are skipped.

    >>> dates_in("signed on 05.03.2019 and on 2020-06-28; it dates back to 1965")
    [(10, '2019-03-05'), (28, '2020-06-28'), (57, '1965')]
    """
    out = []
    for m in _NUMERIC.finditer(text):
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
            m.group(6), m.group(5), m.group(4))
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            out.append((m.start(), f"{y}-{int(mo):02d}-{int(d):02d}"))
    for m in _DATE.finditer(text):
        if any(a <= m.start() < a + 10 for a, _ in out):
            continue
        if m.group(2):
            month = _MONTHS[m.group(2).lower()]
            day = m.group(1) or m.group(3)
            iso = f"{m.group(4)}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")  # noqa: E501
        else:
            # "for 2017-2019", "until 2030" name periods, not the date of an event.
            before = text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"\b(?:until|till|to|up to|by|for)\s+$", before) and \
                    not re.search(r"\bback to\s+$", before):
                continue
            iso = m.group(5)
        out.append((m.start(), iso))
    return sorted(out)


def date_near(text: str, offset: int) -> str | None:
    """The date closest to ``offset`` (earlier ones win ties: "In 2014, X signed")."""
    found = dates_in(text)
    if not found:
        return None
    return min(found, key=lambda d: (abs(d[0] - offset) * (1 if d[0] <= offset else 1.5)))[1]


# The parts of a dateline every reader of one shares: the place it was filed from
# ("ALMATY", "Nur-Sultan", "Ust Kamenogorsk") and how its date opens ("12 February",
# "February 12", "12.02.").
DATELINE_PLACE = r"[A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+)?"
DATE_OPENING = r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{1,2}\.\d{1,2}\.)"
# What may stand before the date of a line that dates the text: a dateline's place, in
# any case and with dots ("GRODNO,", "St. Petersburg (Regnum) -"), or a label ("Published:",
# "Press release,").
_DATELINE_HEAD = re.compile(r"\s*(?:(?:published|posted|date|updated)\s*:?\s*"
                            r"|[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}\s*(?:\([^()]{1,40}\))?"
                            r"\s*(?:,|-|–|—)\s*)?", re.I)
_DATE_ONLY_END = re.compile(r"\s*(?:[.,:–—-]|$)")


def dateline_date(lines: list[str], *, within: int = 10) -> str | None:
    """The day a text is dated by its dateline, in its first ``within`` non-empty lines,
    as an ISO date; None without a dated line (a year alone dates nothing).

    >>> dateline_date(["Ties grow", "", "GRODNO, 14 March 2024. The region signed ..."])
    '2024-03-14'
    >>> dateline_date(["Published: 2023-05-02", "Text"]), dateline_date(["In 2002 A met B."])
    ('2023-05-02', None)
    """
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > within:
            break
        head = _DATELINE_HEAD.match(line)
        rest = line[head.end():]
        found = dates_in(rest[:40])
        if found and found[0][0] == 0 and len(found[0][1]) == 10:
            end = _DATE.match(rest) or _NUMERIC.match(rest)
            if end and _DATE_ONLY_END.match(rest, end.end()) and _real_day(found[0][1]):
                return found[0][1]
    return None


def _real_day(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False   # "31.02.2024"
    return True


_DATELINE_END = re.compile(r"\s*(?:[.,:–—-]\s*)?$")


def dateline_only(line: str) -> bool:
    """A line that is a dateline and nothing else ("Kazan, 14 May 2024"): it stands apart
    from the sentence under it.

    >>> dateline_only("Kazan, 14 May 2024"), dateline_only("KAZAN, 14 May 2024 - Talks")
    (True, False)
    """
    head = _DATELINE_HEAD.match(line)
    rest = line[head.end():]
    date = _DATE.match(rest) or _NUMERIC.match(rest)
    return bool(date and date.group(0).strip() and _DATELINE_END.fullmatch(rest, date.end())
                and dateline_date([line]))


# A signing told relative to the day the text is dated ("on Thursday", "yesterday").
RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday"
                          r"|Friday|Saturday|Sunday)|(?:this|last)\s+week"
                          r"|earlier\s+this\s+(?:week|month))\b", re.I)


def relative_date(text: str, published: str | None) -> str | None:
    """The month (or, in a month's first week, the year) of an event ``text`` tells
    relative to a text dated ``published``.

    >>> relative_date("They signed it on Thursday.", "2024-03-14")
    '2024-03'
    >>> relative_date("They signed it yesterday.", "2024-03-02")
    '2024'
    >>> relative_date("They signed it in Minsk.", "2024-03-14") is None
    True
    """
    if not published or not RELATIVE_DAY.search(text):
        return None
    year, month, day = published.split("-")
    if int(day) > 7:
        return f"{year}-{month}"
    return year if month != "01" else None

