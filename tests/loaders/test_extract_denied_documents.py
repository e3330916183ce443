"""A document the sentence denies ("no agreement was concluded", "signed no
memorandum") is signed by nobody, also when "the two cities" stand beside it; and a
proposal "to establish" a twinning is only proposed. Sentences written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.pipeline import extract_lines

BEFORE = "Lindau shared a cultural festival with Bregenz in 2016. "


@pytest.mark.parametrize("text", [
    "Closer ties were discussed then, but no agreement was concluded, so the two towns"
    " are not twinned.",
    "The two towns signed no agreement.",
    "They met twice, but no formal memorandum was signed by the two towns.",
])
def test_a_denied_document_has_no_signers(text):
    assert not [c for c in candidates(BEFORE + text) if c["type"] == "SIGNED_AGREEMENT"]


def test_a_document_not_denied_is_signed_by_the_pair():
    text = BEFORE + "The two towns signed an agreement on cycle tourism."
    assert [c for c in candidates(text) if c["type"] == "SIGNED_AGREEMENT"]


LEAD = "Tasmania is a state of Australia. The Premier visited Japan. "


@pytest.mark.parametrize("text", [
    "A proposal to establish sister-state ties with Aomori Prefecture was looked at"
    " in 2022 but will not go ahead.",
    "A proposal to establish sister-state ties with Aomori Prefecture was looked at"
    " in 2022.",
    "The idea of forming a twinning with Aomori Prefecture came up in 2019.",
])
def test_a_twinning_only_proposed_is_none(text):
    assert not [c for c in candidates(LEAD + text) if c["type"] == "TWINNED_WITH"]


def test_a_twinning_established_is_one():
    text = LEAD + "Tasmania established a sister-state relationship with Aomori Prefecture in 2019."
    assert [c for c in candidates(text) if c["type"] == "TWINNED_WITH"]


REPORT = "Kvarnby Fisk AB annual report\n"


@pytest.mark.parametrize("text", [
    "We then decided not to proceed with a draft feed agreement with Tindholm Marine Ltd.",
    # (the document's own words between the negation and its noun)
    "We then decided not to proceed with a draft smolt feed purchase agreement with Tindholm"
    " Marine Ltd.",
    "We did not go ahead with the contract with Tindholm Marine Ltd.",
    "We chose not to pursue a memorandum with Tindholm Marine Ltd.",
])
def test_an_agreement_not_gone_ahead_with_is_none(text):
    found = extract_lines((REPORT + text).splitlines(), "t.txt").candidates
    assert not [c for c in found if c["type"] == "SIGNED_AGREEMENT"]


def test_an_agreement_gone_ahead_with_is_one():
    text = REPORT + "We proceeded with a feed agreement with Tindholm Marine Ltd."
    found = extract_lines(text.splitlines(), "t.txt").candidates
    assert [c for c in found if c["type"] == "SIGNED_AGREEMENT"]
