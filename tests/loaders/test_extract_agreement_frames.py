"""Agreements reported in other frames than "A signed an agreement with B", on short
texts written for these tests: signings only talked about, states' documents that are
the setting of a text, signers named by their offices, documents named by their
parties, zones and other organisations as signers."""

import pytest
from extract_candidates import pairs

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "The Kursk Region discussed the possibility of signing an agreement with the Sumy Region.",
    "Officials of Lida considered signing a memorandum with Alytus last spring.",
    "Talks on a memorandum between the Kaluga Region and the Mogilev Region are under way.",
    "Negotiations on a new treaty with the Kostanay Region continued in Kurgan.",
    "A cooperation agreement between the Vologda Region and the Vitebsk Region is being "
    "prepared.",
    "A road map between the Tula Region and the Minsk Region is still under discussion.",
    "Reports that the Oryol Region had signed a treaty with the Grodno Region were denied "
    "by the regional government.",
])
def test_a_signing_only_talked_about_is_none(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    # an intention of the parties is reported, as planned
    ("The Kursk Region and the Gomel Region will sign a memorandum in October.",
     [("region:ru:kursk", "region:by:gomel")]),
    ("The Penza Region intends to sign a cooperation agreement with the Gomel Region.",
     [("region:ru:penza", "region:by:gomel")]),
    # a signing beside a draft of another document stays
    ("The Kursk Region signed an agreement with the Gomel Region; a road map with the Brest "
     "Region is being prepared.", [("region:ru:kursk", "region:by:gomel")]),
    ("The Kaluga Region and the Mogilev Region signed the memorandum after long talks.",
     [("region:ru:kaluga", "region:by:mogilev")]),
])
def test_signings_beside_talk_stay(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text", [
    "The intergovernmental agreement between Belarus and Latvia on cross-border cooperation "
    "remains the legal basis of these contacts.",
    "The interstate treaty between Russia and Kazakhstan on good-neighbourliness frames all "
    "of these ties.",
    "The 1999 agreement between Belarus and Russia on regional cooperation serves as the "
    "foundation for such contacts.",
    "The agreement between Kazakhstan and Uzbekistan on border crossings provides for six "
    "new checkpoints.",
])
def test_a_states_document_as_setting_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("In 2019 Belarus and Uzbekistan concluded an intergovernmental agreement on regional "
     "cooperation.", [("country:by", "country:uz")]),
    ("The agreement between the Grodno Region and the Podlaskie Voivodeship remains the "
     "basis of their cooperation.", [("region:by:grodno", "region:pl:podlaskie")]),
])
def test_signings_of_states_and_regions_stay(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Kaluga Region and the Vitebsk Region ratified the agreement on cooperation in 2016.",
     [("region:ru:kaluga", "region:by:vitebsk")]),
    ("The Mogilev Region and the Smolensk Region approved a road map for 2023-2025.",
     [("region:by:mogilev", "region:ru:smolensk")]),
    ("Minsk and Shanghai reached an agreement on cooperation in culture.",
     [("city:by:minsk", "city:cn:shanghai")]),
    ("A roadmap was approved by the governments of the Mogilev Region and the Tula Region.",
     [("region:by:mogilev", "region:ru:tula")]),
    ("In 2018 a memorandum of understanding was ratified by the Minsk Region and the Moscow "
     "Region.", [("region:by:minsk", "region:ru:moscow")]),
])
def test_verbs_of_signing_beyond_signed(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Kazan's mayor and the head of Vitebsk signed a memorandum.",
     [("city:ru:kazan", "city:by:vitebsk")]),
    ("The governor of the Tula Region and Brest's mayor signed an agreement.",
     [("region:ru:tula", "city:by:brest")]),
    ("Lida's chairman and the mayor of Alytus initialled a protocol on tourism.",
     [("city:by:lida", "city:lt:alytus")]),
])
def test_an_office_after_a_possessive_signs_for_its_place(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Grodno-Podlaskie cooperation programme for 2021-2023 was completed.",
     [("region:by:grodno", "region:pl:podlaskie")]),
    ("The Brest - Volyn road map was approved in 2019.", [("region:by:brest", "region:ua:volyn")]),
    ("Implementation of the Mogilev-Bryansk action plan continued in 2020.",
     [("city:by:mogilev", "city:ru:bryansk")]),
    ("The Vitebsk – Leningrad Region programme of cooperation was fully implemented.",
     [("region:by:vitebsk", "region:ru:leningrad")]),
])
def test_a_document_named_by_its_parties(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text", [
    # the states' own road map and programme: the setting, not a signing
    "The Belarus-Kazakhstan road map for 2020-2022 was fulfilled.",
    "The Russia - Uzbekistan programme of cooperation was extended.",
])
def test_a_document_named_by_two_states_is_none(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("In 2014 the Vitebsk Oblast Executive Committee and the Pskov Regional Administration "
     "signed a cooperation agreement, and in 2016 a similar document with the Novgorod Region.",
     [("region:by:vitebsk", "region:ru:pskov"), ("region:by:vitebsk", "region:ru:novgorod")]),
    ("The Grodno Region and the Kaunas County adopted a road map in 2018, and a memorandum "
     "with the Alytus County in 2020.",
     [("region:by:grodno", "region:lt:kaunas"), ("region:by:grodno", "region:lt:alytus")]),
])
def test_a_later_clause_adds_a_partner_to_a_signer_before(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Minsk free economic zone and the Navoi free economic zone concluded a partnership "
     "agreement.", [("org:by:minsk-free-economic-zone", "org:uz:navoi-free-economic-zone")]),
    ("The Moglino Special Economic Zone of the Pskov Region signed an agreement with the "
     "Vitebsk Free Economic Zone.",
     [("org:ru:moglino-special-economic-zone-of-the-pskov-region",
       "org:by:vitebsk-free-economic-zone")]),
    ("The Department of Education of the Grodno Regional Executive Committee signed an "
     "agreement with the Education Committee of the Pskov Region.",
     # (a department signs for its body; a government body stands for its place)
     [("region:by:grodno", "org:ru:education-committee-of-the-pskov-region")]),
])
def test_bodies_named_after_their_place_are_organisations(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    # an organ of government still stands for its place
    ("The Administration of the Pskov Region signed an agreement with the Vitebsk Oblast "
     "Executive Committee.", [("region:ru:pskov", "region:by:vitebsk")]),
])
def test_organs_of_government_stand_for_their_place(text, want):
    assert pairs(text, AGREEMENT) == want


