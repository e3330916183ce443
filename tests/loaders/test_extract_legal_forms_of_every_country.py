"""Legal forms of every country, drawn from the cleanco package's data: a firm named with
one closes its name with it, keeps it out of its id, and is placed in the form's country
("X EPE" of Greece, "Y ehf." of Iceland, "Z HB" of Sweden); the short forms that are
ordinary words turn no word into a firm. Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids

from relgraph.loaders.extract.legal_forms import closing_variants, form_countries
from relgraph.loaders.extract.names import legal_countries, strip_legal


@pytest.mark.parametrize("written, core", [
    ("Orlani Kafe EPE", "Orlani Kafe"), ("Hvitfjord ehf.", "Hvitfjord"),
    ("Lindqvist Bygg HB", "Lindqvist Bygg"), ("Sorvana Sagl", "Sorvana"),
    ("Veltrum s.r.o.", "Veltrum"), ("Tamarin SAOG", "Tamarin"),
])
def test_a_form_of_any_country_leaves_the_name(written, core):
    assert strip_legal(written) == core


@pytest.mark.parametrize("written, country", [
    ("Orlani Kafe EPE", "GR"), ("Hvitfjord ehf.", "IS"), ("Lindqvist Bygg HB", "SE"),
    ("Sorvana Sagl", "CH"), ("Tamarin SAOG", "OM"), ("Kelmar BVBA", "BE"),
    ("Tessun SAE", "EG"), ("Norbakk DA", "NO"),
])
def test_a_form_of_one_country_says_it(written, country):
    assert legal_countries(written) == (country,)


@pytest.mark.parametrize("written", [
    # (our own list's countries stand where it has them; a form of many countries
    # places nobody)
    "Benmor Ltd", "Benmor LLC", "Benmor Inc",
    # (before a name a short form is no form: "DA" opens no Norwegian firm)
    "DA Benmor", "HB Benmor",
])
def test_no_country_from_a_shared_or_leading_form(written):
    assert legal_countries(written) == ()


def test_our_own_countries_stand_before_the_data():
    assert legal_countries("Benmor AD") == ("RS", "BG", "MK")
    assert legal_countries("Benmor Kft") == ("HU",)


@pytest.mark.parametrize("text, firm", [
    ("Orlani Kafe EPE supplies coffee to Gomel.", "company:gr:orlani-kafe"),
    ("In 2022 Gomel signed a contract with Lindqvist Bygg HB.", "company:se:lindqvist-bygg"),
    ("Amkodor supplies loaders to Mogilev, Hvitfjord ehf. and Zenit.",
     "company:is:hvitfjord"),
    ("In 2022 Gomel signed a contract with Veltrum s.r.o. in Brno.", "company:cz:veltrum"),
    ("In 2021 Gomel signed a contract with Skarvik K/S.", "company:dk:skarvik"),
])
def test_a_firm_with_such_a_form_is_a_party_of_its_country(text, firm):
    assert firm in party_ids(text)


@pytest.mark.parametrize("text", [
    "Gomel signed an agreement with Zenit as the buyer of its buses.",
    "Gomel signed an agreement with Zenit da the buyer of its buses.",
    "Da planned, Gomel supplies buses to Zenit.",
    "As planned, Gomel supplies buses to Zenit.",
    "Pt planned, Gomel supplies buses to Zenit.",
])
def test_a_short_form_as_an_ordinary_word_makes_no_firm_abroad(text):
    ids = party_ids(text)
    assert "city:by:gomel" in ids
    assert not any(i.startswith("company:") and i.split(":")[1] not in ("xx", "by")
                   for i in ids)


@pytest.mark.parametrize("word", ["company", "limited", "private", "UK", "OK", "e.g.", "CO"])
def test_words_and_other_abbreviations_are_no_forms(word):
    assert word not in closing_variants()
    assert word.lower().rstrip(".") not in form_countries()


def test_forms_filed_under_another_country_are_left_out():
    assert "BR" not in form_countries()["ead"]
    assert "SG" not in form_countries().get("bhd", ())
