"""Goods for a named facility in a town, supplied by an agent: "Parts for the X plant in
T are supplied by S": the facility's owner receives, not its town (``_FACILITY_IN`` in
``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Gearboxes for buses assembled at the Volgabus plant in Vladimir are supplied by "
     "Weichai Power.", ("company:xx:weichai", "company:xx:volgabus"),
     ("company:xx:weichai", "city:ru:vladimir")),
    ("Steel sheet for the Amkodor works at Dzerzhinsk has been supplied by Severstal since "
     "2019.", ("company:xx:severstal", "company:xx:amkodor"),
     ("company:xx:severstal", "city:by:dzerzhinsk")),
])
def test_the_facilitys_owner_receives(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # no named facility: the town receives
    ("Parts for plants in Vladimir are supplied by Weichai Power.",
     ("company:xx:weichai", "city:ru:vladimir")),
    # a "to" names the recipient
    ("Parts for the Volgabus plant are supplied to Vladimir by Weichai Power.",
     ("company:xx:weichai", "city:ru:vladimir")),
])
def test_otherwise_the_town_stays(text, expected):
    assert expected in supplies(text)
