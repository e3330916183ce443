"""A town that signs a contract with a company "for the delivery of" or "for the supply
of" goods buys them: the company supplies the town (a supply noun names no supplier).
Negative cases: two firms (the signer supplies its partner, as before), the company as
the signer. Every text here was
written for these tests."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def rows(text: str) -> list[tuple]:
    return [(r["source"]["name"], r["target"]["name"]) for r in candidates(text)
            if r["type"] == S]


@pytest.mark.parametrize("text, supply", [
    ("Buses.\n\nIn 2022 Almaty signed a contract with MAZ for the delivery of 50 buses.",
     ("MAZ", "Almaty")),
    ("Lifts.\n\nThe city of Kaunas has signed a contract with Amkodor for the supply of "
     "snow ploughs.", ("Amkodor", "Kaunas")),
])
def test_a_town_contracting_a_company_buys_from_it(text, supply):
    assert rows(text) == [supply]


@pytest.mark.parametrize("text, supply", [
    ("Buses.\n\nGomselmash signed a contract with Amkodor for the supply of 40 loaders.",
     ("Gomselmash", "Amkodor")),
    ("Buses.\n\nMAZ signed a contract with Almaty for the delivery of 50 buses.",
     ("MAZ", "Almaty")),
])
def test_other_signers_keep_the_signer_as_supplier(text, supply):
    assert rows(text) == [supply]
