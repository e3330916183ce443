"""Polytechnic schools and police forces are bodies, not the relation type's default
firm: an English name ending in "Polytechnic", a Romance or Polish one opening with
"Politecnico", "Politécnico", "Politechnika" (or the French "Polytechnique"), and a
police force, a gendarmerie or the carabinieri. A legal form still makes a company.
Texts written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.firms import name_kind

A = "SIGNED_AGREEMENT"


def _kinds(text):
    return sorted(i.split(":")[0] for pair in pairs(text, A) for i in pair)


@pytest.mark.parametrize("name", [
    "Politecnico di Valsesia",
    "Politécnico de Montaluz",
    "Politechnika Brzozowska",
    "Harrowgate Polytechnic",
    "the Valdorian Carabinieri",
    "the Montaluz Police",
    "the National Gendarmerie",
])
def test_a_polytechnic_or_police_force_is_an_organisation(name):
    assert name_kind(name) == "Organization"


@pytest.mark.parametrize("name", [
    "Politecnico di Valsesia",
    "Harrowgate Polytechnic",
])
def test_a_firm_signing_with_a_polytechnic_pairs_a_company_and_a_body(name):
    text = f"Brantwell Looms Ltd signed a research agreement with {name} in 2023."
    assert _kinds(text) == ["company", "org"], pairs(text, A)


@pytest.mark.parametrize("name", [
    "Politecnico Servizi S.p.A.",     # (a legal form makes a company)
    "Valsesia Looms",                 # (no body's head)
])
def test_a_legal_form_or_a_plain_firm_name_is_no_body(name):
    assert name_kind(name) != "Organization"
