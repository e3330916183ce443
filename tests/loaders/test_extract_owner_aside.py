"""The owner named in an aside about the subject ships nothing: ", until 2015 partly
owned by the Finnish paint group X," describes the subject, which supplies. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs


@pytest.mark.parametrize("text, supply, owner", [
    ("Lida Lakokraska, until 2015 partly owned by the Finnish paint group Tikkurila, "
     "sold its varnish chiefly to Lithuania.",
     ("company:xx:lida-lakokraska", "country:lt"), "company:xx:tikkurila"),
    ("Grodno Azot, since 2012 controlled by the state holding Belneftekhim, ships fertiliser "
     "to Poland.", ("company:xx:grodno-azot", "country:pl"), "company:xx:belneftekhim"),
    ("Amkodor-Pinsk, at the time owned by the Minsk firm Amkodor, sent forestry machines to "
     "Latvia.", ("company:xx:amkodor-pinsk", "country:lv"), "company:xx:amkodor"),
])
def test_the_subject_supplies_not_its_owner(text, supply, owner):
    found = blind_pairs(text)
    assert supply in found
    assert not any(a == owner for a, _ in found)


@pytest.mark.parametrize("text, supply", [
    ("The plant is owned by Kamaz and ships cabs to Minsk.",
     ("company:xx:kamaz", "city:by:minsk")),
    ("Tikkurila, which owns part of Lida Lakokraska, sells pigments to Vietnam.",
     ("company:xx:tikkurila", "country:vn")),
])
def test_an_owner_as_subject_still_supplies(text, supply):
    assert supply in blind_pairs(text)
