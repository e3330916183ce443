"""Bare "the company" ("the firm", "the plant") in a firm's own report or release means
the firm whose title or letterhead the text bears, not the buyer or partner it named
last; a firm the sentence or the one before has just introduced with that noun as its
subject points elsewhere."""

import pytest
from extract_candidates import blind_pairs as pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "expected", "stray"), [
    ("KRONAS MILLING JSC\nANNUAL REPORT 2024\n2. Exports\nIn 2024 Kronas Milling exported "
     "flour to six countries. In Georgia the main buyer remained Puri Bakeries, which "
     "opened two new shops in Batumi. The company also ships bran to Armenia.",
     ("company:xx:kronas-milling", "country:am"), ("company:xx:puri-bakeries", "country:am")),
    ("NOVAPLAST\nPress release\n\nPINSK, 2 June 2025 - Novaplast has agreed a three-year "
     "supply deal with Tervo Oy. Tervo Oy will resell the pipes across Lapland. The firm "
     "will also deliver fittings to Latvia from July.",
     ("company:xx:novaplast", "country:lv"), ("company:xx:tervo", "country:lv")),
])
def test_the_company_in_a_firms_own_text_is_that_firm(text, expected, stray):
    found = pairs(text)
    assert expected in found
    assert stray not in found


@pytest.mark.parametrize(("text", "expected", "stray"), [
    # a firm just introduced as the subject with the same noun
    ("KRONAS MILLING JSC\nANNUAL REPORT 2024\n2. Exports\nKronas Milling sold flour in "
     "Armenia for the first time. Ararat Bread, a Yerevan baking company, opened its "
     "first mill in 2023. The company sells bread to Georgia as well.",
     ("company:xx:ararat-bread", "country:ge"), ("company:xx:kronas-milling", "country:ge")),
    ("NOVAPLAST\nPress release\n\nPINSK, 2 June 2025 - Novaplast has begun to sell pipes "
     "in Finland. Its new partner, Tervo Oy, is a Finnish trading firm based in Oulu. The "
     "firm resells building materials to Sweden.",
     ("company:xx:tervo", "country:se"), ("company:xx:novaplast", "country:se")),
])
def test_a_firm_just_introduced_or_qualified_is_another(text, expected, stray):
    found = pairs(text)
    assert expected in found
    assert stray not in found


def test_a_news_item_about_two_firms_keeps_the_firm_named_last():
    text = ("Gomselmash wins a dealer in Kazakhstan\nGOMEL, 5 May (BelTA) - Gomselmash has "
            "signed a dealership agreement with AgroTech of Kostanay. AgroTech will sell "
            "the combines in Akmola Region. The company also sells tractors to Russia.")
    found = pairs(text)
    assert ("company:xx:gomselmash", "country:ru") not in found
