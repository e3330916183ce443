"""A row or heading that opens with a hyphenated place name ("Bielsko-Biala (Poland) -
since 2005", "Cluj-Napoca, Romania - partner city since 2004") is that town's, not a
heading "A-B" that names two parties; a heading of two names joined by a hyphen
("Lida-Alytus: partner towns") still names the pair. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
HEAD = ("City of Olomouc | Official website\n"
        "Home > The City > Foreign Relations > Twin Towns\n\n"
        "Olomouc keeps ties with towns in several countries.\n\nTwin towns\n\n")
OWN = "city:cz:olomouc"


@pytest.mark.parametrize("rows, twins", [
    ("Bielsko-Biala (Poland) - since 2005\n", ("city:pl:bielsko-biala",)),
    ("Hamm (Germany) - since 1994\nBielsko-Biala (Poland) - since 2005\n\n",
     ("city:de:hamm", "city:pl:bielsko-biala")),
    ("Cluj-Napoca, Romania (since 2004)\n", ("city:ro:cluj-napoca",)),
    ("Hamm (Germany) - since 1994\n\nCluj-Napoca (Romania) - since 2004\n\n"
     "Schools of the towns exchange pupils.\n", ("city:de:hamm", "city:ro:cluj-napoca")),
])
def test_a_hyphenated_town_opening_a_row_is_the_pages_twin(rows, twins):
    got = id_pair_set(HEAD + rows, T)
    assert pairs_with(OWN, *twins) <= got, got


def test_a_heading_of_two_hyphenated_names_still_names_the_pair():
    text = ("Cross-border ties\n\nLida-Alytus: partner towns\n\n"
            "In 2015 the two towns signed an agreement on culture.\n")
    got = id_pair_set(text, A)
    assert got == {frozenset(("city:by:lida", "city:lt:alytus"))}, got
