"""Party identity: each recognised party gets the kind, country and slug a reader
expects. A firm named after a well-known place is of that place's country even when
the text never names the country; a text's firms say where its other firms are; and
one firm keeps one id under its full name, its acronym or its short name. Every text
here was written for these tests."""

import pytest
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.parties import text_resolver


def _supplies(text):
    return _pairs(text, "SUPPLIES_TO")


# -- a place at the head of a firm's name ------------------------------------------
@pytest.mark.parametrize("text, supplier", [
    ("In 2019 Minsk Tractor Works (MTZ) delivered 300 tractors to the Kostanay region of "
     "Kazakhstan.", "company:by:mtz"),
    ("The Bobruisk Agricultural Machinery Plant shipped 40 balers to the Omsk region of "
     "Russia.", "company:by:bobruisk-agricultural-machinery-plant"),
    ("Last spring the Yaroslavl Motor Plant supplied engines to Kazakhstan.",
     "company:ru:yaroslavl-motor-plant"),
])
def test_a_firm_named_after_a_well_known_place_is_of_its_country(text, supplier):
    assert [s for s, _ in _supplies(text)] == [supplier]


@pytest.mark.parametrize("name", ["Victoria Group", "Progress Plant", "Mir Castle Complex",
                                  "Metsateho Oy"])
def test_a_common_word_or_small_namesake_at_the_head_of_a_name_places_nothing(name):
    d = Discourse(text_resolver(), "A text on Kazakhstan and its Kazakh farms.")
    assert d.head_place_country(name) is None


# -- the country of a text's firms --------------------------------------------------
@pytest.mark.parametrize("text, supplier", [
    ("In 2019 Minsk Tractor Works (MTZ) delivered 300 tractors to the Kostanay region of "
     "Kazakhstan, and the Bobruisk Agricultural Machinery Plant 40 balers. Gomselmash JSC "
     "supplies combines to Bashkortostan.", "company:by:gomselmash"),
    ("Our Pinsk plant and the Gomel Machine Works export loaders. Amkodor sold 40 graders "
     "to Kazakhstan last year.", "company:by:amkodor"),
    ("The Vitebsk Machine Tool Plant and the Grodno Azot Works ship to Latvia. Belkart "
     "delivered cardboard to Lithuania in May.", "company:by:belkart"),
])
def test_an_unplaced_firm_is_of_the_country_of_the_texts_firms(text, supplier):
    assert supplier in [s for s, _ in _supplies(text)]


def test_one_firm_named_after_a_town_does_not_place_the_others():
    text = ("The Gomel Machine Works ships to Kazakhstan. Kaspi sells phones in Almaty, and "
            "Rosneft delivered fuel to Kazakhstan.")
    assert Discourse(text_resolver(), text).firm_home() is None
