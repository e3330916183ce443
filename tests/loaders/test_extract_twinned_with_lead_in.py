"""A lead-in that names the town a list's towns are twinned with ("The following towns
are twinned with Tartu (year in brackets):"), then one town a line: each is Tartu's
twin. Texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

T = "TWINNED_WITH"


def _pairs(text):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == T}


@pytest.mark.parametrize("lead", [
    "The following cities are twinned with Tartu (year of the charter in brackets):",
    "These towns have been twinned with Tartu:",
])
@pytest.mark.parametrize("rows", [
    "- Hamm, Germany (1994)\n- Heerlen, Netherlands (1998)\n",
    "- Hamm (1994)\n- Heerlen (1998)\n",
])
def test_each_row_under_a_twinned_with_lead_in_is_the_towns_twin(lead, rows):
    got = _pairs("Town ties in 2025\n\n" + lead + "\n" + rows)
    assert {frozenset(("city:ee:tartu", t)) for t in ("city:de:hamm", "city:nl:heerlen")} \
        <= got, got


def test_rows_under_a_lead_in_of_no_relation_are_no_twins():
    text = "Town ties in 2025\n\nThe following cities were visited with Tartu's choir:\n" \
        "- Hamm (1994)\n- Heerlen (1998)\n"
    assert not any("city:ee:tartu" in p for p in _pairs(text))
