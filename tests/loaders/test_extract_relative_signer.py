"""A partner followed by a relative clause that signs and names no signer ("X, with
which a dealer contract was signed in May"): the signer is the party the text speaks
of (this sentence's actor, the paragraph's, else the report's firm or the page's place),
``carried_topic._relative_signing``."""

import pytest
from extract_candidates import firm_blind
from extract_candidates import pairs as id_pairs

A = "SIGNED_AGREEMENT"


def signings(text):
    return {tuple(sorted((firm_blind(a), firm_blind(b)))) for a, b in id_pairs(text, A)}


@pytest.mark.parametrize(("text", "expected"), [
    # a firm's report: the report's firm signs with its dealer
    ("BELPAN\nAnnual report 2024\n\nMarkets\n\nIn Armenia the paints are sold by Ararat "
     "Colour LLC, with which a dealer contract was signed in 2022.",
     ("company:xx:ararat-colour", "company:xx:belpan")),
    ("BELPAN OJSC\nAnnual report 2024\n\nMarkets\n\nIn Georgia our partner is Kavkaz "
     "Kraski LLC (Tbilisi), with which a new three-year distribution agreement has been "
     "concluded.", ("company:xx:belpan", "company:xx:kavkaz-kraski")),
    # a town's page: the page's town
    ("Kaunas City Municipality > City > Partner cities\n\nPartner cities\n\nMost of the "
     "partners are in Poland. Bialystok, with which a memorandum was signed in 2005, is the "
     "oldest.", ("city:lt:kaunas", "city:pl:bialystok")),
    # a monograph: the region the passage is about ("its" partner)
    ("The Vitebsk Region has long looked to its eastern neighbours. Its closest partner is "
     "the Pskov Region, with whom an agreement on cooperation was signed in 1999.",
     ("region:by:vitebsk", "region:ru:pskov")),
    # a firm located by its town and country before the relative: the firm is the partner
    ("MOGILEVLIFT\nAnnual report 2023\n\nPurchasing\n\nMotors for export lifts are "
     "supplied by Ziehl Motoren of Mannheim, Germany, with which a five-year framework "
     "contract was concluded in 2021.", ("company:xx:mogilevlift", "company:xx:ziehl-motoren")),
])
def test_a_relative_clause_signs_with_the_party_spoken_of(text, expected):
    assert expected in signings(text)


@pytest.mark.parametrize("text", [
    # nobody spoken of: no signer
    "The trade fair in Poznan drew many visitors. Ararat Colour LLC, with which a dealer "
    "contract was signed in 2022, showed new paints.",
    # planned, not signed
    "Interview with the mayor of Lida\n\n- Which towns are your partners?\n\n- Alytus, with "
    "which a cooperation agreement is to be signed next year.",
    # talks are no document
    "Interview with the mayor of Lida\n\n- Which towns are your partners?\n\n- Alytus, with "
    "which talks were held in 2011.",
    # a twinning's document is the twinning's, no agreement
    "Interview with the mayor of Lida\n\n- Which towns are your partners?\n\n- Alytus, with "
    "which a twinning agreement was signed in 1999.",
])
def test_no_signer_or_no_signing_gives_no_agreement(text):
    assert not signings(text)


def test_the_place_that_locates_a_firm_signs_nothing():
    text = ("MOGILEVLIFT\nAnnual report 2023\n\nPurchasing\n\nMotors for export lifts are "
            "supplied by Ziehl Motoren of Mannheim, Germany, with which a five-year "
            "framework contract was concluded in 2021.")
    assert not any("mannheim" in a or "mannheim" in b or b == "country:de" or a == "country:de"
                   for a, b in signings(text))
