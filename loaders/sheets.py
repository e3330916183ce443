"""Reading sheets: CSV/TSV (delimiter sniffed, BOM or not), JSON, JSONL and YAML,
each turned into rows that remember their file and line.

A sheet's kind comes from its file name: ``twinnings.csv``, ``twinnings-2019.tsv``,
``supplies_2020.yaml``.

A :class:`Sheet` is read a row at a time each time it is iterated, so a load's memory
does not grow with the size of its files (CSV, TSV and JSONL are read a line at a time,
YAML a row at a time; a JSON sheet is parsed row by row from its text). A row that
cannot be read (a JSON line that does not parse, more cells than the header) carries
its :class:`Problem`; a file that cannot be read at all (binary, not UTF-8, nested or
aliased beyond the limits of :mod:`relgraph.loaders.inputs`, gone) raises
:class:`ValidationError` with its line.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relgraph.graph.errors import ValidationError
from relgraph.loaders import inputs
from relgraph.loaders.inputs import InputError
from relgraph.loaders.problems import Problem

KINDS = ("sources", "regions", "cities", "companies", "organizations", "documents",
         "twinnings", "supplies")
EXTENSIONS = (".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".yaml", ".yml")
_KIND_RE = re.compile(r"^({})(?:[-_. ].*)?$".format("|".join(KINDS)), re.IGNORECASE)


@dataclass
class Row:
    """One input row: its values by column, where it came from, and (for a row that
    could not be read) why."""

    file: str
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def get(self, column: str) -> Any:
        value = self.values.get(column)
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def problem(self, column: str, reason: str) -> Problem:
        return Problem(self.file, self.line, column, reason)


class Sheet:
    """A sheet file: its kind, its columns, and its rows, read afresh each time the
    sheet is iterated.

    ``columns`` is the header of a CSV/TSV sheet, and for the other formats the keys
    of the rows read so far. ``rows`` reads the whole sheet into a list (raising
    :class:`ValidationError` listing every row that cannot be read); a load iterates
    instead, so that only one row is in memory at a time.
    """

    def __init__(self, path: str | Path, *, display: str | None = None,
                 rows: list[Row] | None = None):
        self.path = Path(path)
        self.name = display or str(path)
        self.kind = kind_of(self.path)
        self.columns: list[str] = []
        #: Bytes of the file read so far by the current iteration (for progress bars).
        self.bytes_read = 0
        self._rows = rows
        if rows is not None:
            self.columns = list(dict.fromkeys(k for r in rows for k in r.values))

    def __repr__(self) -> str:
        return f"Sheet({self.name!r}, kind={self.kind!r})"

    @property
    def size(self) -> int:
        return inputs.file_size(self.path)

    def check(self) -> None:
        """Refuse a file that is no text sheet (binary, UTF-16, gone) before reading."""
        try:
            inputs.check_text_file(self.path)
        except InputError as e:
            raise ValidationError([Problem(self.name, e.line, "", e.reason)]) from None
        except OSError as e:
            raise ValidationError([Problem(self.name, 0, "",
                                           inputs.describe_os_error(e))]) from None

    def __iter__(self) -> Iterator[Row]:
        if self._rows is not None:
            yield from self._rows
            return
        self.bytes_read = 0
        suffix = self.path.suffix.lower()
        reader = (_json_rows if suffix == ".json" else
                  _jsonl_rows if suffix in (".jsonl", ".ndjson") else
                  _yaml_rows if suffix in (".yaml", ".yml") else _delimited_rows)
        try:
            yield from reader(self)
        except InputError as e:
            raise ValidationError([Problem(self.name, e.line, "", e.reason)]) from None
        except UnicodeDecodeError:
            e = inputs.not_utf8(self.path)
            raise ValidationError([Problem(self.name, e.line, "", e.reason)]) from None
        except OSError as e:
            raise ValidationError([Problem(self.name, 0, "",
                                           inputs.describe_os_error(e))]) from None

    @property
    def rows(self) -> list[Row]:
        if self._rows is None:
            rows = list(self)
            problems = [p for row in rows for p in row.problems]
            if problems:
                raise ValidationError(problems)
            self._rows = rows
        return self._rows

    def head(self) -> list[str] | dict | None:
        """The header of a CSV/TSV sheet, or the first row's values of another one
        (None when the sheet has no rows): what tells a candidates file apart."""
        rows = iter(self)
        try:
            first = next(rows, None)
        finally:
            close = getattr(rows, "close", None)
            if close:
                close()
        if first is None:
            return None
        if self.path.suffix.lower() in (".json", ".jsonl", ".ndjson", ".yaml", ".yml"):
            return first.values
        return list(self.columns)

    def _row(self, line: int, item: Any, problems: list[Problem] | None = None) -> Row:
        """A row from a parsed mapping, with the problems of its values."""
        row = Row(self.name, line, {}, list(problems or ()))
        if not isinstance(item, dict):
            if not row.problems:
                row.problems.append(Problem(self.name, line, "", "expected a mapping of "
                                            "column names to values"))
            return row
        for key, value in item.items():
            column = str(key).strip().lower()
            if column in row.values:
                row.problems.append(Problem(self.name, line, column,
                                            "the column appears twice in this row"))
            row.values[column] = value
        for dup in getattr(item, "duplicates", ()):
            row.problems.append(Problem(self.name, line, str(dup).lower(),
                                        "the column appears twice in this row"))
        for column, value in row.values.items():
            why = _value_problem(value)
            if why:
                row.problems.append(Problem(self.name, line, column, why))
        if row.values and len(self.columns) < 200:
            for column in row.values:
                if column not in self.columns:
                    self.columns.append(column)
        return row


def open_sheet(path: str | Path, *, display: str | None = None) -> Sheet:
    """A :class:`Sheet` for ``path``, checked to be text (not yet read)."""
    sheet = Sheet(path, display=display)
    sheet.check()
    return sheet


def read_sheet(path: str | Path, *, display: str | None = None) -> Sheet:
    """Read one file whole; parse errors are reported with their line."""
    sheet = open_sheet(path, display=display)
    sheet.rows  # noqa: B018 - reads the sheet, raising for rows that cannot be read
    return sheet


def kind_of(path: Path) -> str | None:
    """The sheet kind a file name declares, or None.

    >>> kind_of(Path("twinnings-2019.csv")), kind_of(Path("Documents.yaml")), kind_of(Path("x.csv"))
    ('twinnings', 'documents', None)
    """
    m = _KIND_RE.match(path.stem)
    return m.group(1).lower() if m else None


def _is_sheet_name(p: Path) -> bool:
    return (p.suffix.lower() in EXTENSIONS and not p.name.startswith(".")
            and p.name.lower() != "readme.md" and kind_of(p) is not None)


def find_sheets(paths: list[str | Path], *, follow_links: bool = False,
                warnings: list[str] | None = None) -> list[Path]:
    """Files named on the command line, and sheet files inside named folders.

    Inside a folder, a symbolic link that leads out of it (to a file, or a folder) is
    skipped with a warning in ``warnings``, unless ``follow_links``: a folder of
    sheets from someone else must not make relgraph read ``/etc/passwd``.
    """
    found: list[Path] = []
    warn = warnings.append if warnings is not None else (lambda _: None)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += _sheets_in(path, follow_links, warn)
        elif path.exists():
            found.append(path)
        else:
            raise ValidationError([Problem(str(path), 0, "", "no such file or folder")])
    return found


def _sheets_in(folder: Path, follow_links: bool, warn) -> list[Path]:
    root = folder.resolve()
    seen_dirs = {root}
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_links):
        here = Path(dirpath)
        for name in sorted(dirnames):
            sub = here / name
            if not sub.is_symlink():
                continue
            real = sub.resolve()
            if not follow_links:
                if not real.is_relative_to(root):
                    warn(f"{sub}: a link to a folder outside {folder}; not read "
                         "(use --follow-links to read it)")
                continue
            if real in seen_dirs or root.is_relative_to(real):
                dirnames.remove(name)   # a loop, or a folder read already
            seen_dirs.add(real)
        for name in sorted(filenames):
            p = here / name
            if not _is_sheet_name(p) or not p.is_file():
                continue
            if not follow_links and not p.resolve().is_relative_to(root):
                warn(f"{p}: a link to a file outside {folder}; not read "
                     "(use --follow-links to read it)")
                continue
            out.append(p)
    return sorted(out)


# -- values ------------------------------------------------------------------------------
def _value_problem(value: Any) -> str | None:
    """Why a parsed value cannot be kept: a NUL character, a text beyond the cell
    limit, nesting beyond the depth limit (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, str):
            if "\x00" in v:
                return "contains a NUL character"
            if len(v) > inputs.MAX_CELL:
                return f"a text longer than {inputs.MAX_CELL:,} characters"
        elif isinstance(v, (list, tuple, dict)):
            if depth >= inputs.MAX_DEPTH:
                return f"nested deeper than {inputs.MAX_DEPTH} levels"
            items = v.items() if isinstance(v, dict) else enumerate(v)
            for k, item in items:
                if isinstance(k, str):
                    stack.append((k, depth + 1))
                stack.append((item, depth + 1))
    return None


