"""A town set off by commas right after a firm is where the firm sits, not another
recipient: "shipped resin to Neste Oy, Espoo, and ...", "Holz GmbH, Graz, remained its
largest customer" (``_seats_after_firms`` in ``loaders/extract/pipeline.py``). A list of places
after the firm stays a list of markets. Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "seat"), [
    ("Borealis shipped 12 tonnes of resin to Neste Oy, Espoo, and a further 3 tonnes to "
     "Tikkurila Oyj.", ("company:xx:borealis", "company:xx:neste"), "city:fi:espoo"),
    ("Ruukki sold 800 tonnes of steel to Ferrotek, Gdansk, and 300 tonnes to Stalprofil.",
     ("company:xx:ruukki", "company:xx:ferrotek"), "city:pl:gdansk"),
    ("Last year Milkona delivered cheese to Rimi Baltic SIA, Riga.",
     ("company:xx:milkona", "company:xx:rimi-baltic"), "city:lv:riga"),
])
def test_a_firms_seat_is_no_recipient(text, expected, seat):
    found = supplies(text)
    assert expected in found
    assert not any(b == seat for _, b in found)


@pytest.mark.parametrize(("text", "expected"), [
    # places listed after the firm are markets of their own
    ("Ruukki sells steel to Ferrotek Ltd, Riga, Tallinn and Vilnius.",
     ("company:xx:ruukki", "city:lv:riga")),
    ("Milkona ships butter to Maxima, Vilnius and Kaunas.",
     ("company:xx:milkona", "city:lt:kaunas")),
    # a town after a firm with no comma after it goes on with the sentence
    ("Milkona ships butter to Maxima and to Kaunas.", ("company:xx:milkona", "city:lt:kaunas")),
])
def test_places_listed_after_a_firm_stay(text, expected):
    assert expected in supplies(text)
