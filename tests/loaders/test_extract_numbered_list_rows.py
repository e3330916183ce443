"""Row lines of a twins page set as a numbered list ("1. Lahti (Finland) - 1988."):
the number is no part of the row's sentence, which still opens its line, so each
row's town is a twin of the page's town as a bulleted row's is, also when an entry's
text tells of a signing with no party named. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.extract.entry_rows import rows

T = "TWINNED_WITH"
OWN = "city:se:lund"
HEAD = ("Sister cities of Lund\n\n"
        "Lund keeps ties with municipalities in several countries.\n\n")
LAHTI, KIEL = "city:fi:lahti", "city:de:kiel"


@pytest.mark.parametrize("heading, entries", [
    # one-digit numbers
    ("TWIN TOWNS",
     "1. Lahti (Finland) – 1988. Our first partner abroad.\n"
     "2. Kiel (Germany) – 1996. The charter was signed by both mayors in Kiel.\n"),
    # two-digit numbers, a plain hyphen
    ("Twin towns",
     "9. Lahti (Finland) - 1988. Our first partner abroad.\n"
     "10. Kiel (Germany) - 1996. Both mayors put their names to a charter there.\n"),
])
def test_numbered_rows_under_a_twins_heading_twin_the_page_town(heading, entries):
    got = id_pair_set(HEAD + heading + "\n" + entries, T)
    assert pairs_with(OWN, LAHTI, KIEL) <= got, got


@pytest.mark.parametrize("heading, entries", [
    # the same rows under a heading that calls them no twins
    ("Trade fairs visited",
     "1. Lahti (Finland) – 1988. Our firms showed furniture.\n"
     "2. Kiel (Germany) – 1996. A boat show drew visitors.\n"),
    # a number inside a line opens nothing: the row is no row of its own
    ("Twin towns",
     "Our office is Room 4. Lahti (Finland) – 1988 was a fair we visited.\n"),
])
def test_numbered_lines_that_are_no_twin_rows_twin_nothing(heading, entries):
    got = id_pair_set(HEAD + heading + "\n" + entries, T)
    assert not pairs_with(OWN, LAHTI, KIEL) & got, got

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
