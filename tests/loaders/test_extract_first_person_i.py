"""The speaker's "I" names no party, whatever town of one letter the gazetteer knows in
a country the text names ("the partnership with that city is the one I rely on" is no
twinning with a Swedish town "I"). Texts written for these tests."""

import pytest
from extract_candidates import party_ids

from relgraph.loaders.extract.names import non_party

INTRO = ("\"No harbour stands on its own\"\n\nThe mayor of Szczecin on partner cities and the "
         "harbour\n\nSzczecin has the busiest port on the Oder. Our reporter asked the mayor "
         "which partner cities count.\n\n- Mr Mayor, are twin towns still worth the "
         "effort?\n\n")


@pytest.mark.parametrize("answer", [
    "- Very much so. Ystad was our first Swedish twin town. Rostock sits just along the "
    "shore from us, and the partnership with that city is the one I rely on, nearly each "
    "month.",
    "- Very much so. Ystad was our first Swedish twin town, though the links I value above "
    "all are those with Rostock.",
])
def test_the_speakers_i_is_no_party(answer):
    ids = party_ids(INTRO + answer)
    assert not any(i.endswith(":i") for i in ids), ids


def test_i_alone_is_no_name_but_a_ruler_s_numeral_is_left_to_the_name_reader():
    assert non_party("I")
    assert not non_party("Peter I")
