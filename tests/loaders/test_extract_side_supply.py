"""A supply whose one side is "the X side" of a pair related just before and whose
clause names no other party: the other member of that pair is the other side
(``side_supply.side_supplies``)."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def supplies(text):
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text) if r["type"] == S}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tomsk Region and the Pavlodar Region signed a cooperation agreement in 2019. "
     "In exchange for coal, the Tomsk side is to send timber and machinery.",
     ("region:ru:tomsk", "region:kz:pavlodar")),
    ("The Kaunas District signed an agreement with the Grodno Region in 2018. For its "
     "part, the Kaunas side will ship dairy equipment.",
     ("region:lt:kaunas", "region:by:grodno")),
    ("The Mogilev Region concluded a cooperation agreement with the Bryansk Region. The "
     "Mogilev side has also delivered tractors and buses.",
     ("region:by:mogilev", "region:ru:bryansk")),
    # a receiving verb: the other member supplies
    ("The Omsk Region and the North Kazakhstan Region signed a protocol in 2022. The Omsk "
     "side will import cattle and wool.", ("region:kz:north-kazakhstan", "region:ru:omsk")),
])
def test_the_side_supplies_the_other_member_of_the_pair(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # no supply verb after the side
    "The Vitebsk Region signed an agreement with the Pskov Region in 2015. The Pskov side "
    "will host a trade fair.",
    # the side is not of the pair related before
    "The Vitebsk Region signed an agreement with the Pskov Region in 2015. The Smolensk "
    "side will supply grain.",
    # the pair is too far back
    "The Tomsk Region and the Pavlodar Region signed a cooperation agreement in 2019. The "
    "talks lasted two days. A fair opened in the autumn. Prices rose. Roads were repaired. "
    "The Tomsk side will supply timber.",
])
def test_no_supply_without_a_pair_holding_the_side(text):
    assert not supplies(text)
