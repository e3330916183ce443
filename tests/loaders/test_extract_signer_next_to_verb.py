"""The signer of a clause that runs on after another in one sentence, on sentences
written for these tests: "A exported X to B, the glass works C signed a contract with
D" and bulleted items the layout joins into one sentence. The party the signing verb
follows (or its apposition: "C, the Minsk maker, concluded ...") signs, not the first
party of the sentence, when that one has a verb of its own. Negative cases: a relative
clause's party before the verb, co-signers joined by "and"."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"

ITEMS = (
    "The Ministry lists:\n"
    " - Tirex Petrol supplies diesel fuel to filling stations in Chisinau;\n"
    " - the dairy JLC signed a two-year supply contract with the\n"
    "   Romanian retail chain Kaufland, and Franzeluta delivers bread to Balti;\n"
    " - Carmez SA, the Chisinau meat plant, concluded in May 2022 a distribu-\n"
    "   tion contract with the Ukrainian company Silpo.\n")


@pytest.mark.parametrize("text,expected", [
    ("Ceramica Lida exports tiles to Poland, the dairy Savushka signed a supply contract"
     " with the Latvian chain Rimi, and Belshina sells tyres to Serbia.",
     {("Rimi", "Savushka")}),
    ("Grodno Azot exported fertiliser to Poland, the Gomel glass works Gomelsteklo signed a"
     " two-year contract with the Lithuanian builder Eika, and Amkodor sold loaders to"
     " Almaty.", {("Eika", "Gomelsteklo")}),
    (ITEMS, {("Carmez SA", "Silpo"), ("JLC", "Kaufland")}),
])
def test_the_party_the_signing_verb_follows_signs(text, expected):
    # (by names as written: which country a firm is placed in is not read here)
    assert named_pairs(text, A) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause's party before the verb is no signer
    ("Belshina, which supplies tyres to Russia, signed a contract with Multi Group in 2019.",
     {("Belshina", "Multi Group")}),
    # co-signers joined by "and" still sign each
    ("Belshina and Multi Group signed a contract with Armenian Railways.",
     {("Armenian Railways", "Belshina"), ("Armenian Railways", "Multi Group")}),
])
def test_other_subjects_are_read_as_before(text, expected):
    assert named_pairs(text, A) == expected
