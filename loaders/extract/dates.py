"""Dates stated in a sentence, as ISO strings with reduced precision.

>>> date_near("In late June 2018, Minsk signed it.", 20)
'2018-06'
>>> date_near("signed back in 2002 with Gomel", 0)
'2002'
"""

from __future__ import annotations

import re

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}  # noqa: E501
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
