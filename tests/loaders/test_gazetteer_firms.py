"""The table of well-known firms: lookups, the bundled data's shape, and its use when a
text names a firm without saying where it is."""

import csv
import re
from importlib import resources

import pytest

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.gazetteer.firms import FirmTable, firm_table, known_firm

ROWS = [
    {"id": "company:by:mtz", "name": "Minsk Tractor Works", "aliases": "MTZ|Minsk Tractor Plant",
     "country": "BY"},
    {"id": "company:kz:kazzinc", "name": "Kazzinc", "aliases": "", "country": "KZ"},
    {"id": "company:ru:kamaz", "name": "KamAZ", "aliases": "", "country": "RU"},
    {"id": "company:ru:alpha", "name": "Alpha Metals", "aliases": "AM", "country": "RU"},
    {"id": "company:kz:alpha", "name": "Alpha Mining", "aliases": "AM", "country": "KZ"},
]


@pytest.fixture
def table():
    return FirmTable.from_rows(ROWS)


@pytest.mark.parametrize("written, expected", [
    ("Minsk Tractor Works", "company:by:mtz"),
    ("minsk tractor works", "company:by:mtz"),
    ("the Minsk Tractor Plant", "company:by:mtz"),
    ('OJSC "MTZ"', "company:by:mtz"),
    ("MTZ JSC", "company:by:mtz"),
    ("«Kazzinc» LLP", "company:kz:kazzinc"),
    ("KAZZINC", "company:kz:kazzinc"),
    ("Alpha Mining", "company:kz:alpha"),
    ("KamAZ", "company:ru:kamaz"),
    ("KAMAZ", "company:ru:kamaz"),
    ("Kamaz", "company:ru:kamaz"),
    # legal forms as the extractor reads them: dotted, national, after a possessive
    ("Alpha Mining d.o.o.", "company:kz:alpha"),
    ("Kazakhstan's Kazzinc", "company:kz:kazzinc"),
    ("Managing Company of Holding \"Minsk Tractor Works\"", "company:by:mtz"),
])
def test_a_firm_is_found_by_its_name_or_alias_as_written(table, written, expected):
    assert table.lookup(written).id == expected


@pytest.mark.parametrize("written", [
    "mtz",             # an acronym counts only in capitals
    "Mtz",
    "Minsk",           # a part of a name is no name
    "Tractor Works",
    "AM",              # two firms share it: it tells neither
    "",
    "   ",
])
def test_no_firm_for_other_words(table, written):
    assert table.lookup(written) is None


def test_the_bundled_table_is_well_formed():
    with resources.files("relgraph.loaders.gazetteer").joinpath("firms.csv").open(
            encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows, "the table is empty"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert re.fullmatch(r"company:[a-z]{2}:[a-z0-9]+(?:-[a-z0-9]+)*", r["id"]), r
        assert r["id"].split(":")[1] == r["country"].lower(), r
        assert r["name"].strip(), r
    # Every firm is found by its own name.
    assert [r["id"] for r in rows if firm_table().lookup(r["name"]) is None or
            firm_table().lookup(r["name"]).id != r["id"]] == []


def test_no_alias_of_the_bundled_table_is_a_country_or_a_region():
    from relgraph.loaders.resolve import Resolver
    resolver = Resolver.default()
    with resources.files("relgraph.loaders.gazetteer").joinpath("firms.csv").open(
            encoding="utf-8") as f:
        names = [n for r in csv.DictReader(f) for n in [r["name"], *r["aliases"].split("|")]
                 if n.strip()]
    places = []
    for n in names:
        res = resolver.resolve(n, kind="place")
        if res.resolved and res.label in ("Country", "Region") and res.match == "exact":
            places.append((n, res.id))
    assert places == []


@pytest.mark.parametrize("text, firm, expected", [
    # Written from the buyer's side: nothing in the text says where the firm is.
    ("ASTANA, 3 May 2026 - A batch of 30 tractors was delivered to the Kostanay firm "
     "Agrotech by MTZ.", "MTZ", "company:by:mtz"),
    # The id keeps the name as written; the country is the table's.
    ("Kostanay region news. Minsk Tractor Works shipped 40 tractors to Kostanay.",
     "Minsk Tractor Works", "company:by:mtz"),
    ("Kostanay region news. Gomselmash shipped 40 combines to Kostanay.",
     "Gomselmash", "company:by:gomselmash"),
    ("TASHKENT, 2 March. Kazatomprom shipped 300 tonnes of uranium to Navoi.",
     "Kazatomprom", "company:kz:kazatomprom"),
])
def test_a_well_known_firm_keeps_its_own_country(text, firm, expected):
    assert known_firm(firm) is not None
    rows = extract_text(text, "t.txt").candidates
    got = {p["id"] for r in rows for p in (r["source"], r["target"]) if p["name"] == firm}
    assert got == {expected}


def test_the_country_the_text_states_wins_over_the_table():
    rows = extract_text("The Kyrgyz company MTZ sold 30 tractors to Kazakhstan.",
                        "t.txt").candidates
    assert [r["source"]["id"] for r in rows if r["type"] == "SUPPLIES_TO"] == ["company:kg:mtz"]


@pytest.mark.parametrize("text, pair", [
    ("In 2023 Russian Helicopters delivered two helicopters to Kazakhstan.",
     ("company:ru:russian-helicopters", "country:kz")),
    ("Georgian Manganese shipped ore to China last year.",
     ("company:ge:georgian-manganese", "country:cn")),
    ("Ukrainian Defense Industry sold radars to India.",
     ("company:ua:ukroboronprom", "country:in")),
    # a demonym before a firm or a town the table does not name so: its country
    ("The Belarusian Gomselmash shipped combines to Kazakhstan.",
     ("company:by:gomselmash", "country:kz")),
    ("Belarusian Mogilev signed an agreement with Russian Smolensk.",
     ("city:by:mogilev", "city:ru:smolensk")),
])
def test_a_demonym_that_opens_a_table_firms_name_stays_in_it(text, pair):
    got = [(c["source"]["id"], c["target"]["id"])
           for c in extract_lines([text], "t.txt").candidates]
    assert got == [pair]
