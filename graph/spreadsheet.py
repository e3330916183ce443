"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Names, quotes and titles come from documents and sheets that anyone may have written.
A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken
for a formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)`` sends data
away when clicked, ``=cmd|...`` runs a program on old Excel). As OWASP recommends
(https://owasp.org/www-community/attacks/CSV_Injection), such a cell gets a leading
single quote, which spreadsheets read as "this is text"; the csv module quotes and
escapes every cell that needs it.

The quote is added so that it can be taken off again: a text that already begins with
quotes before a formula character gets one more, and :func:`from_spreadsheet` takes
exactly one off. Reading back a review sheet or a candidates file relgraph wrote gives
the values it wrote; text like ``'s-Hertogenbosch`` is left alone both ways.

>>> to_spreadsheet("=HYPERLINK(\\"http://x\\")")
'\\'=HYPERLINK("http://x")'
>>> to_spreadsheet("-5 tonnes"), to_spreadsheet(-5), to_spreadsheet("'s-Hertogenbosch")
("'-5 tonnes", -5, "'s-Hertogenbosch")
>>> all(from_spreadsheet(to_spreadsheet(t)) == t for t in ["=1+2", "'=1", "''@x", "a", ""])
True
"""

from __future__ import annotations

import re
from typing import Any

#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_START = "=+-@\t\r"
_NEUTRALISE = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def to_spreadsheet(value: Any) -> Any:
    """``value`` as a cell a spreadsheet shows as text: texts that would start a
    formula get a leading ``'``; numbers and everything else are returned as they are."""
    if isinstance(value, str) and _NEUTRALISE.match(value):
        return "'" + value
    return value


def from_spreadsheet(value: Any) -> Any:
    """Undo :func:`to_spreadsheet` for a cell read back from a CSV file relgraph wrote."""
    if isinstance(value, str) and _NEUTRALISED.match(value):
        return value[1:]
    return value


def row_to_spreadsheet(row: dict) -> dict:
    """Every cell of ``row`` through :func:`to_spreadsheet`."""
    return {k: to_spreadsheet(v) for k, v in row.items()}


def row_from_spreadsheet(row: dict) -> dict:
    """Every cell of ``row`` through :func:`from_spreadsheet`."""
    return {k: from_spreadsheet(v) for k, v in row.items()}
