"""Reading .txt, .md and .pdf inputs as lines (1-based line numbers in evidence refer
to these lines; for a PDF, to the lines of its extracted text, pages in order).

A text is read in parts of about :data:`PART_CHARS` characters, cut at a paragraph
break (a PDF at a page break), so that a long text takes no more memory than a part.
What is not a text is refused with its reason: binary data, a PDF or an Office file
under a text name, text that is not UTF-8, a line longer than
:data:`~relgraph.loaders.inputs.MAX_LINE` characters, a PDF that cannot be parsed or
that has more than :data:`MAX_PDF_PAGES` pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from relgraph.graph.errors import UsageError
from relgraph.loaders import inputs
from relgraph.loaders.inputs import InputError

SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
#: A part of a long text extracted at once (a 500-page monograph is one part).
PART_CHARS = 2_000_000
#: Pages of a PDF relgraph reads (a damaged or hostile page tree can claim millions).
MAX_PDF_PAGES = 20_000


def read_lines(path: str | Path) -> list[str]:
    """The whole text's lines."""
    lines: list[str] = []
    for _, part in read_parts(path, part_chars=None):
        lines += part
    return lines


def check(path: str | Path) -> None:
    """Refuse at once a file that cannot be a text or PDF: a name relgraph does not
    extract from, binary data, a PDF or Office file under a text name, UTF-16."""
    next(_checked(Path(path), None, parts=False), None)


def read_parts(path: str | Path, *,
               part_chars: int | None = PART_CHARS) -> Iterator[tuple[int, list[str]]]:
    """``(first line number, lines)`` of each part of the text (one part when
    ``part_chars`` is None). Raises :class:`UsageError` (``FILE:LINE: reason``) for
    a file that is no readable text."""
    yield from _checked(Path(path), part_chars)


def _checked(p: Path, part_chars: int | None, *,
             parts: bool = True) -> Iterator[tuple[int, list[str]]]:
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{p}: cannot extract from {suffix or 'a file without extension'}; "
                         f"use one of {', '.join(SUFFIXES)}")
    try:
        inputs.check_text_file(p, pdf_ok=suffix == ".pdf")
        if not parts:
            return
        if suffix == ".pdf":
            yield from _pdf_parts(p, part_chars)
        else:
            yield from _text_parts(p, part_chars)
    except InputError as e:
        where = f"{p}:{e.line}" if e.line else str(p)
        raise UsageError(f"{where}: {e.reason}") from None
    except UnicodeDecodeError:
        e = inputs.not_utf8(p)
        raise UsageError(f"{p}:{e.line}: {e.reason}") from None
    except OSError as e:
        raise UsageError(f"{p}: {inputs.describe_os_error(e)}") from None


def _text_parts(p: Path, part_chars: int | None) -> Iterator[tuple[int, list[str]]]:
    with open(p, encoding="utf-8-sig", errors="strict") as f:   # \r\n and \r read as \n
        first, lines, size = 1, [], 0
        for number, line in enumerate(inputs.limited_lines(f), start=1):
            text = line.rstrip("\n")
            if part_chars is not None and size >= part_chars and not text.strip():
                yield first, lines
                first, lines, size = number, [], 0
            lines.append(text)
            size += len(line)
        if lines or first == 1:
            yield first, lines


def _pdf_parts(p: Path, part_chars: int | None) -> Iterator[tuple[int, list[str]]]:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise UsageError("reading PDF needs the pypdf package") from None
    # pypdf parses what anyone can write; whatever it raises means "unreadable".
    try:
        reader = PdfReader(str(p))
        count = len(reader.pages)
    except Exception as e:
        raise InputError(0, f"not a readable PDF ({_pdf_reason(e)})") from None
    if count > MAX_PDF_PAGES:
        raise InputError(0, f"the PDF claims {count:,} pages; relgraph reads at most "
                            f"{MAX_PDF_PAGES:,} (split it)")
    first, lines, size = 1, [], 0
    for number in range(count):
        try:
            text = reader.pages[number].extract_text() or ""
        except Exception as e:
            raise InputError(0, f"not a readable PDF (page {number + 1}: "
                                f"{_pdf_reason(e)})") from None
        page = text.split("\n")
        if any(len(x) > inputs.MAX_LINE for x in page):
            raise InputError(first + len(lines), f"page {number + 1} has a line longer than "
                                                 f"{inputs.MAX_LINE:,} characters")
        if part_chars is not None and size >= part_chars:
            yield first, lines
            first, lines, size = first + len(lines), [], 0
        lines += page
        lines.append("")  # a page break is at least a line break
        size += len(text)
    yield first, lines


def _pdf_reason(error: Exception) -> str:
    text = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
