"""Where goods come from is no supplier when a passive names who moved them: "Sawlogs
from the A and B basins were shipped by Komi sawmills to C" (``pipeline._origin_not_agent``).
Without such an agent, or with a means of transport after "by", the origin stays the
supplier. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "origin"), [
    ("Sawlogs from the Vychegda and Luza basins were shipped by Komi sawmills to Swedish "
     "paper mills, most of them to the UPM mill at Pietarsaari.", "vychegda"),
    ("Coal from the Ekibastuz basin was delivered by Bogatyr Komir to power stations in "
     "Russia.", "ekibastuz"),
    ("Peat from the Vasyugan bogs is sold by local cooperatives to Dutch growers.",
     "vasyugan"),
])
def test_an_origin_with_an_agent_is_no_supplier(text, origin):
    assert not [p for p in blind_pairs(text, S) if origin in p[0]]


@pytest.mark.parametrize(("text", "pair"), [
    ("Coal from the Ekibastuz basin goes to Russia.", ("city:kz:ekibastuz", "country:ru")),
    ("Grain from Kostanay was shipped by rail to Tashkent.",
     ("city:kz:kostanay", "city:uz:tashkent")),
])
def test_an_origin_without_an_agent_stays(text, pair):
    assert pair in blind_pairs(text, S)
