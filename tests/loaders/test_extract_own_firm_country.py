"""The firm a text speaks for (an annual report's or a review's letterhead, its "we",
"the Company") is of the country its own definition states, whatever market the text
names most, and a country it sells to is never its home. Every text here was written
for these tests."""

import pytest

from tests.extract_candidates import pairs, party_ids

_REVIEW = ("HANSA CABLE WORKS\nReview of the year 2023\n\nOur largest customer in 2023 was "
           "the German grid operator Nordnetz, which bought 900 km of cable. Hansa Cable "
           "Works (the \"Company\") is a cable maker based in Klaipeda, Lithuania. Germany "
           "and Poland took most of our exports; German utilities bought 70% of the cable, "
           "and the Company signed a framework contract with Nordnetz in May.")
_REPORT = ("ADRIA OLIVE MILLS\nAnnual report 2023\n\nItaly is our main market, and Italian "
           "bottlers took 80% of our oil. Adria Olive Mills is a Croatian olive oil "
           "producer. We delivered 400 tonnes of oil to Oleificio Sabino, and Italian "
           "retailers bought the rest.")


@pytest.mark.parametrize("text, own, partner, rel_type", [
    # "our largest customer" comes before the definition that places the firm
    (_REVIEW, "company:lt:hansa-cable-works", "company:de:nordnetz", "SUPPLIES_TO"),
    (_REVIEW, "company:lt:hansa-cable-works", "company:de:nordnetz", "SIGNED_AGREEMENT"),
    # the market is named first and most; "we" is the firm the report defines
    (_REPORT, "company:hr:adria-olive-mills", "country:it", "SUPPLIES_TO"),
])
def test_the_texts_own_firm_is_where_its_definition_says(text, own, partner, rel_type):
    found = {frozenset(p) for p in pairs(text, rel_type)}
    assert frozenset((own, partner)) in found


@pytest.mark.parametrize("text, wrong", [
    (_REVIEW, "company:de:hansa-cable-works"),
    (_REPORT, "company:it:adria-olive-mills"),
])
def test_the_market_named_most_does_not_place_the_texts_own_firm(text, wrong):
    assert wrong not in party_ids(text)


_EXPORTER = ("KARPATY FURNITURE PLANT\nAnnual report 2024\n\nGermany and Austria bought most "
             "of our chairs: the German retailer Moebel Haus and the Austrian chain Wohnwelt "
             "were our main buyers. We shipped 20,000 chairs to Moebel Haus.")


@pytest.mark.parametrize("wrong", [
    "company:de:karpaty-furniture-plant", "company:at:karpaty-furniture-plant"])
def test_a_market_of_the_texts_own_firm_is_never_its_home(wrong):
    # the report never places its own firm: its buyers' countries must not do it, nor
    # the "other side" of one buyer become the firm's home for the next
    assert wrong not in party_ids(_EXPORTER)


def test_the_texts_own_firm_still_sells_to_its_buyers():
    assert {t for _s, t in pairs(_EXPORTER, "SUPPLIES_TO")} >= {
        "company:de:moebel-haus", "company:at:wohnwelt"}
