"""Agreement and twinning shapes beyond "A signed an agreement with B", on short texts
written for these tests: other verbs of making or remaking a document, the noun of the
act with its agents, later with-phrases after a comma, pairs that carry their own
plural kind word, co-signer lists before "with", lists of towns located by their
country, and a possessive that only describes the next town."""

import pytest
from extract_candidates import candidates, pairs

AGREEMENT = "SIGNED_AGREEMENT"
TWIN = "TWINNED_WITH"


@pytest.mark.parametrize("text,want", [
    ("Kaluga and Orsha put their signatures to a road map on Friday.",
     [("city:ru:kaluga", "city:by:orsha")]),
    ("The mayors of Kolomna and Lida put their signatures under a memorandum.",
     [("city:ru:kolomna", "city:by:lida")]),
    ("The Kursk Region and the Gomel Region formalised their cooperation in a road map.",
     [("region:ru:kursk", "region:by:gomel")]),
    ("The Tula Region formalised its ties with the Brest Region in a protocol.",
     [("region:ru:tula", "region:by:brest")]),
    ("Kaluga and Orsha prolonged the agreement of 2010 until 2030.",
     [("city:ru:kaluga", "city:by:orsha")]),
    ("Last year Pinsk and Serpukhov extended their memorandum for three more years.",
     [("city:by:pinsk", "city:ru:serpukhov")]),
])
def test_other_verbs_of_making_a_document(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The signing of a road map by the Oryol Region and the Vitebsk Region was the high "
     "point of the visit.", [("region:ru:oryol", "region:by:vitebsk")]),
    ("The conclusion of an agreement on trade and economic cooperation by Kaluga and "
     "Orsha crowned the visit.", [("city:ru:kaluga", "city:by:orsha")]),
])
def test_the_noun_of_the_act_with_its_agents(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Lida has cooperation agreements with Alytus, with Kolomna and with Ruse.",
     [("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:ru:kolomna"),
      ("city:by:lida", "city:bg:ruse")]),
    ("The Grodno Region has agreements with the Pskov and Tver regions of Russia, with "
     "the Kostanay Region of Kazakhstan and with Podlaskie.",
     [("region:by:grodno", "region:ru:pskov"), ("region:by:grodno", "region:ru:tver"),
      ("region:by:grodno", "region:kz:kostanay"), ("region:by:grodno", "region:pl:podlaskie")]),
])
def test_later_with_phrases_after_a_comma(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Akmola and Omsk regions, as well as the Pavlodar and Altai regions, entered "
     "into agreements in 2011.",
     [("region:kz:akmola", "region:ru:omsk"), ("region:kz:pavlodar", "region:ru:altai-krai")]),
    ("The Minsk and Kaluga regions and the Brest and Tula regions signed agreements in "
     "2014.", [("region:by:minsk", "region:ru:kaluga"), ("region:by:brest", "region:ru:tula")]),
])
def test_pairs_that_carry_their_own_plural_kind_word(text, want):
    assert sorted(pairs(text, AGREEMENT)) == sorted(want)


@pytest.mark.parametrize("text,want", [
    ("The Minsk, Brest and Gomel regions signed agreements with the Kaluga Region.",
     [("region:by:minsk", "region:ru:kaluga"), ("region:by:brest", "region:ru:kaluga"),
      ("region:by:gomel", "region:ru:kaluga")]),
    ("Lida, Pinsk and Orsha have concluded cooperation agreements with Kolomna.",
     [("city:by:lida", "city:ru:kolomna"), ("city:by:pinsk", "city:ru:kolomna"),
      ("city:by:orsha", "city:ru:kolomna")]),
])
def test_co_signer_lists_before_with(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Oral has two partner cities in Russia: Orenburg and Saratov.",
     [("city:kz:oral", "city:ru:orenburg"), ("city:kz:oral", "city:ru:saratov")]),
    ("Lida has three twin towns in Poland: Ostrow Mazowiecka, Elk and Gizycko.",
     [("city:by:lida", "city:pl:ostrow-mazowiecka"), ("city:by:lida", "city:pl:elk"),
      ("city:by:lida", "city:pl:gizycko")]),
    # a country after each member only locates it
    ("Lida has twin towns in four countries: Alytus in Lithuania, Elk in Poland, Kolomna "
     "in Russia and Ruse in Bulgaria.",
     [("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:elk"),
      ("city:by:lida", "city:ru:kolomna"), ("city:by:lida", "city:bg:ruse")]),
])
def test_twin_lists_with_their_country(text, want):
    assert pairs(text, TWIN) == want


