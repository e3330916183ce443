"""Convention K from the signing's side: a twinning made by a signed charter gives the
signing between the twinning's own sides, and two twins signing a later paper are the
same two towns. A town's page whose table of twins notes a signed charter or pact for a
row gives that row's signing too; a row that says no charter was signed gives none.
Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

S = "SIGNED_AGREEMENT"
PROVINCE = "In 2020 the provincial government of Dajabón opened a clinic.\n\n"


@pytest.mark.parametrize("sentence", [
    "Dajabón has been twinned with Jacmel since 2011. In 2019 Dajabón and Jacmel signed "
    "a protocol on a ferry line.",
    "Dajabón is a twin town of Jacmel. Dajabón and Jacmel concluded an agreement on a "
    "shared clinic in 2021.",
])
def test_twins_signing_a_later_paper_are_the_twinned_towns(sentence):
    got = id_pair_set(PROVINCE + sentence, S)
    assert pairs_with("city:do:dajabon", "city:ht:jacmel") <= got, got
    assert not pairs_with("region:do:dajabon", "city:ht:jacmel") & got, got


@pytest.mark.parametrize("signers", [
    "the province of Dajabón and Jacmel",
    "Dajabón Province and Jacmel",
])
def test_a_signer_its_sentence_calls_the_province_stays_the_province(signers):
    text = (PROVINCE + "Dajabón has been twinned with Jacmel since 2011. In 2019 "
            f"{signers} signed a protocol on a ferry line.")
    got = id_pair_set(text, S)
    assert pairs_with("region:do:dajabon", "city:ht:jacmel") <= got, got


PAGE = ("Town of Olomouc\nTwin towns\n\nOlomouc is twinned with the following towns:\n"
        "Town | Country | Since | Founding paper\n")


@pytest.mark.parametrize("note", [
    "Twinning charter signed in Hamm, 1994",
    "Friendship pact sealed at Hamm in 1994",
    "Partnership charter, signed 1994",
])
def test_a_twin_rows_signed_charter_is_the_rows_signing(note):
    text = PAGE + f"Hamm | Germany | 1994 | {note}\nHeerlen | Netherlands | 1998 | none\n"
    got = id_pair_set(text, S)
    assert pairs_with("city:cz:olomouc", "city:de:hamm") <= got, got
    assert not pairs_with("city:cz:olomouc", "city:nl:heerlen") & got, got


@pytest.mark.parametrize("note", [
    "Council resolutions only (no joint charter)",
    "A charter was drafted but never signed",
    "Twinning charter",
])
def test_a_twin_row_without_a_signed_charter_gives_no_signing(note):
    text = PAGE + f"Hamm | Germany | 1994 | {note}\nHeerlen | Netherlands | 1998 | none\n"
    got = id_pair_set(text, S)
    assert not pairs_with("city:cz:olomouc", "city:de:hamm") & got, got
    assert pairs_with("city:cz:olomouc", "city:de:hamm") <= id_pair_set(text, "TWINNED_WITH")


@pytest.mark.parametrize("sentence", [
    "Dajabón and Jacmel signed a twinning charter in the spring of 2011.",
    "Dajabón concluded a sister-city agreement with Jacmel in 2011.",
])
def test_a_twinning_charter_is_signed_by_the_twinned_towns(sentence):
    got = id_pair_set(PROVINCE + sentence, S)
    assert pairs_with("city:do:dajabon", "city:ht:jacmel") <= got, got
    assert not pairs_with("region:do:dajabon", "city:ht:jacmel") & got, got


TWINS = "Kiruna has been twinned with Tromso since 1984 and with Rovaniemi since 1982, and "


@pytest.mark.parametrize("clause", [
    "Mayor Anna Berg is due to conclude a twin-town agreement with Alta in May.",
    "Mayor Nils Lund will sign a twinning agreement with Alta in June.",
])
def test_a_later_charter_naming_its_partner_is_not_the_earlier_twins(clause):
    got = id_pair_set(TWINS + clause, S)
    assert not pairs_with("city:se:kiruna", "city:no:tromso", "city:fi:rovaniemi") & got, got


def test_a_later_charter_naming_no_partner_is_the_twins_before():
    got = id_pair_set("Kiruna and Rovaniemi became twin towns last year; the twinning "
                      "charter is to be signed in May.", S)
    assert pairs_with("city:se:kiruna", "city:fi:rovaniemi") <= got, got
