"""The speaker's "I" in an interview or a letter is no party: the gazetteer's places of
one letter ("I" in Sweden) are not what it means. Sentences written for these tests."""

import pytest
from extract_candidates import candidates, undirected_id_pairs

INTERVIEW = """Mayor of Trencin on the city's partners

- Which twin towns matter most?

- {answer}"""


@pytest.mark.parametrize("answer", [
    # (a country named nearby has a place called I in the gazetteer)
    "Vaxjo became our first Swedish twin town. Piestany lies a short drive down the valley,"
    " and the partnership with that town is the one I turn to, nearly each month.",
    "Our friendship with Vaxjo in Sweden is old; the partnership with it is the one I value"
    " most.",
    "Sweden gave us our first twin town. Trnava is near, and the partnership with it is"
    " the one I turn to most often.",
])
def test_the_speakers_i_is_no_party(answer):
    text = INTERVIEW.format(answer=answer)
    assert not [c for c in candidates(text)
                for side in ("source", "target") if c[side]["name"] == "I"]


@pytest.mark.parametrize("answer,rel,pair", [
    ("Our agreement with Opole, I must say, is the one I value most.", "SIGNED_AGREEMENT",
     ("city:pl:opole", "city:sk:trencin")),
    ("I signed a memorandum with Olomouc last year.", "SIGNED_AGREEMENT",
     ("city:cz:olomouc", "city:sk:trencin")),
])
def test_the_relations_the_speaker_speaks_of_stay(answer, rel, pair):
    assert pair in undirected_id_pairs(INTERVIEW.format(answer=answer), rel)
