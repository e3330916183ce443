"""A report lists its place's twins as rows: the partner, where it lies, a dash and
what it is ("- Hubei Province, China - sister region since 1998"). Each is a twin of
the place the report speaks for; a row that says the partner is no twin, or names it a
partner alone, is none. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"

_HEAD = "Otago Regional Council\nAnnual Report 2024 - International Relations\n\n"


@pytest.mark.parametrize(("row", "partner"), [
    ("- Hubei Province, China - sister region since 1998.", "region:cn:hubei"),
    ("- Aichi Prefecture, Japan - friendship region since 2005; a memorandum on ports "
     "followed in 2019.", "region:jp:aichi"),
    ("- Oregon, United States - sister state, established 2012.", "region:us:oregon"),
    ("2. Hubei Province (China) - sister region since 1998.", "region:cn:hubei"),
])
def test_a_dash_row_under_the_report_twins_its_region(row, partner):
    text = _HEAD + f"Our formal relationships are:\n{row}\n"
    assert frozenset({"region:nz:otago", partner}) in id_pair_set(text, T)


@pytest.mark.parametrize("row", [
    "- Queensland, Australia - not a formal twin; we share flood research.",
    "- Queensland, Australia - partner in flood research since 2015.",
    "- Queensland, Australia - trade office opened in 2015.",
])
def test_rows_that_name_no_twin(row):
    text = _HEAD + f"Our other contacts:\n{row}\n"
    assert not any("region:au:queensland" in pair for pair in id_pair_set(text, T))
