"""A long text is extracted part by part: the same candidates as at once, evidence
lines of the whole file, one source for the text, and output written as it goes."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.loaders.extract import readers
from relgraph.loaders.extract.pipeline import extract_file
from relgraph.loaders.extract.stream import extract_parts

PAIRS = [("Minsk", "Lyon"), ("Gomel", "Bryansk"), ("Vitebsk", "Nancy"), ("Grodno", "Lublin")]


@pytest.fixture
def text(tmp_path):
    path = tmp_path / "notes.txt"
    paras = [f"In {1990 + i} {a} and {b} became twin towns.\n"
             "The mayors spoke about schools and roads.\n" for i, (a, b) in enumerate(PAIRS)]
    path.write_text("Twin towns of the region\n\n" + "\n".join(paras), encoding="utf-8")
    return path


def _relations(candidates):
    return sorted((c["source"]["id"], c["target"]["id"], c["date"], c["evidence"]["line"],
                   c["evidence"]["quote"]) for c in candidates)


def test_parts_give_what_the_whole_gives(text):
    whole = extract_file(str(text))
    parts = [result for _, result in extract_parts(text, part_chars=60)]
    assert len(parts) > 2
    assert _relations(c for p in parts for c in p.candidates) == _relations(whole.candidates)
    assert len(whole.candidates) == len(PAIRS)
    # The text stays one source, named from its start.
    firsts = {c["sources"][0] for p in parts for c in p.candidates}
    assert firsts == {whole.candidates[0]["sources"][0]}


def test_output_is_written_part_by_part(text, tmp_path, monkeypatch):
    """A text that breaks off (here: not UTF-8 after the third pair) still leaves the
    candidates of the parts before it in the output, and names the line."""
    with open(text, "ab") as f:
        # Far enough on that the parts before it are read (and written) first.
        f.write(b"\nThe mayors spoke about schools and roads.\n" * 5000)
        f.write(b"\n\nIn 2001 Pinsk and Tula \xff signed a twinning agreement.\n")
    lines = text.read_bytes().count(b"\n")
    monkeypatch.setattr(readers, "PART_CHARS", 1000)
    out = tmp_path / "c.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(text), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{text}:{lines}: not UTF-8" in result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(PAIRS)
