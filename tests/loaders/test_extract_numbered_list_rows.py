"""Row lines of a twins page set as a numbered list ("1. Lahti (Finland) - 1988."):
the number is no part of the row's sentence, which still opens its line, so each
row's town is a twin of the page's town as a bulleted row's is, also when an entry's
text tells of a signing with no party named. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

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
