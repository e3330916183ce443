"""The evidence line of a relation in a long sentence that wraps over lines, on texts
written for these tests: the line where the relation's own words begin (its first party
or trigger), not the line of the few words of context the quote adds before them. A
short sentence still points at its first line."""

from extract_candidates import candidates

A = "SIGNED_AGREEMENT"


def _lines(text):
    return {(c["source"]["name"], c["target"]["name"], c["evidence"]["line"])
            for c in candidates(text) if c["type"] == A}


def test_a_signing_after_a_wrapped_opening_points_at_its_own_line():
    text = ("Over the decade that followed the opening of the new border crossing at the old\n"
            "customs post, the Grodno Region signed an agreement on trade and tourism with the\n"
            "Podlaskie Voivodeship, and the first joint fairs were held in Bialystok in 2016.\n")
    assert _lines(text) == {("Grodno Region", "Podlaskie Voivodeship", 2)}


def test_a_pair_after_a_long_clause_points_at_its_own_line():
    text = ("In the years after the Soviet Union broke up, trade along the river fell sharply"
            " and many local plants\n"
            "closed, yet in 1998 the Vitebsk Region and the Pskov Region adopted a programme of\n"
            "cooperation that set up a joint council for border trade.\n")
    assert _lines(text) == {("Vitebsk Region", "Pskov Region", 2)}


def test_a_short_sentence_points_at_its_first_line():
    assert _lines("In the spring of that\nyear Grodno and Lida signed a memorandum.\n") == {
        ("Grodno", "Lida", 1)}
