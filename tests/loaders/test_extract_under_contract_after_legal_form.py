"""A supply made "under a contract signed ..." is the two firms' signing too, also when
the supplier comes after the verb with a dotted legal form ("bought buses from X S.A.
in Poland, under a contract signed in 2024"): the stop of "S.A." ends no clause. A
contract in a sentence of its own signs nothing of the supply's. Every text here was
written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "The Tartu bus company Tarbus has bought 40 electric buses from Solbus S.A. in Poland, "
    "under a contract signed in 2024.",
    "Tarbus buys buses from Solbus S.A. under a contract signed in 2024.",
])
def test_the_contract_of_a_purchase_from_a_dotted_form(text):
    pairs = undirected_id_pairs(text, A)
    assert len(pairs) == 1 and "company:pl:solbus" in pairs[0]


def test_a_contract_in_another_sentence():
    text = "Tarbus buys buses from Solbus S.A. The firm also signed a contract."
    assert undirected_id_pairs(text, A) == []
