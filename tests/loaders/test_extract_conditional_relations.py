"""A relation the sentence makes hang on a condition, in a clause with a modal ("If the
pipeline is built, A will supply B", "A would sign with B if the loan is approved"), is
not stated; a plan without a condition, a hedge ("If anything, ...", "If you ask me,
...") or a past fact stays. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

A, B = "region:cl:valparaiso", "city:nl:rotterdam"


@pytest.mark.parametrize("rel_type, text", [
    ("SUPPLIES_TO", "If the new quay is finished, Valparaiso Region will ship ammonia "
                    "to Rotterdam after 2031."),
    ("SUPPLIES_TO", "Valparaiso Region will sell copper cathodes to Rotterdam if the tender "
                    "succeeds."),
    ("SIGNED_AGREEMENT", "A: If the loan is approved, Valparaiso Region will sign an "
                         "agreement with Rotterdam."),
])
def test_a_conditional_relation_is_not_stated(rel_type, text):
    assert not {frozenset(p) for p in pairs(text, rel_type)} & {frozenset((A, B))}


@pytest.mark.parametrize("rel_type, text", [
    ("SUPPLIES_TO", "Valparaiso Region will sell copper cathodes to Rotterdam from 2030."),
    ("SUPPLIES_TO", "If anything, Valparaiso Region sold more copper to Rotterdam in 2020."),
    ("SIGNED_AGREEMENT", "A: If you ask me, Valparaiso Region will sign an agreement with "
                         "Rotterdam next year."),
])
def test_a_plan_or_a_hedged_fact_stays(rel_type, text):
    assert frozenset((A, B)) in {frozenset(p) for p in pairs(text, rel_type)}
