"""A signing whose own words say who supplies whom: a resale agreement ("a distribution
agreement with B", "a contract with a Danish importer, B") makes the partner the buyer
of the signer's goods; "a contract with B of Rotterdam to supply G" the signer the
supplier; a firm a town contracts that the joined clause names as the one delivering
(", which the Bulgarian firm began delivering") supplies the town. A "dealer agreement"
says not which of the two is the dealer, and a town that delivers nothing named is no
supplier. Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2023 Narvik Foods AS signed a distribution agreement with Dala Trading LLP of "
     "Almaty.", ("company:xx:narvik-foods", "company:xx:dala-trading")),
    ("Kolos Mill signed a contract with a Polish distributor, Ziarno Sp. z o.o., last year.",
     ("company:xx:kolos-mill", "company:xx:ziarno")),
    ("Tervola Dairy signed a contract with Nordkost GmbH, a German wholesaler.",
     ("company:xx:tervola-dairy", "company:xx:nordkost")),
    ("Baltmilk AS signed a three-year contract with Danfood A/S of Denmark to supply "
     "5,000 tonnes of butter a year.", ("company:xx:baltmilk", "company:xx:danfood")),
    ("In 2020 Plovdiv Municipality signed a supply contract with Termo Sofia AD for "
     "heating pipes, which the Bulgarian firm began delivering in 2021.",
     ("company:xx:termo-sofia", "city:bg:plovdiv")),
])
def test_the_signing_states_the_supply(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a dealer agreement: either side may be the dealer
    ("In 2004 Agromix d.o.o. concluded a dealer agreement with Gomselmash.",
     ("company:xx:agromix", "company:xx:gomselmash")),
    # a plain cooperation agreement moves no goods
    ("Kolos Mill signed a cooperation agreement with Ziarno Sp. z o.o. of Warsaw.",
     ("company:xx:kolos-mill", "company:xx:ziarno")),
    # the town delivers nothing: the pipes were delivered to it
    ("In 2020 Plovdiv Municipality signed a supply contract with Termo Sofia AD for "
     "heating pipes, which the Bulgarian firm began delivering in 2021.",
     ("city:bg:plovdiv", "company:xx:termo-sofia")),
])
def test_no_supply_the_words_do_not_state(text, wrong):
    assert wrong not in supplies(text)


@pytest.mark.parametrize("text", [
    "Varna Container Terminal took delivery this month of four cranes from Qingdao Hengli "
    "Machinery Co., Ltd., the winner of a tender held in 2022.",
    "Varna Container Terminal took delivery in March of four cranes from Qingdao Hengli "
    "Machinery Co., Ltd.",
])
def test_a_delivery_taken_with_its_time_first(text):
    assert ("company:xx:qingdao-hengli-machinery-co-ltd",
            "company:xx:varna-container-terminal") in supplies(text)
