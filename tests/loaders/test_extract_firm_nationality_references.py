"""A firm named back by its nationality and a firm's noun ("the Austrian utility", "the
Danish cooperative") is the firm of that country named before; the noun only qualifies
the firm's own noun or name after it ("the Uzbek dairy cluster X", "the Vietnamese
dairy firm X") in a description, which refers back to no one. Two firms that "are to
sign" a document are its planned signers. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"
HEAD = ("Chapter 5\nPower and grain\n\nStadtwerke Lindau GmbH buys power from Tiroler "
        "Wasserkraft AG (TWK) in Innsbruck. ")


@pytest.mark.parametrize("text, expected", [
    (HEAD + "Next year Lindau Mühlen GmbH will deliver oats to the Austrian utility.",
     ("company:de:lindau-muhlen", "company:at:twk")),
    (HEAD + "The Danish cooperative Vestkyst Andel opened a depot. Later Lindau Mühlen GmbH "
            "sold oats to the Danish cooperative.",
     ("company:de:lindau-muhlen", "company:dk:vestkyst-andel")),
])
def test_a_firm_named_back_by_its_nationality(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text, expected", [
    # the noun describes the named firm after it: no reference back to the utility
    (HEAD + "The Uzbek dairy cluster Andijan Sut signed a memorandum with Lindau Mühlen GmbH.",
     ("company:uz:andijan-sut", "company:de:lindau-muhlen")),
    (HEAD + "Lindau Mühlen GmbH signed a memorandum with the Vietnamese dairy firm Moc Lan.",
     ("company:de:lindau-muhlen", "company:vn:moc-lan")),
])
def test_a_description_before_a_name_refers_to_no_one(text, expected):
    got = pairs(text, A)
    assert expected in got or expected[::-1] in got, got


def test_a_pair_that_is_to_sign():
    text = HEAD + "Lindau Mühlen GmbH and Tiroler Wasserkraft AG are to sign a contract in 2026."
    assert pairs(text, A) == [("company:de:lindau-muhlen", "company:at:twk")]


def test_a_pair_that_is_to_blame_signs_nothing():
    text = HEAD + "Lindau Mühlen GmbH and Tiroler Wasserkraft AG are to blame for the delay."
    assert pairs(text, A) == []
