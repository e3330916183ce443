"""The bundled world gazetteer: coverage, consistency of its index, lookups."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.loaders.gazetteer import ALIAS, BASE, NAME, distance_km, load_gazetteer
from relgraph.loaders.gazetteer.names import key


@pytest.fixture(scope="module")
def g():
    return load_gazetteer()


def test_every_iso_country_and_codes_in_use(g):
    for c in pycountry.countries:
        assert g.codes[c.alpha_2] == g.codes[c.alpha_3] == f"country:{c.alpha_2.lower()}"
    assert g.entries["country:xk"].name == "Kosovo" and g.codes["XKX"] == "country:xk"
    assert g.codes["UK"] == "country:gb" and g.codes["EL"] == "country:gr"


def test_world_scale(g):
    labels = {}
    for eid in g.entries:
        labels[eid.split(":")[0]] = labels.get(eid.split(":")[0], 0) + 1
    assert labels["city"] > 230_000 and labels["region"] > 3_000
    regions = {e.split(":")[1] for e in g.entries if e.startswith("region:")}
    assert len(regions) > 200          # first-level divisions of nearly every country


def test_files_are_sorted_for_binary_search(g):
    assert g.entries._lines == sorted(g.entries._lines)
    keys = [line.split(b"\t", 1)[0] for line in g._names]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_every_place_is_found_under_its_own_name(g):
    rows = range(0, len(g.entries), 97)           # about 2,500 places across the file
    missing = []
    for row in rows:
        e = g.entries.at(row)
        hits = dict(g.hits(key(e.name)))
        if hits.get(e.id) in (None, BASE):
            missing.append(e.id)
    assert missing == []


def test_every_parent_exists(g):
    for row in range(0, len(g.entries), 13):
        e = g.entries.at(row)
        if e.parent:
            assert e.parent in g.entries, e.id


def test_curated_tables_win_where_they_overlap(g):
    # Belarus keeps its hand-checked regions, names and ids.
    assert g.entries["region:by:gomel"].name == "Gomel Region"
    assert g.parent("city:by:gomel") == "region:by:gomel"
    assert not any(e.startswith("region:by:") and g.entries[e].name.endswith("Oblast")
                   for e in g.entries if e.startswith("region:by:"))
    assert "Гомельская область" in g.entries["region:by:gomel"].aliases


@pytest.mark.parametrize("lat, lon", [(53.9, 27.57), (48.39, -4.49), (-33.87, 151.2),
                                      (64.1, -21.9), (0.3, 32.6)])
def test_near_agrees_with_a_full_scan(g, lat, lon):
    found = {e.id for _, e in g.near(lat, lon, 30)}
    lo, hi = lat - 1, lat + 1
    scan = set()
    for row in g.entries.prefixed("city:"):
        e = g.entries.at(row)
        if lo <= e.lat <= hi and distance_km(lat, lon, e.lat, e.lon) <= 30:
            scan.add(e.id)
    assert found == scan and found


def _near_by_scan(g, lat, lon, km, country=None):
    """near() as a plain scan of every city: the reference the grid must equal."""
    out = []
    for row in g.entries.prefixed("city:"):
        e = g.entries.at(row)
        if e.lat is None or (country is not None and e.country != country):
            continue
        d = distance_km(lat, lon, e.lat, e.lon)
        if d <= km:
            out.append((d, e))
    return sorted(out, key=lambda x: (x[0], x[1].id))


@settings(max_examples=25, deadline=None)
@given(lat=st.floats(-89.5, 89.5), lon=st.floats(-180, 180), km=st.sampled_from([5, 25, 60]),
       country=st.sampled_from([None, "BY", "FR", "US", "RU", "XX"]))
def test_near_equals_a_plain_scan_to_the_last_bit(g, lat, lon, km, country):
    assert g.near(lat, lon, km, country=country) == _near_by_scan(g, lat, lon, km, country)


@pytest.mark.parametrize("lat, lon", [(53.9, 27.57), (48.85, 2.35), (50.45, 30.52)])
def test_near_equals_a_plain_scan_in_dense_places(g, lat, lon):
    found = g.near(lat, lon, 25)
    assert len(found) > 10 and found == _near_by_scan(g, lat, lon, 25)
    # Asked again (memoised): the same answer, and not the same list to mutate.
    again = g.near(lat, lon, 25)
    assert again == found and again is not found


def test_local_spellings_are_aliases_of_belarusian_places(g):
    # "svietlahorsk" romanises Svetlogorsk's own Belarusian name; "dzyarzhynsk" is
    # also a foreign alternate of Dzerzhinsk in Russia, which is no local spelling
    assert g.local("svietlahorsk") == {"city:by:svetlogorsk"}
    assert dict(g.hits("svietlahorsk"))["city:by:svetlogorsk"] == ALIAS
    assert g.local("dzyarzhynsk") == {"city:by:dzerzhinsk"}
    assert "city:ru:dzerzhinsk" in dict(g.hits("dzyarzhynsk"))
    assert g.local("dzerzhinsk") == frozenset()       # the name itself stays a name
    assert g.local("minsk") == frozenset() and g.local("") == frozenset()
    flags = {ref[-1:] for line in g._names[::50] for ref in line.split(b"\t")[1].split(b",")}
    assert flags <= {b"n", b"a", b"b", b"l"}
    assert {flag for k in ("svietlahorsk", "gomel", "homyel")
            for _, flag in g.hits(k)} <= {NAME, ALIAS, BASE}
