"""A twins page that numbers its rows ("1. Tromso (Norway) - 1989. School exchanges
every May.") twins the page's town with each, as rows set with a dash or a bullet do.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.entry_rows import rows

T = "TWINNED_WITH"


@pytest.mark.parametrize(("line", "name"), [
    ("1. Tromso (Norway) – 1989.", "Tromso"),
    ("12) Ghent, Belgium (1985)", "Ghent"),
    ("3. Lake Charles (United States) - 2001.", "Lake Charles"),
])
def test_a_numbered_row_is_a_row(line, name):
    assert [n for n, _span in rows(line)] == [name]


def test_a_year_opening_a_line_is_no_number():
    assert rows("2024. Tromso (Norway) – 1989.") == []


@pytest.mark.parametrize("mark", ["{n}. ", "{n}) "])
def test_a_pages_numbered_rows_twin_its_town(mark):
    lines = [("Tromso", "Norway", 1989, "Our first link in the north; choirs visit."),
             ("Ghent", "Belgium", 1991, "The mayors signed the charter in Ghent."),
             ("Lake Charles", "United States", 2001, "A link made by emigrants.")]
    body = "\n".join(f"{mark.format(n=i + 1)}{town} ({country}) – {year}. {note}"
                     for i, (town, country, year, note) in enumerate(lines))
    text = ("Twin towns of Olsztyn\n\nOlsztyn keeps friendly ties with towns abroad.\n\n"
            f"TWIN TOWNS\n{body}\n")
    found = id_pair_set(text, T)
    for town in ("city:no:tromso", "city:be:gent", "city:us:lake-charles"):
        assert frozenset({"city:pl:olsztyn", town}) in found
    assert frozenset({"city:no:tromso", "city:be:gent"}) not in found
