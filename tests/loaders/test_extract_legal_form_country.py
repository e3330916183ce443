"""A firm's legal form bounds its country: "S.A." is Romania's, Moldova's and Greece's
as much as Spain's or Poland's; a demonym that opens the name, or a town after it with
a namesake abroad, yields to the form's countries; among several, a town of one of
them in the name picks it, then the paragraph, then the country the text is written
from. Negative cases: a hint the form allows is kept, a paragraph's market still
places the buyer it names. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


def supplier_ids(text: str) -> set[str]:
    return {a for a, _ in pairs(text, S)}


@pytest.mark.parametrize("text, firm", [
    # a form of many countries, none of which the old list had: the text's home
    ("CRAIOVA, 3 May 2024 - Moldova and Moldovan towns again led the fair.\n\n"
     "Morarul Oltean S.A. delivers flour to bakeries in Chisinau.",
     "company:ro:morarul-oltean"),
    ("IASI, 9 June 2024 - Moldova and Moldovan towns again led the fair.\n\n"
     "Carne Veche S.A. ships sausages to Ukraine.", "company:ro:carne-veche"),
    ("KAVALA, 9 June 2024 - Port news.\n\nLefka Marmara S.A. ships slabs to Egypt.",
     "company:gr:lefka-marmara"),
    # a town of one of the form's countries inside the name, wherever it stands, before
    # the paragraph's other country
    ("CRAIOVA, 3 May 2024 - Road plan.\n\nRomania and Moldova signed a road plan. "
     "Termoelectrica Orhei S.A. sells heat to Ungheni.", "company:md:termoelectrica-orhei"),
])
def test_the_form_includes_the_country(text, firm):
    assert firm in supplier_ids(text)


@pytest.mark.parametrize("text, firm", [
    # a demonym opening the name that is no country of the form
    ("KAVALA, 9 June 2024 - Port news.\n\nMacedonian Tobacco Growers S.A. ships leaf "
     "to Egypt.", "company:gr:macedonian-tobacco-growers"),
    # a town after the form whose bare name the gazetteer gives another country
    ("Trade news.\n\nCartiere Lazio S.p.A. of Sora ships paper to Tunisia.",
     "company:it:cartiere-lazio"),
])
def test_the_form_outranks_a_demonym_or_a_foreign_namesake(text, firm):
    assert firm in supplier_ids(text)


@pytest.mark.parametrize("text, firm", [
    # the description's country is one of the form's: kept
    ("Trade news.\n\nThe Swiss trader Alpenkorn Handels AG sells oats to Latvia.",
     "company:ch:alpenkorn-handels"),
    # the paragraph names the market before the firm: the buyer is there, not at home
    ("LISBON, 2 May 2024 - Annual results.\n\nSpain remains our largest market. "
     "Frutas Levante S.A. bought pears from Montijo Frutas Lda.",
     "company:pt:montijo-frutas"),
])
def test_a_hint_or_market_the_form_allows_is_kept(text, firm):
    assert firm in supplier_ids(text)
