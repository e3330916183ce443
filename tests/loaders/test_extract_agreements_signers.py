"""Agreements and their signers, on short texts written for these tests: documents
turned down after they were prepared, treaties between states that a clause only
rests on, and the signers of the forms a signing is reported in."""

import pytest
from extract_candidates import candidates, pairs

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
     # (a flat list of three signers: every two of them)
     [("region:by:brest", "region:ru:kaluga"), ("region:by:brest", "region:ru:smolensk"),
      ("region:ru:kaluga", "region:ru:smolensk")]),
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
    ("Delegations of the Grodno Region and the Kaliningrad Region gathered at Sovetsk last "
     "week. The sides signed a memorandum on tourism.", ("Grodno Region", "Kaliningrad Region")),
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


@pytest.mark.parametrize("text,want", [
    ("In 2018 the Mogilev Region and the Kostanay Region adopted a road map, and the Minsk "
     "city administration and the akimat of Almaty renewed the agreement of 2004.",
     [("region:by:mogilev", "region:kz:kostanay"), ("city:by:minsk", "city:kz:almaty")]),
    ("In 2015 the Grodno Region and the Kaunas County signed a memorandum, and the Brest "
     "Region and the Lublin Voivodeship concluded an agreement on tourism.",
     [("region:by:grodno", "region:lt:kaunas"), ("region:by:brest", "region:pl:lublin")]),
])
def test_each_document_is_signed_by_the_pair_nearest_before_it(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The cooperation agreement of the Primorsky Krai with the Brest region was signed in "
     "2017, and with the Minsk region in 2019.",
     [("region:ru:primorsky", "region:by:brest"), ("region:ru:primorsky", "region:by:minsk")]),
    ("The memorandum of Gomel with Bryansk dates from 2004, and with Kursk and Oryol from "
     "2010.", [("city:by:gomel", "city:ru:bryansk"), ("city:by:gomel", "city:ru:kursk"),
               ("city:by:gomel", "city:ru:orel")]),
])
def test_a_later_with_phrase_gives_the_document_another_partner(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Gomel Region and the Bryansk Region cooperate under an agreement signed in 2005.",
     ("region:by:gomel", "region:ru:bryansk")),
    ("Vitebsk and Pskov have worked together on the basis of a memorandum of 2012.",
     ("city:by:vitebsk", "city:ru:pskov")),
    ("Since 2010 the Grodno Region and the Podlaskie Voivodeship have been cooperating within "
     "the framework of a road map.", ("region:by:grodno", "region:pl:podlaskie")),
])
def test_a_pair_that_cooperates_under_a_document_signed_it(text, want):
    assert pairs(text, AGREEMENT) == [want]


