"""A relation stated with one side only, the other carried from the paragraph's topic
(``loaders/extract/carried_topic.py``): the last named subject, one to three sentences
back, whose kind fits; and the cases where nothing may be carried."""

import pytest
from extract_candidates import blind_pairs as pairs
from extract_candidates import candidates

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"


def carried(text):
    return [r for r in candidates(text) if r["rule"] == "carried topic"]


@pytest.mark.parametrize(("text", "expected"), [
    # the recipient is the region the last sentence spoke of
    ("The Orenburg Region also relies on Belarusian machinery. In 2024, 210 combine "
     "harvesters were delivered by Gomselmash.",
     ("company:xx:gomselmash", "region:ru:orenburg")),
    ("The Tambov Region is short of farm machinery. Last year the Minsk Tractor Works "
     "supplied 140 tractors.", ("company:xx:mtz", "region:ru:tambov")),
    # the supplier is the firm the paragraph opened with, a country between
    ("Savushkin Product, the Brest dairy, exported cheese worth 290 million dollars. "
     "Russia took two thirds of it. Sales to Kazakhstan rose by a quarter.",
     ("company:xx:savushkin-product", "country:kz")),
    ("The Cheboksary tractor maker Promtractor had a good year. Fourteen bulldozers left "
     "for Mongolia in May, and pipelayers were shipped to Kazakhstan.",
     ("company:xx:promtractor", "country:mn")),
    # "the republic's largest buyer": the place, not the firm named last
    ("Chuvashia's exports grew by a fifth. Cabinets of the firm EKRA went to Vietnam, "
     "where the company builds substations. Kazakhstan remains the republic's largest "
     "buyer.", ("region:ru:chuvashia", "country:kz")),
    # a demonym before the goods: their country sent them
    ("The Tambov Region is modernising its farms. Belarusian tractors were delivered in "
     "May.", ("country:by", "region:ru:tambov")),
    ("The Orenburg flour mills work at full capacity. Kazakh wheat is shipped in by rail.",
     ("country:kz", "city:ru:orenburg")),
    # a vague recipient of the topic's own country
    ("Moldova buys most of its machinery abroad. Belarus delivered 310 tractors to "
     "Moldovan farms last year.", ("country:by", "country:md")),
])
def test_a_supply_with_one_side_takes_the_topic(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Orenburg Region's agreements with Belarus came later. One with the Gomel Region "
     "was concluded in 2012, another with the Minsk Region in 2017.",
     {("region:ru:orenburg", "region:by:gomel"), ("region:ru:orenburg", "region:by:minsk")}),
    ("Chuvashia has become an outward-looking republic. Its government holds cooperation "
     "agreements with eleven regions. The newest was signed in October with the Mogilev "
     "Region.", {("region:ru:chuvashia", "region:by:mogilev")}),
])
def test_a_signing_with_one_partner_takes_the_topic(text, expected):
    found = {tuple(sorted(p)) for p in pairs(text, A)}
    assert {tuple(sorted(p)) for p in expected} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("Mednogorsk lies twenty kilometres from the border. In 2016 twin-town relations were "
     "established with Khromtau.", ("city:ru:mednogorsk", "city:kz:khromtau")),
    ("Cheboksary, the Chuvash capital, keeps a long list of twin towns. The oldest tie is "
     "with Eger in Hungary.",
     ("city:ru:cheboksary", "city:hu:eger")),
    ("Cheboksary, the Chuvash capital, is proud of its partners. Since 2019 the city has "
     "been a sister city of Bukhara, and a twinning treaty with Novopolotsk followed in "
     "2022.",
     ("city:ru:cheboksary", "city:by:novopolotsk")),
])
def test_a_twinning_with_one_town_takes_the_topic(text, expected):
    found = {tuple(sorted(p)) for p in pairs(text, T)}
    assert tuple(sorted(expected)) in found


