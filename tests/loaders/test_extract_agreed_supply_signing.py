""""A agreed with B to supply G", "A agreed with B on the supply of G": besides the
planned supply, the two came to an agreement, a signing between them
(``patterns.agreed_signings``); a supply with no agreement in its words gives no
signing. Sentences written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs


def _slugs(text):
    """Each signing's two parties by the last part of their ids (a firm's country is
    the party recogniser's business)."""
    return {frozenset(i.split(":")[-1] for i in p)
            for p in undirected_id_pairs(text, "SIGNED_AGREEMENT")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Qostanai Steel agreed with the Ural company Uraltherm on the supply of turbines for "
     "its mill.", {"qostanai-steel", "uraltherm"}),
    ("Kolos Mill agreed with the Latvian retail chain Maxima on deliveries of flour.",
     {"kolos-mill", "maxima"}),
    ("Kolos Mill agreed with Maxima to supply 3,000 tonnes of flour a year.",
     {"kolos-mill", "maxima"}),
])
def test_an_agreement_on_a_supply_is_a_signing(text, pair):
    assert frozenset(pair) in _slugs(text)


def test_a_supply_alone_is_no_signing():
    text = "Kolos Mill delivered 3,000 tonnes of flour to Maxima in 2023."
    assert undirected_id_pairs(text, "SIGNED_AGREEMENT") == []


@pytest.mark.parametrize("text", [
    "Kolos Mill has not agreed with Maxima on deliveries of flour.",
    "Kolos Mill has not yet agreed with Maxima to supply flour.",
])
def test_no_agreement_no_signing_nor_supply(text):
    assert _slugs(text) == set()
    assert undirected_id_pairs(text, "SUPPLIES_TO") == []
