"""An owner's facility named by a pronoun ("Its tea factory in P sends tea to ..."):
the firm "its" points at is the supplier; the town the facility stands in is no party
(``_pronoun_owner`` in ``loaders/extract/placement.py``)."""

import pytest
from extract_candidates import blind_pairs as supplies

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "expected", "seat"), [
    ("Savushkin Product is a large dairy group. Its cheese factory in Kamenets sends "
     "cheese to shops in Smolensk.", ("company:xx:savushkin-product", "city:ru:smolensk"),
     "city:by:kamenets"),
    ("Atlant makes fridges. Their assembly works in Baranovichi ship fridges to Moscow.",
     ("company:xx:atlant", "city:ru:moscow"), "city:by:baranovichi"),
])
def test_the_owner_supplies(text, expected, seat):
    found = supplies(text)
    assert expected in found
    assert not [p for p in found if seat in p]


@pytest.mark.parametrize("text", [
    # the owner is not recognised: nothing, rather than the town
    "Kernel is a Ukrainian oil producer. Its crushing plant at Poltava supplies oil to "
    "Azerbaijan.",
])
def test_the_seat_supplies_nothing(text):
    assert not [p for p in supplies(text) if p[0] == "city:ua:poltava"]


def test_an_unowned_facility_keeps_its_town():
    # no owner named: the texts' readers take the town for the supplier
    assert ("city:by:vitebsk", "city:lv:riga") in supplies(
        "A sawmill near Vitebsk ships timber to Riga.")