@pytest.mark.parametrize(("text", "rel_type"), [
    # a paragraph break resets the topic
    ("Mednogorsk lies twenty kilometres from the border.\n\nIn 2016 twin-town relations "
     "were established with Khromtau.", T),
    ("The Tambov Region is short of farm machinery.\n\nLast year the Minsk Tractor Works "
     "supplied 140 tractors.", S),
    # a topic older than three sentences is stale
    ("The Tambov Region is short of farm machinery. Prices of fuel rose. Wages rose too. "
     "Rain fell early. Last year the Minsk Tractor Works supplied 140 tractors.", S),
    # a sentence between that names nobody ends what is said of the topic (signings)
    ("Vektor opened a plant. After that, the prices rose. A contract was signed with "
     "Kalmar.", A),
    # a twinning joins two towns: a firm as topic is no side
    ("Gomselmash opened a dealer centre. In 2016 twin-town relations were established with "
     "Khromtau.", T),
    # a country and a place of its own are no pair
    ("The Tambov Region is short of machinery. Russia also bought 40 tractors from Turkey.",
     S),
    # the sentence names both sides itself
    ("The Tambov Region is modernising its farms. Belarusian tractors were delivered to "
     "Kursk in May.", S),
    ("The Tambov Region is short of machinery. Gomselmash supplied 20 combines to the "
     "Kursk Region.", None),
    # the other side written out, of another country than the topic's
    ("Ekibastuz is a coal town. The Almaty firm Rakhat has started to sell chocolate to "
     "Belarusian retail chains.", S),
    # what is received is no goods
    ("Zhodino is home to BelAZ. In 2019 the plant received an order from Mongolia.", S),
    # a signing only planned or denied
    ("Gorodok borders on Russia. The twinning of Gorodok with Nevel was never formalised.",
     A),
    ("Chuvashia has many partners. A road map with the Atyrau Region is still being "
     "drafted.", A),
    # "we": the side is whom the text speaks for, not the last subject
    ("KazLiftTrade resold lifts in Astana. In Tashkent we signed an agreement with "
     "Uzliftmontazh.", A),
])
def test_nothing_is_carried(text, rel_type):
    assert carried(text) == []


def test_a_pair_found_just_before_is_not_found_again():
    text = ("Mednogorsk signed a twinning agreement with Khromtau in 2016. Mednogorsk is a "
            "small town. Twin-town relations with Khromtau are lively.")
    assert carried(text) == []
    assert len(pairs(text, T)) == 1


def test_the_topic_receives_inputs_named_after_its_own_supply():
    # (the firm the paragraph speaks of takes engines, as a reader reads it)
    assert ("company:xx:deutz", "company:xx:amkodor") in pairs(
        "Amkodor exports loaders to Russia. Engines are delivered by Deutz.", S)


def test_carried_candidates_cite_the_sentence_of_the_one_side():
    rows = carried("The Tambov Region is short of farm machinery.\nLast year the Minsk "
                   "Tractor Works supplied 140 tractors.")
    assert [r["evidence"]["line"] for r in rows] == [2]
    assert rows[0]["rule"] == "carried topic" and rows[0]["type"] == S


@pytest.mark.parametrize(("text", "expected"), [
    # "our" in a letterhead's text: the side is the body the text speaks for
    ("GOVERNMENT OF THE OMSK REGION\nPress service\n\nOur farms are short of machinery. "
     "This spring 90 combines were delivered by Gomselmash for our grain growers.",
     ("company:xx:gomselmash", "region:ru:omsk")),
    ("KOSTANAY REGION AKIMAT\nPress service\n\nThe harvest begins in August. In June 120 "
     "tractors were supplied by the Minsk Tractor Works for our farmers.",
     ("company:xx:mtz", "region:kz:kostanay")),
])
def test_our_side_is_the_body_the_text_speaks_for(text, expected):
    assert expected in pairs(text, S)
    # (once, whether the carried topic or the sentence's own "for our farmers" read it)
    assert len([r for r in candidates(text) if r["type"] == S]) == 1
