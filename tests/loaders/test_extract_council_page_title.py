"""A town page titled by its council ("X Borough Council – Twin Towns") is read to the
end: deciding whether the page speaks for its town reads the title's words, and a
title's word read as a firm must not ask that question again without end."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


@pytest.mark.parametrize(("title", "town", "twin"), [
    ("Sligo Borough Council – Twin Towns", "Sligo", "Tempe"),
    ("Tralee Town Council | Twin Towns and Partner Cities", "Tralee", "Westlake"),
    ("Clonmel Borough Council - Twinning", "Clonmel", "Wels"),
])
@pytest.mark.parametrize("after", [
    "The council also works with Kempten.",
    "It also trades with Kempten.",
])
def test_council_titled_page_is_read(title, town, twin, after):
    text = f"{title}\n\n{town} has been twinned with {twin} since 1993.\n{after}\n"
    found = extract_lines(text.splitlines(), "page.txt").candidates
    twins = [c for c in found if c["type"] == "TWINNED_WITH"]
    assert twins, found
    names = {p["name"] for c in twins for p in (c["source"], c["target"])}
    assert {town, twin} <= names
