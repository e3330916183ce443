""""The partner", "its new partner" with no nationality
(``mentions._PARTNER``, ``Discourse._partner_of``): the one firm the sentence (or the
one before) named besides the other side of the relation; nobody when it named two,
and no reference when a name or a kind of place follows."""

import pytest
from extract_candidates import candidates, firm_blind


def supplies(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in candidates(text) if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, pair", [
    ("Nordmehl GmbH signed a contract with Bakra Pekarna d.o.o. in May.\nNordmehl GmbH "
     "will deliver rye flour to the partner from June.",
     ("company:xx:nordmehl", "company:xx:bakra-pekarna")),
    ("Tallinn Paber AS agreed terms with Vilnius Karton UAB last week.\nTallinn Paber AS "
     "will ship pulp to its new partner in spring.",
     ("company:xx:tallinn-paber", "company:xx:vilnius-karton")),
])
def test_the_one_partner_firm(text, pair):
    assert pair in supplies(text)


@pytest.mark.parametrize("text, wrong", [
    # two firms named besides the supplier: neither is "the partner"
    ("Nordmehl GmbH signed contracts with Bakra Pekarna d.o.o. and Hleb Plus d.o.o.\n"
     "Nordmehl GmbH will deliver rye flour to the partner from June.",
     ("company:xx:nordmehl", "company:xx:bakra-pekarna")),
    # a kind of place after it: the twin town, no firm
    ("Nordmehl GmbH signed a contract with Bakra Pekarna d.o.o. in May.\nNordmehl GmbH "
     "will deliver rye flour to the partner town from June.",
     ("company:xx:nordmehl", "company:xx:bakra-pekarna")),
])
def test_no_single_partner(text, wrong):
    assert wrong not in supplies(text)
