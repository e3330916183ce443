"""Agreements and their signers, on short texts written for these tests: documents
turned down after they were prepared, treaties between states that a clause only
rests on, and the signers of the forms a signing is reported in."""

import pytest
from extract_candidates import pairs

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "A new agreement between the Brest Region and the Volyn Region was discussed in 2021, "
    "but the Ukrainian side refused to sign it.",
    "A contract between MAZ and the Kazan city administration on city buses was prepared in "
    "2023, but the city council rejected it.",
    "A memorandum between the Grodno Region and the Kaunas County was drafted in 2019 and "
    "was later turned down by the Lithuanian side.",
    "The Vitebsk Region drew up a road map with the Pskov Region, but the regional duma "
    "vetoed the document.",
])
def test_a_document_turned_down_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text", [
    "Relations between the two countries rest on the Treaty on the Creation of the Union "
    "State between Belarus and Russia of 1999.",
    "Trade between the regions is governed by the 1998 Agreement between Belarus and "
    "Kazakhstan on economic cooperation.",
    "These contacts rely on the Agreement on Cooperation in Education between Russia and "
    "Belarus.",
])
def test_a_treaty_between_states_a_clause_rests_on_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    # a signing reported beside a refusal elsewhere stays
    ("In 2021 the Brest Region signed an agreement with the Volyn Region, although Minsk "
     "had proposed a wider treaty.", [("region:by:brest", "region:ua:volyn")]),
    ("Belarus and Kazakhstan signed an agreement on economic cooperation in 1998.",
     [("country:by", "country:kz")]),
])
def test_signings_beside_those_guards_stay(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("At the Forum of Rectors in Minsk, Grodno State University and Smolensk State "
     "University signed an agreement on joint laboratories.",
     [("Grodno State University", "Smolensk State University")]),
    ("During the fair in Kazan, the Mogilev Region and the Republic of Tatarstan signed a "
     "road map on machine building.", [("region:by:mogilev", "region:ru:tatarstan")]),
    ("On the sidelines of the forum in Grodno, the Brest Region, the Kaluga Region and the "
     "Smolensk Region adopted a joint action plan.",
     [("region:by:brest", "region:ru:kaluga"), ("region:by:brest", "region:ru:smolensk")]),
])
def test_the_place_of_the_occasion_signs_nothing(text, want):
    key = "name" if want[0][0][0].isupper() else "id"
    assert pairs(text, AGREEMENT, key=key) == want


@pytest.mark.parametrize("text,want", [
    ("Cooperation agreements were also signed by MAZ, BelAZ and Gomselmash with the "
     "Government of Tatarstan.",
     [("MAZ", "Government of Tatarstan"), ("BelAZ", "Government of Tatarstan"),
      ("Gomselmash", "Government of Tatarstan")]),
    ("Memoranda on tourism were concluded by the Grodno Region and the Brest Region with the "
     "Kaliningrad Region in 2020.",
     [("Grodno Region", "Kaliningrad Region"), ("Brest Region", "Kaliningrad Region")]),
])
def test_each_agent_of_a_passive_signing_signs_with_the_partner(text, want):
    assert pairs(text, AGREEMENT, key="name") == want


@pytest.mark.parametrize("text,want", [
    ("In 2022 the mayors of Brest and Bryansk met in Minsk. The parties signed a road map "
     "for joint research.", ("Brest", "Bryansk")),
    ("Representatives of the Belarusian tyre maker Belshina and the Russian petrochemical "
     "company Nizhnekamskneftekhim met in Nizhnekamsk in March. The parties signed a contract "
     "on synthetic rubber.", ("Belshina", "Nizhnekamskneftekhim")),
    ("Delegations of the Vitebsk Region and the Pskov Region gathered at Polotsk last week. "
     "The sides signed a memorandum on tourism.", ("Vitebsk Region", "Pskov Region")),
])
def test_the_parties_are_those_who_met_not_where(text, want):
    assert pairs(text, AGREEMENT, key="name") == [want]


@pytest.mark.parametrize("text,want", [
    ("The Lori marz cooperates with the Smolensk Region on the basis of the memorandum of "
     "2014; the twin city of its centre, Vanadzor, is the Belarusian city of Vitebsk.",
     ("region:am:lori", "region:ru:smolensk")),
    ("The Vitebsk Region works with the Pskov Region under an agreement of 2011; the twin "
     "towns of Vitebsk include Pskov.", ("region:by:vitebsk", "region:ru:pskov")),
])
def test_a_twin_word_of_the_next_clause_leaves_the_document_an_agreement(text, want):
    assert want in pairs(text, AGREEMENT)


@pytest.mark.parametrize("text,want", [
    ("A contract between the Belarusian company Amkodor and the Kazakh firm KazAvtoZhol was "
     "signed in 2019.", ("company:by:amkodor", "company:kz:kazavtozhol")),
    ('A memorandum between the Belarusian holding "Amkodor" and the Uzbek company '
     '"Uzavtosanoat" was signed in Tashkent.', ("company:by:amkodor", "company:uz:uzavtosanoat")),
])
def test_between_a_described_firm_and_its_partner(text, want):
    assert pairs(text, AGREEMENT) == [want]
