"""A party named only in a neighbouring sentence of the paragraph: the coordinated
subject before an agentless signing, the maker before goods that open a passive supply,
a twinning owned by "the town's" before a "their", the signer a report speaks for, the
goods a maker makes going on as "they", "among its twin towns are", "its cooperation
with B" on a document (``pipeline.py``, ``names.goods_opening``,
``reference_chain.owned_relations``, ``twinning.twin_references``,
``carried_topic._speakers_own``, ``carried_topic._made_goods_go``)."""

import pytest
from extract_candidates import candidates, firm_blind

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"


def pairs(text, rel_type):
    """Unordered pairs by id, a firm's without its country (the recogniser's business)."""
    return {frozenset((firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"])))
            for r in candidates(text) if r["type"] == rel_type}


def supplies(text):
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == S}


# -- an agentless signing after a coordinated subject of two ------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Mogilev Region and the Bryansk Region share a border along the Sozh and the "
     "Iput. A cooperation agreement was signed in 2002.",
     {"region:by:mogilev", "region:ru:bryansk"}),
    ("The Lublin Voivodeship and the Volyn Region, together with Brest, run a cross-border "
     "programme financed by the European Union. An agreement on cooperation was concluded "
     "in 1997 and extended in 2008.", {"region:pl:lublin", "region:ua:volyn"}),
])
def test_the_subject_pair_signs_an_agreement_no_one_is_said_to_sign(text, expected):
    assert frozenset(expected) in pairs(text, A)


@pytest.mark.parametrize("text", [
    # the pair is no subject: one region borders two others
    "The Mogilev Region borders the Bryansk Region and the Smolensk Region. A cooperation "
    "agreement was signed in 2002.",
    # a paragraph break: whose agreement is no longer said
    "The Mogilev Region and the Bryansk Region share a border along the Sozh.\n\nA "
    "cooperation agreement was signed in 2002.",
    # two regions of one country as the subject: no interregional pair across a border
    "The Mogilev Region and the Gomel Region share a border with the Bryansk Region. A "
    "cooperation agreement was signed in 2002.",
])
def test_no_subject_pair_no_signing(text):
    assert not any(r["type"] == A for r in candidates(text))


# -- goods opening a passive supply -------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Grodno Azot had a strong quarter. Urea was delivered to Lithuania and Latvia.",
     {("company:xx:grodno-azot", "country:lt"), ("company:xx:grodno-azot", "country:lv")}),
    ("Naftan had a record year. Xylene was exported to Poland in May.",
     {("company:xx:naftan", "country:pl")}),
    ("Belshina reported higher sales. Caprolactam is supplied to Khimvolokno in Grodno.",
     {("company:xx:belshina", "company:xx:khimvolokno")}),
])
def test_goods_opening_a_passive_are_no_supplier(text, expected):
    got = supplies(text)
    assert expected <= got
    goods = text.split(". ")[1].split()[0].lower()
    assert not any(goods in a for a, _ in got)


@pytest.mark.parametrize("text", [
    # a name the text writes again is a firm: a firm sold to investors is no supply
    "Grodno Azot had a strong quarter. Achema was sold to Lithuanian investors. Achema "
    "has a plant in Jonava.",
    # no supply verb with "to": nothing moves
    "Grodno Azot had a strong quarter. Urea went up in price.",
])
def test_no_goods_opening_no_supply(text):
    assert not supplies(text)


# -- "the town's friendship with B" before "their mayors signed" ----------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Orsha lies where the highway crosses the Dnieper. The town's friendship with Vyazma "
     "dates from 2003, when their mayors signed a twinning charter.",
     {"city:by:orsha", "city:ru:vyazma"}),
    ("Pinsk stands on the Pina near the Yaselda. The city's friendship with Lutsk was "
     "sealed in 1998, when their councils signed a twinning agreement.",
     {"city:by:pinsk", "city:ua:lutsk"}),
])
def test_an_owned_friendship_is_the_twinning_their_means(text, expected):
    assert pairs(text, T) == {frozenset(expected)}


@pytest.mark.parametrize("text", [
    # a friendship in no twin words is no twinning
    "Orsha lies where the highway crosses the Dnieper. The town's friendship with Vyazma "
    "dates from 2003, when a trade fair opened.",
])
def test_a_friendship_without_twin_words_is_none(text):
    assert not pairs(text, T)


