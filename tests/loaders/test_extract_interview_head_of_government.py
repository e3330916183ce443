"""An interview whose lead names its guest a region's head of government ("The Chief
Minister of X spoke to ...", "The Premier of X talked to ...") speaks for that region:
"we", "our" and "the state government" in the answers are X
(``discourse._PLACE_OFFICE``, ``mentions._emit`` for "Chief Minister of X",
``mentions._REGION_REF``); "our sister region is Y" twins the speaker with Y
(``patterns._owner_of``), and "the two regional governments signed" is the pair just
named (``references._REF``)."""

import pytest
from extract_candidates import id_pair_set

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"


def _interview(office: str, place: str, answer: str) -> str:
    return (f"\"Trade first, then friendship\"\n"
            f"The {office} of {place} talked to our reporter last week about the "
            f"region's partners abroad.\n\n"
            f"Q: Which partners matter most to you?\n"
            f"A: {answer}\n")


@pytest.mark.parametrize(("office", "place", "region"), [
    ("Chief Minister", "Kerala", "region:in:kerala"),
    ("Premier", "Queensland", "region:au:queensland"),
    ("First Minister", "Wales", "region:gb:wales"),
])
def test_we_in_the_answers_is_the_head_of_governments_region(office, place, region):
    text = _interview(office, place, "In 2021 we signed a memorandum on fisheries with "
                      "Norway, and trade has grown since.")
    assert frozenset({region, "country:no"}) in id_pair_set(text, A)


def test_the_state_government_in_the_answers_is_the_region():
    text = _interview("Chief Minister", "Kerala", "Last year the state government signed "
                      "a memorandum with Norway on fisheries research.")
    assert frozenset({"region:in:kerala", "country:no"}) in id_pair_set(text, A)


@pytest.mark.parametrize("answer", [
    "Our sister region is Tuscany. We exchange students every year.",
    "At state level our oldest sister region is Tuscany.",
    "Our partner region in Italy has been Tuscany since 2015.",
])
def test_our_sister_region_is_a_place(answer):
    text = _interview("Chief Minister", "Kerala", answer)
    assert frozenset({"region:in:kerala", "region:it:tuscany"}) in id_pair_set(text, T)


@pytest.mark.parametrize("answer", [
    # the twin words own no place named after them
    "Our sister regions are members of a network, and Tuscany hosts its office.",
    # no copula: the twin words only describe a visit
    "Our sister region delegation went to Tuscany in May.",
])
def test_our_sister_regions_without_a_named_twin(answer):
    text = _interview("Chief Minister", "Kerala", answer)
    assert frozenset({"region:in:kerala", "region:it:tuscany"}) not in id_pair_set(text, T)


def test_the_two_regional_governments_are_the_pair_just_named():
    text = _interview("Chief Minister", "Kerala", "Our sister region is Tuscany. The two "
                      "regional governments signed a protocol on tourism in 2020.")
    assert frozenset({"region:in:kerala", "region:it:tuscany"}) in id_pair_set(text, A)


def test_the_state_government_of_a_named_country_is_that_country():
    text = _interview("Chief Minister", "Kerala", "Last year the state government of Norway "
                      "signed a memorandum with Iceland on fisheries research.")
    pairs = id_pair_set(text, A)
    assert frozenset({"region:in:kerala", "country:is"}) not in pairs
