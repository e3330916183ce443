"""A party after "for" in the first verb of a coordinated predicate ("X made engines for
B and delivered them to C") is that verb's object, not the subject of the supply verb
after "and": X supplies C. Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs

PLANT = "company:xx:kaluga-engine-plant"


@pytest.mark.parametrize("text, recipient", [
    ("Kaluga Engine Plant made engines for Volvo trucks and delivered them to Renault.",
     "company:xx:renault"),
    ("Kaluga Engine Plant builds engines for Scania and ships them to Kazakhstan.",
     "country:kz"),
    ("Kaluga Engine Plant made engines for the Logan and, since 2019, has delivered them "
     "to Renault.", "company:xx:renault"),
])
def test_the_subject_of_the_predicate_supplies(text, recipient):
    got = blind_pairs(text)
    assert got == {(PLANT, recipient)}, got


@pytest.mark.parametrize("text, want", [
    # "for" after the supply verb still names the recipients
    ("Kaluga Engine Plant supplies engines for Volvo and Scania.",
     {(PLANT, "company:xx:volvo"), (PLANT, "company:xx:scania")}),
    # the goods "for" a party on their way "to" another: the subject ships
    ("Kaluga Engine Plant ships engines for Volvo trucks to Kazakhstan.",
     {(PLANT, "country:kz")}),
])
def test_for_outside_a_coordinated_predicate_reads_as_before(text, want):
    assert blind_pairs(text) == want, blind_pairs(text)


def test_a_for_party_with_no_and_before_the_verb_is_not_skipped():
    # ("for" governs B, but no "and" opens a second predicate: the rule that reads
    # "X, long a partner of B, ships" decides, not this one)
    text = "Orders for Volvo kept the line busy; Kaluga Engine Plant delivered 900 engines " \
           "to Renault."
    assert (PLANT, "company:xx:renault") in blind_pairs(text), blind_pairs(text)
