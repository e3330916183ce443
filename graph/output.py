"""The one output formatter every command uses: a result is rows plus metadata,
printed as an aligned table, CSV or JSON.

A table comes first; the run's settings (``meta``) follow it in a short footer: the
keys the command names in ``footer`` (all of them with ``verbose``, and always in JSON).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from relgraph.graph.spreadsheet import to_spreadsheet

FORMATS = ("table", "csv", "json")
#: How wide a footer line of settings grows before the next starts.
FOOTER_WIDTH = 100


@dataclass
class Result:
    """What a command returns: ``rows`` (dicts), optional ``columns`` order, ``meta``
    (the run's settings, printed in a footer under a table or as a JSON object),
    ``notes`` (extra lines printed after a table, e.g. warnings) and ``footer`` (the
    meta keys a table's footer shows; None: all of them)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    columns: list[str] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    footer: list[str] | None = None

    def column_names(self) -> list[str]:
        if self.columns:
            return list(self.columns)
        names: dict[str, None] = {}
        for row in self.rows:
            names.update(dict.fromkeys(row))
        return list(names)


def render(result: Result, fmt: str = "table", *, verbose: bool = False) -> str:
    """``result`` as text in ``fmt`` (table, csv or json). CSV cells that would start
    a spreadsheet formula begin with ``'`` (see :mod:`relgraph.graph.spreadsheet`).
    A table is followed by its footer: the settings ``result.footer`` names, or every
    setting when ``verbose``.

    >>> print(render(Result([{"label": "City", "count": 2}]), "csv"), end="")
    label,count
    City,2
    >>> print(render(Result([{"name": "=1+2", "n": -1}]), "csv"), end="")
    name,n
    '=1+2,-1
    >>> print(render(Result([{"x": 1}], meta={"n": 1}), "json"), end="")
    {"meta": {"n": 1}, "rows": [{"x": 1}]}
    >>> r = Result([{"x": 1}], meta={"n": 1, "m": 2, "seed": 42}, footer=["n", "m"])
    >>> print(render(r), end="")
    x
    -
    1
    # n: 1; m: 2
    # (1 more setting: --verbose or --format json)
    """
    if fmt == "json":
        return json.dumps({"meta": result.meta, "rows": result.rows}, ensure_ascii=False,
                          default=_json_value) + "\n"
    if fmt == "csv":
        return _csv(result)
    if fmt == "table":
        return _table(result, verbose=verbose)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _json_value(value: Any) -> Any:
    """Values JSON has no type for: a path's chain as its parts, the rest as text."""
    as_json = getattr(value, "as_json", None)
    return as_json() if callable(as_json) else str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, (list, tuple)):
        return "|".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _csv(result: Result) -> str:
    buf = io.StringIO()
    columns = result.column_names()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in result.rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def _csv_cell(value: Any) -> str:
    if isinstance(value, float):
        return repr(value)   # full precision for machines
    if isinstance(value, (int, bool)) or value is None:
        return _cell(value)
    # Stored texts come from anyone's documents: a spreadsheet must not run them.
    return to_spreadsheet(_cell(value))


def _table(result: Result, *, verbose: bool = False) -> str:
    lines = []
    if result.title:
        lines.append(result.title)
    columns = result.column_names()
    if columns:
        cells = [[_cell(row.get(c)) for c in columns] for row in result.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        numeric = [all(_is_number(row.get(c)) for row in result.rows) for c in columns]

        def fmt(values):
            return "  ".join(v.rjust(w) if num else v.ljust(w)
                             for v, w, num in zip(values, widths, numeric, strict=True)).rstrip()
        lines.append(fmt(columns))
        lines.append("  ".join("-" * w for w in widths))
        lines.extend(fmt(r) for r in cells)
    if not result.rows:
        lines.append("(no rows)")
    lines.extend(result.notes)
    lines.extend(_footer(result, verbose=verbose))
    return "\n".join(lines) + "\n"


def _footer(result: Result, *, verbose: bool) -> list[str]:
    """The settings under a table: the ones ``result.footer`` names packed a few to a
    line (the database alone on the last), the rest counted; every one, one a line,
    when ``verbose``."""
    given = {k: v for k, v in result.meta.items() if not _empty(v)}
    if verbose or result.footer is None:
        return [f"# {key}: {_cell(value)}" for key, value in given.items()]
    keys = [k for k in dict.fromkeys(result.footer) if k in given]
    lines: list[str] = []
    for key in keys:
        item = f"{key}: {_cell(given[key])}"
        if lines and key != "database" and len(lines[-1]) + len(item) + 2 <= FOOTER_WIDTH:
            lines[-1] += f"; {item}"
        else:
            lines.append(f"# {item}")
    more = len(given) - len(keys)
    if more:
        lines.append(f"# ({more} more setting{'s' if more > 1 else ''}: --verbose or "
                     "--format json)")
    return lines


def _empty(value: Any) -> bool:
    """No value, or a mapping of no values (filters none of which was given)."""
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return value is None or value == "" or value == []


def _is_number(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
