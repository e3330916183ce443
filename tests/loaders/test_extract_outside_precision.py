"""False candidates of the kinds texts by outside authors showed, by class, each with
differently worded examples and the true relation next to the trap. Every text here
was written for these tests."""

import pytest
from extract_candidates import pairs


# -- 1. "friendly relations" of whole regions: the agreement's subject, no twinning ------
@pytest.mark.parametrize("text, pair", [
    ("In 2016 the Grodno Region and Liaoning Province concluded an agreement on the "
     "development of friendly relations.", ("region:by:grodno", "region:cn:liaoning")),
    ("The Omsk Oblast signed an agreement on friendly ties with the Pavlodar Region in 2010.",
     ("region:ru:omsk", "region:kz:pavlodar")),
    ("A memorandum on friendship relations between the Mogilev Region and Shandong Province "
     "was signed in Jinan in 2014.", ("region:by:mogilev", "region:cn:shandong")),
])
def test_friendly_relations_of_regions_are_an_agreement(text, pair):
    assert pairs(text, "TWINNED_WITH") == []
    assert pair in pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, pair", [
    # between towns the same words are their twinning
    ("Lida and Alytus established friendly relations in 1997.",
     ("city:by:lida", "city:lt:alytus")),
    ("Friendly ties between the towns of Slonim and Ostroleka have lasted since 2001.",
     ("city:by:slonim", "city:pl:ostroleka")),
    ("Mozyr signed an agreement on friendly relations with Chernihiv in 2003.",
     ("city:by:mozyr", "city:ua:chernihiv")),
    # regions that say they are twins are
    ("The Grodno Region and the Podlaskie Voivodeship became sister regions in 1998.",
     ("region:by:grodno", "region:pl:podlaskie")),
])
def test_friendly_relations_of_towns_stay_a_twinning(text, pair):
    assert pair in pairs(text, "TWINNED_WITH")


# -- 2. a country after "in" or "to" is where the business is, no signer ------------------
@pytest.mark.parametrize("text", [
    "In Mongolia, a dealer agreement was concluded in March with Tavan Bogd Trading.",
    "Exports to Serbia doubled after a distribution contract was signed with Feniks Trade "
    "in May.",
    "A memorandum on service centres in Vietnam was signed with Thaco Auto.",
])
def test_a_country_located_signs_nothing(text):
    assert not any(a.startswith("country:") or b.startswith("country:")
                   for a, b in pairs(text, "SIGNED_AGREEMENT"))


@pytest.mark.parametrize("text, pair", [
    ("In Poland, Amkodor signed a dealer agreement with Intercars.",
     ("company:by:amkodor", "company:pl:intercars")),
    ("Kazakhstan concluded a contract with Amkodor in 2020.",
     ("country:kz", "company:by:amkodor")),
    ("Belarus and Kazakhstan signed an agreement on industrial cooperation in 2019.",
     ("country:by", "country:kz")),
])
def test_the_signers_beside_a_located_country_stay(text, pair):
    assert pair in pairs(text, "SIGNED_AGREEMENT")
