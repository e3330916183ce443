"""Items of a report's list that open with their verb under a lead-in naming the
subject ("In 2025 the Government plans to: - sign an agreement with A; - conclude a
memorandum with B; - agree a roadmap with C"): each item that signs a document with a
party is the subject's signing, planned as the first. Items of events (days of the
region, fairs, visits) or of talks that came to nothing sign nothing. Texts written for
these tests."""

import pytest
from extract_candidates import candidates, id_pair_set, pairs_with

A = "SIGNED_AGREEMENT"
NS = "region:ca:nova-scotia"
HEAD = ("Government of Nova Scotia\nNova Scotia Abroad: Annual Report 2024\n\n"
        "5. Plans for 2025\n\nIn 2025 the Government plans to:\n"
        "- sign an agreement on fisheries cooperation with the State of Maine (United "
        "States) at the Atlantic Forum;\n")


@pytest.mark.parametrize("item, partner", [
    ("- conclude a memorandum of understanding with Brittany (France) on ocean research;",
     "region:fr:brittany"),
    ("- sign a protocol with the Province of Ontario;", "region:ca:ontario"),
    ("- to conclude an agreement on cooperation with Galicia (Spain);", "region:es:galicia"),
    ("- agree a roadmap with the Province of Ontario for 2025-2027;", "region:ca:ontario"),
    ("- prepare and sign an action plan with Galicia (Spain);", "region:es:galicia"),
])
def test_each_signing_item_is_the_leads_subjects(item, partner):
    text = HEAD + item + "\n- hold the Days of Nova Scotia in Quebec.\n"
    assert pairs_with(NS, "region:us:maine", partner) <= id_pair_set(text, A)
    status = {r["target"]["id"]: r["status"] for r in candidates(text) if r["type"] == A}
    assert status.get(partner) == "planned"


@pytest.mark.parametrize("item, other", [
    # events, fairs, visits and talks: no document signed
    ("- hold the Days of Nova Scotia in the Province of Ontario;", "region:ca:ontario"),
    ("- take part in the seafood fair held with Galicia (Spain);", "region:es:galicia"),
    ("- receive a delegation from Brittany (France);", "region:fr:brittany"),
    ("- continue talks with the Province of Ontario on a memorandum;", "region:ca:ontario"),
    # a signing the item says will not happen
    ("- sign an agreement with Galicia (Spain), which is not expected before 2027 "
     "and has not been agreed;", "region:es:galicia"),
])
def test_items_of_other_verbs_sign_nothing(item, other):
    text = HEAD + item + "\n- hold the Days of Nova Scotia in Quebec.\n"
    got = id_pair_set(text, A)
    assert not any(other in pair for pair in got), got


def test_items_need_a_signing_lead():
    # a list of events under a lead: no first signing, no subject's signings
    text = ("Government of Nova Scotia\nNova Scotia Abroad: Annual Report 2024\n\n"
            "In 2025 the Government plans to:\n"
            "- hold the Days of Nova Scotia in Quebec;\n"
            "- take part in the seafood fair in Galicia (Spain);\n"
            "- host the Gulf fisheries forum with the State of Maine.\n")
    assert not id_pair_set(text, A)
