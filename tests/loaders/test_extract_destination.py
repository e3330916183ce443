"""A ranked destination of goods is their market, on sentences written for these tests:
"China is the main destination of Kazakh copper", "Russia remains the largest
destination for Belarusian dairy products"; people, money and visits that go somewhere
are no goods."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text,want", [
    ("China is the main destination of Kazakh copper.", ("country:kz", "country:cn")),
    ("Russia remains the largest destination for Belarusian dairy products.",
     ("country:by", "country:ru")),
    ("In 2023 Turkey was the main export destination of Uzbek cotton yarn.",
     ("country:uz", "country:tr")),
])
def test_a_ranked_destination_of_goods_receives_them(text, want):
    assert want in pairs(text, S)


@pytest.mark.parametrize("text", [
    "Antalya is the main destination of Russian tourists.",
    "Turkey is the main destination for Uzbek migrant workers.",
    "Minsk is a popular destination for Chinese investors.",
])
def test_people_and_money_are_no_goods(text):
    assert pairs(text, S) == []
