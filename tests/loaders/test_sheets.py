"""Reading sheets in every format, with the line each row came from."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from relgraph.graph.errors import ValidationError
from relgraph.loaders.inputs import sniff_delimiter
from relgraph.loaders.refs import RefError, parse_ref
from relgraph.loaders.sheets import find_sheets, kind_of, read_sheet

ROWS = [{"a": "Gomel [city]", "b": "Bryansk [city]", "since": "1999"},
        {"a": "Mogilev Region", "b": "Гомельская область", "since": "2001-05"}]


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("name, text, lines", [
    ("twinnings.csv", "a,b,since\nGomel [city],Bryansk [city],1999\n"
                      "Mogilev Region,Гомельская область,2001-05\n", [2, 3]),
    ("twinnings.csv", "\ufeffa;b;since\r\nGomel [city];Bryansk [city];1999\r\n\r\n"
                      "Mogilev Region;Гомельская область;2001-05\r\n", [2, 4]),
    ("twinnings.tsv", "a\tb\tsince\nGomel [city]\tBryansk [city]\t1999\n"
                      "Mogilev Region\tГомельская область\t2001-05\n", [2, 3]),
    ("twinnings.json", json.dumps(ROWS, ensure_ascii=False, indent=2), [2, 7]),
    ("twinnings.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), [1, 2]),
    ("twinnings.yaml", yaml.safe_dump(ROWS, allow_unicode=True), [1, 4]),
])
def test_every_format_gives_the_same_rows_with_lines(tmp_path, name, text, lines):
    sheet = read_sheet(write(tmp_path, name, text))
    assert sheet.kind == "twinnings"
    assert [r.get("a") for r in sheet.rows] == ["Gomel [city]", "Mogilev Region"]
    assert sheet.rows[1].get("b") == "Гомельская область"
    assert str(sheet.rows[1].get("since")) == "2001-05"
    assert [r.line for r in sheet.rows] == lines


def test_quoted_multiline_cell_keeps_the_line_of_the_row_start(tmp_path):
    text = 'a,b,since\n"Gomel\n[city]",Bryansk,1999\nX,Y,2000\n'
    sheet = read_sheet(write(tmp_path, "twinnings.csv", text))
    assert [r.line for r in sheet.rows] == [2, 4]


@pytest.mark.parametrize("name, text, line", [
    ("twinnings.json", '[\n {"a": 1},\n {"a": 2,}\n]', 3),
    ("twinnings.jsonl", '{"a": 1}\n{"a": \n', 2),
    ("twinnings.yaml", "- a: 1\n- a: [2\n", 3),
    ("twinnings.csv", "a,b\nx,y,z\n", 2),
])
def test_parse_errors_name_the_line(tmp_path, name, text, line):
    with pytest.raises(ValidationError) as err:
        read_sheet(write(tmp_path, name, text))
    assert err.value.problems[0].line == line


def test_non_utf8_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="UTF-8"):
        read_sheet(write(tmp_path, "twinnings.csv", "a,b\nМинск,x\n", encoding="cp1251"))


def test_find_sheets_skips_unrelated_files(tmp_path):
    write(tmp_path, "twinnings.csv", "a,b\n")
    write(tmp_path, "README.md", "# notes\n")
    write(tmp_path, "notes.csv", "x\n")
    assert [p.name for p in find_sheets([tmp_path])] == ["twinnings.csv"]


@pytest.mark.parametrize("name, kind", [("twinnings.csv", "twinnings"),
                                        ("Supplies_2020.yaml", "supplies"),
                                        ("documents-cis.jsonl", "documents"),
                                        ("twinningsx.csv", None), ("data.csv", None)])
def test_kind_from_file_name(tmp_path, name, kind):
    assert kind_of(tmp_path / name) == kind


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.fixed_dictionaries({"a": cell, "b": cell, "since": cell}),
                     min_size=1, max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]))
@example(rows=[{"a": '"|', "b": "", "since": ""}], delimiter=",")
@example(rows=[{"a": 'x";y', "b": "", "since": ""}], delimiter=",")
def test_csv_round_trip(tmp_path_factory, rows, delimiter):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["a", "b", "since"], delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("rt") / ("twinnings.tsv" if delimiter == "\t"
                                             else "twinnings.csv")
    path.write_text(buf.getvalue(), encoding="utf-8")
    sheet = read_sheet(path)
    expected = [r for r in rows if any(v.strip() for v in r.values())]
    got = [{k: r.values.get(k, "") for k in ("a", "b", "since")} for r in sheet.rows]
    assert got == expected


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("cell_text", ['"|', '";', '"\t', 'a "quoted" b', "Lyon; Rhône",
                                       "1,5", "x|y", ""])
def test_delimiter_is_the_one_the_sheet_was_written_with(delimiter, cell_text):
    # A cell holding a quote next to another delimiter made csv.Sniffer pick that one
    # and read the row as empty cells.
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerows([["a", "b", "since"], [cell_text, "Minsk", "1994"],
                      ["Brest", cell_text, ""]])
    assert sniff_delimiter(buf.getvalue()) == delimiter


def test_a_single_column_sheet_reads_as_comma_separated():
    assert sniff_delimiter("name\nMinsk\nLyon\n") == ","


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.fixed_dictionaries({"a": cell, "since": st.integers()}),
                     max_size=5))
def test_json_jsonl_yaml_round_trip(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("rt")
    (folder / "twinnings.json").write_text(json.dumps(rows, indent=1))
    (folder / "twinnings.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (folder / "twinnings.yaml").write_text(yaml.safe_dump(rows))
    for name in ("twinnings.json", "twinnings.jsonl", "twinnings.yaml"):
        assert [r.values for r in read_sheet(folder / name).rows] == rows, name


@pytest.mark.parametrize("text, name, kind, country", [
    ("Brest [city, BY]", "Brest", "City", "BY"),
    ("Tashkent [region]", "Tashkent", "Region", None),
    ("  Gomel   Oblast ", "Gomel Oblast", None, None),
    ("Minsk Tractor Works [company,by]", "Minsk Tractor Works", "Company", "BY"),
])
def test_party_refs(text, name, kind, country):
    ref = parse_ref(text)
    assert (ref.name, ref.kind, ref.country) == (name, kind, country)


@pytest.mark.parametrize("text", ["Brest [planet]", "[city]", "Brest [city"])
def test_bad_party_refs(text):
    with pytest.raises(RefError):
        parse_ref(text)


@given(st.text(max_size=40))
def test_parse_ref_never_fails_unexpectedly(text):
    try:
        ref = parse_ref(text)
    except RefError:
        return
    assert ref.name or ref.id