# -- CSV and TSV -------------------------------------------------------------------------
def _delimited_rows(sheet: Sheet) -> Iterator[Row]:
    name = sheet.name
    csv.field_size_limit(inputs.MAX_CELL)
    with inputs.open_text(sheet.path) as f:
        sample = f.read(20000)
        if not sample.strip() and len(sample) < 20000:
            return
        f.seek(0)
        delimiter = ("\t" if sheet.path.suffix.lower() == ".tsv"
                     else inputs.sniff_delimiter(sample))
        reader = csv.reader(inputs.limited_lines(f), delimiter=delimiter)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except csv.Error as e:
            raise InputError(1, f"unreadable header: {_csv_reason(e)}") from None
        except StopIteration:
            return
        _check_header(header)
        sheet.columns = [h for h in header if h]
        line = reader.line_num
        count = 0
        while True:
            start = line + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                raise InputError(start, f"malformed row: {_csv_reason(e)}") from None
            line = reader.line_num
            count += 1
            if count % 256 == 0:
                sheet.bytes_read = f.buffer.tell()
            if not any(c.strip() for c in cells):
                continue
            row = Row(name, start, {h: c for h, c in zip(header, cells, strict=False) if h})
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                row.problems.append(Problem(name, start, "", f"{len(cells)} cells but the "
                                            f"header has {len(header)} columns"))
            for column, cell in row.values.items():
                if "\x00" in cell:
                    row.problems.append(Problem(name, start, column,
                                                "contains a NUL character"))
            yield row
        sheet.bytes_read = sheet.size


