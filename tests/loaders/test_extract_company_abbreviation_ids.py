"""A firm's closing "Co." (its own word Company, shortened) and the "Co., Ltd." that
East Asian firms close their registered names with stay in its id, as the word
Company written out does: "Tamra Kelp Co., Ltd." is company:kr:tamra-kelp-co-ltd, also
where a later mention reaches it as a name the text defined. Every other legal form
still leaves the id ("Ltd" alone, "Pty Ltd", "GmbH & Co. KG", a partnership's "& Co.").
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.parties import company_tail, provisional_id

S = "SIGNED_AGREEMENT"
SUP = "SUPPLIES_TO"


@pytest.mark.parametrize(("name", "want"), [
    ("Tamra Kelp Co., Ltd.", "company:kr:tamra-kelp-co-ltd"),
    ("Tamra Kelp Co. Ltd", "company:kr:tamra-kelp-co-ltd"),
    ("Tamra Kelp Co.", "company:kr:tamra-kelp-co"),
    ("Tamra Kelp Company", "company:kr:tamra-kelp-company"),
    # near misses: other forms leave the id
    ("Tamra Kelp Ltd", "company:kr:tamra-kelp"),
    ("Tamra Kelp Pty Ltd", "company:kr:tamra-kelp"),
    ("Tamra Kelp GmbH & Co. KG", "company:kr:tamra-kelp"),
])
def test_the_id_keeps_co_and_co_ltd_only(name, want):
    assert provisional_id("Company", "KR", name) == want


@pytest.mark.parametrize("name", ["Brandt GmbH & Co.", "Brandt & Co.", "Brandt Ltd"])
def test_a_partnership_or_other_form_is_no_company_tail(name):
    assert company_tail(name) == (name, "")


@pytest.mark.parametrize(("text", "want"), [
    ("Ostrava Pumps a.s. signed a supply contract with Linyi Valve Co., Ltd. on Monday.",
     "company:cn:linyi-valve-co-ltd"),
    ("Ostrava Pumps a.s. signed a supply contract with Linyi Valve Co. on Monday.",
     "company:cn:linyi-valve-co"),
])
def test_a_named_firm_keeps_its_closing_co(text, want):
    assert any(want in pair for pair in id_pair_set(text, S))


@pytest.mark.parametrize(("name", "want"), [
    ("Hallasan Citrus Co., Ltd.", "company:kr:hallasan-citrus-co-ltd"),
    ("Hallasan Citrus Co.", "company:kr:hallasan-citrus-co"),
])
def test_a_firm_the_text_defined_keeps_its_closing_co_later(name, want):
    text = (f"{name} opened a packing shed on Jeju in May.\n\n"
            f"Maple Grocers Ltd of Toronto signed a supply contract with {name} in June.")
    assert any(want in pair for pair in id_pair_set(text, S))
