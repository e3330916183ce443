"""A body named in its own language is an organisation, not the relation type's default
firm: the Romance languages put the head noun first ("Universidad ... de X", "Accademia
di ..."), the Germanic ones glue it to the end of a compound ("...hospitalet",
"Uniklinik ..."). A legal form still makes a company, and a firm's name with no such
head stays a company. Texts written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def _kinds(text):
    return sorted(i.split(":")[0] for pair in pairs(text, A) for i in pair)


@pytest.mark.parametrize("name", [
    "the Universidad Politécnica de Valdoria",
    "the Accademia di Musica di Serravalle",
    "the Université de Montclair",
    "the Comisión Estatal de Aguas de Valdoria",
    "Norrbyhospitalet",
    "the Uniklinik Hollenbach",
    "the Fundação Serra Verde",
    # (cross-border and metropolitan bodies)
    "the Euregio Tweeland-Ostmark",
    "the Hollenbach-Valdoria EGTC",
    "Montclair Métropole",
])
def test_a_body_named_in_its_own_language_is_an_organisation(name):
    text = f"Brantwell Logistics Ltd signed a cooperation agreement with {name} in 2023."
    assert _kinds(text) == ["company", "org"], pairs(text, A)


@pytest.mark.parametrize("name", [
    # (a legal form makes a company, whatever its head)
    "Instituto Químico Serrano S.A.",
    # (a firm's name with no body's head)
    "Supermercados Valdoria S.A.",
    "Transportes Serrano",
])
def test_a_firm_named_in_its_own_language_stays_a_company(name):
    text = f"Brantwell Logistics Ltd signed a supply contract with {name} in 2023."
    assert _kinds(text) == ["company", "company"], pairs(text, A)
