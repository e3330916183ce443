"""A contract signed "for tyre deliveries", "for combine supplies", "for fertiliser
purchases": the goods stand before the word of supply, and the contract states a planned
supply besides the signing (from the signer to its partner; from the partner for a
purchase), as "for the supply of tyres" did. Sentences written for these tests."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"


def rows(text: str, rel: str) -> list[tuple]:
    return [(r["source"]["name"], r["target"]["name"], r["status"]) for r in candidates(text)
            if r["type"] == rel]


@pytest.mark.parametrize("text,supply", [
    ("Belshina signed a contract with the Russian truck maker Kamaz for tyre deliveries in"
     " 2026.", ("Belshina", "Kamaz", "planned")),
    ("Gomselmash has signed a three-year contract with the Russian firm Kamaz for combine"
     " supplies.", ("Gomselmash", "Kamaz", "planned")),
    ("Belaruskali signed a contract with Vinachem for potash supplies until 2024.",
     ("Belaruskali", "Vinachem", "planned")),
    # a purchase: the partner supplies the signer
    ("The Kazakh firm Allur signed a contract with Belshina for tyre purchases.",
     ("Belshina", "Allur", "planned")),
])
def test_a_contract_for_goods_supplies_plans_a_supply(text, supply):
    assert rows(text, S) == [supply]
    assert len(rows(text, A)) == 1


@pytest.mark.parametrize("text", [
    # supplies both ways: no direction to give
    "Amkodor signed a contract with Allur for mutual component supplies.",
    "Amkodor signed a contract with Allur on reciprocal supplies.",
    # the contract's aim is no supply
    "Amkodor signed a contract with Allur for cooperation in service and training.",
    "MAZ signed a contract with Kamaz for the joint development of a bus chassis.",
])
def test_a_contract_for_no_directed_supply_is_a_signing_alone(text):
    assert rows(text, S) == []
    assert len(rows(text, A)) == 1
