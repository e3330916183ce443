""""The combine" after a mining or metallurgical combine named before it in the
sentence is that firm; with no such firm named, "the combine" is a harvester and names
no party (``mentions._other_references``, ``mentions._combine_named``)."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def supplies(text):
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text) if r["type"] == S}


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("The Almalyk Mining and Metallurgical Combine ships copper cathodes to buyers in "
     "Shanghai; the combine gets its quarry haulers from BelAZ.",
     ("company:by:belaz", "company:uz:almalyk-mmc"), ("company:by:belaz", "city:cn:shanghai")),
    ("The Zhezkazgan Copper Combine ships cathodes to Urumqi, and the combine also sells "
     "sulphuric acid to Kazphosphate.",
     ("company:kz:zhezkazgan-copper-combine", "company:kz:kazphosphate"), None),
])
def test_the_combine_is_the_combine_named_before(text, expected, wrong):
    got = supplies(text)
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize("text", [
    "Gomselmash delivered forty harvesters to farms of the Orenburg Region in 2023. After "
    "the harvest the combine was sent back to Gomel for repairs.",
    "Rostselmash sold a new harvester to a farm near Kostanay, and the combine was later "
    "leased to the Akmola Region.",
])
def test_a_harvester_is_no_party(text):
    assert not any("combine" in (r["source"]["name"] + r["target"]["name"]).lower()
                   for r in candidates(text))
