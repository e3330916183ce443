"""A firm's own seat outweighs the countries it buys from or sells to: its head office
("we are based in X", "our registered office in X") and its plants in two towns of one
country ("our two mills in X and Y, Z province") are enough to place the firm writing
its report there, while one plant alone, a branch's office or plants in two countries
are not. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.own_home import own_home

S = "SIGNED_AGREEMENT"
_TOWNS = {"Sfax": "TN", "Gabes": "TN", "Rzeszow": "PL", "Krosno": "PL", "Talca": "CL",
          "Lyon": "FR", "Grenoble": "FR", "Agadir": "MA", "Essaouira": "MA"}.get


@pytest.mark.parametrize(("text", "cc"), [
    # plants in two towns of one country, a province after them
    ("Italy bought most of our oil and Italy paid best. Our two pressing mills in Sfax "
     "and Gabes, Sfax province, ran all year.", "TN"),
    # a head office, a registered office, "based in": the firm's seat
    ("Germany and Germany again took our goods. Our head office in Rzeszow grew.", "PL"),
    ("Germany took most. The Company's registered office is in Krosno.", "PL"),
    ("Spain is our first market. We are based in Talca.", "CL"),
    # plural facilities in a list of towns
    ("Sales to Spain grew. Our processing facilities in Lyon and Grenoble ran.", "FR"),
    # the units and hatcheries a processor or grower works in, one vote each
    ("Norway sold us feed. Our rendering unit in Agadir and our hatcheries in Essaouira "
     "were busy.", "MA"),
    # a fruit packer's packing stations and packhouses
    ("France took most of our lemons. We packed them in our two stations in Agadir and "
     "Essaouira.", "MA"),
    ("Spain bought our grapes. Our packhouses in Sfax and Gabes ran all season.", "TN"),
])
def test_the_firms_own_seat_places_it(text, cc):
    assert own_home(text, _TOWNS) == cc


@pytest.mark.parametrize("text", [
    "Our plant in Sfax grew.",                                      # one plant alone
    "Spain is our first market. Our regional head office in Lyon opened.",  # a branch
    "Our plants in Sfax and Lyon ran all year.",                    # two countries
    "Our warehouse in Gabes is full.",                              # one site, one vote
    "Our stations in Sfax and Lyon ran all year.",                  # two countries
])
def test_a_single_plant_or_a_branch_does_not_place_it(text):
    assert own_home(text, _TOWNS) is None


_REPORT = (
    "Golden Meadow Dairy Joint Stock Company\n"
    "Annual Report 2024 - Section 3: Suppliers and Buyers\n"
    "\n"
    "In 2024 we processed 90,000 tonnes of milk at our two dairy plants in Rzeszow and "
    "Krosno.\n"
    "Lithuania remained our main source of cream. Lithuania supplied 40% of it, and "
    "Lithuania's farms grew.\n"
    "In March we signed a supply contract with Pienas Vilnius UAB, which delivers cream "
    "to us.\n")


def test_the_report_firm_is_of_its_plants_country_not_its_suppliers():
    ids = {i for pair in id_pair_set(_REPORT, S) for i in pair}
    assert any(i.startswith("company:pl:golden-meadow-dairy") for i in ids)
    assert not any(i.startswith("company:lt:golden-meadow") for i in ids)


def test_the_supplier_keeps_its_own_country():
    ids = {i for pair in id_pair_set(_REPORT, S) for i in pair}
    assert not any(i.startswith("company:pl:pienas") for i in ids)