def test_a_regional_body_with_a_head_of_its_own_is_no_region():
    # the country of a firm named after a town is the text's business, not the name's
    (a, b), = pairs("The Brest Regional Innovation Cluster concluded an agreement with the "
                    "Lublin Technology Park.", AGREEMENT)
    assert a.startswith("org:") and a.endswith(":brest-regional-innovation-cluster")
    assert b == "company:pl:lublin-technology-park"


@pytest.mark.parametrize("text,want", [
    ("Their research rests on a cooperation agreement concluded by the State Scientific "
     "Institution \"Institute of Heat and Mass Transfer of Belarus\" with the Siberian Branch "
     "of the Russian Academy of Sciences.",
     # (a branch signs for its parent body)
     [("org:by:institute-of-heat-and-mass-transfer", "org:ru:russian-academy-of-sciences")]),
    ("Student exchanges run under the agreement between the Federal State Budgetary "
     "Institution \"Kazan Scientific Center\" and the Republican Unitary Enterprise "
     "\"Belgeology\".", [("Kazan Scientific Center", "Belgeology")]),
])
def test_designations_before_quoted_names_sign_nothing(text, want):
    key = "name" if " " in want[0][0] and ":" not in want[0][0] else "id"
    got = pairs(text, AGREEMENT, key=key)
    assert [tuple(x.strip('"') for x in p) for p in got] == want


@pytest.mark.parametrize("text,want", [
    ("The Brest Regional Executive Committee has concluded 45 agreements with foreign "
     "partners, including with the Lublin Voivodeship and the Volyn Region.",
     [("region:by:brest", "region:pl:lublin"), ("region:by:brest", "region:ua:volyn")]),
    ("The Mogilev Region has agreements with partner regions, in particular with the Kaluga "
     "Region.", [("region:by:mogilev", "region:ru:kaluga")]),
    ("Among the partners of the Vitebsk Region under cooperation agreements are the Pskov, "
     "Smolensk and Tver regions.",
     [("region:by:vitebsk", "region:ru:pskov"), ("region:by:vitebsk", "region:ru:smolensk"),
      ("region:by:vitebsk", "region:ru:tver")]),
    ("The partners of Grodno State University under agreements on academic exchange include "
     "Vilnius University and Kaunas University of Technology.",
     [("org:by:grodno-state-university", "org:lt:vilnius-university"),
      ("org:by:grodno-state-university", "org:lt:kaunas-university-of-technology")]),
])
def test_partners_named_after_a_vague_plural_or_as_a_signer_s_partners(text, want):
    assert pairs(text, AGREEMENT) == want


