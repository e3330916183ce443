"""A signing followed by "under which it will deliver G", on sentences written for these
tests: the signer supplies its partner besides signing with it. A clause under which the
signer buys, or the sides do something else, adds no supply."""

import pytest
from extract_candidates import candidates


def rows(text: str, rel: str) -> list[tuple[str, str]]:
    return sorted((r["source"]["id"], r["target"]["id"])
                  for r in candidates(text) if r["type"] == rel)


@pytest.mark.parametrize("text,pair", [
    ("Amkodor signed a contract with Uzagroleasing in March, under which it will supply 200"
     " loaders.", ("company:by:amkodor", "company:xx:uzagroleasing")),
    ("Gomselmash concluded a supply agreement with Agrokombinat, under which the company is to"
     " deliver 40 combines a year.", ("company:by:gomselmash", "company:xx:agrokombinat")),
])
def test_the_signer_supplies_its_partner(text, pair):
    assert rows(text, "SUPPLIES_TO") == [pair]
    assert len(rows(text, "SIGNED_AGREEMENT")) == 1


@pytest.mark.parametrize("text", [
    "Belshina concluded an agreement with Sibur, under which it will buy rubber.",
    "Amkodor signed a contract with Uzagroleasing, under which the sides will open a service"
    " centre.",
])
def test_no_supply_from_the_signer(text):
    assert rows(text, "SUPPLIES_TO") == []
    assert len(rows(text, "SIGNED_AGREEMENT")) == 1
