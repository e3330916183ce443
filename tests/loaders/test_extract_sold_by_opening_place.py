"""A firm's goods sold by resellers, after a place that opens the sentence ("In Latvia
our cheese is sold by the supermarket chains A and B"): the possessive owns the goods,
not the place before it; and a short first sentence of the body with a finite verb is
no letterhead, so "our" stays the report's firm (``supplies._owned_goods``,
``discourse._BODY_SENTENCE``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"
HEAD = "VILKAS CREAMERY\nAnnual report 2024\n\n"


@pytest.mark.parametrize(("text", "sellers"), [
    (HEAD + "In Latvia our cheese is sold by the supermarket chains Elvi and Aibe.",
     {"company:xx:elvi", "company:xx:aibe"}),
    (HEAD + "In Estonia our butter is sold by the retail chains Prisma and Selver.",
     {"company:xx:prisma", "company:xx:selver"}),
    (HEAD + "Across Poland, our kefir is now sold by the hypermarket chains Auchan and Kaufland.",
     {"company:xx:auchan", "company:xx:kaufland"}),
])
def test_the_report_firm_supplies_the_sellers(text, sellers):
    found = blind_pairs(text, S)
    assert {("company:xx:vilkas-creamery", s) for s in sellers} <= found
    # the opening place supplies nothing, and the sellers do not supply each other
    assert not [p for p in found if p[0] != "company:xx:vilkas-creamery"]


@pytest.mark.parametrize(("text", "owner"), [
    # the goods' owner named before them keeps them, after an opening place too
    ("In Latvia, Dzintars cosmetics are sold by the chains Drogas and Euroaptieka.",
     "company:xx:dzintars"),
])
def test_a_named_owner_stays(text, owner):
    assert {a for a, _b in blind_pairs(text, S)} == {owner}
