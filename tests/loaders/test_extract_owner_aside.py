"""The owner named in an aside about the subject ships nothing: ", for many years partly
owned by the Japanese trading house X," describes the subject, which supplies. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs


@pytest.mark.parametrize("text, supply, owner", [
    ("Ternei-Les, for many years partly owned by the Japanese trading house Sumitomo, sold "
     "its sawn wood chiefly to Japan.",
     ("company:xx:ternei-les", "country:jp"), "company:xx:sumitomo"),
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
    ("Sumitomo, which owns part of Ternei-Les, sells machinery to Vietnam.",
     ("company:xx:sumitomo", "country:vn")),
])
def test_an_owner_as_subject_still_supplies(text, supply):
    assert supply in blind_pairs(text)
