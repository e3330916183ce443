"""The subject of a passive verb of supply is the goods: a word capitalised only by the
sentence's start ("Phenol-formaldehyde resin is supplied by X") or goods described by
how they were got ("Peat cut near A is shipped to B") is no party (``_goods_named`` in
``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "goods"), [
    ("Urea-formaldehyde glue for the boards is supplied by Kiilto Oy from its plant in Lempäälä.",
     "company:xx:urea-formaldehyde"),
    ("Cross-laminated timber is delivered by Södra Wood to the Vilnius site.",
     "company:xx:cross-laminated"),
    ("Birchwood felled in the Vologda region is delivered to the Svetogorsk mill.",
     "company:xx:birchwood"),
    ("Hardwood harvested near Kostroma is shipped to the Mozyr plywood plant.",
     "company:xx:hardwood"),
])
def test_the_goods_are_no_party(text, goods):
    assert not any(goods in pair for pair in supplies(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a firm's goods: the firm supplies
    ("Belshina tyres are supplied to KAMAZ.", ("company:xx:belshina", "company:xx:kamaz")),
    # a town with a lower-case part of its name, and a firm whose parts are capitalised
    ("Rostov-on-Don is supplied with gas by Gazprom.",
     ("company:xx:gazprom", "city:ru:rostov-on-don")),
    ("Rolls-Royce engines are shipped to Airbus.", ("company:xx:rolls-royce", "company:xx:airbus")),
])
def test_names_stay(text, expected):
    assert expected in supplies(text)
