"""The members named after a group a supply verb takes as its own object ("supplies
several Tartu coffee houses, among them the B chain") receive the goods, as those of a
group after "to" do. Not the examples of goods a firm makes ("roasts several coffee
blends, including ..."). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "company:xx:kohvik-tallinn"
B = "company:xx:werner-kohvik"


@pytest.mark.parametrize("text", [
    "The Tallinn coffee roaster Kohvik Tallinn OÜ supplies several Tartu coffee houses, "
    "among them the Werner Kohvik OÜ chain.",
    "Kohvik Tallinn OÜ delivers pastries to nobody else but supplies hotels, including "
    "Werner Kohvik OÜ.",
])
def test_the_members_of_a_supplied_group_receive(text):
    assert (S, B) in blind_pairs(text)


def test_no_recipient_among_goods():
    text = "Kohvik Tallinn OÜ roasts several coffee blends, including the Werner Kohvik OÜ one."
    assert (S, B) not in blind_pairs(text)
