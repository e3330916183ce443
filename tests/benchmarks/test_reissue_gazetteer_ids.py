"""Which gazetteer ids ``benchmarks/reissue_gazetteer_ids.py`` re-issues, and to what."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reissue():
    spec = importlib.util.spec_from_file_location("reissue_gazetteer_ids_under_test",
                                                  _ROOT / "benchmarks" / "reissue_gazetteer_ids.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _row(eid, label, name, parent="country:xx", gid="1"):
    return [eid, label, name, "XX", parent, "", "", "", "", "1", "", "", gid]


@pytest.mark.parametrize(("row", "expected"), [
    (_row("city:is:vestur", "City", "Vesturðardal"), None),   # not the old slug: kept
    (_row("city:is:vestur-ardal", "City", "Vestur ðardal"), "city:is:vestur-dardal"),
    (_row("city:fo:bor-vik", "City", "Borðvík"), "city:fo:bordvik"),
    (_row("city:fo:bor-vik-nordoy", "City", "Borðvík"), "city:fo:bordvik-nordoy"),
    (_row("region:fo:sker-oy", "Region", "Skerðoy Region"), "region:fo:skerdoy"),
    (_row("city:hr:uranovo", "City", "Ðuranovo"), "city:hr:duranovo"),
    (_row("city:hr:lopar", "City", "Lopar"), None),                     # nothing to fix
    (_row("city:by:homel", "City", "Gomel"), None),                     # a curated id
])
def test_only_ids_the_old_table_broke_are_re_issued(reissue, row, expected):
    found = reissue.plan([row])
    assert (found[0][1] if found else None) == expected


def test_a_new_id_another_place_holds_gets_the_region_suffix(reissue):
    rows = [_row("city:fo:bordvik", "City", "Bordvik", gid="1"),
            _row("city:fo:bor-vik", "City", "Borðvík", "region:fo:vagar", gid="2")]
    assert reissue.plan(rows) == [("city:fo:bor-vik", "city:fo:bordvik-vagar", "slug")]


def test_the_bundled_data_needs_no_more_re_issuing(reissue):
    text = gzip.decompress((_ROOT / "loaders" / "gazetteer" / "places.tsv.gz").read_bytes())
    rows = [line.split("\t") for line in text.decode("utf-8").splitlines()[1:]]
    assert reissue.plan(rows) == []
    former = {r["former_id"]: r["id"] for r in reissue.former_rows()}
    ids = {r[0] for r in rows}
    assert former and all(new in ids and old not in ids for old, new in former.items())