def test_their_still_means_the_pair_before_when_the_sentence_names_none():
    text = ("Delegations from Pori and Klaipeda met on Thursday. Their mayors signed a "
            "twinning charter.")
    assert pairs(text, T) == {frozenset({"city:fi:pori", "city:lt:klaipeda"})}


# -- the signer a report or a firm's document speaks for ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Brest Regional Executive Committee\nReport on foreign ties, 2024\n\n1. Exports\n\n"
     "The region's firms sold goods in 80 countries.\n\n2. Agreements\n\nA memorandum "
     "with the Lublin Voivodeship on transport was signed on 3 April.",
     {"region:by:brest", "region:pl:lublin"}),
    ("AMKODOR HOLDING\nAnnual report 2023\n\nAmkodor sold loaders in 18 countries.\n\n"
     "Partners\n\nIn May a service contract with the Mongolian firm Monros Trade was "
     "concluded.", {"company:xx:amkodor", "company:xx:monros-trade"}),
])
def test_an_agreement_under_a_heading_is_the_speakers(text, expected):
    assert frozenset(expected) in pairs(text, A)


@pytest.mark.parametrize(("text", "speaker"), [
    # the paragraph names a subject of its own first
    ("Brest Regional Executive Committee\nReport on foreign ties, 2024\n\n2. Agreements\n\n"
     "The Grodno Region is a neighbour. A memorandum with the Lublin Voivodeship on "
     "transport was signed on 3 April.", "region:by:brest"),
    # a question states nothing
    ("Brest Regional Executive Committee\nReport on foreign ties, 2024\n\n2. Agreements\n\n"
     "Was a memorandum with the Lublin Voivodeship signed in April?", "region:by:brest"),
    # no letterhead: nobody is spoken for
    ("News in brief, 3 May 2025\n\nA memorandum with the Lublin Voivodeship on transport "
     "was signed on 3 April.", "region:by:brest"),
    # the speaker's own subsidiary under another name is no partner of its own
    ("AMKODOR HOLDING\nAnnual report 2023\n\nPartners\n\nIn May a service contract with "
     "Amkodor-Pinsk was concluded.", "company:xx:amkodor"),
])
def test_no_speakers_agreement(text, speaker):
    assert not any(speaker in p for p in pairs(text, A))


# -- "they" for the goods a maker was said to make --------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Gomselmash makes combines. Last year they went to Kazakhstan and Moldova.",
     {("company:xx:gomselmash", "country:kz"), ("company:xx:gomselmash", "country:md")}),
    ("Vitebskdrev produces particle boards at its mill on the Dvina. Most of them go to "
     "the Pskov Region.", {("company:xx:vitebskdrev", "region:ru:pskov")}),
])
def test_the_makers_goods_go_on_as_they(text, expected):
    assert supplies(text) == expected


@pytest.mark.parametrize("text", [
    # nothing made: what "them" are is not said
    "Kazzinc opened a smelter in Ust-Kamenogorsk. Last year they went to Turkey.",
    # people, not goods
    "Gomselmash hired new engineers. Last year they went to Kazakhstan.",
    # two makers: "they" may be the firms
    "MAZ and BelAZ make trucks. Last year they went to Kazakhstan.",
    # another paragraph
    "Gomselmash makes combines.\n\nLast year they went to Kazakhstan and Moldova.",
])
def test_no_goods_they_no_supply(text):
    assert not supplies(text)


# -- "Among its twin towns are A and B"; "its cooperation with B rests on an agreement" --
@pytest.mark.parametrize(("text", "expected"), [
    ("Vitebsk hosts the Slavianski Bazaar festival. Among its twin towns are Nevers and "
     "Zilina.", {frozenset({"city:by:vitebsk", "city:fr:nevers"}),
                 frozenset({"city:by:vitebsk", "city:sk:zilina"})}),
    ("Kotka is a port on the Gulf of Finland. Among its sister cities are Tallinn and "
     "Gdynia.", {frozenset({"city:fi:kotka", "city:ee:tallinn"}),
                 frozenset({"city:fi:kotka", "city:pl:gdynia"})}),
])
def test_among_its_twin_towns_are_the_owners(text, expected):
    assert pairs(text, T) == expected   # (the listed twins are no pair of their own)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Grodno Region borders Poland and Lithuania. Its cooperation with the Podlaskie "
     "Voivodeship rests on an agreement of 1998.",
     {"region:by:grodno", "region:pl:podlaskie"}),
    ("The Brest Region trades mostly with Poland. Its cooperation with the Volyn Region "
     "goes back to a treaty of 1997.", {"region:by:brest", "region:ua:volyn"}),
    ("The Mogilev Region is an industrial region. Its cooperation with the Kaluga Region "
     "rests on a road map of 2011.", {"region:by:mogilev", "region:ru:kaluga"}),
])
def test_owned_cooperation_on_a_document_is_a_signing(text, expected):
    assert frozenset(expected) in pairs(text, A)


