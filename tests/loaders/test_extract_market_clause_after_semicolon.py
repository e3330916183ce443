"""A clause after a semicolon that opens on a country ("...; in the United Kingdom, X
Ltd buys ...") places the firms it names that nothing else places in that country, as
a sentence opening on a country does; a firm with a legal form of many countries ("Ltd",
"LLC") counts among them, one whose form is of other countries only ("GmbH" in the
United Kingdom) does not. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

SUP = "SUPPLIES_TO"
HEAD = "COMO, 4 March 2025 - Tessitura Lariana S.p.A. reports its export year.\n\n"


@pytest.mark.parametrize(("clause", "want"), [
    ("in the United Kingdom, Quillfeather Weavers Ltd buys our cloth",
     "company:gb:quillfeather-weavers"),
    ("in Canada, Maple Suiting LLC buys our cloth", "company:ca:maple-suiting"),
])
def test_a_clause_opening_on_a_country_places_its_firm(clause, want):
    text = HEAD + f"In Japan we sell through agents; {clause}."
    found = id_pair_set(text, SUP)
    assert any(want in pair for pair in found), found


def test_a_sentence_opening_on_a_country_places_a_firm_with_a_general_form():
    text = HEAD + "In Canada, Maple Suiting LLC buys our cloth."
    found = id_pair_set(text, SUP)
    assert any("company:ca:maple-suiting" in pair for pair in found), found


def test_a_form_of_other_countries_is_not_moved_to_the_market():
    text = HEAD + "In Japan we sell through agents; in the United Kingdom, Rheinweber GmbH " \
                  "buys our cloth."
    found = id_pair_set(text, SUP)
    assert not any("company:gb:rheinweber" in pair for pair in found), found
