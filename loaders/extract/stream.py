"""Extraction of a long text part by part, so memory stays flat and candidates come
out as each part is done.

:func:`~relgraph.loaders.extract.readers.read_parts` cuts a text at paragraph (or
page) breaks every few million characters; each part is extracted on its own
(:func:`~relgraph.loaders.extract.pipeline.extract_lines`), its evidence and
footnote lines moved to the lines of the whole file, and the text itself stays one
source, named after the start of the file. A text shorter than a part (any monograph)
is one part, extracted exactly as :func:`~relgraph.loaders.extract.pipeline.extract_file`
does.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     path = pathlib.Path(d, "notes.txt")
...     _ = path.write_text("Ties.\\n\\nIn May 2015 Minsk and Lyon signed a twinning "
...                         "agreement.\\n\\nIn 2016 Gomel and Bryansk were twinned.\\n")
...     parts = [result for _, result in extract_parts(path, part_chars=10)]
>>> [sorted((c["type"], c["evidence"]["line"], c["target"]["name"]) for c in p.candidates)
...  for p in parts]
[[('SIGNED_AGREEMENT', 3, 'Lyon'), ('TWINNED_WITH', 3, 'Lyon')], [('TWINNED_WITH', 5, 'Bryansk')]]
>>> len({s for p in parts for c in p.candidates for s in c["sources"][:1]})
1
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from relgraph.loaders.extract import readers
from relgraph.loaders.extract.pipeline import _DEFAULT, Extraction, extract_lines, input_source
from relgraph.loaders.extract.readers import read_parts


def extract_parts(path: str | Path, resolver=_DEFAULT, *,
                  part_chars: int | None = None) -> Iterator[tuple[int, Extraction]]:
    """``(characters read, candidates)`` for each part of the text of ``path``
    (parts of ``part_chars`` characters, by default :data:`readers.PART_CHARS`)."""
    file = str(path)
    text_source = None
    parts = read_parts(path, part_chars=part_chars or readers.PART_CHARS)
    for first, lines in parts:
        result = extract_lines(lines, file, resolver)
        own = input_source(lines, file)["id"]
        if text_source is None:
            text_source = own
        elif own != text_source:
            result.sources.pop(own, None)
        for row in result.candidates:
            evidence = row.get("evidence") or {}
            if isinstance(evidence.get("line"), int):
                evidence["line"] += first - 1
            row["sources"] = [text_source if s == own else s for s in row.get("sources") or []]
        for source in result.sources.values():
            if isinstance(source.get("line"), int):
                source["line"] += first - 1
        yield sum(len(line) + 1 for line in lines), result
