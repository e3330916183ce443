"""Where a firm is, from its own phrase: a town after it too small for its bare name to
reach is looked for in the countries the text names ("X Co., Ltd. in <small town>"),
before a namesake abroad that a word of the firm's name matches; and a word of a body's
name that only a hamlet abroad bears as another name ("College of Art") places nothing.
Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, country", [
    # (Okhotsk is a Russian town's name; Esashi a small town of Hokkaido)
    ("Hokkaido is a prefecture of Japan. Okhotsk Seafoods Co., Ltd. in Esashi exports "
     "frozen crab to Canada.", "jp"),
    # (no town of the text's countries: the namesake abroad still names the firm)
    ("Hokkaido is a prefecture of Japan. Okhotsk Seafoods Co., Ltd. exports frozen crab "
     "to Canada.", "ru"),
])
def test_a_small_seat_town_of_the_texts_country_places_the_firm(text, country):
    assert [a.split(":")[1] for a, _b in pairs(text, S)] == [country], pairs(text, S)


def test_a_field_of_study_after_of_places_no_school():
    # ("Art" is only another name of a French hamlet)
    text = ("Lyon is a city in France. Tayside College of Art signed an exchange agreement "
            "with the Conservatoire de Lyon in 2021.")
    got = [a for a, _b in pairs(text, A)]
    assert got == ["org:xx:tayside-college-of-art"], pairs(text, A)