def _check_header(header: list[str]) -> None:
    """Refuse a header that names a column twice: one of them would be lost."""
    first: dict[str, int] = {}
    for i, h in enumerate(header, start=1):
        if not h:
            continue
        if h in first:
            raise InputError(1, f"the column {h!r} appears twice (columns {first[h]} and "
                                f"{i}); rename or remove one")
        first[h] = i


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return (f"a cell longer than {inputs.MAX_CELL:,} characters (a quote that is "
                "never closed?)")
    return text


# -- JSON and JSONL ----------------------------------------------------------------------
class _Object(dict):
    """A JSON object whose text named some keys twice (json keeps the last)."""

    duplicates: tuple = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen, dups = set(), []
    for key, _ in pairs:
        if key in seen:
            dups.append(key)
        seen.add(key)
    marked = _Object(obj)
    marked.duplicates = tuple(dict.fromkeys(dups))
    return marked


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs)
_SPACE = re.compile(r"[ \t\r\n]*")


def _jsonl_rows(sheet: Sheet) -> Iterator[Row]:
    name = sheet.name
    with inputs.open_text(sheet.path) as f:
        for number, line in enumerate(inputs.limited_lines(f), start=1):
            if number % 256 == 0:
                sheet.bytes_read = f.buffer.tell()
            if not line.strip():
                continue
            try:
                item = _DECODER.decode(line.strip())
            except json.JSONDecodeError as e:
                yield Row(name, number, {}, [Problem(name, number, "", f"invalid JSON: "
                                                     f"{e.msg} (column {e.colno})")])
                continue
            except RecursionError:
                yield Row(name, number, {}, [Problem(name, number, "", "nested deeper than "
                                                     f"{inputs.MAX_DEPTH} levels")])
                continue
            if not isinstance(item, dict):
                yield Row(name, number, {}, [Problem(name, number, "",
                                                     "expected an object")])
                continue
            yield sheet._row(number, item)
    sheet.bytes_read = sheet.size


