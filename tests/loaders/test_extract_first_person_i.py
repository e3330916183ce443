"""The speaker's "I" names no party, whatever town of one letter the gazetteer knows in
a country the text names ("our partnership with it is the one I use most" is no twinning
with a Swedish town "I"). Texts written for these tests."""

import pytest
from extract_candidates import party_ids

from relgraph.loaders.extract.names import non_party

INTRO = ("\"A port cannot live alone\"\n\nThe mayor of Gdansk on twin towns and the port\n\n"
         "Gdansk is Poland's largest port. We talked to the mayor about the city's "
         "partners.\n\n- Mr Mayor, do twin towns still matter?\n\n")


@pytest.mark.parametrize("answer", [
    "- They do. Kalmar was our first Swedish twin town. Kaunas is simply our neighbour up "
    "the coast; our partnership with it is the one I use most, almost every month.",
    "- They do. Kalmar was our first Swedish twin town, and the ties I care about most are "
    "with Kaunas.",
])
def test_the_speakers_i_is_no_party(answer):
    ids = party_ids(INTRO + answer)
    assert not any(i.endswith(":i") for i in ids), ids


def test_i_alone_is_no_name_but_a_ruler_s_numeral_is_left_to_the_name_reader():
    assert non_party("I")
    assert not non_party("Peter I")
