"""The partner of a deal "for the supply of G to C" is no supplier of C, also when the
passive names the signer ("A contract was signed by A with B for ...") or the deal is
reached or struck "on" the supply (``supplies._DEAL_WITH``). Every text here was written
for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "partner"), [
    ("A contract was signed by Polesie Foods with Hallon Trading AB for the supply of "
     "cranberries to Norway.", "company:xx:hallon-trading"),
    ("In March an agreement was reached with Hallon Trading AB on the supply of frozen "
     "cranberries to restaurants in Norway.", "company:xx:hallon-trading"),
    ("Last year a deal was struck with Hallon Trading AB for the supply of cranberries to "
     "Norway and Iceland.", "company:xx:hallon-trading"),
])
def test_the_partner_supplies_nobody(text, partner):
    assert not [p for p in blind_pairs(text, S) if p[0] == partner]


@pytest.mark.parametrize(("text", "pair"), [
    # the signer named in the passive supplies
    ("A contract was signed by Polesie Foods with Hallon Trading AB for the supply of "
     "cranberries to Norway.", ("company:xx:polesie-foods", "country:no")),
    # a firm that supplies in a clause of its own stays the supplier
    ("Hallon Trading AB supplies cranberries to restaurants in Norway.",
     ("company:xx:hallon-trading", "country:no")),
])
def test_the_signer_or_subject_supplies(text, pair):
    assert pair in blind_pairs(text, S)
