"""A place named inside an event's name ("during the Forum of Regions of Russia and
Belarus") is the event's, no party of what is signed there, whatever rule paired it
(``patterns.in_event_name``, ``pipeline._not_in_event_names``). Every text here was
written for these tests."""

import pytest
from extract_candidates import blind_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "event_place"), [
    ("The Tver Region has had ties with the Gomel Region since 2001. In May 2022, during "
     "the IX Forum of Regions of Russia and Belarus, a road map for 2022-2025 with the "
     "Gomel Regional Executive Committee was signed.", "country:by"),
    ("Omsk and Pavlodar have worked together for years. In 2019, at the Forum of Regions "
     "of Russia and Kazakhstan, a plan of joint events with the Pavlodar akimat was "
     "signed.", "country:kz"),
    ("Lublin has long courted Lutsk. In 2018, at the Congress of Municipalities of Poland "
     "and Ukraine, a cooperation plan with the Lutsk city council was signed.",
     "country:pl"),
])
def test_a_place_in_an_event_name_signs_nothing(text, event_place):
    assert not [p for p in blind_pairs(text, A) if event_place in p]


@pytest.mark.parametrize(("text", "pair"), [
    ("At the Forum of Regions in Omsk, Omsk and Pavlodar signed a plan of joint events.",
     ("region:ru:omsk", "region:kz:pavlodar")),
    ("At the Festival of Danube Towns, Kozloduy and Brăila signed a memorandum on a ferry.",
     ("city:bg:kozloduy", "city:ro:braila")),
    ("During the Days of Bashkortostan in Minsk, Bashkortostan and the Minsk Region "
     "concluded a protocol on schools.", ("region:ru:bashkortostan", "region:by:minsk")),
])
def test_parties_beside_an_event_stay(text, pair):
    assert pair in blind_pairs(text, A)
