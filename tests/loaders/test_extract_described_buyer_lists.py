"""A list of buyers whose later members carry their own description ("Wodtech Gdansk and
the Czech dealer Hydro Brno each bought 50 pumps"), after a sentence on the maker: every
member bought from the maker the paragraph is about, as a bare list's members do.
Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

S = "SUPPLIES_TO"
MAKER = "Halden Pumps AS, the Drammen maker of water pumps, sold 900 pumps abroad in 2024. "
HALDEN, WODTECH, HYDRO, AQUA = ("company:no:halden-pumps", "company:pl:wodtech-gdansk",
                                "company:cz:hydro-brno", "company:lv:riga-aqua")


def _with_maker(*buyers):
    return {frozenset((HALDEN, b)) for b in buyers}


@pytest.mark.parametrize("sentence, buyers", [
    ("Wodtech Gdansk and the Czech dealer Hydro Brno each bought about 50 pumps.",
     (WODTECH, HYDRO)),
    ("The Polish dealer Wodtech Gdansk and the Czech dealer Hydro Brno each bought "
     "about 50 pumps.", (WODTECH, HYDRO)),
    ("In May, Wodtech Gdansk, the Czech dealer Hydro Brno and the Latvian utility Riga "
     "Aqua SIA ordered 40 pumps.", (WODTECH, HYDRO, AQUA)),
])
def test_a_described_list_of_buyers_buys_from_the_maker(sentence, buyers):
    got = id_pair_set(MAKER + sentence, S)
    assert _with_maker(*buyers) <= got, got


@pytest.mark.parametrize("sentence", [
    # the list is no subject of the purchase: it stands in brackets inside another phrase
    "We keep our own stock (Wodtech Gdansk, the Czech dealer Hydro Brno and Riga Aqua "
    "SIA) and buy castings from local foundries.",
    # the list signs a deal whose words only mention markets
    "Wodtech Gdansk and the Czech dealer Hydro Brno signed the accord linking their "
    "retail markets in 2013.",
])
def test_no_purchase_from_the_maker_for_a_list_that_is_no_buyer(sentence):
    got = id_pair_set(MAKER + sentence, S)
    assert not got & _with_maker(WODTECH, HYDRO, AQUA), got
