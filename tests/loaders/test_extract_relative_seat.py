"""A relative clause on a firm that a town seats ("X LLC in Ganja, to which MTZ delivered
kits"): the firm is what the pronoun stands for, not the town; an opening place ("In
Uzbekistan the holding ...") is no subject for the clause's "it". Every text
here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Azermash runs the assembly hall of Ganja Auto Plant LLC in Ganja, to which MTZ "
     "delivered 900 tractor kits in 2021.",
     ("company:xx:mtz", "company:xx:ganja-auto-plant")),
    ("The dealer network is led by the Kazakh firm Agromash LLP near Kostanay, to which "
     "Gomselmash shipped 85 combines last season.",
     ("company:xx:gomselmash", "company:xx:agromash")),
])
def test_the_seated_firm_receives(text, pair):
    pairs = blind_pairs(text, S)
    assert pair in pairs
    assert not [p for p in pairs if p[1].startswith("city:")]


@pytest.mark.parametrize(("text", "pair"), [
    # a place alone before the comma stays the recipient
    ("Gomselmash supplies the Bryansk Region, to which it has shipped 300 combines.",
     ("company:xx:gomselmash", "region:ru:bryansk")),
    # a firm's verb between the firm and the town: the town is the clause's antecedent
    ("Trade grew after Belshina opened a warehouse in Almaty, to which MAZ sent 40 trucks.",
     ("company:xx:maz", "city:kz:almaty")),
])
def test_a_place_antecedent_stays(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    "In Uzbekistan the holding operates via the plant of Agrotech LLC in Jizzakh, to "
    "which it shipped 250 kits.",
    "In Serbia the group sells through the dealer Putevi Trade LLC in Nis, to which it "
    "delivered 40 loaders.",
])
def test_an_opening_place_is_no_supplier(text):
    assert not [p for p in blind_pairs(text, S) if p[0].startswith("country:")]
