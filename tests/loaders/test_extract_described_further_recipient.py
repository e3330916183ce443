"""A further recipient joined by "and to" after a recipient named by its place may carry
its own description ("sells bread to cafes in Riga and to the Dutch retailer B in
Utrecht"): B receives too. A later clause with its own verb does not join. Every text
here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "company:xx:sulg-foods"
B = "company:xx:noordhof-delicatessen"


@pytest.mark.parametrize("text", [
    "Sulg Foods OÜ, a family firm from Tartu, sells rye bread to cafes in Riga and to the "
    "Dutch retailer Noordhof Delicatessen B.V. in Utrecht.",
    "Sulg Foods OÜ ships rye bread to bakeries across Latvia and to the wholesale "
    "distributor Noordhof Delicatessen B.V.",
])
def test_a_described_recipient_after_and_to(text):
    assert (S, B) in blind_pairs(text)


def test_a_later_clause_with_its_own_verb_does_not_join():
    text = ("Sulg Foods OÜ sells rye bread to cafes in Riga, and the Dutch retailer "
            "Noordhof Delicatessen B.V. buys cheese from Kassel.")
    assert (S, B) not in blind_pairs(text)
