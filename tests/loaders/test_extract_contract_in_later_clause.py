"""A supply whose contract the sentence says was signed, away from the sentence's start,
on sentences written for these tests: the contract fronted in a later clause ("..., and
under a contract signed in 2021 A sells G to B"), the contract the supply clause
describes ("a contract under which A will deliver G to B" among documents signed, or
with its own "was signed"), and a contract signed "with it" by the supply's subject left
out ("A buys G from B and signed a contract with it"). Each is the two firms' signing as
well as the supply; a contract negotiated, never signed, fallen through or only planned
gives the supply alone."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "In the valley the flows are large, and under a contract signed in 2021 the Saxon utility"
    " Elbwerk GmbH sells electricity to Oderstrom AG, the grid operator of Frankfurt.",
    "Grain is the main flow; under an agreement concluded last spring Kovar Mills Ltd"
    " delivers wheat to Bakerei Lindholm GmbH.",
    "Three papers were signed at the border crossing: a memorandum on customs between the"
    " two chambers; a contract under which the Narva dairy Piimatalu AS will supply 900"
    " tonnes of cheese to the Pskov retailer Severny Dvor LLC; and a protocol on transit.",
    "A contract under which Piimatalu AS will supply cheese to Severny Dvor LLC was signed"
    " in Tallinn on Friday.",
    "The Kaunas firm Baltmetal UAB buys steel from the Riga mill Latstal AS and signed a"
    " five-year contract with it in March.",
])
def test_the_contract_is_a_signing_of_the_pair(text):
    assert len(pairs(text, S)) == 1
    assert pairs(text, A) == pairs(text, S)


@pytest.mark.parametrize("text", [
    # the contract was never signed, or fell through
    "A contract under which Piimatalu AS was to supply cheese to Severny Dvor LLC was"
    " negotiated in 2019 but never signed.",
    "Three papers were prepared: a contract under which Piimatalu AS will supply cheese to"
    " Severny Dvor LLC fell through in January.",
    # a list whose lead signs nothing
    "Three papers were discussed at the border crossing: a memorandum on customs; a"
    " contract under which Piimatalu AS will supply cheese to Severny Dvor LLC.",
    # the fronted contract is not stated signed
    "In the valley the flows are large, and under a contract the Saxon utility Elbwerk GmbH"
    " sells electricity to Oderstrom AG.",
    # the fronted contract has a partner of its own
    "In the valley the flows are large, and under a contract signed with the ministry the Saxon"
    " utility Elbwerk GmbH sells electricity to Oderstrom AG.",
])
def test_the_supply_alone(text):
    assert pairs(text, A) == []
