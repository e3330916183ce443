"""Reading sheets: CSV/TSV (delimiter sniffed, BOM or not), JSON, JSONL and YAML,
each turned into rows that remember their file and line.

A sheet's kind comes from its file name: ``twinnings.csv``, ``twinnings-2019.tsv``,
``supplies_2020.yaml``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from relgraph.graph.errors import ValidationError
from relgraph.loaders.problems import Problem

KINDS = ("sources", "regions", "cities", "companies", "organizations", "documents",
         "twinnings", "supplies")
EXTENSIONS = (".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".yaml", ".yml")
_KIND_RE = re.compile(r"^({})(?:[-_. ].*)?$".format("|".join(KINDS)), re.IGNORECASE)


@dataclass
class Row:
    """One input row: its values by column, and where it came from."""

    file: str
    line: int
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, column: str) -> Any:
        value = self.values.get(column)
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def problem(self, column: str, reason: str) -> Problem:
        return Problem(self.file, self.line, column, reason)


@dataclass
class Sheet:
    path: Path
    kind: str | None
    rows: list[Row]
    columns: list[str]


def kind_of(path: Path) -> str | None:
    """The sheet kind a file name declares, or None.

    >>> kind_of(Path("twinnings-2019.csv")), kind_of(Path("Documents.yaml")), kind_of(Path("x.csv"))
    ('twinnings', 'documents', None)
    """
    m = _KIND_RE.match(path.stem)
    return m.group(1).lower() if m else None


def find_sheets(paths: list[str | Path]) -> list[Path]:
    """Files named on the command line, and sheet files inside named folders."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in EXTENSIONS
                            and not p.name.startswith(".") and p.name.lower() != "readme.md"
                            and kind_of(p) is not None)
        elif path.exists():
            found.append(path)
        else:
            raise ValidationError([Problem(str(path), 0, "", "no such file or folder")])
    return found


def read_sheet(path: Path, *, display: str | None = None) -> Sheet:
    """Read one file into rows; parse errors are reported with their line."""
    name = display or str(path)
    suffix = path.suffix.lower()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise ValidationError([Problem(name, line, "", "not UTF-8 text (save the sheet as "
                                                        "UTF-8)")]) from None
    if suffix in (".json",):
        rows = _json_rows(text, name)
    elif suffix in (".jsonl", ".ndjson"):
        rows = _jsonl_rows(text, name)
    elif suffix in (".yaml", ".yml"):
        rows = _yaml_rows(text, name)
    else:
        rows = _delimited_rows(text, name, tab=suffix == ".tsv")
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row.values))
    return Sheet(path, kind_of(path), rows, list(columns))


def _delimited_rows(text: str, name: str, *, tab: bool) -> list[Row]:
    if not text.strip():
        return []
    delimiter = "\t" if tab else _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as e:
        raise ValidationError([Problem(name, 1, "", f"unreadable header: {e}")]) from None
    rows, problems = [], []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            problems.append(Problem(name, start, "", f"malformed row: {e}"))
            break
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            problems.append(Problem(name, start, "", f"{len(cells)} cells but the header "
                                                     f"has {len(header)} columns"))
            continue
        rows.append(Row(name, start, {h: c for h, c in zip(header, cells, strict=False)
                                      if h}))
    if problems:
        raise ValidationError(problems)
    return rows


def _sniff(text: str) -> str:
    # Spreadsheets exported in many locales use ';' because ',' is the decimal mark.
    first = text.splitlines()[0]
    try:
        return csv.Sniffer().sniff(text[:20000], delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in ",;\t"}
        return max(counts, key=counts.get) if any(counts.values()) else ","


def _json_rows(text: str, name: str) -> list[Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValidationError([Problem(name, e.lineno, "", f"invalid JSON: {e.msg} "
                                                            f"(column {e.colno})")]) from None
    if isinstance(data, dict):   # {"rows": [...]} or {"twinnings": [...]}
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else None
    if not isinstance(data, list):
        raise ValidationError([Problem(name, 1, "", "expected a JSON list of objects")])
    starts = _object_lines(text)
    rows = []
    for i, item in enumerate(data):
        line = starts[i] if i < len(starts) else 0
        if not isinstance(item, dict):
            raise ValidationError([Problem(name, line, "", "expected an object")])
        rows.append(Row(name, line, {str(k).lower(): v for k, v in item.items()}))
    return rows


def _object_lines(text: str) -> list[int]:
    """Line of each top-level element of the JSON list in ``text``."""
    decoder = json.JSONDecoder()
    starts, i = [], text.index("[") + 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            return starts
        starts.append(text.count("\n", 0, i) + 1)
        _, i = decoder.raw_decode(text, i)


def _jsonl_rows(text: str, name: str) -> list[Row]:
    rows, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(Problem(name, number, "", f"invalid JSON: {e.msg} "
                                                      f"(column {e.colno})"))
            continue
        if not isinstance(item, dict):
            problems.append(Problem(name, number, "", "expected an object"))
            continue
        rows.append(Row(name, number, {str(k).lower(): v for k, v in item.items()}))
    if problems:
        raise ValidationError(problems)
    return rows


def _yaml_rows(text: str, name: str) -> list[Row]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise ValidationError([Problem(name, mark.line + 1 if mark else 1, "",
                                       f"invalid YAML: {getattr(e, 'problem', e)}")]) from None
    if data is None:
        return []
    if isinstance(data, dict):
        keys = [k for k, v in data.items() if isinstance(v, list)]
        if len(keys) == 1:
            node = next(v for k, v in node.value if k.value == keys[0])
            data = data[keys[0]]
    if not isinstance(data, list):
        raise ValidationError([Problem(name, 1, "", "expected a YAML list of mappings")])
    rows = []
    for item, item_node in zip(data, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise ValidationError([Problem(name, line, "", "expected a mapping")])
        rows.append(Row(name, line, {str(k).lower(): v for k, v in item.items()}))
    return rows
