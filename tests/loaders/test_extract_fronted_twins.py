"""Partners fronted with "with", each with its own "with" ("With A and with B we are not
only twins but ..."), and a twin predicate of the subject after them ("With A and B the
city is also twinned"): the subject twins with each. "Not only" denies nothing; "not
twins" does. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
OPENING = "TARTU, 3 May 2024 - The mayor of Tartu on twin towns.\n\nTartu is twinned with Kassel. "
KUTAISI = ("city:ee:tartu", "city:ge:kutaisi")
LUBLIN = ("city:ee:tartu", "city:pl:lublin")


@pytest.mark.parametrize("sentence", [
    "With Kutaisi and with Lublin the city is not only twinned but close in business.",
    "With Kutaisi and Lublin the city is also twinned.",
])
def test_fronted_partners_of_a_twin_predicate(sentence):
    found = undirected_id_pairs(OPENING + sentence, T)
    assert KUTAISI in found and LUBLIN in found
    assert ("city:ge:kutaisi", "city:pl:lublin") not in found


def test_not_twins_is_denied():
    found = undirected_id_pairs(OPENING + "With Kutaisi the city is not twinned.", T)
    assert KUTAISI not in found
