"""Pairs coordinated as one list: agents of a passive signing that repeat "by" for each
pair ("signed by A and B and by C and D"), and a report's entry that names a pair, a
colon and the document it has ("A and B: protocol on tourism, 2016"), and an owner's
entry ("A: partner towns are B and C"). Short texts written for these tests, negatives
included."""

import pytest
from extract_candidates import named_pairs as _named

TW, AG = "TWINNED_WITH", "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,rel_type,expected", [
    ("In 2014 agreements were signed by Lida and Alytus, and by Slonim and Druskininkai.",
     AG, {("Alytus", "Lida"), ("Druskininkai", "Slonim")}),
    ("Protocols on tourism were concluded by Mozyr and Chernihiv as well as by Pinsk and "
     "Lutsk.", AG, {("Chernihiv", "Mozyr"), ("Lutsk", "Pinsk")}),
    ("In 2014 twinning documents were signed by Lida and Alytus and by Slonim and "
     "Druskininkai.", TW, {("Alytus", "Lida"), ("Druskininkai", "Slonim")}),
])
def test_pairs_of_agents_that_repeat_by(text, rel_type, expected):
    assert _named(text, rel_type) == expected


def test_pairs_of_agents_are_no_partners_of_an_earlier_signer():
    # before: the passive clause was read as naming one side, and the Grodno Region of
    # the clause before became the partner of each town
    text = ("In 2011 the Grodno Region and the Podlaskie Voivodeship agreed to cooperate, "
            "and later agreements were signed by Lida and Alytus and by Slonim and "
            "Druskininkai.")
    assert not any("Grodno Region" in p for p in _named(text, AG))
    assert {("Alytus", "Lida"), ("Druskininkai", "Slonim")} <= _named(text, AG)


@pytest.mark.parametrize("text,expected", [
    # a lone agent after "by" still takes the earlier signer's partner
    ("In 2011 Grodno signed a road map with Bialystok, and in 2013 a similar document was "
     "signed by Augustow.", ("Augustow", "Grodno")),
])
def test_a_lone_agent_still_completes_the_signing(text, expected):
    assert expected in _named(text, AG)


def test_a_list_of_pairs_without_by_is_not_read_so():
    # two pairs after "with" are partners of the subject, not pairs of their own
    assert ("Alytus", "Lida") not in _named(
        "Grodno signed memoranda with Lida and Alytus and with Slonim.", AG)


@pytest.mark.parametrize("text,expected", [
    ("The Brest Region and the Volyn Region: protocol on tourism, 2016.",
     ("Brest Region", "Volyn Region")),
    ("The Brest Region and the Volyn Region: road map on tourism, signed 4 May 2019.",
     ("Brest Region", "Volyn Region")),
    ("Grodno State University and Vilnius University: memorandum signed in April 2023.",
     ("Grodno State University", "Vilnius University")),
    ("Mozyr and Chernihiv: cooperation agreement (2011), still in force.",
     ("Chernihiv", "Mozyr")),
])
def test_a_report_entry_names_a_pair_and_its_document(text, expected):
    assert expected in _named(text, AG)


@pytest.mark.parametrize("text", [
    "Lida and Alytus: delegations exchanged in May; nothing signed.",
    "Lida and Alytus: talks on a memorandum in 2024.",
    "Lida and Alytus: no agreement yet.",
    "Lida and Alytus: draft agreement under discussion.",
    # the document is no entry's when the pair is no sentence's opening
    "Trade between Lida and Alytus grew: agreement prices fell.",
])
def test_an_entry_without_a_document_of_the_pair(text):
    assert _named(text, AG) == set()


# An owner's entry: the owner opening it, a colon or a dash, its twins.
@pytest.mark.parametrize("text,expected", [
    ("Pinsk: partner towns are Lutsk (from 2002) and Kobrin (from 2009).",
     {("Lutsk", "Pinsk"), ("Kobrin", "Pinsk")}),
    ("Mozyr - twin towns: Chernihiv, Novozybkov and Lida.",
     {("Chernihiv", "Mozyr"), ("Mozyr", "Novozybkov"), ("Lida", "Mozyr")}),
    ("- Brest: sister cities include Biala Podlaska and Terespol.",
     {("Biala Podlaska", "Brest"), ("Brest", "Terespol")}),
])
def test_an_owners_entry_pairs_the_owner_with_each_twin(text, expected):
    assert _named(text, TW) == expected