def test_states_that_cooperate_under_a_treaty_report_no_signing():
    assert pairs("Belarus and Russia cooperate under the Treaty on the Union State.",
                 AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("The signatories of the memorandum were the Gomel Region, the Bryansk Region and the "
     "Chernihiv Region.", [("region:by:gomel", "region:ru:bryansk"),
                           ("region:by:gomel", "region:ua:chernihiv"),
                           ("region:ru:bryansk", "region:ua:chernihiv")]),
    ("The memorandum was signed by the governor of the Bryansk Region and the chairman of the "
     "Gomel Oblast Executive Committee.", [("region:ru:bryansk", "region:by:gomel")]),
    ("The agreement was signed by the mayor of Grodno and the mayor of Kaunas in 2011.",
     [("city:by:grodno", "city:lt:kaunas")]),
])
def test_signatories_and_the_offices_that_sign_for_a_party(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Cooperation between the Grodno Region and the Kaliningrad Region is based on the "
     "agreement of 2001.", [("region:by:grodno", "region:ru:kaliningrad")]),
    ("Relations between Vitebsk and Pskov are governed by a memorandum of 2009.",
     [("city:by:vitebsk", "city:ru:pskov")]),
    ("Partnership between the Gomel Region and the Bryansk Region develops under an agreement "
     "of 2005.", [("region:by:gomel", "region:ru:bryansk")]),
    # between states the document is a framework, and trade rests on no document
    ("Relations between Belarus and Russia are governed by the Union State Treaty.", []),
    ("Trade between the Gomel Region and the Bryansk Region grew after the agreement of 2005.",
     []),
])
def test_ties_between_a_pair_that_rest_on_a_document(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text", [
    "The agreements of the regions complement the treaty base between Belarus and Russia.",
    "Regional agreements are an instrument for implementing the agreements between Belarus "
    "and Russia.",
    "Such memoranda are concluded in the spirit of the Treaty of Friendship between Belarus "
    "and Russia.",
    "Interregional cooperation between Belarus and Russia is developing on the basis of "
    "agreements signed by the regions.",
])
def test_states_named_as_the_background_of_other_documents_sign_nothing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("The Grodno Region and the Kaliningrad Region signed a memorandum under the Agreement "
     "between Belarus and Russia on cooperation of regions.",
     [("region:by:grodno", "region:ru:kaliningrad")]),
    ("Since the signing of the Union State Treaty between Belarus and Russia in 1999, regions "
     "have concluded more than 300 agreements.", [("country:by", "country:ru")]),
])
def test_the_signing_beside_a_background_treaty_stays(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Cooperation agreements have been concluded between the Rostov region and the Minsk, "
     "Brest and Gomel regions.", [("region:ru:rostov", "region:by:minsk"),
                                  ("region:ru:rostov", "region:by:brest"),
                                  ("region:ru:rostov", "region:by:gomel")]),
    ("Agreements were signed between the Bryansk Region and the Gomel, Mogilev and Vitebsk "
     "oblasts in 2001-2005.", [("region:ru:bryansk", "region:by:gomel"),
                               ("region:ru:bryansk", "region:by:mogilev"),
                               ("region:ru:bryansk", "region:by:vitebsk")]),
    # pairs listed with "and" and commas, with no shared kind word, stay pairs
    ("A memorandum between Lida and Alytus, Slonim and Druskininkai was signed in 2012.",
     [("city:by:lida", "city:lt:alytus"), ("city:by:slonim", "city:lt:druskininkai")]),
])
def test_a_group_that_shares_its_kind_word_signs_with_the_first_party(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("In 2016 the Mogilev region was visited by a delegation of the Ulyanovsk region. During "
     "the visit, an agreement on cooperation was signed.",
     [("region:by:mogilev", "region:ru:ulyanovsk")]),
    ("The Gomel Region and the Bryansk Region have long-standing ties. In 2005 an agreement "
     "on trade and economic cooperation was concluded.",
     [("region:by:gomel", "region:ru:bryansk")]),
    ("Delegations of the Brest Region and the Penza Region met in Brest. As a result, a "
     "memorandum was signed.", [("region:by:brest", "region:ru:penza")]),
    # an intention, a count of the field's documents, or sides two sentences back: none
    ("The Gomel Region and the Bryansk Region have long-standing ties. An agreement will be "
     "signed next year.", []),
    ("The Gomel Region and the Bryansk Region have long-standing ties. In total, 300 "
     "agreements have been signed.", []),
    ("The Gomel Region and the Bryansk Region have long-standing ties. Trade grew fast. In "
     "2005 an agreement was concluded.", []),
])
def test_an_agentless_signing_is_of_the_two_sides_named_just_before(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Mogilev Region has partnership agreements with 20 Russian regions, the latest with "
     "the Orenburg Region in 2019.", [("region:by:mogilev", "region:ru:orenburg")]),
    ("The Brest Region has agreements with several Russian regions, including with the Penza "
     "Region.", [("region:by:brest", "region:ru:penza")]),
    ("Grodno signed memoranda with three Polish cities, the first with Bialystok in 2001.",
     [("city:by:grodno", "city:pl:bialystok")]),
    # a with-phrase of another verb is no member of the plural
    ("The Brest Region has agreements with several Russian regions and trades with the Penza "
     "Region.", []),
])
def test_a_with_phrase_naming_one_of_the_partners_before(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Lublin's administration and Brest's executive committee signed a cooperation "
     "agreement in 2002.", ("city:pl:lublin", "city:by:brest")),
    ("Lublin's mayor and Brest's executive committee signed a protocol in 2004.",
     ("city:pl:lublin", "city:by:brest")),
    ("Grodno's city council and Bialystok's municipality concluded a memorandum.",
     ("city:by:grodno", "city:pl:bialystok")),
    ("In 2015 the Vitebsk Region's government and Pskov's regional administration adopted "
     "a road map.", ("region:by:vitebsk", "region:ru:pskov")),
])
def test_organs_after_a_possessive_sign_for_their_place(text, want):
    # "X's administration" acts for X as "X's mayor" does: it neither ends the list of
    # signers nor opens the name of a firm X owns.
    assert [tuple(sorted(p)) for p in pairs(text, AGREEMENT)] == [tuple(sorted(want))]


@pytest.mark.parametrize("text,want", [
    ("Lublin's Ursus and Brest's Santa Bremor signed a supply contract.",
     ("company:pl:ursus", "company:by:santa-bremor")),
])
def test_a_name_after_a_possessive_is_still_the_owners_firm(text, want):
    assert [tuple(sorted(p)) for p in pairs(text, AGREEMENT)] == [tuple(sorted(want))]


