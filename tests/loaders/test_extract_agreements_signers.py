"""Agreements and their signers, on short texts written for these tests: documents
turned down after they were prepared, treaties between states that a clause only
rests on, and the signers of the forms a signing is reported in."""

import pytest
from extract_candidates import pairs

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "A new agreement between the Brest Region and the Volyn Region was discussed in 2021, "
    "but the Ukrainian side refused to sign it.",
    "A contract between MAZ and the Kazan city administration on city buses was prepared in "
    "2023, but the city council rejected it.",
    "A memorandum between the Grodno Region and the Kaunas County was drafted in 2019 and "
    "was later turned down by the Lithuanian side.",
    "The Vitebsk Region drew up a road map with the Pskov Region, but the regional duma "
    "vetoed the document.",
])
def test_a_document_turned_down_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text", [
    "Relations between the two countries rest on the Treaty on the Creation of the Union "
    "State between Belarus and Russia of 1999.",
    "Trade between the regions is governed by the 1998 Agreement between Belarus and "
    "Kazakhstan on economic cooperation.",
    "These contacts rely on the Agreement on Cooperation in Education between Russia and "
    "Belarus.",
])
def test_a_treaty_between_states_a_clause_rests_on_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    # a signing reported beside a refusal elsewhere stays
    ("In 2021 the Brest Region signed an agreement with the Volyn Region, although Minsk "
     "had proposed a wider treaty.", [("region:by:brest", "region:ua:volyn")]),
    ("Belarus and Kazakhstan signed an agreement on economic cooperation in 1998.",
     [("country:by", "country:kz")]),
])
def test_signings_beside_those_guards_stay(text, want):
    assert pairs(text, AGREEMENT) == want
