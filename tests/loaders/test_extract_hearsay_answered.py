"""A tie the text only reports others saying, asking or calling it, and then denies,
states nothing: in the same sentence ("the claim that A and B were twinned does not
survive scrutiny", "claims that A sold B timber rest on a misreading"), in the clause
after a semicolon ("writers often call A and B sister towns; in fact the two have never
..."), or in a short reply that follows ("Visitors wonder whether A is twinned with B.
It is not."). Talks that did not lead to a twinning make none either. A report the
text confirms, or a reply about something else, leaves the tie. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs

A, B = "Marrowick", "Tollbridge"


def _ties(text, rel_type):
    return {frozenset(p) for p in pairs(text, rel_type, key="name")}


@pytest.mark.parametrize("rel_type, text", [
    ("TWINNED_WITH", f"Some visitors wonder whether {A} is twinned with {B}. It is not."),
    ("TWINNED_WITH", f"Travel writers often call {A} and {B} sister cities; in fact the two "
                     "towns have not signed any twinning."),
    ("TWINNED_WITH", f"The popular claim that {A} and {B} were twinned in 1980 does not "
                     "survive scrutiny."),
    ("TWINNED_WITH", f"Despite rumours, talks between {A} and {B} have not resulted in a "
                     "twinning."),
    ("SUPPLIES_TO", f"It is sometimes claimed that {A} sells cheese to {B}; I found no "
                    "evidence of this."),
    ("SUPPLIES_TO", f"Claims that {A} sold timber to {B}, by contrast, rest on a misreading "
                    "of old ledgers."),
])
def test_hearsay_the_text_denies_states_no_tie(rel_type, text):
    assert frozenset((A, B)) not in _ties(text, rel_type)


@pytest.mark.parametrize("reply, stands", [
    ("It is not - the towns only share a regatta.", False),
    ("It is one of the oldest ties in the county.", True),
])
def test_a_name_others_give_a_pair_is_answered_by_the_next_sentence(reply, stands):
    text = f"Marlow is often described as a twin of Pavia. {reply}"
    assert (frozenset(("Marlow", "Pavia")) in _ties(text, "TWINNED_WITH")) is stands


@pytest.mark.parametrize("rel_type, text", [
    ("TWINNED_WITH", f"{A} is twinned with {B}. It is not a large town."),
    ("TWINNED_WITH", f"Visitors ask whether {A} is twinned with {B}. It is, since 1975."),
    ("TWINNED_WITH", f"Old accounts call {A} and {B} sister cities; they have been twinned "
                     "since 1975."),
    ("TWINNED_WITH", f"{A} and {B}, often called sister cities, signed a twinning charter "
                     "in 1975."),
    ("TWINNED_WITH", f"Talks between {A} and {B} resulted in a twinning in 1999."),
    ("SUPPLIES_TO", f"It is sometimes claimed that {A} sells cheese to {B}; the customs "
                    "records confirm it."),
])
def test_a_report_not_denied_stands(rel_type, text):
    assert frozenset((A, B)) in _ties(text, rel_type)
