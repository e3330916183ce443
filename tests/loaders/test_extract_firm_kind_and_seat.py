"""Whether a name is a firm or a body, and where a firm with a legal form sits: a
company's legal form outranks an organisation's head or a description before it; a
body of several states named by its part of the world ("Nordic Investment Bank") is an
organisation of no country; a tourist board is a body; a town's bare "Local Council"
on its own page is the town; a town after a firm's legal form, or fronted before it, is
read in the form's countries; a bilingual dateline gives the text's home; an elided
article stays inside a name. Negative cases: a body without a legal form, a
commercial bank's short name, a fronted town of no country of the form. Every text
here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.discourse import home_country
from relgraph.loaders.extract.mentions import find_mentions

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, rel, pair", [
    # the legal form outranks the opening phrase's organisation noun
    ("Trade news.\n\nIn the medical cluster, Laboratorios Ebro S.L. ships syringes to "
     "Toulouse.", S, ("company:es:laboratorios-ebro", "city:fr:toulouse")),
    ("Trade news.\n\nThe Varna Port Authority AD (VPA) signed an agreement with the Port of "
     "Constanta.", A, ("company:bg:vpa", "org:ro:port-of-constanta")),
    # no legal form: the body stays a body
    ("Trade news.\n\nThe Varna Port Authority (VPA) signed an agreement with the Port of "
     "Constanta.", A, ("org:bg:vpa", "org:ro:port-of-constanta")),
    # bodies of several states, and a board
    ("Loans.\n\nGdynia signed a loan agreement with the Nordic Investment Bank.", A,
     ("city:pl:gdynia", "org:xx:nordic-investment-bank")),
    ("Loans.\n\nGdynia signed a loan agreement with the Asian Infrastructure Investment "
     "Bank.", A, ("city:pl:gdynia", "org:xx:asian-infrastructure-investment-bank")),
    ("Tourism.\n\nThe Zadar Tourist Board signed a memorandum with Graz.", A,
     ("org:hr:zadar-tourist-board", "city:at:graz")),
    # a commercial bank's short name is no body of several states
    ("Loans.\n\nAlmaty signed a loan agreement with Eurasian Bank.", A,
     ("city:kz:almaty", "company:xx:eurasian-bank")),
    # the town's own council
    ("Twin towns of Oradea\n\nOradea has eleven twin towns. In 2023 the Local Council "
     "signed a cooperation agreement with Debrecen.", A, ("city:ro:oradea", "city:hu:debrecen")),
])
def test_firm_or_body(text, rel, pair):
    assert pair in pairs(text, rel)


@pytest.mark.parametrize("text, firm", [
    # a town after the form that the gazetteer knows only in the form's country
    ("Food chains.\n\nConservas Cantabria S.A., based in Zumaia, sells tuna to a cannery in "
     "Bayonne.", "company:es:conservas-cantabria"),
    # a fronted town of one of the form's countries, after a paragraph on another
    ("Swiss ports buy much from the region. In Freiburg, Schwarzwald Technik GmbH ships "
     "pumps to Basel.", "company:de:schwarzwald-technik"),
    # a bilingual dateline's town is the text's home, which the form allows
    ("MERAN/MERANO, 3 May 2024 - Timber fair.\n\nThe fair opened in Innsbruck and Vienna. "
     "Rosso Legno S.r.l. supplies timber to Zillertal Holz GmbH.", "company:it:rosso-legno"),
])
def test_seat_within_the_form(text, firm):
    assert firm in {a for a, _ in pairs(text, S)}


def test_a_fronted_town_of_another_country_does_not_place_the_form():
    text = "Trade news. In Basel, Schwarzwald Technik GmbH ships pumps to Lyon."
    assert "company:ch:schwarzwald-technik" in {a for a, _ in pairs(text, S)}
    text = "Trade news. In Lyon, Schwarzwald Technik GmbH ships pumps to Milan."
    assert "company:fr:schwarzwald-technik" not in {a for a, _ in pairs(text, S)}


def test_a_bilingual_dateline():
    assert home_country("MERAN/MERANO, 3 May 2024 - Timber fair.", {"Merano": "IT"}.get) == "IT"


@pytest.mark.parametrize("text, name", [
    ("Fromagerie de l'Aubrac SARL sells cheese to Andorra.", "Fromagerie de l'Aubrac SARL"),
    ("Banca dell'Irpinia signed with Lecce.", "Banca dell'Irpinia"),
])
def test_an_elided_article_inside_a_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, pair", [
    # a region's own report: its bare "Government" is the region
    ("GOVERNMENT OF THE TOMSK REGION\nDepartment of Foreign Relations\n\nREPORT\non the "
     "foreign relations of the Tomsk Region in 2023\n\nIn 2024 the Government intends to "
     "sign an agreement with the Pavlodar Region.", ("region:ru:tomsk", "region:kz:pavlodar")),
    # a town's page means the state by it, a news item nobody it speaks for
    ("Twin towns of Oradea\n\nOradea has many partners. In 2023 the Government signed an "
     "agreement with Hungary.", ("org:ro:government", "country:hu")),
    ("News.\n\nIn 2024 the Government signed an agreement with the Pavlodar Region.",
     ("org:xx:government", "region:kz:pavlodar")),
])
def test_a_regions_bare_government(text, pair):
    assert pair in pairs(text, A)
