"""A row of a page's partners whose note after the dash runs long ("Graz (Austria) -
memorandum on tram building, signed in 2014 ahead of the opening of a new tram
line") is still a row: only the name before the dash is kept short. The page's
place signs the document the note names with the row's town. Near misses: a long
line of prose with a dash that stands alone, a long note of no document.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

S = "SIGNED_AGREEMENT"
HOME = "city:fi:tampere"
PAGE = ("City of Tampere – International cooperation\n\nPartner cities\n"
        "Tampere also works with partner cities. These are no twinnings but partnerships "
        "for a fixed period:\n")
LONG = ("memorandum on tram building and the upkeep of city rail, signed in 2014 ahead "
        "of the opening of the new tram line through the old town")


def signings(text) -> set[frozenset]:
    return {frozenset((r["source"]["id"], r["target"]["id"]))
            for r in candidates(text) if r["type"] == S}


@pytest.mark.parametrize("rows, partner", [
    # the long note first, a short one after
    (f"- Graz (Austria) – {LONG}\n- Lyon (France) – memorandum on river ports, signed "
     "in 2016\n", "city:at:graz"),
    # the long note last
    ("- Lyon (France) – memorandum on river ports, signed in 2016\n"
     f"- Graz (Austria) – {LONG}\n", "city:at:graz"),
    # numbered rows, both notes long
    (f"1. Graz (Austria) – {LONG}\n2. Lyon (France) – {LONG}\n", "city:fr:lyon"),
])
def test_a_long_note_after_the_dash_keeps_its_row(rows, partner):
    assert frozenset((HOME, partner)) in signings(PAGE + rows)


@pytest.mark.parametrize("text, partner", [
    # one long line of prose with a dash, no block of rows
    ("City of Tampere – News\n\nThe council met on Monday.\n"
     f"Graz (Austria) – {LONG}.\nThe council will meet again in May.\n",
     "city:at:graz"),
    # a block of rows whose long note names no document
    (PAGE + "- Graz (Austria) – exchanges of trainee tram drivers and of depot staff, run "
     "every spring since 2014 ahead of the opening of the new tram line in the old town\n"
     "- Lyon (France) – exchanges of river pilots and of port staff since 2016\n",
     "city:at:graz"),
])
def test_no_row_signing_from_a_lone_line_or_a_note_of_no_document(text, partner):
    assert frozenset((HOME, partner)) not in signings(text)
