"""A second supplying verb of the same subject whose recipient is "it" ("Kazakhstan buys
tractors from Belarus and sells it grain", "... and supplies it with cotton", "... and
sells grain to it"): the subject supplies the partner of the supply before. Negative
cases: "it" as the goods ("sells it on to C", "sells it at a profit"), and a clause with
a subject of its own (", and the Kirov Plant sells it engines")."""

import pytest
from extract_candidates import pairs

SUPPLY = "SUPPLIES_TO"


@pytest.mark.parametrize("text,want", [
    ("Kazakhstan buys tractors from Belarus and sells it grain.", ("country:kz", "country:by")),
    ("Uzbekistan buys lifts from Mogilevliftmash and supplies it with cotton in return.",
     ("country:uz", "company:by:mogilevliftmash")),
    ("The Brest Region imports timber from Poland and sells grain to it.",
     ("region:by:brest", "country:pl")),
])
def test_it_after_a_second_verb_is_the_partner(text, want):
    assert want in pairs(text, SUPPLY)


@pytest.mark.parametrize("text,partner,subject", [
    ("Kazakhstan buys tractors from Belarus and sells it on to Kyrgyzstan.",
     "country:by", "country:kz"),
    ("Kazakhstan buys a tractor from Belarus and then sells it at a profit.",
     "country:by", "country:kz"),
    ("MAZ buys axles from Germany, and the Kirov Plant sells it engines.",
     "country:de", "company:by:maz"),
])
def test_it_as_goods_or_after_a_new_subject(text, partner, subject):
    got = pairs(text, SUPPLY)
    assert (partner, subject) in got
    assert not [p for p in got if p[1] == partner]
