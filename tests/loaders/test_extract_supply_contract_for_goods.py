"""A supply (or delivery, sales) contract signed with a partner and followed by the goods
it is for ("a supply contract with B of C for G"): besides the signing, the signer
supplies its partner, or the partner supplies the signer when the partner is a grower or
a supplier. A term, a service or a contract of another kind gives no supply. Sentences
written for these tests."""

import pytest
from extract_candidates import candidates


def supplies(text: str) -> set[tuple]:
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize(("text", "expected"), [
    ("In May the Polish firm Kestrel Hemp signed a two-year supply contract with the"
     " Austrian firm Vireo Foods GmbH for hemp oil.",
     ("company:pl:kestrel-hemp", "company:at:vireo-foods")),
    ("The Chilean firm Andes Berry signed a delivery agreement with the Dutch firm Polder"
     " Fresh B.V. of Rotterdam for frozen blueberries, and shipments began in March.",
     ("company:cl:andes-berry", "company:nl:polder-fresh")),
    # the partner grows the goods: it supplies the signer
    ("The Kenyan firm Rift Tea Exports signed a supply agreement with the Kericho Growers"
     " Cooperative for green leaf.",
     ("company:ke:kericho-growers-cooperative", "company:ke:rift-tea-exports")),
])
def test_a_supply_contract_for_goods_gives_a_supply(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # a term, not goods
    "In May the Polish firm Kestrel Hemp signed a supply contract with the Austrian firm"
    " Vireo Foods GmbH for three years.",
    # a cooperation agreement is no contract for deliveries
    "In May the Polish firm Kestrel Hemp signed a cooperation agreement with the Austrian"
    " firm Vireo Foods GmbH for hemp research.",
    # a service
    "The Polish firm Kestrel Hemp signed a sales contract with the Austrian firm Vireo"
    " Foods GmbH for consulting services.",
])
def test_no_supply_without_goods(text):
    assert not supplies(text)