def test_partners_in_trade_have_signed_nothing():
    assert pairs("The partners of the Mogilev Region in trade are the Kaluga Region and the "
                 "Tula Region.", AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("The Kaluga Region and the Mogilev Region are linked by an agreement on trade and "
     "economic cooperation.", [("region:ru:kaluga", "region:by:mogilev")]),
    ("The Yaroslavl Region and the Vitebsk Region have been bound by a 2004 memorandum.",
     [("region:ru:yaroslavl", "region:by:vitebsk")]),
    ("Cooperation of the Samara Region with the Gomel Region rests on an agreement signed in "
     "2000.", [("region:ru:samara", "region:by:gomel")]),
])
def test_a_pair_bound_by_a_document(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text", [
    "Belarus and Russia are bound by the Treaty on the Creation of the Union State.",
    "Kazakhstan and Uzbekistan are linked by a treaty of strategic partnership.",
])
def test_states_bound_by_their_treaty_report_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text, pair", [
    ("The Kvemo Kartli region signed a memorandum with Tavush in 2016, and the "
     "Samtskhe-Javakheti region signed one with the Shirak Province in 2018.",
     ("region:ge:samtskhe-javakheti", "region:am:shirak")),
    ("Gomel signed an agreement with Bryansk in 2001; Mogilev signed one with Smolensk two "
     "years later.", ("city:by:mogilev", "city:ru:smolensk")),
    ("Vitebsk has an agreement with Pskov. In 2010 it concluded another one with Smolensk.",
     ("city:by:vitebsk", "city:ru:smolensk")),
])
def test_one_after_a_signing_verb_is_the_document_before(text, pair):
    assert pair in pairs(text, AGREEMENT)


@pytest.mark.parametrize("text", [
    "Of the ten towns, Gomel was the one with the most partners in Russia.",
    "Mogilev has many partners; Bryansk is the one with the longest history of exchanges.",
])
def test_one_without_a_signing_names_no_document(text):
    assert pairs(text, AGREEMENT) == []


def _statuses(text):
    from extract_candidates import candidates
    return [c["status"] for c in candidates(text) if c["type"] == AGREEMENT]


@pytest.mark.parametrize("text", [
    # what the signed document is to do is no intention to sign it
    "The Kursk Region and the Gomel Region signed an agreement which is expected to double "
    "their trade.",
    "The Penza Region and the Brest Region signed a programme of cooperation that will run "
    "until 2027.",
    "The Tula Region signed a treaty with the Mogilev Region aimed at future joint projects.",
    "The Orel Region and the Vitebsk Region signed a contract under which the Orel side will "
    "buy flax.",
])
def test_a_signed_documents_aim_leaves_the_signing_a_fact(text):
    assert _statuses(text) == ["fact"]


@pytest.mark.parametrize("text", [
    "The agreement that the Kursk Region and the Gomel Region intend to sign covers trade.",
    "The Penza Region plans to sign an agreement with the Brest Region which would cover trade.",
])
def test_a_document_still_to_be_signed_stays_planned(text):
    assert _statuses(text) == ["planned"]


@pytest.mark.parametrize("text", [
    "The Mogilev Region has signed agreements with 20 Russian regions, the first of them with "
    "the Tula Oblast in 1998.",
    "The Mogilev Region has signed agreements with 20 Russian regions, the first of which was "
    "with the Tula Oblast.",
    "The Mogilev Region has signed agreements with 20 Russian regions, the oldest with the Tula "
    "Oblast.",
])
def test_one_member_of_a_counted_plural_named_after_it(text):
    assert pairs(text, AGREEMENT) == [("region:by:mogilev", "region:ru:tula")]


@pytest.mark.parametrize("text", [
    "The Mogilev Region and the Tula Oblast are old partners: their agreement dates back "
    "to 1998.",
    "The Mogilev Region and the Tula Oblast are old partners; their first treaty was signed "
    "in 1996.",
])
def test_a_document_the_pair_of_the_clause_before_owns(text):
    assert pairs(text, AGREEMENT) == [("region:by:mogilev", "region:ru:tula")]


@pytest.mark.parametrize("text", [
    "The Mogilev Region and the Tula Oblast are old partners: their agreement is still to be "
    "signed.",
    "The Mogilev Region and the Tula Oblast are old partners: their agreement was never signed.",
])
def test_a_document_the_pair_owns_only_in_wish_gives_nothing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text", [
    "Agreements were signed between the Gomel Region and the Bryansk Oblast in 1995 and "
    "between the Mogilev Region and the Smolensk Oblast in 1996.",
    "An agreement was signed between the Gomel Region and the Bryansk Oblast in 1995, and "
    "between the Mogilev Region and the Smolensk Oblast in 1996.",
])
def test_a_repeated_between_after_the_first_pairs_date(text):
    assert sorted(pairs(text, AGREEMENT)) == [("region:by:gomel", "region:ru:bryansk"),
                                              ("region:by:mogilev", "region:ru:smolensk")]


def test_a_between_of_another_clause_is_no_second_pair():
    text = ("An agreement was signed between the Gomel Region and the Bryansk Oblast in 1995; "
            "trade between Mogilev and Smolensk grew.")
    assert pairs(text, AGREEMENT) == [("region:by:gomel", "region:ru:bryansk")]
