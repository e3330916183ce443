""""A agreed with the Pskov retail chain B on deliveries of G": the partner after its
description, as "A agreed with B on the supply of G" read it; goods "for its power plant"
(the subject's own use, the partner no buyer that resells) come from the partner
(``_PARTNER_DESCRIBED`` and ``_FOR_OWN_USE`` in ``loaders/extract/patterns.py``).
Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Lida Dairy agreed with the Latvian retail chain Rimi on deliveries of butter.",
     ("company:xx:lida-dairy", "company:xx:rimi")),
    ("Slutsk Sugar agreed with the Moscow confectioner Krasny Oktyabr on the supply of "
     "sugar in 2026.", ("company:xx:slutsk-sugar", "company:xx:krasny-oktyabr")),
    # a buyer that resells: "its stores" are the buyer's
    ("Lida Dairy agreed with the Latvian retail chain Rimi on deliveries of butter for its "
     "stores.", ("company:xx:lida-dairy", "company:xx:rimi")),
])
def test_the_described_partner_is_supplied(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Belaruskali agreed with the Kazakh firm Kazphosphate on the supply of phosphate rock "
     "for its fertiliser works.", ("company:xx:kazphosphate", "company:xx:belaruskali"),
     ("company:xx:belaruskali", "company:xx:kazphosphate")),
    ("Naftan agreed with Tatneft on deliveries of crude oil for its refinery.",
     ("company:xx:tatneft", "company:xx:naftan"), ("company:xx:naftan", "company:xx:tatneft")),
])
def test_goods_for_the_subjects_own_use_come_from_the_partner(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    # no supply agreed: the partner is only located
    "Lida Dairy agreed with partners in Riga on deliveries of butter.",
    "Lida Dairy agreed with the Latvian retail chain Rimi on a joint advertising campaign.",
])
def test_no_supply_agreed_with_a_partner(text):
    assert ("company:xx:lida-dairy", "company:xx:rimi") not in supplies(text)
    assert ("company:xx:lida-dairy", "city:lv:riga") not in supplies(text)