def _json_rows(sheet: Sheet) -> Iterator[Row]:
    size = sheet.size
    if size > inputs.MAX_JSON_BYTES:
        raise InputError(0, f"a JSON sheet of {size / 2**20:,.0f} MB; relgraph reads JSON "
                            f"sheets up to {inputs.MAX_JSON_BYTES // 2**20} MB: write it as "
                            "JSONL (one object a line) or CSV")
    with inputs.open_text(sheet.path) as f:
        text = f.read()
    yield from _JsonList(sheet, text).rows()
    sheet.bytes_read = size


class _JsonList:
    """The rows of a JSON sheet (a list of objects, or an object holding one such
    list), decoded one at a time from the text."""

    def __init__(self, sheet: Sheet, text: str):
        self.sheet, self.text = sheet, text
        self._pos, self._line = 0, 1

    def line(self, pos: int) -> int:
        if pos < self._pos:
            return self.text.count("\n", 0, pos) + 1
        self._line += self.text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line

    def skip(self, i: int) -> int:
        return _SPACE.match(self.text, i).end()

    def decode(self, i: int) -> tuple[Any, int]:
        try:
            return _DECODER.raw_decode(self.text, i)
        except json.JSONDecodeError as e:
            raise InputError(e.lineno, f"invalid JSON: {e.msg} (column {e.colno})") from None
        except RecursionError:
            raise InputError(self.line(i), "nested deeper than "
                                           f"{inputs.MAX_DEPTH} levels") from None

    def expect(self, i: int, chars: str) -> int:
        i = self.skip(i)
        if i >= len(self.text) or self.text[i] not in chars:
            found = repr(self.text[i]) if i < len(self.text) else "the end of the file"
            raise InputError(self.line(i), f"invalid JSON: expected {' or '.join(chars)}, "
                                           f"found {found}")
        return i

    def rows(self) -> Iterator[Row]:
        text = self.text
        i = self.skip(0)
        if i >= len(text):
            return
        if text[i] == "[":
            yield from self.items(i + 1)
            i = self.list_end
        elif text[i] == "{":
            # {"twinnings": [...]}: the one list-valued member holds the rows.
            found = False
            i = self.skip(i + 1)
            if text[i:i + 1] != "}":
                while True:
                    i = self.expect(i, '"')
                    _, i = self.decode(i)
                    i = self.expect(i, ":") + 1
                    i = self.skip(i)
                    if text[i:i + 1] == "[":
                        if found:
                            raise InputError(self.line(i), "expected a JSON list of "
                                                           "objects, found two lists")
                        found = True
                        yield from self.items(i + 1)
                        i = self.list_end
                    else:
                        _, i = self.decode(i)
                    i = self.expect(i, ",}")
                    if text[i] == "}":
                        break
                    i += 1
            i += 1
            if not found:
                raise InputError(1, "expected a JSON list of objects")
        else:
            raise InputError(self.line(i), "expected a JSON list of objects")
        i = self.skip(i)
        if i < len(text):
            raise InputError(self.line(i), "invalid JSON: extra data after the list")

    def items(self, i: int) -> Iterator[Row]:
        text = self.text
        i = self.skip(i)
        if text[i:i + 1] == "]":
            self.list_end = i + 1
            return
        while True:
            i = self.skip(i)
            line = self.line(i)
            item, i = self.decode(i)
            if not isinstance(item, dict):
                yield Row(self.sheet.name, line, {}, [Problem(self.sheet.name, line, "",
                                                              "expected an object")])
            else:
                yield self.sheet._row(line, item)
            self.sheet.bytes_read = i
            i = self.expect(i, ",]")
            if text[i] == "]":
                self.list_end = i + 1
                return
            i += 1


# -- YAML --------------------------------------------------------------------------------
def _yaml_rows(sheet: Sheet) -> Iterator[Row]:
    from relgraph.loaders.yaml_rows import yaml_items
    with inputs.open_text(sheet.path) as f:
        for line, item, problem in yaml_items(f):
            if problem:
                yield Row(sheet.name, line, {}, [Problem(sheet.name, line, "", problem)])
            else:
                yield sheet._row(line, item)
            sheet.bytes_read = f.buffer.tell()
