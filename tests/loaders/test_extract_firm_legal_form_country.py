"""A firm's legal form as evidence of its country: the German limited partnership's
compound form ("X GmbH & Co. KG") is one name, so the town after it seats the firm;
AG and KGaA say German-speaking countries; and among a form's several countries the one
the paragraph named before the firm wins over the one the document names most. Every
text here was written for these tests."""

import pytest

from tests.extract_candidates import pairs, party_ids


@pytest.mark.parametrize("text, supplier", [
    ("Brauhaus Keller GmbH & Co. KG of Bamberg supplied malt to the Czech brewery "
     "Pivovar Hradek.", "company:de:brauhaus-keller"),
    ("Nordsee Fisch GmbH & Co. KG in Cuxhaven delivered herring to Lidzbark Foods.",
     "company:de:nordsee-fisch"),
    ("Last year Rheinchemie AG & Co. KGaA shipped resins to Slovakia.",
     "company:de:rheinchemie"),
])
def test_a_partnerships_compound_form_is_part_of_its_name(text, supplier):
    found = pairs(text, "SUPPLIES_TO")
    assert supplier in {s for s, _t in found}
    assert not any(s.endswith(":co") for s, _t in found)


def test_ag_is_a_form_of_the_german_speaking_countries():
    text = ("Trade with Austria grew in 2024. Alpenmilch AG bought 300 tonnes of whey "
            "from Mlekara Subotica.")
    assert "company:at:alpenmilch" in party_ids(text)


def test_a_name_ending_in_and_company_alone_keeps_its_words():
    # "& Co." without a partnership's form after it is left as it was
    text = "Hartmann & Co. delivered valves to Kaunas Energija in 2023."
    assert not any(pid.endswith(":co") for pid in party_ids(text))


@pytest.mark.parametrize("text, firm", [
    # a market's paragraph places the buyer it names, though the document names
    # another of the form's countries more
    ("Switzerland took most of the cheese. Swiss retailers and Swiss hotels bought the "
     "rest, and Switzerland remains the first market.\n\nGermany is the second market. "
     "Kaeserei Nord AG bought 200 tonnes from Mlekara Subotica.", "company:de:kaeserei-nord"),
    ("Austria is the first market for our juice. Austrian chains list three of our "
     "brands.\n\nSales in Switzerland grew too. Obsthof Berner AG bought 400 tonnes of "
     "concentrate from Sokovi Srem.", "company:ch:obsthof-berner"),
    # a supplier's paragraph in a report that names its markets more
    ("Austria and Switzerland are our markets. Austrian and Swiss buyers take most of the "
     "output.\n\nGermany supplies most of our equipment. Technik Sued GmbH delivered "
     "presses to Mlekara Subotica in May.", "company:de:technik-sued"),
])
def test_the_paragraphs_country_picks_among_a_forms_countries(text, firm):
    assert firm in party_ids(text)


def test_where_the_goods_go_does_not_pick_the_suppliers_country():
    # the country after the firm, its goods' destination, is not counted for it
    text = ("Germany is our biggest market, and German dealers sell most of our boats. "
            "Germany also hosts our service centre.\n\nTechnik Sued GmbH delivered presses "
            "to Switzerland in May, and Swiss dealers resold them.")
    assert ("company:de:technik-sued", "country:ch") in pairs(text, "SUPPLIES_TO")
