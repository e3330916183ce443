"""Goods "from" or "of" a list of parties that go somewhere: each member supplies them
("Grain from Kostanay, Akmola and North Kazakhstan goes to mills in the Chelyabinsk
Region"). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, want", [
    ("Grain trade.\n\nGrain from the Kostanay Region, Akmola and North Kazakhstan goes to "
     "mills in the Chelyabinsk Region.",
     {("region:kz:kostanay", "region:ru:chelyabinsk"),
      ("region:kz:akmola", "region:ru:chelyabinsk"),
      ("region:kz:north-kazakhstan", "region:ru:chelyabinsk")}),
    ("Dairy trade.\n\nCheese from Savushkin Product, Milkavita and Babushkina Krynka goes "
     "to Kazakhstan.",
     {("company:by:savushkin-product", "country:kz"), ("company:by:milkavita", "country:kz"),
      ("company:by:babushkina-krynka", "country:kz")}),
])
def test_goods_of_a_list_go_from_each_member(text, want):
    assert set(pairs(text, "SUPPLIES_TO")) == want


@pytest.mark.parametrize("text", [
    # traffic and money are no goods
    "Transport news.\n\nTrains from Minsk, Gomel and Brest go to Moscow every day.",
    "Aid news.\n\nGrants from Sweden, Norway and Denmark went to Moldova in 2020.",
])
def test_no_goods_no_supply(text):
    assert pairs(text, "SUPPLIES_TO") == []


# -- buyers named with where they are ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Trade notes.\n\nGomselmash's customers in Vietnam are Agro Viet and Mekong Farm.",
     {("company:by:gomselmash", "company:vn:agro-viet"),
      ("company:by:gomselmash", "company:vn:mekong-farm")}),
    ("Trade notes.\n\nAmong Amkodor's buyers in Serbia are Agromehanika and Putevi Uzice.",
     {("company:by:amkodor", "company:rs:agromehanika"),
      ("company:by:amkodor", "company:rs:putevi-uzice")}),
])
def test_buyers_in_a_place_are_the_owners_buyers_there(text, want):
    assert set(pairs(text, "SUPPLIES_TO")) == want


@pytest.mark.parametrize("text", [
    # no party after the verb: nobody is named as a buyer
    "Trade notes.\n\nGomselmash's customers in Vietnam are mostly small farms.",
    # what the customers are, not who: no buyer named
    "Trade notes.\n\nGomselmash's customers in Vietnam are satisfied with the combines.",
])
def test_buyers_in_a_place_without_names_give_nothing(text):
    assert pairs(text, "SUPPLIES_TO") == []
