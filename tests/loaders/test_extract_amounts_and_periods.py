"""A currency's code before an amount ("RSD 540 per kilogram", "MKD 90 million") and a
marketing or fiscal year's abbreviation before its year ("in MY 2022/23", "FY 2024")
name no party, on sentences written for these tests; the relations beside them stay."""

import pytest
from extract_candidates import named_pairs, party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text,token", [
    ("Purchase prices reached a record RSD 540 per kilogram. In spite of this, Valjevo"
     " Fruit bought, processed and sold 9,000 tonnes of frozen plums.", "rsd"),
    ("Revenue reached MKD 90 million. Then the cannery bought, processed and sold 2,000"
     " tonnes of peppers.", "mkd"),
    ("Despite the war, the Group exported 300,000 tonnes of sunflower oil in MY 2022/23.",
     "my"),
    ("The Group exported 120,000 tonnes of barley in FY 2024, most of it by rail.", "fy"),
])
def test_a_code_before_an_amount_or_a_year_is_no_party(text, token):
    assert not [p for p in party_ids(text) if p.rsplit(":", 1)[-1] == token]


@pytest.mark.parametrize("text,pair", [
    ("Revenue reached MKD 90 million. Bitola Dairy shipped 200 tonnes of cheese to Greece.",
     ("Bitola Dairy", "Greece")),
    ("Sales reached EUR 12 million in FY 2023. Zastava Trucks of Kraljevo sold 40 trucks"
     " to Kenya.", ("Zastava Trucks", "Kenya")),
    ("In MY 2023/24 Smederevo Grain shipped wheat to Egypt.", ("Smederevo Grain", "Egypt")),
])
def test_the_supply_beside_the_amount_stays(text, pair):
    assert pair in named_pairs(text, S)
