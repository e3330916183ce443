"""Firms every reader knows the country of, named by a text that never says where they
are: the firm table places them, not the text's own country or the partner's
neighbour. A firm the table does not hold keeps the text's guess. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("supplier, firm_id", [
    ("Embraer", "company:br:embraer"),
    ("Panasonic", "company:jp:panasonic"),
    ("Liebherr", "company:ch:liebherr"),
    ("Fazer", "company:fi:fazer"),
    ("Lenovo", "company:cn:lenovo"),
])
def test_a_world_firm_keeps_its_own_country(supplier, firm_id):
    text = f"VITEBSK, 3 May 2024 - {supplier} supplies equipment to Vitebsk Dairy Plant."
    assert [a for a, _b in pairs(text, S)] == [firm_id], pairs(text, S)


def test_a_firm_the_table_lacks_keeps_the_texts_country():
    text = "VITEBSK, 3 May 2024 - Brantwell Tooling supplies equipment to Vitebsk Dairy Plant."
    assert [a.split(":")[1] for a, _b in pairs(text, S)] == ["by"], pairs(text, S)
