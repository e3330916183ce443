"""Who places an order buys the goods, also as the agent of a participle ("an order
placed by X", "tenders issued by X") or of a buyer's noun ("purchases by X"): X is no
supplier (``supplies._ORDERED_FROM``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs, pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "buyer"), [
    ("Shipments of trolleybuses to Uzbekistan rose by a third last year, largely because "
     "of a big order placed by the Samarkand city administration.", "city:uz:samarkand"),
    ("Deliveries of road graders to Mongolia doubled in 2023 thanks to tenders issued by the "
     "Darkhan municipality.", "city:mn:darkhan"),
    ("Exports of elevators to Georgia grew by a quarter, mainly because of purchases by "
     "the Batumi city hall and two builders.", "city:ge:batumi"),
])
def test_the_orderer_supplies_nothing(text, buyer):
    assert not [p for p in pairs(text, S) if p[0] == buyer]


@pytest.mark.parametrize(("text", "pair"), [
    # the agent of a supply noun still supplies
    ("Exports of elevators by Mogilevlift to Georgia grew by a quarter in 2023.",
     ("company:xx:mogilevlift", "country:ge")),
])
def test_a_supplying_agent_stays(text, pair):
    assert pair in blind_pairs(text, S)
