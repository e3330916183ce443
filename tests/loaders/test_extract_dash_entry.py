"""A report's entry headed by its pair written with a dash, each side perhaps with a
bracket ("- A - B: memorandum on X, signed 2024"), names the row's two sides as "A and
B:" does. Negative cases: a dash that is no entry's head, and an entry whose clause
undoes its document. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, pair", [
    ("- Tartu – Riga: memorandum on green bonds, signed January 2024;",
     ("city:ee:tartu", "city:lv:riga")),
    ("• Tartu (Estonia) - Riga (Latvia): protocol on river buses, signed in 2023;",
     ("city:ee:tartu", "city:lv:riga")),
    ("- Government of Estonia – Vindkraft A/S (Denmark): memorandum for an offshore "
     "wind project, signed February 2024;", ("company:dk:vindkraft", "country:ee")),
])
def test_a_dashed_entry_signs(text, pair):
    assert pairs(text, A) == [pair]


def test_entries_run_together_each_sign():
    text = ("Memoranda signed by the county and its bodies:\n\n"
            "- Tartu – Oulu (Finland): memorandum on schools, signed July 2023;\n"
            "- Tartu Innovation Hub – Riga Stock Exchange: memorandum on green bonds, signed "
            "January 2024;\n"
            "- Narva – Kotka (Finland): protocol on ferries, signed March 2024;\n")
    assert ("city:ee:narva", "city:fi:kotka") in pairs(text, A)
    assert ("company:ee:tartu-innovation-hub", "org:lv:riga-stock-exchange") in pairs(text, A)


@pytest.mark.parametrize("text", [
    "Tartu – Riga: talks on a memorandum on green bonds failed in 2024.",
    "The ferry from Tartu – a port town – to Riga: a memorandum on fares is due.",
])
def test_no_dashed_entry(text):
    assert pairs(text, A) == []
