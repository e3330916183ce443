"""Who owns or contains the subject, said in a relative clause, a predicate or an
apposition ("X, which belongs to Y, exports ...", "X belongs to Y and exports ...",
"It is part of Y's division and supplies ..."), is no side of the subject's supply
(``_BELONGS_TO`` and ``owner_named`` in ``loaders/extract/supplies.py``; nor of the pair a
sentence names, ``pipeline``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Vilmada, which belongs to Danone, ships yoghurt to Latvia and Estonia.",
     ("company:xx:vilmada", "country:lv"), ("company:xx:danone", "country:lv")),
    ("Pirmaks, which is now owned by Orkla, exports crisps to Lithuania.",
     ("company:xx:pirmaks", "country:lt"), ("company:xx:orkla", "country:lt")),
    ("Talmex belongs to Unilever and exports soap to Poland.",
     ("company:xx:talmex", "country:pl"), ("company:xx:unilever", "country:pl")),
    ("Gorvex, which has been part of the Heidelberg group since 2009, sells cement to "
     "Moldova.", ("company:xx:gorvex", "country:md"), ("company:xx:heidelberg", "country:md")),
])
def test_the_owner_of_the_subject_is_no_supplier(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "Narvamash builds turbines. It is part of Siemens's energy division and supplies pumps "
    "to the Tartu power station.",
    "Brovka makes cheese. It belongs to Lactalis and has sold its cheese to Armenia.",
])
def test_the_owner_is_not_the_supplier_of_the_pronoun(text):
    found = supplies(text)
    assert not any(a in ("company:xx:siemens", "company:xx:lactalis") for a, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    # the owner as the subject of its own supply stays a supplier
    ("Danone, which owns Vilmada, ships yoghurt to Latvia.", ("company:xx:danone", "country:lv")),
    ("Orkla ships crisps to Lithuania, and Pirmaks belongs to it.",
     ("company:xx:orkla", "country:lt")),
    # a recipient that is part of a group stays the recipient
    ("Borex sells fittings to Armatek, a part of the Leda group.",
     ("company:xx:borex", "company:xx:armatek")),
])
def test_an_owner_that_supplies_stays(text, expected):
    assert expected in supplies(text)
