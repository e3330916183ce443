"""A firm or body the text defines, and the country it is given: a French or Portuguese
body's name joined by its plural particle ("Coopérative des Pêcheurs de X") read whole;
the town of a "the Santiago firm X" description read among the countries the paragraph
names before a bigger namesake elsewhere; a Dominican firm and a Haitian one placed by
their description and their legal form. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, pair", [
    ("Port news.\n\nLumière Marine SARL sells nets to the Coopérative des Pêcheurs de Mbour.",
     ("company:xx:lumiere-marine", "sn:cooperative-des-pecheurs-de-mbour")),
    ("Port news.\n\nIn 2021 the Lyon firm Farines Rhône S.A. began selling flour to the "
     "Coopérative des Pâtissiers du Sud in Thiès.",
     ("company:fr:farines-rhone", "sn:cooperative-des-patissiers-du-sud")),
    ("Farm news.\n\nSementes Sul Lda ships seed to the Associação dos Produtores de Tete.",
     ("company:pt:sementes-sul", "mz:associacao-dos-produtores-de-tete")),
])
def test_a_body_joined_by_a_plural_particle_is_read_whole(text, pair):
    # (a cooperative is read as a firm or a body: its name and country are what count)
    assert any(a == pair[0] and b.split(":", 1)[1] == pair[1] for a, b in pairs(text, S))


@pytest.mark.parametrize("text, firm", [
    # the paragraph is on the Dominican Republic: its Santiago, not Chile's
    ("Trade news.\n\nThe Dominican Republic ships flour to Haiti. Among the suppliers, "
     "the Santiago firm Harinas Cibao S.A. sells flour to Haiti.",
     "company:do:harinas-cibao"),
    # near-miss: a paragraph on Chile keeps Chile's Santiago, though Peru has one too
    ("Trade news.\n\nChile ships flour to Peru. Among the suppliers, the Santiago firm "
     "Harinas Maipo S.A. sells flour to Peru.", "company:cl:harinas-maipo"),
])
def test_a_described_town_is_read_among_the_paragraphs_countries(text, firm):
    assert any(a == firm for a, _ in pairs(text, S))


def test_a_dominican_firm_and_a_haitian_wholesaler():
    found = pairs("Trade news.\n\nIn 2020 a contract was signed under which the Dominican "
                  "firm Huevos Yaque S.R.L. was to deliver eggs to Négoce Artibonite S.A., a "
                  "distributor in Cap-Haïtien.", S)
    assert ("company:do:huevos-yaque", "company:ht:negoce-artibonite") in found


OWN_REPORT = "ATLAS ARGAN SARL - Annual report 2023\n\nPackaging is bought abroad. "


@pytest.mark.parametrize("text, firm", [
    (OWN_REPORT + "Tubes Précis S.A.S., near Lyon, supplies our caps and sprayers.",
     "company:fr:tubes-precis"),
    (OWN_REPORT + "Vidros Douro S.A., just outside Porto, supplies our bottles.",
     "company:pt:vidros-douro"),
])
def test_a_town_the_firm_is_near_places_it_before_the_writers_home(text, firm):
    assert any(a == firm for a, _ in pairs(text, S))


@pytest.mark.parametrize("body, slug", [
    ("the Fédération des Pêcheurs de Cayar", "federation-des-pecheurs-de-cayar"),
    ("the Mutuelle des Marins de Joal", "mutuelle-des-marins-de-joal"),
    ("the Groupement des Maraîchères de Kolda", "groupement-des-maraicheres-de-kolda"),
    ("the Unión de Pescadores de Iquique", "union-de-pescadores-de-iquique"),
    ("the Direction Générale des Pêches", "direction-generale-des-peches"),
])
def test_a_body_named_in_its_own_language_is_an_organisation(body, slug):
    found = pairs(f"Port news.\n\nLumière Marine SARL sells nets to {body}.", S)
    assert any(b.startswith("org:") and b.endswith(":" + slug) for _, b in found)


@pytest.mark.parametrize("firm", ["Fondo Pesca S.A.", "Union Marine SARL"])
def test_a_legal_form_keeps_a_firm_so_named_a_company(firm):
    found = pairs(f"Port news.\n\nLumière Marine SARL sells nets to {firm}.", S)
    assert found and all(b.startswith("company:") for _, b in found)
