"""A firm's letterhead with a field under its name ("Registered Office: 7 Quay Street,
..."): the label names no body, so "we" and "our" of the report are the firm on the
first line, not the office. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
BODY = ("\n\nANNUAL REPORT 2025\n\n"
        "2. Customers\n"
        "We sell folding cartons to Vestkyst Dairy A/S of Esbjerg. Our largest order "
        "this year came from them.\n")


@pytest.mark.parametrize("field", [
    "Registered Office: 7 Quay Street, Kalmar, Sweden",
    "Principal Office: 7 Quay Street, Kalmar, Sweden",
    "Corporate Office: 7 Quay Street, Kalmar, Sweden",
])
def test_a_field_under_the_letterhead_is_not_the_speaker(field):
    text = "LINDQVIST CARTON LIMITED\n" + field + BODY
    got = pairs(text, S, key="name")
    suppliers = {a for a, _b in got}
    assert suppliers and all("Office" not in a and "Address" not in a for a in suppliers), got
    ids = {a for a, _b in pairs(text, S)}
    assert any("lindqvist-carton" in a for a in ids), ids


def test_a_body_named_before_a_colon_still_speaks():
    # a title that names a body before a colon is no field of a letterhead
    text = "Kalmar Port Authority: Annual Report 2025\n" + BODY
    ids = {a for a, _b in pairs(text, S)}
    assert any("kalmar-port-authority" in a for a in ids), ids
