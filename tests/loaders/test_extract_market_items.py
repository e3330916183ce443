"""A list of markets, each item opening with the market and a colon and then what went
there and to whom ("- Poland: 300,000 tonnes of urea, shipped to A and to farms in B;"):
the supplier the paragraph spoke of supplies the market and each party named after
"delivered/sold/shipped ... to" (``_market_items`` in ``loaders/extract/frames.py``). A
place in brackets after a recipient locates it and supplies nothing (the "origin" reading
of ``supplies.directions``). Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies

_TYRES = ("Belshina sold tyres to many countries in 2023. Its export markets were:\n"
          "- Russia: 1.2 million tyres, delivered mainly to Kamaz and to dealers in Kazan;\n"
          "- Uzbekistan: 80,000 tyres, sold to UzAuto Motors under a framework contract;\n"
          "- Mongolia: small lots of tractor tyres.\n")
_UREA = ("Grodno Azot exported fertilisers to several countries last year. The main "
         "destinations were as follows:\n"
         "• Poland: 300,000 tonnes of urea, shipped to Grupa Azoty and to farms in Podlaskie;\n"
         "• Lithuania: 45,000 tonnes of ammonia, sold mostly to Achema (Jonava);\n"
         "• Latvia: 20,000 tonnes.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_TYRES, [("company:xx:belshina", "country:ru"), ("company:xx:belshina", "company:xx:kamaz"),
              ("company:xx:belshina", "city:ru:kazan"), ("company:xx:belshina", "country:uz"),
              ("company:xx:belshina", "company:xx:uzauto-motors"),
              ("company:xx:belshina", "country:mn")]),
    (_UREA, [("company:xx:grodno-azot", "country:pl"),
             ("company:xx:grodno-azot", "company:xx:grupa-azoty"),
             ("company:xx:grodno-azot", "region:pl:podlaskie"),
             ("company:xx:grodno-azot", "country:lt"),
             ("company:xx:grodno-azot", "company:xx:achema"),
             ("company:xx:grodno-azot", "country:lv")]),
])
def test_each_market_and_its_buyers(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "wrong"), [
    (_UREA, ("city:lt:jonava", "company:xx:achema")),
    (_UREA, ("city:lt:jonava", "country:lv")),
    ("Last year 40 tractors were sold to Agrotek (Panevezys).",
     ("city:lt:panevezys", "company:xx:agrotek")),
])
def test_a_place_in_brackets_after_a_buyer_supplies_nothing(text, wrong):
    assert wrong not in supplies(text)


@pytest.mark.parametrize("text", [
    # no supply in the paragraph: items of signings or of plants are no markets
    "Gomel signed many documents in 2022. The signings by country:\n"
    "- Poland: 12 documents, signed with Lublin and Rzeszow;\n- Germany: 3 documents.\n",
    "MAZ is a large employer. Its plants by region:\n- Minsk Region: 2 plants, 8,000 "
    "workers;\n- Mogilev Region: 1 plant.\n",
])
def test_items_of_no_market(text):
    assert not supplies(text)
