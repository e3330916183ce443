"""A relative clause whose pronoun is the recipient of a supply ("..., to which it ships
...") in a sentence that opens with a short phrase of its own ("In barley, ...", "Since
2021, ..."): the pronoun subject "it" is still the firm the main clause opens with. On
short texts written for these tests."""

import pytest
from extract_candidates import pairs

SUPPLY = "SUPPLIES_TO"


@pytest.mark.parametrize("text,want", [
    ("In barley, the Canadian grain firm Belmont Grain Ltd. signed a contract with the "
     "Korean miller Hanil Flour Co., Ltd., to which it now ships malting barley.",
     ("company:ca:belmont-grain", "company:kr:hanil-flour-co-ltd")),
    ("Since 2021, the Korean miller Hanil Flour Co., Ltd. has had a contract with the "
     "Canadian grain firm Belmont Grain Ltd., to which it sells bran.",
     ("company:kr:hanil-flour-co-ltd", "company:ca:belmont-grain")),
    ("Meanwhile, the Canadian grain firm Belmont Grain Ltd. agreed a deal with the Korean "
     "miller Hanil Flour Co., Ltd., to which it delivers oats every month.",
     ("company:ca:belmont-grain", "company:kr:hanil-flour-co-ltd")),
    # (two clauses before the firm: no short opener, but the contract's own clause still
    # says who ships to whom)
    ("In barley, where prices fell, and in oats, the Canadian grain firm Belmont Grain Ltd. "
     "signed a contract with the Korean miller Hanil Flour Co., Ltd., to which it ships oats.",
     ("company:ca:belmont-grain", "company:kr:hanil-flour-co-ltd")),
])
def test_the_opening_phrase_leaves_the_subject_to_the_pronoun(text, want):
    assert want in pairs(text, SUPPLY)


@pytest.mark.parametrize("text", [
    # the relative clause's own subject is named: no pronoun stands for the opener
    "In barley, the Canadian grain firm Belmont Grain Ltd. signed a contract with the "
    "Korean miller Hanil Flour Co., Ltd., to which the Danish firm Nordkorn A/S ships oats.",
])
def test_no_opener_subject_when_the_clause_has_its_own(text):
    assert ("company:ca:belmont-grain", "company:kr:hanil-flour-co-ltd") not in pairs(
        text, SUPPLY)
