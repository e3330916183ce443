"""Two office holders, each named after the place they stand for, who sign for their
places, on sentences written for these tests: "the mayor of A, <name>, and the governor
of B, <name>, signed a protocol" and "a programme signed by the president of the A
County Council, <name>, and the prefect of B, <name>" are a signing of the two places;
the holders' names are no party. A meeting, talks, a draft or a signing denied gives
no signing."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,pair", [
    ("The mayor of Kalisz, Zbigniew Sarnowski, and the mayor of Lutsk, Ihor Polishchuk,"
     " signed a memorandum on youth exchanges on Monday.",
     ("city:pl:kalisz", "city:ua:lutsk")),
    ("On 3 May the governor of the Russian region of Pskov Oblast, Oleg Lebedev, and the"
     " president of the Estonian county of Tartu, Mart Kask, signed a framework agreement"
     " on road transit.", ("region:ee:tartu", "region:ru:pskov")),
    ("Under a cooperation programme signed in 2019 by the president of the Olt County"
     " Council, Ion Ţăranu, and the regional governor of Pleven, Georgi Dobrev, the two"
     " authorities agreed to share a ferry.", ("region:bg:pleven", "region:ro:olt")),
])
def test_the_places_of_the_holders_sign(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    "The mayor of Kalisz, Zbigniew Sarnowski, and the mayor of Lutsk, Ihor Polishchuk, met"
    " in Warsaw to discuss a memorandum on youth exchanges.",
    "The mayor of Kalisz, Zbigniew Sarnowski, and the mayor of Lutsk, Ihor Polishchuk, did"
    " not sign the memorandum on youth exchanges.",
    "The mayor of Kalisz, Zbigniew Sarnowski, and the mayor of Lutsk, Ihor Polishchuk, held"
    " talks on a draft agreement.",
])
def test_no_signing(text):
    assert pairs(text, A) == []
