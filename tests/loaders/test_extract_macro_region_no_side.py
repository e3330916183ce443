"""A part of a country that is no administrative unit ("the Urals", "Western Siberia",
"the Far East") is no side of a supply; the supply's other places stay
(``_no_macro_regions`` in ``loaders/extract/pipeline.py``). Sentences written for these
tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "kept", "vague"), [
    ("Bogatyr Komir sends its coal to utilities of the Urals and to the Omsk region.",
     "region:ru:omsk", ("region:ru:urals",)),
    ("Mogilevkhimvolokno ships polyester fibre to Western Siberia and to Kazakhstan.",
     "country:kz", ("region:ru:western-siberia",)),
    ("Kant Cement sells cement to builders in Siberia, the Far East and Mongolia.",
     "country:mn", ("region:ru:siberia", "region:ru:far-east")),
])
def test_a_macro_region_is_no_side(text, kept, vague):
    found = supplies(text)
    assert any(b == kept for _, b in found)
    assert not any(a in vague or b in vague for a, b in found)


@pytest.mark.parametrize(("text", "expected"), [
    # regions proper stay
    ("The Omsk region supplies grain to the Sverdlovsk region.",
     ("region:ru:omsk", "region:ru:sverdlovsk")),
    ("Belshina ships tyres to the Siberian Federal District.",
     ("company:xx:belshina", "region:xx:siberian-federal")),
])
def test_administrative_regions_stay(text, expected):
    assert expected in supplies(text)