def test_owned_cooperation_without_a_document_is_none():
    text = ("The Grodno Region borders Poland and Lithuania. Its cooperation with the "
            "Podlaskie Voivodeship grew in 2019.")
    assert not pairs(text, A)


# -- a document the pair owns, dated ------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Vitebsk Region and the Pskov Region have worked together for years. Their first "
     "agreement dates from 1998.", {"region:by:vitebsk", "region:ru:pskov"}),
    ("The Brest Region and the Lublin Voivodeship border each other. The two regions' "
     "agreement dates from 1998.", {"region:by:brest", "region:pl:lublin"}),
    ("The Mogilev Region and the Bryansk Region are neighbours. Both sides' road map goes "
     "back to 2003.", {"region:by:mogilev", "region:ru:bryansk"}),
])
def test_the_pairs_dated_document_is_their_signing(text, expected):
    assert pairs(text, A) == {frozenset(expected)}


def test_a_dated_twin_town_agreement_is_both_the_twinning_and_the_signing():
    # A twinning resting on a dated document gives both records (the annotation
    # guide's rule for twinnings made by a document).
    text = "Grodno and Bialystok lie 80 km apart. Their twin-town agreement dates from 1992."
    expected = {frozenset({"city:by:grodno", "city:pl:bialystok"})}
    assert pairs(text, A) == expected
    assert pairs(text, "TWINNED_WITH") == expected


@pytest.mark.parametrize("text", [
    # another paragraph
    "The Vitebsk Region and the Pskov Region have worked together for years.\n\nTheir "
    "first agreement dates from 1998.",
    # no document
    "The Vitebsk Region and the Pskov Region have worked together for years. Their trade "
    "dates from the 1990s.",
])
def test_no_dated_document_of_the_pair(text):
    assert not pairs(text, A)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gomselmash shipped 2,000 combines abroad. Of these, 900 went to Russia.",
     {("company:xx:gomselmash", "country:ru")}),
    ("Amkodor exported 3,000 loaders in 2023. Of them, 1,200 went to Kazakhstan.",
     {("company:xx:amkodor", "country:kz")}),
])
def test_goods_counted_of_these_go_on(text, expected):
    assert supplies(text) == expected


@pytest.mark.parametrize("text", [
    # people, not goods
    "Gomselmash hired 2,000 workers. Of these, 900 went to Russia.",
    # shares are no goods
    "Kazzinc sold its shares. Most of them went to Glencore.",
])
def test_no_goods_counted_no_supply(text):
    assert not supplies(text)


# -- the buyers ranked after the largest ------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia remained Amkodor's largest market. Kazakhstan came second, followed by "
     "Uzbekistan.", {("company:xx:amkodor", "country:ru"), ("company:xx:amkodor", "country:kz"),
                     ("company:xx:amkodor", "country:uz")}),
    ("The main buyer of Belshina tyres is Russia. Kazakhstan ranked second and Azerbaijan "
     "third.", {("company:xx:belshina", "country:ru"), ("company:xx:belshina", "country:kz"),
                ("company:xx:belshina", "country:az")}),
])
def test_buyers_ranked_next_buy_from_the_same_supplier(text, expected):
    assert supplies(text) == expected


@pytest.mark.parametrize("text", [
    # no supply ranked before
    "Russia is the largest country of the CIS by area. Kazakhstan came second, followed "
    "by Ukraine.",
    # another ranking
    "Russia remained Amkodor's largest market. In the ranking of investors Kazakhstan came "
    "second.",
    "Russia remained Amkodor's largest market. Kazakhstan came second in the football "
    "league.",
    # another paragraph
    "Russia remained Amkodor's largest market.\n\nKazakhstan came second, followed by "
    "Uzbekistan.",
])
def test_no_ranked_buyer(text):
    assert all(b == "country:ru" for _, b in supplies(text))
