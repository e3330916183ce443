"""A sending told with a double object: the recipient named right after "sent" and the
goods after it, with no "to" ("X has sent Y two fire engines", "X sent Y's clinics
beds and blankets"), also beside an agreement of the same pair. Negative cases: people
or words sent ("sent Y a delegation", "sent Y a letter"), a preposition after the name.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, want", [
    ("Help.\n\nOpole has since sent Lutsk two fire engines and medical supplies.",
     ("city:pl:opole", "city:ua:lutsk")),
    ("Help.\n\nIn 1995 Tampere sent Kaunas's schools and clinics several truckloads of "
     "computers and beds.", ("city:fi:tampere", "city:lt:kaunas")),
    ("Help.\n\nOpole and Lutsk signed a memorandum of friendship in 2021, and Opole has "
     "already sent Lutsk generators for its hospitals.", ("city:pl:opole", "city:ua:lutsk")),
])
def test_goods_sent_to_a_named_recipient(text, want):
    assert want in pairs(text, S)


@pytest.mark.parametrize("text", [
    "Help.\n\nOpole sent Lutsk a delegation of teachers.",
    "Help.\n\nOpole sent Lutsk a letter of thanks.",
    "Help.\n\nOpole sent Lutsk its warm greetings.",
    "Help.\n\nOpole sent Lutsk in 2020 a choir.",
])
def test_people_words_or_a_preposition_after_the_name_are_no_supply(text):
    assert ("city:pl:opole", "city:ua:lutsk") not in pairs(text, S)
