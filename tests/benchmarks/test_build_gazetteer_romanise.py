"""The Latin spellings ``benchmarks/build_gazetteer.py`` derives for Belarusian places
from their Cyrillic names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer_under_test",
                                                  _BENCH / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("names, expected", [
    (["Светлагорск"], {"Svetlahorsk", "Svietlahorsk"}),
    (["Лепель"], {"Lepiel", "Lepel", "Lyepyel"}),
    (["Дзяржынск"], {"Dzyarzhynsk", "Dziarzhynsk", "Dziarzynsk"}),
    (["Магілёў"], {"Mahilyow", "Mahiliou"}),
    (["Ельск"], {"Yelsk", "Jelsk"}),
    (["Горад Смалявічы"], {"Smalyavichy", "Smaliavichy"}),
    (["Жодзiна"], {"Zhodzina"}),                        # a Latin i inside
    (["Дзержинск"], {"Dzerzhinsk"}),                    # Russian: the English form
    (["Молодечно"], {"Molodechno"}),
])
def test_spellings_derived(build, names, expected):
    assert expected <= set(build.belarusian_spellings(names))


@pytest.mark.parametrize("names, absent", [
    # a Russian name (и, or two о in a word) gets no Belarusian reading of г
    (["Дзержинск"], {"Dzierzhinsk", "Dzyerzhinsk"}),
    (["Светлогорск"], {"Svetlohorsk", "Svietlohorsk"}),
    (["Глубокое"], {"Hlubokoye"}),
    # Ukrainian names, and names in other scripts or in Latin, give nothing
    (["Світлогорськ"], None),
    (["Дзержинськ"], None),
    (["Svetlogorsk", "斯韦特洛戈尔斯克"], None),
])
def test_spellings_not_derived(build, names, absent):
    found = set(build.belarusian_spellings(names))
    assert (found & absent == set()) if absent else found == set()


@pytest.mark.parametrize("names", [
    # Russian names a Belarusian town has: the Russian English form, but no
    # Belarusian reading (Belarusian has о and ё only under stress, -ы not -ой)
    ["Озёры"], ["Лесной"], ["Берёза"], ["Красное"], ["Светлогорск"],
])
def test_russian_names_give_no_belarusian_spellings(build, names):
    assert build.belarusian_spellings(names, russian=False) == []
    assert len(build.belarusian_spellings(names)) == 1
