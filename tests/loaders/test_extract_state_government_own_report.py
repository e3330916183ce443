""""The State" (capitalised or not) in a report of a federation's state government is
that state, the writer ("Government of Queensland ... The State sells coal to X"), not a
firm called "State" nor the nation; a text of a nation's own keeps "the State" a
nation. A row "Department of X — country — year" under a state's list of its sister
regions names X with its kind word. Texts written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("letterhead, state", [
    ("Government of Queensland", "region:au:queensland"),
    ("Government of the State of Sabah", "region:my:sabah"),
    ("Government of Karnataka", "region:in:karnataka"),
])
@pytest.mark.parametrize("says", [
    "The State sells coking coal to Kerala Steel Works every winter.",
    "Each winter the State sells coking coal to Kerala Steel Works.",
    "Each winter the state sells coking coal to Kerala Steel Works.",
])
def test_the_state_in_its_own_governments_report_is_that_state(letterhead, state, says):
    text = f"{letterhead}\nTrade Report 2022\n\n1. Exports\n{says}\n"
    got = pairs(text, "SUPPLIES_TO")
    assert any(a == state for a, _b in got), got
    assert not any(a.startswith("company:") and "state" in a for a, _b in got), got


@pytest.mark.parametrize("letterhead", [
    "Government of Finland",          # a nation's own report: the State is the nation
    "Ministry of Trade of Chile",
])
def test_the_state_of_a_nations_report_is_no_region(letterhead):
    text = (f"{letterhead}\nTrade Report 2022\n\n1. Exports\n"
            "The State sells copper to Norsk Metall AS.\n")
    got = pairs(text, "SUPPLIES_TO")
    assert not any(a.startswith("region:") for a, _b in got), got


@pytest.mark.parametrize("row, partner", [
    ("Department of Itapúa — Paraguay — 2001", "itapua"),
    ("Prefecture of Nagano — Japan — 1988", "nagano"),
])
def test_a_row_with_the_kind_word_before_the_name_is_a_twin(row, partner):
    text = ("GOVERNMENT OF THE STATE OF SANTA CATARINA\nInternational Report\n\n"
            "The State keeps sister-state ties with these regions (partner — country — year):\n"
            f"• Veneto Region — Italy — 1999\n• {row}\n"
            "• Gyeonggi Province — Republic of Korea — 2010\n")
    got = pairs(text, "TWINNED_WITH")
    assert any(partner in b or partner in a for a, b in got), got
