"""Two bodies that sign through their heads, the first head's office written after its
place's name ("the A governor and the B council signed ..."): the office acts for its
place and leaves the pair a pair (``coordination.LIST_SEP``). Near-misses: a verb of
no signing, and a single place with its office. Every text here was written for these
tests."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "pair"), [
    ("A year later the Vidin governor and the Dolj County Council signed a memorandum on "
     "ferries.", ("Dolj County Council", "Vidin")),
    ("In 2020 the Vidin governor and the Dolj governor signed a road map.", ("Dolj", "Vidin")),
    ("The Pleven mayor and the Mayor of Craiova concluded a protocol on schools in May.",
     ("Craiova", "Pleven")),
])
def test_office_after_the_name_acts_for_the_place(text, pair):
    assert pair in named_pairs(text, A)


@pytest.mark.parametrize(("text", "absent"), [
    # the two heads only met
    ("A year later the Vidin governor and the Dolj County Council discussed the ferries.",
     ("Dolj County Council", "Vidin")),
    # one place's office alone signs with nobody named
    ("The Vidin governor signed a decree on ferries with the approval of Sofia.",
     ("Sofia", "Vidin")),
])
def test_no_pair_of_heads(text, absent):
    assert absent not in named_pairs(text, A)
