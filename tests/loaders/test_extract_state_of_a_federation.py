""""The state" in a sentence after a state of a federation acted is that state, not the
nation: "Karnataka has long traded with A. For decades the state has sold granite to
B." (the latest state merely named, "unlike Kerala's", is not it). Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("opening, state", [
    ("Karnataka has long worked with the port towns of Sri Lanka, more so than Kerala.",
     "region:in:karnataka"),
    ("Queensland opened a trade office in Jakarta in 2015.", "region:au:queensland"),
])
def test_the_state_after_a_state_that_acted_is_that_state(opening, state):
    text = f"Regional trade\n\n{opening} For decades the state has sold coal to Colombo.\n"
    got = pairs(text, S)
    assert any(a == state for a, _b in got), got


@pytest.mark.parametrize("opening", [
    # a nation's own text: no state acted, so "the state" is the nation read as before
    "India signed a trade pact with Sri Lanka in 2019.",
    # a region of a country without states
    "The Jaffna District opened a trade office in Chennai in 2015.",
])
def test_the_state_stays_the_nation_otherwise(opening):
    text = f"Regional trade\n\n{opening} For decades the state has sold coal to Colombo.\n"
    got = pairs(text, S)
    assert not any(a.startswith("region:in:") or a.startswith("region:lk") for a, _b in got), got
