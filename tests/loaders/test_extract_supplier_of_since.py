""""A has been the principal diesel supplier of B since the 1980s": a preposition after
the name ends the noun phrase, B is whom A supplies; "supplier of Kamaz trucks" (a noun
after the name) names goods, no recipient (``_agent`` in ``loaders/extract/supplies.py``).
Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minsk Motor Plant has been the principal diesel supplier of Gomselmash since the "
     "1980s.", ("company:xx:mmz", "company:xx:gomselmash")),
    ("Belshina is the main tyre supplier of Kamaz in Russia.",
     ("company:xx:belshina", "company:xx:kamaz")),
])
def test_the_supplier_of_a_named_recipient(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    "Belshina is the main tyre supplier of Kamaz trucks.",
    "Naftan is the largest exporter of Belarus in the oil sector.",
])
def test_goods_or_a_home_after_of(text):
    assert supplies(text) == set()
