"""A head of a region's government named by title alone ("the Premier", "the Chief
Minister", "the First Minister") is an office of the region the text speaks of, as "the
governor" is, and no place called Premier. A title that names its place ("the Premier of
X") or heads a name ("Premier Foods") is left as it was read. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("title", ["the Premier", "the Chief Minister", "the First Minister"])
def test_a_bare_title_is_no_place(title):
    text = (f"Kerala has been a sister state of Aomori since 2011, when {title} and the "
            "Governor of Aomori signed a memorandum in Aomori.")
    names = {n for p in pairs(text, "SIGNED_AGREEMENT", key="name") for n in p}
    names |= {n for p in pairs(text, "TWINNED_WITH", key="name") for n in p}
    assert not names & {"Premier", "Chief Minister", "First Minister"}


def test_a_bare_title_speaks_for_the_region_the_text_is_about():
    text = ("Kerala has been a sister state of Aomori since 2011, the year the Chief "
            "Minister and the Governor of Aomori signed a memorandum in Aomori.")
    assert ("region:in:kerala", "region:jp:aomori") in pairs(text, "SIGNED_AGREEMENT")


def test_a_firm_named_with_the_word_stays_a_firm():
    text = "Premier Mills Ltd supplies flour to Aomori Bakeries KK."
    assert pairs(text, "SUPPLIES_TO", key="name") == [("Premier Mills Ltd", "Aomori Bakeries KK")]
