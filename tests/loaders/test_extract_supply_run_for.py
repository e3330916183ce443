"""A list under a supply caption whose items name a supplier, a dash, its goods and whom
they were for ("- A LLC - seats and headrests for B and for C;"): each item's supplier
supplies each party the goods were for (``_run_for`` and ``_SUPPLY_HEAD`` in
``loaders/extract/frames.py``). Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies

CLUSTER = """1.2. The engineering cluster of the oblast has twelve plants. In 2024 their products \
were delivered to the following customers:
- Tver Bearing Plant LLC (formerly SKF Tver) - bearings for Volgabus and for GAZ Group;
- Ural Seats LLC - seats and headrests for Volgabus;
- Donstal JSC - steel sheet for KAMAZ and for Volgabus.
"""

SHIPYARD = """Our deliveries in 2023:
- Baltic Cable OU - marine cable for BLRT Grupp and Western Shipyard;
- Rigas Krasa SIA - paint for BLRT Grupp.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (CLUSTER, {("company:xx:tver-bearing-plant", "company:xx:volgabus"),
               ("company:xx:tver-bearing-plant", "company:xx:gaz"),
               ("company:xx:ural-seats", "company:xx:volgabus"),
               ("company:xx:donstal", "company:xx:kamaz"),
               ("company:xx:donstal", "company:xx:volgabus")}),
    (SHIPYARD, {("company:xx:baltic-cable", "company:xx:blrt-grupp"),
                ("company:xx:baltic-cable", "company:xx:western-shipyard"),
                ("company:xx:rigas-krasa", "company:xx:blrt-grupp")}),
])
def test_each_item_supplies_whom_its_goods_were_for(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize("text", [
    # no supply caption: a list of what the plants make
    """The cluster's plants and their products:
- Ural Seats LLC - seats and headrests for buses;
- Donstal JSC - steel sheet for KAMAZ and for Volgabus.
""",
    """Plants of the park:
- Tver Bearing Plant LLC - bearings for GAZ Group;
- Ural Seats LLC - seats for Volgabus.
""",
])
def test_a_list_without_a_supply_caption_gives_nothing(text):
    assert not supplies(text)
