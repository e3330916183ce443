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


def dates_in(text: str) -> list[tuple[int, str]]:
    """(offset, iso) for each date in ``text``; year ranges (2016-2020) are skipped."""
    out = []
    for m in _DATE.finditer(text):
        if m.group(2):
            month = _MONTHS[m.group(2).lower()]
            day = m.group(1) or m.group(3)
            iso = f"{m.group(4)}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")  # noqa: E501
        else:
            # "for 2017-2019", "until 2030" name periods, not the date of an event.
            before = text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"\b(?:until|till|to|up to|by|for)\s+$", before):
                continue
            iso = m.group(5)
        out.append((m.start(), iso))
    return out


def date_near(text: str, offset: int) -> str | None:
    """The date closest to ``offset`` (earlier ones win ties: "In 2014, X signed")."""
    found = dates_in(text)
    if not found:
        return None
    return min(found, key=lambda d: (abs(d[0] - offset) * (1 if d[0] <= offset else 1.5)))[1]
