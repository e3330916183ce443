"""Supplies whose parties stand in another sentence: a firm and a place named together
as a subject, then a counted supply in the passive that names no side
(``pair_supply.py``)."""

import pytest
from extract_candidates import candidates, firm_blind

S = "SUPPLIES_TO"


def supplies(text):
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == S}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gomselmash and the Bryansk Region have a long history of cooperation. Last year "
     "300 combines were shipped.", ("company:xx:gomselmash", "region:ru:bryansk")),
    ("The Minsk Tractor Works and the Kostanay Region have run a joint assembly line "
     "since 2012. In 2024 a further 520 tractors were delivered.",
     ("company:xx:mtz", "region:kz:kostanay")),
    ("Amkodor and the Kazakh city of Pavlodar have cooperated since 2016. In 2025 "
     "another 35 road machines were supplied.", ("company:xx:amkodor", "city:kz:pavlodar")),
])
def test_the_firm_of_a_firm_and_place_subject_supplies_the_place(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # a place named first: raw goods may as well go from the place to the firm
    "The Kostanay Region and Ural Steel of Novotroitsk are linked by a railway. Last "
    "year 1.2 million tonnes of ore were shipped.",
    # two firms, two places: no direction
    "Amkodor and Belshina have worked together since 1998. Last year 30,000 tyres were "
    "delivered.",
    "The Gomel Region and the Bryansk Region hold a joint fair every spring. This year "
    "30 combines were sold.",
    # denied, planned, no count, a paragraph break
    "Gomselmash and the Bryansk Region held talks. No combines were delivered.",
    "Gomselmash and the Bryansk Region held talks. Next year 300 combines are to be "
    "shipped.",
    "Gomselmash and the Bryansk Region held talks. The documents were sent in May.",
    "Gomselmash and the Bryansk Region have a long history.\n\nLast year 300 combines "
    "were shipped.",
    # not the subject: the firm's visit to a place
    "A delegation of Gomselmash visited the Bryansk Region. Last year 300 combines were "
    "shipped.",
])
def test_no_firm_and_place_subject_no_supply(text):
    assert not supplies(text)


def test_a_sentence_that_names_its_own_side_keeps_it():
    text = ("Gomselmash and the Bryansk Region have a long history of cooperation. Last "
            "year 300 combines were shipped to Kazakhstan.")
    assert ("company:xx:gomselmash", "region:ru:bryansk") not in supplies(text)


# -- "the buyer", "the customer": the partner of the contract just signed --------------
@pytest.mark.parametrize(("text", "expected"), [
    ("MTZ signed a supply contract with Agromash in May. The buyer received the first "
     "120 tractors in June.", ("company:xx:mtz", "company:xx:agromash")),
    ("Amkodor signed a supply contract with the Tashkent firm Uzagromash in March 2025. "
     "The first 60 loaders were handed over to the customer in September.",
     ("company:xx:amkodor", "company:xx:uzagromash")),
    ("In May Gomselmash signed a dealer contract with Agrotechnika of Astana. The client "
     "took delivery of 45 combines in August.",
     ("company:xx:gomselmash", "company:xx:agrotechnika")),
])
def test_the_buyer_of_a_contract_just_signed_is_the_partner(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # the subject signed to buy: who sells is not said by the subject's place
    "Agromash signed a contract with MTZ to buy 100 tractors. The buyer received the "
    "first 20 in June.",
    # planned, denied, no goods taken, a paragraph break
    "MTZ signed a supply contract with Agromash in May. The buyer will receive 120 "
    "tractors next year.",
    "MTZ signed a supply contract with Agromash in May. The buyer did not receive any "
    "tractors.",
    "MTZ signed a supply contract with Agromash in May. The buyer praised the tractors.",
    "MTZ signed a supply contract with Agromash in May.\n\nThe buyer received the first "
    "120 tractors in June.",
    # no contract between firms before
    "The Gomel Region signed an agreement with the Bryansk Region in May. The buyer "
    "received the first 120 tractors in June.",
    # buyers in general, not the partner
    "MTZ signed a supply contract with Agromash in May. The buyers of its tractors "
    "received subsidies.",
])
def test_no_contract_partner_no_buyer_supply(text):
    assert not supplies(text)


