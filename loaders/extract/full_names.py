"""Places a text names in full once and by their first word after.

A town whose name carries its river or its setting ("X upon Y", "X am Main", "X an der
Oder", "X (Oder)", "X-sur-Mer") is written so in a heading, a table or the first
sentence about it; the text then goes on with the first word alone. That bare word is
the place named before, not the biggest namesake the gazetteer knows abroad.

The document is scanned once; each mention is then one dictionary look-up.
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME

# The joiners such names put between a town and its river or setting, in the languages
# whose towns are named so (English, German, French, Slavic).
_JOINERS = (r"upon|on|am|an\s+der|an|in\s+der|im|ob\s+der|bei|vor\s+der|sur|sous|en|lès|lez"
            r"|nad|pod")
_FULL = re.compile(
    r"(?<![\w'’-])(?P<short>[A-Z][^\W\d_]{2,})"
    rf"(?P<tail>[- ](?:{_JOINERS})[- ][A-Z][^\W\d_'’-]*(?:-[A-Z][^\W\d_]*)?"
    # "Frankfurt (Oder)", "Halle (Saale)": the river in brackets
    r"|\s\((?!(?:[A-Z]{2,}|[A-Z]\.)\))[A-Z][^\W\d_]+\))")


def full_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """The first words of the text's full place names, each with where and how the
    full name is written.

    >>> full_names("Newcastle upon Tyne\\nBergen and Newcastle ...")["Newcastle"]
    [(0, 'Newcastle upon Tyne')]
    >>> sorted(full_names("Frankfurt (Oder), Halle (Saale), KAMAZ (KMZ), Valga (Estonia)"))
    ['Frankfurt', 'Halle']
    """
    out: dict[str, list[tuple[int, str]]] = {}
    for m in _FULL.finditer(text):
        if m.group("tail").strip(" ()").lower() in COUNTRY_BY_NAME:
            continue   # "Valga (Estonia)": the bracket locates the town, no part of its name
        out.setdefault(m.group("short"), []).append((m.start(), " ".join(m.group(0).split())))
    return out


def named_before(names: dict[str, list[tuple[int, str]]], short: str, at: int) -> list[str]:
    """The full names the text wrote for ``short`` before offset ``at`` (or there: a
    reader that cut the full name short), the nearest first (a short name means the
    place last named in full)."""
    return [full for start, full in reversed(names.get(short, ())) if start <= at]
