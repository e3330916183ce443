"""What relgraph accepts as an input file, and the limits it reads within.

Sheets and texts come from people and from the web: a spreadsheet saved as .xlsx but
named .csv, a PDF renamed .txt, a file of random bytes, a line a gigabyte long. Every
reader goes through this module, so each of them refuses such a file with its name,
its line and the reason, in bounded time and memory, before anything is written.

>>> binary_reason(b"PK\\x03\\x04 ...", ".csv")
'a ZIP archive (an .xlsx, .ods or .docx file is one): save the sheet as CSV (UTF-8)'
>>> binary_reason("Minsk,Lyon\\n".encode(), ".csv") is None
True
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

#: Characters in one physical line of a CSV/TSV/JSONL sheet or of a text.
MAX_LINE = 1_048_576
#: Characters in one cell or value of a sheet.
MAX_CELL = 131_072
#: Levels of nesting in one row of a JSON/JSONL/YAML sheet (a row is a mapping whose
#: values may be lists; a sheet needs two or three levels).
MAX_DEPTH = 16
#: Values one row of a YAML sheet may expand to through aliases (``*name``): a
#: "billion laughs" bomb of a few hundred bytes expands to billions.
MAX_ALIAS_VALUES = 10_000
#: A JSON sheet is parsed from memory (row by row, but from one text); larger sheets
#: should be CSV or JSONL, which are read a line at a time.
MAX_JSON_BYTES = 256 * 1024 * 1024
#: Problems a load lists before it stops reading (without --skip-invalid).
MAX_PROBLEMS = 1_000
#: How much of a file is looked at to tell text from binary.
SNIFF_BYTES = 65_536

# Leading bytes of formats people save by mistake under a text name.
_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx, .ods or .docx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
]
_BOMS = [(codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
         (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")]


class InputError(Exception):
    """A file that cannot be read as what it claims to be: ``line`` 0 for the file."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


def binary_reason(head: bytes, suffix: str, *, pdf_ok: bool = False) -> str | None:
    """Why the first bytes ``head`` of a file named ``*suffix`` are not text, or None
    (:func:`binary_line` says where a NUL byte is).

    >>> binary_reason(b"%PDF-1.7", ".txt")
    'a PDF document: give it a .pdf name'
    >>> binary_reason(b"%PDF-1.7", ".pdf", pdf_ok=True) is None
    True
    >>> binary_reason("a,b".encode("utf-16"), ".csv")
    'UTF-16 text: save it as UTF-8'
    >>> binary_reason(b"a,b\\nx\\x00y", ".csv"), binary_line(b"a,b\\nx\\x00y")
    ('binary data (a NUL byte), not text', 2)
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"%PDF-":
                return None if pdf_ok else f"{what}: give it a .pdf name"
            if suffix in (".csv", ".tsv", ".txt") and what.startswith(("a ZIP", "an old")):
                return f"{what}: save the sheet as CSV (UTF-8)"
            return what
    for bom, name in _BOMS:
        if head.startswith(bom):
            return f"{name} text: save it as UTF-8"
    if b"\x00" in head:
        return "binary data (a NUL byte), not text"
    return None


def binary_line(head: bytes) -> int:
    """The line of the first NUL byte in ``head`` (0: none)."""
    nul = head.find(b"\x00")
    return head.count(b"\n", 0, nul) + 1 if nul >= 0 else 0


def check_text_file(path: Path, *, pdf_ok: bool = False) -> None:
    """Raise :class:`InputError` when ``path`` is no text file (or, with ``pdf_ok``,
    no PDF either); OSError when it cannot be read at all."""
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    why = binary_reason(head, path.suffix.lower(), pdf_ok=pdf_ok)
    if why:
        raise InputError(binary_line(head) if "NUL" in why else 0, why)


def first_bad_utf8(path: Path) -> tuple[int, int] | None:
    """(line, column) of the first byte that is not UTF-8, read in blocks; None when
    the whole file is UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, column = 1, 1
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 20)
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as e:
                before = decoder.decode(block[:e.start], final=False) if e.start else ""
                return _advance(line, column, before)
            line, column = _advance(line, column, text)
            if not block:
                return None


def _advance(line: int, column: int, text: str) -> tuple[int, int]:
    breaks = text.count("\n")
    if breaks:
        return line + breaks, len(text) - text.rfind("\n")
    return line, column + len(text)


def not_utf8(path: Path) -> InputError:
    """The error for a file that failed to decode: where the first bad byte is."""
    where = first_bad_utf8(path)
    line = where[0] if where else 0
    column = f" (column {where[1]})" if where else ""
    return InputError(line, f"not UTF-8 text{column}: save it as UTF-8")


def open_text(path: Path) -> IO[str]:
    """``path`` opened as UTF-8 text (a BOM is dropped), lines kept as written."""
    return open(path, encoding="utf-8-sig", errors="strict", newline="")


def limited_lines(f: IO[str], *, first: int = 1, limit: int = MAX_LINE) -> Iterator[str]:
    """The lines of ``f`` (with their endings); :class:`InputError` for a line longer
    than ``limit`` characters, without ever holding more than that in memory."""
    number = first
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(("\n", "\r")):
            raise InputError(number, f"a line longer than {limit:,} characters: is this "
                                     "really a text or sheet?")
        yield line
        number += 1


DELIMITERS = ",;\t|"


def sniff_delimiter(sample: str, *, delimiters: str = DELIMITERS) -> str:
    r"""The delimiter of a CSV sample: the one under which most rows have the header's
    width (two columns or more; quotes honoured), then the one that splits the header
    into most columns; ``","`` for a single column.

    :class:`csv.Sniffer` guesses from quote-delimiter patterns and reads a cell holding
    ``"|`` as a pipe-separated sheet; the header decides here, and the rows break ties.

    >>> sniff_delimiter('a;b;since\n"x"";|";Lyon;1956\n')
    ';'
    >>> sniff_delimiter('a,b\nMinsk,"Lyon; Rhône"\n')
    ','
    >>> sniff_delimiter('name\nMinsk\n')
    ','
    """
    best, best_score = ",", (0, 0, 0)
    for d in delimiters:
        rows: list[list[str]] = []
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=d)
        try:
            for r in reader:
                if any(c.strip() for c in r):
                    rows.append(r)
        except csv.Error:
            pass  # the sample may end inside a quoted cell; judge the rows read
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:]
        same = sum(len(r) == width for r in body)
        # Rows of the header's width first, then a wider header; a shorter row is how
        # a wrong delimiter shows, so fewer of those wins a tie.
        score = (same, width, -sum(len(r) != width for r in body))
        if score > best_score:
            best, best_score = d, score
    return best


def file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def describe_os_error(error: OSError) -> str:
    """An OSError as a reason (``no such file``), for a FILE: reason line.

    >>> describe_os_error(FileNotFoundError(2, "No such file or directory"))
    'the file disappeared or cannot be found (No such file or directory)'
    """
    reason = error.strerror or type(error).__name__
    if isinstance(error, FileNotFoundError):
        return f"the file disappeared or cannot be found ({reason})"
    if isinstance(error, IsADirectoryError):
        return "a folder, not a file"
    if isinstance(error, PermissionError):
        return f"cannot be read ({reason})"
    return f"cannot be read ({reason})"
