"""A contract "with B for the supply of G" signed by the buyer: the partner supplies when
it is a grower, a farm or a supplier by its name or description, when the goods are for
the signer's own plant or hospitals, or when the signer is a hospital. The signer
supplies its partner otherwise. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    # the partner grows or supplies by its name or its description
    ("Tirana Juice Company signed a contract with Korca Apple Growers Cooperative for the "
     "supply of cider apples.",
     ("company:xx:korca-apple-growers-cooperative", "company:xx:tirana-juice-company")),
    ("Sarda Mills signed a five-year contract with Vetta Farmers' Union for the delivery "
     "of durum wheat.",
     ("org:xx:vetta-farmers-union", "company:xx:sarda-mills")),
    ("Polara Logistics concluded a contract with the medical supplier Vireo Instruments "
     "for the supply of dressings.",
     ("company:xx:vireo-instruments", "company:xx:polara-logistics")),
    # the goods are for the signer's own plant
    ("Danubia Steel signed a contract with Ostrava Coke for the supply of coke for its "
     "blast furnace plant.",
     ("company:xx:ostrava-coke", "company:xx:danubia-steel")),
    # the signer is a hospital by its name
    ("Mercy Hospital Group signed a contract with Orlan Pharma for the supply of vaccines.",
     ("company:xx:orlan-pharma", "company:xx:mercy-hospital-group")),
])
def test_the_partner_supplies_a_buying_signer(text, pair):
    got = blind_pairs(text, S)
    assert pair in got and pair[::-1] not in got, got


@pytest.mark.parametrize(("text", "pair"), [
    # a plain partner buys from the signer
    ("Tirana Juice Company signed a contract with Korca Trade for the supply of juice.",
     ("company:xx:tirana-juice-company", "company:xx:korca-trade")),
    # a retail cooperative buys to resell
    ("Tirana Juice Company signed a contract with the retail cooperative Korca Coop for "
     "the supply of juice.",
     ("company:xx:tirana-juice-company", "company:xx:korca-coop")),
    # both sides are growers: no word tells them apart, the signer supplies
    ("Lushnje Farmers Cooperative signed a contract with Korca Farmers Cooperative for the "
     "supply of seed potatoes.",
     ("company:xx:lushnje-farmers-cooperative", "company:xx:korca-farmers-cooperative")),
])
def test_the_signer_supplies_otherwise(text, pair):
    got = blind_pairs(text, S)
    assert pair in got and pair[::-1] not in got, got
