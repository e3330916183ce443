"""A group subject with its foremost member set off by "first of all" ("The Grodno meat
plants, first of all Grodno Meat Plant, exported sausages to Kaliningrad"): the member
is the subject, not a party governed by "of" (``_OF_ALL`` in
``loaders/extract/supplies.py``), so the group's town no longer supplies. Texts written
for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("The Grodno meat plants, first of all Grodno Meat Plant, exported sausages to "
     "Kaliningrad.", ("company:xx:grodno-meat-plant", "city:ru:kaliningrad"),
     ("city:by:grodno", "city:ru:kaliningrad")),
    ("The Vitebsk dairy plants, first of all the Polotsk Dairy Plant, sold butter to shops "
     "of Tver.", ("company:xx:polotsk-dairy-plant", "city:ru:tver"),
     ("city:by:vitebsk", "city:ru:tver")),
])
def test_the_foremost_member_supplies(text, pair, wrong):
    found = supplies(text)
    assert pair in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "pair"), [
    # an "of" that governs its party stays
    ("Deliveries of all MAZ trucks to Russia stopped in March.",
     ("company:xx:maz", "country:ru")),
    ("Most of all Russia buys potash from Belaruskali.", ("company:xx:belaruskali", "country:ru")),
])
def test_other_readings_stay(text, pair):
    assert pair in supplies(text)
