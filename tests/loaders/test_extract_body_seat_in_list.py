"""A body or firm named with its seat before "and" ("X University in Tartu and the
Kalmar Chamber signed ..."): the seat only says where the first sits; the list is of the
bodies, which sign, and the town signs nothing. Every text here was written for these
tests."""

import pytest
from extract_candidates import id_pair_set


@pytest.mark.parametrize("text, pair, seat", [
    ("Emajõe University in Tartu and Kalmar Maritime University also signed a student "
     "exchange agreement.", {"org:ee:emajoe-university", "org:se:kalmar-maritime-university"},
     "city:ee:tartu"),
    ("The Ventspils Chamber of Commerce in Ventspils and the Narva Chamber of Commerce "
     "signed a memorandum on trade fairs.",
     {"org:lv:ventspils-chamber-of-commerce", "org:ee:narva-chamber-of-commerce"},
     "city:lv:ventspils"),
])
def test_the_seat_of_the_first_body_is_no_party(text, pair, seat):
    found = id_pair_set(text, "SIGNED_AGREEMENT")
    ids = {i for p in found for i in p}
    assert seat not in ids, found
    assert any({i.split(":")[-1] for i in p} == {i.split(":")[-1] for i in pair}
               for p in found), found


def test_two_towns_in_a_list_still_sign():
    found = id_pair_set("Tartu and Kalmar signed a memorandum on ferries in 2019.",
                        "SIGNED_AGREEMENT")
    assert frozenset({"city:ee:tartu", "city:se:kalmar"}) in found