# -- a leasing firm is a kind of firm, no supply ----------------------------------------
@pytest.mark.parametrize("text", [
    "Amkodor signed a supply contract with the Tashkent leasing firm Uzagroleasing in "
    "March 2025.",
    "MTZ signed a dealer contract with the Kazakh leasing company KazAgroFinance in May.",
])
def test_a_leasing_firm_is_no_lease(text):
    assert not supplies(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("KazAgroFinance leased 300 tractors from MTZ.",
     ("company:xx:mtz", "company:xx:kazagrofinance")),
    ("The Kazakh leasing company KazAgroFinance bought 300 tractors from MTZ.",
     ("company:xx:mtz", "company:xx:kazagrofinance")),
])
def test_a_lease_or_a_leasing_firm_buying_is_still_a_supply(text, expected):
    assert expected in supplies(text)


# -- counted goods that go somewhere: the supplier of the supply stated before ------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Gomselmash shipped 300 combines to Russia last year. In May another 40 combines went "
     "to Kenya.", ("company:xx:gomselmash", "country:ke")),
    ("Amkodor sold 120 loaders to Kazakhstan in 2024. The first 30 loaders went to the "
     "Pavlodar Region.", ("company:xx:amkodor", "region:kz:pavlodar")),
    ("MAZ delivered 200 buses to Russia in 2023. The first 50 buses left for Kazan in May.",
     ("company:xx:maz", "city:ru:kazan")),
])
def test_counted_goods_going_on_are_the_supplier_s(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # counted people, not goods
    "Gomselmash shipped 300 combines to Russia last year. In June 12 mechanics went to "
    "Kenya.",
    "Amkodor sold 120 loaders to Kazakhstan in 2024. In May 30 trainees went to the "
    "Pavlodar Region.",
    "MAZ delivered 200 buses to Russia in 2023. The first 50 technicians left for Kazan.",
    # a year, no count
    "MAZ delivered 200 buses to Russia in 2023. In 2024 the delegation went to Kazan.",
])
def test_counted_people_or_a_year_go_nowhere(text):
    assert all(r[1] != "country:ke" and r[1] != "region:kz:pavlodar" and r[1] != "city:ru:kazan"
               for r in supplies(text))


# -- goods delivered to a buyer that signed a contract with a firm just before ------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Kazan city government signed a contract with MAZ in 2018. In 2019 200 buses "
     "were delivered to Kazan.", ("company:xx:maz", "city:ru:kazan")),
    ("The Omsk Region signed a supply contract with Gomselmash in March. In the autumn 150 "
     "combines were delivered to the region.", ("company:xx:gomselmash", "region:ru:omsk")),
])
def test_goods_delivered_to_a_buyer_came_from_its_contract_partner(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "unexpected"), [
    # a paragraph break between the contract and the delivery
    ("The Kazan city government signed a contract with MAZ in 2018.\n\nIn 2019 200 buses "
     "were delivered to Kazan.", ("company:xx:maz", "city:ru:kazan")),
    # an agreement with a region, no firm's contract
    ("The Kazan city government signed a cooperation agreement with the Minsk Region in "
     "2018. In 2019 200 buses were delivered to Kazan.", ("region:by:minsk", "city:ru:kazan")),
    # delivered elsewhere: the partner is not said to be its supplier
    ("The Kazan city government signed a contract with MAZ in 2018. In 2019 200 buses "
     "were delivered to Ufa.", ("company:xx:maz", "city:ru:ufa")),
])
def test_no_contract_with_the_recipient_no_partner_supplier(text, unexpected):
    assert unexpected not in supplies(text)