def test_a_locating_country_is_no_list_member_of_a_supply_either():
    text = "The Minsk Tractor Works ships tractors to Alytus in Lithuania, Elk in Poland and Ruse."
    assert [b for _, b in pairs(text, "SUPPLIES_TO")] == [
        "city:lt:alytus", "city:pl:elk", "city:bg:ruse"]


@pytest.mark.parametrize("text,want", [
    ("Shymkent is twinned with Urumqi's neighbour Changji, and Taldykorgan with Karamay.",
     [("city:kz:shymkent", "city:cn:changji"), ("city:kz:taldykorgan", "city:cn:karamay")]),
    ("Brest is twinned with Moscow's satellite town Podolsk, and Lida with Alytus.",
     [("city:by:brest", "city:ru:podolsk"), ("city:by:lida", "city:lt:alytus")]),
    # twin words after the possessive make it the owner
    ("Pinsk's twin town Kolomna sent a choir.", [("city:by:pinsk", "city:ru:kolomna")]),
])
def test_a_possessive_that_describes_the_next_town(text, want):
    assert pairs(text, TWIN) == want


@pytest.mark.parametrize("text,want", [
    ("In 2018, the Gomel Region and the Chernihiv Region agreed a plan of action.",
     [("region:by:gomel", "region:ua:chernihiv")]),
    ("The Vitebsk Region and the Pskov Region have been cooperating since 2001 on the "
     "basis of an agreement.", [("region:by:vitebsk", "region:ru:pskov")]),
])
def test_agreed_and_cooperating_since_a_year(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    # the partner of an earlier with-phrase is no signer of the next one
    ("The Grodno Region maintains ties with many Polish partners. An agreement with "
     "Podlaskie was signed in 2004, and a memorandum with Lublin in 2008.",
     [("region:by:grodno", "region:pl:podlaskie"), ("region:by:grodno", "region:pl:lublin")]),
    ("The Gomel Region is active in the east. A memorandum of understanding with the "
     "Bryansk Region has been concluded.", [("region:by:gomel", "region:ru:bryansk")]),
])
def test_a_document_with_its_partner_signed_in_the_passive(text, want):
    assert pairs(text, AGREEMENT) == want


def test_a_later_with_partner_is_not_paired_with_the_earlier_one():
    text = "An agreement with Podlaskie was signed in 2004, and a memorandum with Lublin in 2008."
    assert ("region:pl:podlaskie", "city:pl:lublin") not in pairs(text, AGREEMENT)


@pytest.mark.parametrize("text,want", [
    ("Lida is twinned with Alytus. Other twin towns are Elk and Kolomna.",
     [("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:elk"),
      ("city:by:lida", "city:ru:kolomna")]),
    ("Pinsk's twin towns include Kolomna and Ruse. Others are Alytus and Elk.",
     [("city:by:pinsk", "city:ru:kolomna"), ("city:by:pinsk", "city:bg:ruse"),
      ("city:by:pinsk", "city:lt:alytus"), ("city:by:pinsk", "city:pl:elk")]),
    # a list begun after a count goes on after "the list also includes" too
    ("Mogilev has 15 twin cities, among them Kaluga and Ruse. The list also includes "
     "Villeurbanne and Serpukhov.",
     [("city:by:mogilev", "city:ru:kaluga"), ("city:by:mogilev", "city:bg:ruse"),
      ("city:by:mogilev", "city:fr:villeurbanne"), ("city:by:mogilev", "city:ru:serpukhov")]),
])
def test_a_twin_list_goes_on_in_the_next_sentence(text, want):
    assert pairs(text, TWIN) == want


def test_an_agreement_list_goes_on_in_the_next_sentence():
    text = ("The Minsk Region has agreements with the Moscow Region and the Tula Region. "
            "Other partners include the Kaluga Region and the Bryansk Region.")
    assert pairs(text, AGREEMENT) == [
        ("region:by:minsk", "region:ru:moscow"), ("region:by:minsk", "region:ru:tula"),
        ("region:by:minsk", "region:ru:kaluga"), ("region:by:minsk", "region:ru:bryansk")]


def test_a_pair_of_towns_opens_no_list_of_either():
    text = "Lida and Alytus are twin towns. Others are Elk and Kolomna."
    assert ("city:by:lida", "city:pl:elk") not in pairs(text, TWIN)


