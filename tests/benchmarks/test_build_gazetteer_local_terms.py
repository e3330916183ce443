"""The other forms ``benchmarks/build_gazetteer.py`` derives for first-level regions whose
GeoNames name carries the generic term of the country's language: Korean provinces and
cities ("Jeollabuk-do", "Sejong-si"), Estonian counties ("Harjumaa")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer_korean_under_test",
                                                  _BENCH / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name, cc, expected", [
    # a province: the name alone and with the English word; the id's base drops "-do"
    ("Gangwon-do", "KR", ("Gangwon", ["Gangwon", "Gangwon Province"])),
    ("Yanggang-do", "KP", ("Yanggang", ["Yanggang", "Yanggang Province"])),
    # a city of its own
    ("Sejong-si", "KR", ("Sejong", ["Sejong", "Sejong City"])),
    # a half of an old province: North or South, never the stem alone
    ("Jeollabuk-do", "KR", ("", ["North Jeolla", "North Jeolla Province"])),
    ("Gyeongsangnam-do", "KR", ("", ["South Gyeongsang", "South Gyeongsang Province"])),
    # other countries' names and names without the term are left alone
    ("Tokushima-do", "JP", ("", [])),
    ("Seoul", "KR", ("", [])),
    ("North Chungcheong", "KR", ("", [])),
])
def test_korean_region_names(build, name, cc, expected):
    assert build.korean_names(name, cc) == expected
    assert build.local_term_names(name, cc) == expected


@pytest.mark.parametrize("name, expected", [
    # "maa" glued on: the base without it, and the English "County"
    ("Harjumaa", ("Harju", ["Harju County", "Harjumaa"])),
    ("Lääne-Virumaa", ("Lääne-Viru", ["Lääne-Viru County", "Lääne-Virumaa"])),
    # a name without it gets it
    ("Lääne", ("Lääne", ["Lääne County", "Läänemaa"])),
])
def test_estonian_county_names(build, name, expected):
    assert build.local_term_names(name, "EE") == expected


def test_other_countries_have_no_local_term_forms(build):
    assert build.local_term_names("Harjumaa", "FI") == ("", [])
