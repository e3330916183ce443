"""A body's English name goes on over "and" to its head noun "Authority" ("X State Energy
Research and Development Authority"), as it does to "Institute"; and a place of two
words that opens a body's name ("New York State ...") places it as a whole, not by a
town named like its second word. Texts written for these tests."""

from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def test_authority_closes_a_name_joined_by_and():
    text = ("Brantwell Power Ltd signed a contract with the Harlow Energy Research and "
            "Development Authority in 2021.")
    assert [b for _a, b in pairs(text, A, key="name")] == [
        "Harlow Energy Research and Development Authority"], pairs(text, A, "name")


def test_a_name_ending_in_authority_ends_before_and():
    text = "The Harlow Port Authority and Brantwell Power Ltd signed a contract in 2021."
    got = {x for pair in pairs(text, A, key="name") for x in pair}
    assert got == {"Harlow Port Authority", "Brantwell Power Ltd"}, got


def test_a_two_word_place_opening_a_bodys_name_places_it():
    text = ("Germany and France buy our power. Brantwell Power GmbH signed a contract with "
            "the New York State Grid Research Authority in 2021.")
    got = [b for _a, b in pairs(text, A)]
    assert [b.split(":")[1] for b in got] == ["us"], got