@pytest.mark.parametrize("text,pair", [
    # the owner must open the entry
    ("In the report on Slonim: partner towns are Lida and Alytus.", ("Alytus", "Slonim")),
    # no twin noun after the colon
    ("Slonim: partnership talks with Druskininkai continue.", ("Druskininkai", "Slonim")),
])
def test_no_owners_entry(text, pair):
    assert pair not in _named(text, TW)


# A pair that owns its twinning in a clause after another twinning.
@pytest.mark.parametrize("text,expected", [
    ("Lida is twinned with Alytus, while Slonim and Druskininkai formalised their "
     "partnership in 2012.", ("Druskininkai", "Slonim")),
    ("Mozyr has been a twin town of Chernihiv since 1996, but Pinsk and Lutsk formalised "
     "their partnership only in 2014.", ("Lutsk", "Pinsk")),
])
def test_a_pairs_own_twinning_in_a_later_clause(text, expected):
    assert expected in _named(text, TW)


@pytest.mark.parametrize("text,expected", [
    # the pair of the first clause owns "their partnership" after a semicolon: one pair
    ("Lida is twinned with Alytus; their partnership dates from 1999.",
     {("Alytus", "Lida")}),
    # a clause whose pair is named in an earlier clause's twinning only
    ("Lida is twinned with Alytus, and Slonim signed a trade deal with Druskininkai.",
     {("Alytus", "Lida")}),
])
def test_no_pair_of_another_clause(text, expected):
    assert _named(text, TW) == expected


# A town's apposition that names its region, before the twinning verb.
@pytest.mark.parametrize("text,expected", [
    ("Lida, a district seat west of Grodno, is a twin town of Alytus, and Slonim has been "
     "paired with Druskininkai since 2013.", ("Alytus", "Lida")),
    ("Mozyr, a river port in the Gomel Region, became a sister city of Chernihiv in 1996.",
     ("Chernihiv", "Mozyr")),
])
def test_a_town_with_its_apposition_before_the_twin_verb(text, expected):
    assert expected in _named(text, TW)


def test_the_region_of_the_apposition_is_no_twin():
    text = "Lida, a district seat in the Grodno Region, is a twin town of Alytus."
    assert not any("Grodno" in p for p in _named(text, TW))


# A town located by the speaker's region after "of", in a clause of its own.
@pytest.mark.parametrize("text,expected", [
    ("Lida and Alytus have been twin towns since 2011, and Slonim of our region became a "
     "partner city of Druskininkai in 2016.", {("Alytus", "Lida"), ("Druskininkai", "Slonim")}),
    ("Mozyr and Chernihiv have been sister cities since 1996, and Kalinkovichi of our "
     "district became a twin town of Novozybkov in 2005.",
     {("Chernihiv", "Mozyr"), ("Kalinkovichi", "Novozybkov")}),
])
def test_a_town_of_our_region_in_a_later_clause(text, expected):
    assert _named(text, TW) == expected


# A later clause whose document names its partner before a passive signing verb.
@pytest.mark.parametrize("text,expected", [
    ("In 2005 the Grodno Region and the Podlaskie Voivodeship signed a memorandum, and a "
     "cooperation agreement with the Alytus County was concluded in the following year.",
     ("Alytus County", "Grodno Region")),
    ("In 2005 the Grodno Region and the Podlaskie Voivodeship signed a memorandum, and a "
     "protocol on tourism with Alytus was signed in 2007.", ("Alytus", "Grodno Region")),
])
def test_a_document_with_its_partner_signed_in_the_passive(text, expected):
    assert expected in _named(text, AG)


def test_a_document_with_its_partner_not_yet_signed():
    text = ("In 2005 the Grodno Region and the Podlaskie Voivodeship signed a memorandum, and "
            "a cooperation agreement with the Alytus County is being prepared.")
    assert _named(text, AG) == {("Grodno Region", "Podlaskie Voivodeship")}


def test_a_report_entry_set_out_as_an_item():
    text = ("1. Grodno Region\n- Grodno is twinned with Bialystok.\n"
            "- Lida and the Alytus district: protocol on youth exchange, 2018.\n")
    assert ("Alytus district", "Lida") in _named(text, AG)