@pytest.mark.parametrize("text,want", [
    ("Sichuan Province is a major partner. In 2002, Minsk signed an agreement with this "
     "Chinese province.", [("city:by:minsk", "region:cn:sichuan")]),
    ("The Kostanay Region is a neighbour. In 2012 the Kurgan Region signed a protocol with "
     "the Kazakh oblast.", [("region:ru:kurgan", "region:kz:kostanay")]),
])
def test_a_province_or_oblast_named_by_its_country_is_the_one_named_before(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("Belarus' Grodno Region and China's Liaoning Province signed a memorandum in 2017.",
     [("region:by:grodno", "region:cn:liaoning")]),
    ("Belarus’ Gomel Region and Russia's Bryansk Region renewed their agreement.",
     [("region:by:gomel", "region:ru:bryansk")]),
])
def test_a_country_possessive_with_a_bare_apostrophe(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Minsk region and the Moscow region signed an agreement on cooperation for "
     "2019-2021, and the Grodno region and the Kaliningrad region a protocol.",
     [("region:by:minsk", "region:ru:moscow"), ("region:by:grodno", "region:ru:kaliningrad")]),
    ("Lida and Alytus concluded a memorandum; in 2012 Pinsk and Kolomna a similar one.",
     [("city:by:lida", "city:lt:alytus"), ("city:by:pinsk", "city:ru:kolomna")]),
])
def test_a_later_pair_whose_signing_verb_is_left_out(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("With the Shandong Province, the Mogilev region signed an agreement in 2016.",
     [("region:by:mogilev", "region:cn:shandong")]),
    ("With Kaunas and Alytus, Grodno concluded cooperation agreements in 2001.",
     [("city:by:grodno", "city:lt:kaunas"), ("city:by:grodno", "city:lt:alytus")]),
])
def test_a_fronted_partner(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,twins,agreements", [
    ("The Kostanay region has had sister-region relations with the Chelyabinsk region since "
     "2004 and a cooperation agreement with the Kurgan region since 2011.",
     [("region:kz:kostanay", "region:ru:chelyabinsk")],
     [("region:kz:kostanay", "region:ru:kurgan")]),
    ("Gomel has had twin-city ties with Bryansk since 1998 and an agreement on trade with "
     "Kursk since 2005.", [("city:by:gomel", "city:ru:bryansk")],
     [("city:by:gomel", "city:ru:kursk")]),
    # a twinning agreement is the twinning and that agreement's signing
    ("Minsk and Ankara signed a twinning agreement in 2010.",
     [("city:by:minsk", "city:tr:ankara")], [("city:by:minsk", "city:tr:ankara")]),
])
def test_twin_words_keep_their_own_with_phrase(text, twins, agreements):
    assert pairs(text, TWIN) == twins
    assert pairs(text, AGREEMENT) == agreements


@pytest.mark.parametrize("text,want", [
    ("Novosibirsk State Technical University and Karaganda Technical University named after "
     "A. Saginov signed a memorandum on joint degree programmes.",
     [("org:ru:novosibirsk-state-technical-university", "org:kz:karaganda-technical-university")]),
    ("Tomsk Polytechnic University and Pavlodar State University named after S. Toraighyrov "
     "concluded an agreement on exchanges.",
     [("org:ru:tomsk-polytechnic-university", "org:kz:pavlodar-state-university")]),
])
def test_a_body_named_after_a_person_signs(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("In 2012 Brest joined the family of partner cities of the Serbian town of Sremska "
     "Mitrovica. Sister-city relations with Tula date from 2015.",
     [("city:by:brest", "city:rs:sremska-mitrovica"), ("city:by:brest", "city:ru:tula")]),
    ("Mogilev is the centre of the region. Twin-city ties with Kaluga were set up in 1995.",
     [("city:by:mogilev", "city:ru:kaluga")]),
])
def test_twin_words_with_a_partner_only_take_the_place_spoken_of(text, want):
    assert pairs(text, TWIN) == want


def test_twin_words_with_a_partner_only_and_no_place_before_give_nothing():
    assert pairs("Twin-city ties with Kaluga were set up in 1995.", TWIN) == []


