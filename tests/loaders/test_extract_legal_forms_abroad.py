"""Legal forms of more countries are no part of a firm's name and place the firm:
Hungarian Zrt. and Nyrt., Bulgarian EAD, EOOD and OOD, Estonian OÜ,
Czech and Slovak a.s. and Croatian d.d. written in lower case. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "firm"), [
    ("Vitovt Electro sold trams to Kerekes Zrt. in May.", "company:hu:kerekes"),
    ("Vitovt Electro sold trams to Kerekes Nyrt.", "company:hu:kerekes"),
    ("Vitovt Electro ships cables to Zlatna Niva EAD every year.", "company:bg:zlatna-niva"),
    ("Vitovt Electro ships cables to Zlatna Niva OOD.", "company:bg:zlatna-niva"),
    ("Vitovt Electro sold pumps to Puidukoda OÜ.", "company:ee:puidukoda"),
    ("Vitovt Electro sold pumps to Morava Stroj a.s., a Moravian builder.",
     "company:cz:morava-stroj"),
    ("Vitovt Electro sold pumps to Jadran Brodogradnja d.d. in Split.",
     "company:hr:jadran-brodogradnja"),
])
def test_the_legal_form_places_the_firm(text, firm):
    assert firm in {b for _a, b in pairs(text, S)}


@pytest.mark.parametrize("text", [
    # the letters as a word of their own are no legal form of the firm before them
    "Vitovt Electro sold pumps to Morava Stroj as the tender required.",
])
def test_no_form_without_its_spelling(text):
    assert "company:cz:morava-stroj" not in {b for _a, b in pairs(text, S)}
