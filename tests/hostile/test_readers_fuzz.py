"""The readers of sheets and texts given arbitrary bytes: they return rows (each bad
one with its problem) or refuse the file with a ValidationError / UsageError naming
it, and never raise anything else, whatever the bytes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relgraph.graph.errors import UsageError, ValidationError
from relgraph.loaders.extract.readers import read_lines
from relgraph.loaders.sheets import EXTENSIONS, open_sheet

# Bytes that make the parsers' structure: brackets, quotes, separators, YAML marks.
STRUCTURE = list(b'[]{}(),;:|"\'\t\n\r -&*!?#%@=\\0123456789abcxyz') + [0, 0xC3, 0xA9, 0xFF]
structured = st.lists(st.sampled_from(STRUCTURE), max_size=300).map(bytes)
anything = st.binary(max_size=400)
some_bytes = st.one_of(anything, structured)

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(path):
    """Every row of the sheet, or the ValidationError that refused it."""
    try:
        sheet = open_sheet(path)
        return list(sheet), None
    except ValidationError as e:
        return None, e


@FUZZ
@given(data=some_bytes, suffix=st.sampled_from(EXTENSIONS))
def test_sheet_readers_take_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"twinnings{suffix}"
    path.write_bytes(data)
    rows, error = _read(path)
    if error is not None:
        assert error.problems and all(p.file == str(path) and p.line >= 0
                                      for p in error.problems)
        return
    for row in rows:
        assert row.file == str(path) and row.line >= 1
        for p in row.problems:
            assert p.file == str(path) and p.line == row.line and p.reason
        if not row.problems:
            assert all("\x00" not in v for v in row.values.values() if isinstance(v, str))
            assert all(k == k.strip().lower() for k in row.values)


@FUZZ
@given(header=st.lists(st.sampled_from(["a", "b", "since", "A", " b", "sources"]),
                       min_size=1, max_size=5),
       body=st.text(alphabet='\t,;"\n\r ab1é', max_size=200))
def test_csv_header_never_loses_a_column(tmp_path_factory, header, body):
    """A header naming a column twice (in any case or spacing) is refused; otherwise
    every row has at most the header's columns. (TSV: a CSV's delimiter is guessed.)"""
    path = tmp_path_factory.mktemp("fuzz") / "twinnings.tsv"
    path.write_text("\t".join(header) + "\n" + body, encoding="utf-8")
    rows, error = _read(path)
    names = [h.strip().lower() for h in header]
    if len(set(names)) < len(names):
        assert error is not None and "appears twice" in error.problems[0].reason
    elif rows is not None:
        assert all(set(r.values) <= set(names) for r in rows)


@FUZZ
@given(data=some_bytes, suffix=st.sampled_from([".txt", ".md", ".pdf"]))
def test_text_reader_takes_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"notes{suffix}"
    path.write_bytes(data)
    try:
        lines = read_lines(path)
    except UsageError as e:
        assert str(e).startswith(str(path))
        return
    assert all(isinstance(x, str) and "\x00" not in x for x in lines)