@pytest.mark.parametrize("text", [
    "The legal basis of their relations is formed by more than 200 documents signed between "
    "Belarus and China.",
    "Belarus and China have signed over 100 intergovernmental agreements since 1992.",
])
def test_the_states_whole_treaty_base_counted_is_no_signing(text):
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    # one document of two states stays, as a signing
    ("Belarus and Vietnam signed an agreement on the mutual protection of investments in 1992.",
     [("country:by", "country:vn")]),
    # regions' documents counted are their own agreements
    ("The Minsk Region and the Moscow Region have signed more than 10 agreements.",
     [("region:by:minsk", "region:ru:moscow")]),
])
def test_one_document_of_states_and_counted_documents_of_regions_stay(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text,want", [
    ("The Grodno Region became a partner of the Kaliningrad Region under an agreement signed "
     "in 2010.", [("region:by:grodno", "region:ru:kaliningrad")]),
    ("The Gomel Region and the Bryansk Region have been bound since 2005 by an agreement on "
     "cooperation.", [("region:by:gomel", "region:ru:bryansk")]),
    ("The Brest Region has been cooperating with the Volyn Region since 2008, when an "
     "agreement was signed.", [("region:by:brest", "region:ua:volyn")]),
    ("The Vitebsk Region initialled with the Pskov Region a protocol on border trade.",
     [("region:by:vitebsk", "region:ru:pskov")]),
])
def test_partnerships_and_ties_that_rest_on_a_document(text, want):
    assert pairs(text, AGREEMENT) == want


@pytest.mark.parametrize("text", [
    # ("ties formalised in an agreement in 1996" is a paper signed: the twinning and its
    # signing, convention K, see test_extract_twinning_line_signings.py)
    "Lida has been a partner of Alytus since 2001 on the basis of a memorandum.",
])
def test_a_document_of_a_town_partnership_stays_the_twinning(text):
    assert pairs(text, AGREEMENT) == []
    assert len(pairs(text, TWIN)) == 1


def test_a_partner_without_a_document_signs_nothing():
    text = ("The Gomel Region is a trade partner of the Bryansk Region and a memorandum is "
            "being drafted.")
    assert pairs(text, AGREEMENT) == []


@pytest.mark.parametrize("text,want", [
    ("Lida partnered with Alytus in 2001.", [("city:by:lida", "city:lt:alytus")]),
    ("In 2016 Pinsk also partnered with the Russian town of Kolomna.",
     [("city:by:pinsk", "city:ru:kolomna")]),
    ("Lida and Alytus are friend cities.", [("city:by:lida", "city:lt:alytus")]),
    ("Lida and Alytus have been cities-friends since 2001.", [("city:by:lida", "city:lt:alytus")]),
    # between regions "partnered" is no twinning
    ("The Gomel Region partnered with the Bryansk Region in 2001.", []),
])
def test_more_twinning_words(text, want):
    assert pairs(text, TWIN) == want


@pytest.mark.parametrize("text", [
    "Lida and Alytus signed an agreement on twin-city relations.",
    "Lida and Alytus signed an agreement on sister-city relations in 2005.",
])
def test_an_agreement_on_twin_relations_is_a_twinning_in_fact(text):
    rows = [r for r in candidates(text)
            if r["type"] == TWIN]
    assert [r["status"] for r in rows] == ["fact"]


@pytest.mark.parametrize("text,want", [
    ("On 12 May 2018 in Minsk, the Minsk Regional Executive Committee and, on the Chinese "
     "side, the People's Government of Henan Province signed a memorandum.",
     [("region:by:minsk", "region:cn:henan")]),
    ("The Minsk Region and, on the Russian side, the Tula Region signed a protocol.",
     [("region:by:minsk", "region:ru:tula")]),
    ("The Vitebsk Region and, for its part, the Pskov Region signed a road map.",
     [("region:by:vitebsk", "region:ru:pskov")]),
    # a date and a place before the signers name no signer
    ("In June 2019 in Pskov, the Vitebsk Region and the Pskov Region signed a road map.",
     [("region:by:vitebsk", "region:ru:pskov")]),
])
def test_asides_dates_and_places_between_the_signers(text, want):
    assert pairs(text, AGREEMENT) == want


def test_a_with_list_signed_by_one_agent():
    text = ("Agreements with the Kaluga Region (2001), the Bryansk Region (2003) and the "
            "Smolensk Region (2007) were signed by the Mogilev Region.")
    assert pairs(text, AGREEMENT) == [
        ("region:by:mogilev", "region:ru:kaluga"), ("region:by:mogilev", "region:ru:bryansk"),
        ("region:by:mogilev", "region:ru:smolensk")]
