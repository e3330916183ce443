"""``relgraph resolve``: many names at once, one row per name."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.cli import cli
from relgraph.loaders.resolve_many import resolve_names


def run(*args):
    result = CliRunner().invoke(cli, ["resolve", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_names_as_arguments_give_one_row_each():
    out = run("Vilnius County", "Vilnius", "Brest [city, FR]", "Zzyvorka [city, BY]")
    assert [r["id"] for r in out["rows"]] == ["region:lt:vilnius", "city:lt:vilnius",
                                              "city:fr:brest", "city:by:zzyvorka"]
    assert [r["match"] for r in out["rows"]] == ["exact", "exact", "exact", "unresolved"]
    assert out["meta"]["names"] == 4 and out["meta"]["unresolved"] == 1


def test_a_file_one_name_a_line(tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("Gomel\n\nMoscow Oblast\nMińsk Mazowiecki\n", encoding="utf-8")
    out = run("--file", str(names))
    assert [r["id"] for r in out["rows"]] == ["city:by:gomel", "region:ru:moscow",
                                              "city:pl:minsk-mazowiecki"]


def test_a_csv_column_with_countries_and_coordinates(tmp_path):
    sheet = tmp_path / "cities.csv"
    sheet.write_text("name,country,lat,lon\nBrest,FR,48.39,-4.49\nBrest,BY,52.1,23.7\n"
                     "Springfield,US,42.10,-72.59\n", encoding="utf-8")
    out = run("--file", str(sheet), "--column", "name", "--country-column", "country")
    rows = out["rows"]
    assert [r["id"] for r in rows] == ["city:fr:brest", "city:by:brest",
                                       "city:us:springfield-4951788"]
    assert rows[2]["region"] == "Massachusetts" and rows[2]["match"] == "exact"


def test_ambiguous_names_list_alternatives_with_country_and_population():
    row = run("Springfield", "--country", "US")["rows"][0]
    assert row["match"] == "approximate"
    alternatives = row["alternatives"].split(" | ")
    assert 1 <= len(alternatives) <= 5 and all(", US, pop " in a for a in alternatives)


def test_no_names_is_a_usage_error():
    result = CliRunner().invoke(cli, ["resolve"])
    assert result.exit_code == 2 and "give names" in result.output


def test_a_missing_column_names_the_columns(tmp_path):
    sheet = tmp_path / "x.csv"
    sheet.write_text("city\nMinsk\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["resolve", "--file", str(sheet), "--column", "name"])
    assert result.exit_code == 2 and "no column 'name'" in result.output


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=4),
       st.sampled_from([None, "place", "city", "region"]),
       st.sampled_from([None, "BY", "US", "XK", "Ukraine"]))
def test_resolving_many_never_raises_and_keeps_the_order(names, kind, country):
    rows = resolve_names([(n, None, None, None) for n in names], kind=kind, country=country)
    assert [r["name"] for r in rows] == names
    assert all(r["match"] in ("exact", "approximate", "unresolved", "invalid") for r in rows)


@pytest.mark.parametrize("country", ["ZZ", "Frnace", "Belarusia", "B Y"])
def test_an_unknown_country_is_a_usage_error_not_ignored(country):
    # A hint that narrows nothing would pass a guess off as a choice made in that country.
    result = CliRunner().invoke(cli, ["resolve", "Brest", "--country", country])
    assert result.exit_code == 2
    assert "unknown country" in result.output and "ISO code" in result.output


@pytest.mark.parametrize("country, expected", [("fr", "city:fr:brest"),
                                               ("France", "city:fr:brest"),
                                               ("BLR", "city:by:brest")])
def test_a_country_by_code_or_name_narrows_the_choice(country, expected):
    assert run("Brest", "--country", country)["rows"][0]["id"] == expected


def test_an_unknown_country_in_the_column_marks_that_row_only(tmp_path):
    sheet = tmp_path / "cities.csv"
    sheet.write_text("name,country\nBrest,Frnace\nBrest,FR\n", encoding="utf-8")
    rows = run("--file", str(sheet), "--column", "name", "--country-column", "country")["rows"]
    assert rows[0]["match"] == "invalid" and "Frnace" in rows[0]["reason"]
    assert rows[1]["id"] == "city:fr:brest"
