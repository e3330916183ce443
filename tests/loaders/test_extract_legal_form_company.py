"""A firm's legal form after its name says a company, whatever body its head noun names
("X Port Authority S.A.", "Y Transport Organisation JSC"); its acronym keeps that kind.
Texts written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, signer", [
    ("Volos Port Authority S.A. signed a contract with Dunav Freight.",
     "company:gr:volos-port-authority"),
    ("The port is run by Volos Port Authority S.A. (VPA). In 2023 VPA signed a contract "
     "with Dunav Freight.", "company:gr:vpa"),
    ("Aktau Transport Organisation JSC signed a contract with Dunav Freight.",
     "company:kz:aktau-transport-organisation"),
])
def test_a_legal_form_makes_a_company(text, signer):
    assert [a for a, _b in pairs(text, A)] == [signer], pairs(text, A)


@pytest.mark.parametrize("text, signer", [
    # (without a legal form the head noun still decides)
    ("Volos Port Authority signed a contract with Dunav Freight.",
     "org:gr:volos-port-authority"),
])
def test_without_a_form_the_head_decides(text, signer):
    assert [a for a, _b in pairs(text, A)] == [signer], pairs(text, A)
