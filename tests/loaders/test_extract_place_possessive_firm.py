"""A place's possessive and a description before a name ("from Poltava's farming holding
X", "to Linz's steel maker X"): the preposition governs the name; the place only
locates it (``_PLACE_OWNS_DESCRIBED`` and ``_DESCRIBED_BY_PLACE`` in
``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("The Brno firm Agrotrade buys maize and soy from Poltava's farming holding Zlata Niva.",
     ("company:xx:zlata-niva", "company:xx:agrotrade"),
     ("city:ua:poltava", "company:xx:agrotrade")),
    ("Polmlek imports milk powder from Kharkiv's dairy group Molokiya.",
     ("company:xx:molokiya", "company:xx:polmlek"), ("city:ua:kharkiv", "company:xx:polmlek")),
    ("Volgabus sold 40 buses to Riga's city bus company Rigas Satiksme in 2021.",
     ("company:xx:volgabus", "company:xx:rigas-satiksme"), ("company:xx:volgabus", "city:lv:riga")),
])
def test_the_name_after_a_places_description_is_the_party(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # no party named after the description: the place receives
    ("Vinex has supplied wine to Tartu's annual Hansa festival since 2012.",
     ("company:xx:vinex", "city:ee:tartu")),
    ("Agrotrade buys maize from Poltava's farms.", ("city:ua:poltava", "company:xx:agrotrade")),
    # a firm's facility at a place: the firm receives
    ("Fosfor delivered phosphates to Kiilto's adhesive plants in Finland.",
     ("company:xx:fosfor", "company:xx:kiilto")),
])
def test_without_a_name_after_it_the_possessive_stays(text, expected):
    assert expected in supplies(text)
