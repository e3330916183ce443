"""A later document of one pair's own list that the text marks as another one
(``patterns._gapped_documents``): "a second agreement", "a further programme", even of the
first one's kind with its year out of reach; after the first one's own signers ("signed by
both mayors in 2016, and ..."); and a programme with its term of years whose signing is
told after it ("a further programme for 2021-2024 was signed"); and the same lists after
a pair named by reference ("the two towns concluded ..."); and a dated paper of the first
document's own ("the memorandum of 2006 and its 2019 protocol"). Near-misses: the same
document named again, and a later document of another pair. Every text here was written
for these tests."""

from collections import Counter

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def _signings(text) -> Counter:
    return Counter(tuple(sorted(p)) for p in pairs(text, A, key="name"))


@pytest.mark.parametrize("text", [
    "Tulcea and Izmail concluded a framework agreement in 2006 and a second agreement, on "
    "the dredging of the channel, in 2019.",
    "Tulcea and Izmail concluded a framework agreement in 2006 and a further agreement, "
    "this time on ferries, in 2019.",
    "Tulcea and Izmail signed a cooperation programme for 2016-2019 signed by both mayors "
    "in 2016, and a further programme for 2020-2023 was signed in May 2020.",
    "Tulcea and Izmail signed a cooperation programme for 2016\u20132019 signed by both "
    "mayors in 2016, and a new programme for 2020\u20132023 was signed in May 2020.",
    # the pair named by reference, the sentence before naming it
    "Tulcea and Izmail face each other across the river. The two towns signed a "
    "framework agreement on fishing in 2006 and a second agreement, on the dredging of "
    "the channel at Chilia, in 2019; they are not twinned.",
    "Tulcea and Izmail face each other across the river. The two towns signed a "
    "framework agreement on fishing in 2006 and a protocol on schools in 2019.",
])
def test_marked_later_document_is_a_signing_of_its_own(text):
    assert _signings(text)[("Izmail", "Tulcea")] == 2


@pytest.mark.parametrize("text", [
    # the same agreement named again
    "Tulcea and Izmail concluded a framework agreement in 2006, and the agreement, on "
    "the dredging of the channel, is still in force.",
    # one programme, its own signers told after it
    "Tulcea and Izmail signed a cooperation programme for 2016-2019 signed by both mayors "
    "in 2016.",
    "Tulcea and Izmail face each other across the river. The two towns signed a "
    "framework agreement on fishing in 2006, and the agreement, on the dredging of the "
    "channel, is still in force.",
])
def test_one_document_named_once_is_one_signing(text):
    assert _signings(text)[("Izmail", "Tulcea")] == 1


def test_later_document_with_a_partner_of_its_own():
    text = ("Tulcea concluded a framework agreement with Izmail in 2006 and a second "
            "agreement with Reni in 2019.")
    found = _signings(text)
    assert found[("Izmail", "Tulcea")] == 1
    assert found[("Reni", "Tulcea")] == 1


@pytest.mark.parametrize("text", [
    "Read side by side, the cases range from the Tulcea-Izmail memorandum of 2006 and its "
    "2019 protocol at one end to the plain trade of the fisheries at the other.",
    "Tulcea and Izmail signed a memorandum in 2006 and its 2019 protocol still guides the "
    "ferry service.",
])
def test_dated_paper_of_the_first_documents_own(text):
    assert _signings(text)[("Izmail", "Tulcea")] == 2


def test_dated_mention_of_the_same_kind_is_no_second_paper():
    text = ("Tulcea and Izmail signed a memorandum in 2006 and its 2019 memorandum review "
            "found it sound.")
    assert _signings(text)[("Izmail", "Tulcea")] == 1
