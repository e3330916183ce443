"""A body's officer signs for it as a mayor signs for a town: "the chief executive of
the B Port Authority", "the director-general of B", "the managing director of B".
Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,pair", [
    ("Bergen's mayor and the chief executive of the Hamburg Port Authority signed a"
     " memorandum on shore power.", ("Bergen", "Hamburg Port Authority")),
    ("The mayor of Bergen and the chief executive of the Hamburg Port Authority signed a"
     " memorandum on shore power.", ("Bergen", "Hamburg Port Authority")),
    ("The mayor of Bergen and the director-general of the Hamburg Port Authority"
     " signed a memorandum on shore power.", ("Bergen", "Hamburg Port Authority")),
])
def test_an_officer_of_a_body_signs_for_it(text, pair):
    assert tuple(sorted(pair)) in named_pairs(text, A)


def test_an_officer_alone_signs_nothing_with_a_place_named_elsewhere():
    # (the place only hosts the signing)
    text = ("In Bergen the chief executive of the Hamburg Port Authority presented a"
            " memorandum on shore power.")
    assert not named_pairs(text, A)
