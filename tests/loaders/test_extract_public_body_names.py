"""A public body known by its name alone, with no description around it: a head noun
the English lexicon lacks ("Body", "Grouping"), a bank states set up together, a
Germanic compound whose last part names an agency, a port's authority named in its
own language or with an article, a region's or a town's promotion brand; and the
country a firm's name states in a Romance language. Near-misses stay firms: an
investment bank of one owner, a word that only ends like an agency, a firm named
after a port town, a brand of goods before a place. Every name here was made up for
these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.firms import name_kind
from relgraph.loaders.extract.names import local_country


@pytest.mark.parametrize("name", [
    "Northern Waterways Body",
    "European Grouping of Alpine Cooperation",
    "Caspian Bank for Reconstruction and Development",
    "Nordic Green Investment Bank",
    "Black Sea Trade and Development Bank",
    "Vägverket",
    "Fiskeristyrelsen",
    "Livsmedelsmyndigheten",
    "Landesvermessungsamt",
    "Grand Port Maritime de Sète",
    "Entreprise Portuaire de Béjaïa",
    "Autoridad Portuaria de Vigo",
    "Portos do Ceará",
    "The Port of Tomakomai",
    "Trade and Investment Tasmania",
    "Tourism and Events Manitoba",
    "Invest in Styria",
    "Invest Galicia",
])
def test_a_public_body_by_its_name(name):
    assert name_kind(name) == "Organization"


@pytest.mark.parametrize("name, kind", [
    ("Renaissance Investment Bank", "Company"),      # one owner's investment bank
    ("Halden Development Bank ASA", "Company"),       # a legal form says a company
    ("Klamt", None),                                  # only ends like "Amt"
    ("Samt Textil", None),
    ("Portovesme Metals", None),                      # a port town's firm
    ("Tourism Holdings", "Company"),
    ("Velox Trade Solutions", None),
])
def test_a_firm_or_no_kind_by_its_name(name, kind):
    assert name_kind(name) == kind


@pytest.mark.parametrize("name, country", [
    ("Compagnie Sénégalaise de Transport", "SN"),
    ("Société Algérienne des Eaux", "DZ"),
    ("Compañía Peruana de Cemento", "PE"),
    ("Companhia Brasileira de Vidros", "BR"),
    ("Società Italiana Condotte", "IT"),
    ("Tunisie Câbles", "TN"),
])
def test_a_romance_name_states_the_country(name, country):
    assert local_country(name) == country


@pytest.mark.parametrize("name", ["Chili Foods", "Marco Polo Lines", "Latina Freight"])
def test_words_that_name_no_country(name):
    assert local_country(name) is None


@pytest.mark.parametrize("text, pair", [
    # the port authorities of two countries sign: bodies, not firms, each of the seat its
    # name ends with (not of a district its first words also name)
    ("ORAN, 5 June 2024 - Harbour news.\n\nThe Grand Port Maritime de Rouen and the Entreprise "
     "Portuaire de Béjaïa signed a memorandum on cargo data.",
     frozenset({"org:fr:grand-port-maritime-de-rouen", "org:dz:entreprise-portuaire-de-bejaia"})),
    # a firm whose name is French for its country is not of the dateline's country
    ("ORAN, 5 June 2024 - Harbour news.\n\nThe Compagnie Sénégalaise de Navigation signed a "
     "contract with Sonatrach.",
     frozenset({"company:sn:compagnie-senegalaise-de-navigation", "company:dz:sonatrach"})),
])
def test_bodies_and_firms_in_a_signing(text, pair):
    assert pair in {frozenset(p) for p in pairs(text, "SIGNED_AGREEMENT")}


@pytest.mark.parametrize("name", ["Eurasian Bank", "Asian Commercial Bank", "Nordic Savings Bank"])
def test_a_bank_named_by_its_part_of_the_world_alone_stays_a_firm(name):
    assert name_kind(name) == "Company"
