"""Reading .txt, .md and .pdf inputs as lines (1-based line numbers in evidence refer
to these lines; for a PDF, to the lines of its extracted text, pages in order)."""

from __future__ import annotations

from pathlib import Path

from relgraph.graph.errors import UsageError

SUFFIXES = (".txt", ".md", ".markdown", ".pdf")


def read_lines(path: str | Path) -> list[str]:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{p}: cannot extract from {suffix or 'a file without extension'}; "
                         f"use one of {', '.join(SUFFIXES)}")
    try:
        if suffix == ".pdf":
            return _pdf_lines(p)
        return p.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    except OSError as e:
        raise UsageError(f"{p}: {e.strerror or e}") from None


def _pdf_lines(p: Path) -> list[str]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise UsageError("reading PDF needs the pypdf package") from None
    try:
        reader = PdfReader(str(p))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as e:
        raise UsageError(f"{p}: not a readable PDF ({e})") from None
    lines: list[str] = []
    for text in pages:
        lines.extend(text.split("\n"))
        lines.append("")  # a page break is at least a line break
    return lines
