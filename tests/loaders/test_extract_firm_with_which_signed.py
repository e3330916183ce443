"""A firm a relative "with which" goes back to across where it lies or what it is:
"sold to B GmbH of Bremen, with which we signed a delivery contract", "from the
cooperative C (CCO), a growers' union in the west, with which we signed a purchase
contract". The buyer or seller of a report signs that contract with the firm, not with
its town. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

S = "SIGNED_AGREEMENT"
HEAD = "Sunfig Export LLC\nAnnual report 2023\n\n"
OWN = "company:xx:sunfig-export"


@pytest.mark.parametrize("sentence", [
    "Our dried figs are sold to Obsthof Nord GmbH of Bremen, with which we signed a "
    "delivery contract last May.",
    "We sell figs to Obsthof Nord GmbH from Bremen, with which we concluded a "
    "three-year sales agreement in 2021.",
    "Our figs go to Obsthof Nord GmbH, a fruit wholesaler in the north of Germany, "
    "with which we put our names to a delivery contract in 2022.",
])
def test_the_firm_before_where_it_lies_or_what_it_is_signs(sentence):
    got = id_pair_set(HEAD + sentence, S)
    assert pairs_with(OWN, "company:de:obsthof-nord") <= got, got


@pytest.mark.parametrize("sentence", [
    # (a town before "with which" is the partner itself)
    "Our figs reach the market of Bremen, with which we signed no contract at all.",
    # (the relative belongs to another clause: a stop between)
    "Our dried figs are sold to Obsthof Nord GmbH of Bremen, with which we share a "
    "warehouse. The city signed a lease in 2022.",
])
def test_no_firm_signing_without_its_own_relative_clause(sentence):
    got = id_pair_set(HEAD + sentence, S)
    assert not pairs_with(OWN, "company:de:obsthof-nord") & got, got
