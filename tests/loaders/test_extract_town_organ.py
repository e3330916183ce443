"""A town's organ written with no town ("the City Council", "City Hall", "the
Municipality") is the town the text speaks for, on its own page or in its mayor's
interview; elsewhere it is left as it was. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"

PAGE = ("Tartu City Government > Tartu and the world > Partner towns\n\n"
        "PARTNER TOWNS\n\nTartu has partners in eleven countries.\n\n")
MAYOR = ("\"Partners are people, not papers\"\n\n"
         "The mayor of Rezekne spoke to us about the town's partners abroad.\n\n"
         "- Which agreements did the town sign recently?\n\n")


@pytest.mark.parametrize("text, pair", [
    (PAGE + "By a decision of the City Council of 2 June 2008, a partnership agreement with "
     "Pskov was approved.", ("city:ee:tartu", "city:ru:pskov")),
    (MAYOR + "- In 2019 City Hall signed a cooperation agreement with Polotsk.",
     ("city:by:polotsk", "city:lv:rezekne")),
    (MAYOR + "- Last year the Municipality concluded a cooperation agreement with Siedlce.",
     ("city:lv:rezekne", "city:pl:siedlce")),
])
def test_a_bare_town_organ_is_the_town_spoken_for(text, pair):
    assert pair in {tuple(sorted(p)) for p in pairs(text, A)}


@pytest.mark.parametrize("text", [
    # a news item speaks for no town: the organ is no town
    "RIGA, 3 May 2025 - Regional news.\n\nIn 2019 City Hall signed a cooperation agreement "
    "with Polotsk.",
    # a region's page: its "City Council" is no region
    "Vitebsk Regional Executive Committee > Foreign relations\n\nPARTNERS\n\nThe region has "
    "partners in nine countries. In 2019 the City Council signed a cooperation agreement with "
    "Pskov.",
])
def test_no_town_spoken_for_no_town(text):
    got = {x for p in pairs(text, A) for x in p}
    assert not any(i.startswith("city:") and i != "city:by:polotsk" and i != "city:ru:pskov"
                   for i in got), got