@pytest.mark.parametrize("text,title", [
    ("Lublin and Brest signed a cooperation agreement in 2002.", "cooperation agreement"),
    ("Lublin and Brest signed a cooperation agreement on 12 May 2002.",
     "cooperation agreement"),
    ("Lublin and Brest signed a memorandum in Minsk.", "memorandum"),
    ("Lublin and Brest signed a trade and economic cooperation agreement at the forum.",
     "trade and economic cooperation agreement"),
    ("Lublin and Brest signed an agreement in the sphere of education.",
     "agreement in the sphere of education"),
    ("Lublin and Brest signed an Agreement on Cooperation in 2002.",
     "Agreement on Cooperation"),
    ("Lublin and Brest signed a new agreement last year.", "agreement"),
    ("Lublin and Brest signed a road map on cross-border cooperation for 2024-2026 on "
     "Thursday.", "road map on cross-border cooperation for 2024-2026"),
    ("Lublin and Brest signed a memorandum on tourism yesterday.", "memorandum on tourism"),
    # where it was signed, after a lower-case title complete with its field noun
    ("Lublin and Brest signed an agreement on cultural and economic cooperation in "
     "Warsaw on 3 June 2011.", "agreement on cultural and economic cooperation"),
    ("Lublin and Brest concluded a protocol on border partnership at Terespol last "
     "spring.", "protocol on border partnership"),
    # words after "in" that are the document's subject, or a title in title case, stay
    ("Lublin and Brest signed a memorandum on the assembly of buses in Brest.",
     "memorandum on the assembly of buses in Brest"),
    ("Lublin and Brest signed an Agreement on Cooperation in Tourism and Sport.",
     "Agreement on Cooperation in Tourism and Sport"),
])
def test_a_document_title_keeps_its_kind_nouns_and_leaves_out_when_and_where(text, title):
    (found,) = [c for c in candidates(text) if c["type"] == AGREEMENT]
    assert found["document"]["title"] == title


@pytest.mark.parametrize("text,rel,want", [
    ("The mayor of Grodno and his counterpart from Bialystok signed a memorandum in 2019.",
     AGREEMENT, ("city:by:grodno", "city:pl:bialystok")),
    ("The governor of the Smolensk Region signed a cooperation programme with his "
     "Belarusian counterpart from the Mogilev Region.", AGREEMENT,
     ("region:ru:smolensk", "region:by:mogilev")),
    ("The mayor of Lida and her counterpart in Alytus agreed to twin the two towns in 2005.",
     "TWINNED_WITH", ("city:by:lida", "city:lt:alytus")),
    ("The head of the Vitebsk Region and their counterparts of the Pskov Region concluded "
     "a protocol.", AGREEMENT, ("region:by:vitebsk", "region:ru:pskov")),
])
def test_a_counterpart_acts_for_the_place_it_is_from(text, rel, want):
    assert [tuple(sorted(p)) for p in pairs(text, rel)] == [tuple(sorted(want))]


@pytest.mark.parametrize("text", [
    "The mayor of Grodno met his counterpart from Bialystok, but no document was signed.",
    "The mayor of Grodno met his counterpart from Bialystok, and Grodno later signed a "
    "contract with MAZ.",
])
def test_meeting_a_counterpart_is_no_signing_between_them(text):
    assert ("city:by:grodno", "city:pl:bialystok") not in \
        [tuple(sorted(p)) for p in pairs(text, AGREEMENT)]


def _documents(text):
    return [(c["document"]["title"], c["date"]) for c in candidates(text)
            if c["type"] == AGREEMENT]


@pytest.mark.parametrize("text,want", [
    ("The Grodno Region and the Podlaskie Voivodeship signed a road map on cross-border "
     "cooperation in May 2024. The document was signed by the governor of the Grodno Region "
     "and the marshal of Podlaskie.",
     [("road map on cross-border cooperation", "2024-05")] * 2),
    ("In 2011 Mogilev and Kursk concluded a memorandum on youth exchanges. This memorandum "
     "was signed by the mayors of Mogilev and Kursk.",
     [("memorandum on youth exchanges", "2011")] * 2),
])
def test_a_document_referred_back_to_is_the_one_named_before(text, want):
    assert _documents(text) == want


@pytest.mark.parametrize("text,second", [
    # it names a party of its own: another document
    ("Mogilev signed agreements on cooperation with Kursk and Tver in 2009. The agreement "
     "with Tula was signed by Mogilev in 2016.", ("agreement", "2016")),
    # another kind of document
    ("Grodno and Bialystok signed a road map on tourism in 2019. The agreement was signed "
     "by Grodno and Lida.", ("agreement", None)),
    # another paragraph
    ("Grodno and Bialystok signed a road map on tourism in 2019.\n\nThe document was "
     "signed by Grodno and Lida.", ("document", None)),
])
def test_a_document_with_its_own_party_kind_or_paragraph_keeps_its_own_title(text, second):
    assert _documents(text)[-1] == second
