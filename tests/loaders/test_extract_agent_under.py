"""A firm that became "the Company's" (or "our") dealer, distributor or representative
under a document: the owner of that role signed it with the firm
(``patterns._agent_under``); the owner is the report's firm by reference."""

import pytest
from extract_candidates import firm_blind
from extract_candidates import pairs as id_pairs

A = "SIGNED_AGREEMENT"
REPORT = "MOGILEVLIFT OJSC\nAnnual report 2023\n\nMarkets\n\n"
OWN = "company:xx:mogilevlift"


def signings(text):
    return {tuple(sorted((firm_blind(a), firm_blind(b)))) for a, b in id_pairs(text, A)}


@pytest.mark.parametrize(("text", "partner"), [
    (REPORT + "The Company sold 400 lifts abroad. In Georgia, Kavkaz Lifts LLC has become "
              "the Company's sole dealer for Tbilisi under a contract dated May 2023.",
     "company:xx:kavkaz-lifts"),
    (REPORT + "The Company sold 400 lifts abroad. In Armenia, Ararat Lift CJSC became our "
              "exclusive distributor under a contract concluded in March.",
     "company:xx:ararat-lift"),
    (REPORT + "In Kazakhstan, Astana Lift LLP was appointed as our authorised representative "
              "under a memorandum signed in Astana in June.", "company:xx:astana-lift"),
])
def test_the_owner_of_the_role_signs_with_the_firm(text, partner):
    assert tuple(sorted((OWN, partner))) in signings(text)


@pytest.mark.parametrize("text", [
    # a customer under no document
    REPORT + "In Georgia, Kavkaz Lifts LLC became the Company's largest customer in 2023.",
    # planned
    REPORT + "In Armenia, Ararat Lift CJSC is to become our exclusive distributor under a "
             "contract to be signed in 2024.",
    # another maker's dealer: not the report's firm's
    "In Armenia, Ararat Lift CJSC became the official dealer of Schindler under an agreement "
    "signed in March.",
])
def test_no_document_no_owner_or_a_plan_signs_nothing(text):
    assert not any(OWN in pair for pair in signings(text))
