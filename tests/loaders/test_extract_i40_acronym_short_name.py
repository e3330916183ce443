"""An acronym that opens a firm's longer name ("VAN Logistics Group", "KEM Transport
Holding") is that firm's short name later on, though the gazetteer knows a town under
the same letters (Van, Kem); a town written as a name stays the town, and a parent's
acronym before a subsidiary's place ("SOCAR Georgia Petroleum") stays the parent's.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, pair", [
    ("Components for the VAN Logistics Group terminal in Kazan come from Hebei Parts Co., "
     "Ltd. In May 2024 VAN and Hebei Parts signed a supply contract.",
     ("company:ru:van-logistics-group", "company:cn:hebei-parts-co-ltd")),
    ("Engines for the buses of the KEM Transport Holding plant in Minsk are made by Weichai "
     "Power. In 2023 KEM and Weichai Power concluded a contract on deliveries of engines.",
     ("company:by:kem-transport-holding", "company:cn:weichai")),
])
def test_an_acronym_opening_a_firms_name_is_the_firm(text, pair):
    assert pair in pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, pair", [
    ("Brest is twinned with Kem. Kem and Brest signed an agreement in 2012.",
     ("city:ru:kem", "city:by:brest")),
    ("SOCAR Georgia Petroleum is a subsidiary of SOCAR. SOCAR signed an agreement with "
     "Rustavi.", ("company:az:socar", "city:ge:rustavi")),
])
def test_towns_and_parents_keep_their_reading(text, pair):
    assert pair in pairs(text, "SIGNED_AGREEMENT")
