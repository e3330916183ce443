"""Where an unplaced firm's country comes from when its own words say nothing: a country
written across a line break ("Switzer-" / "land"), the town or region whose office-holder
the interview is with, a report's section headed by a market, and a description whose
head noun closes a hyphenated compound ("the Tajik agro-holding X"). Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

from relgraph.loaders.extract.normalize import should_drop_hyphen

S = "SUPPLIES_TO"


# -- a country's name or demonym split at a line's end -----------------------------------

@pytest.mark.parametrize("text, supplier, recipient", [
    # a demonym split before "man": no firm "Ger-man" ships, the weaver does
    ("MINSK, 2 June 2025 - Trade news.\n\n"
     "The weaving mill Lenok, for one, works for a Ger-\n"
     "man label and sends linen to Austria every month.",
     "company:by:lenok", "country:at"),
    # a country's name split before "land", in the brackets that place a supplier
    ("TASHKENT, 5 May 2025 - Trade news.\n\n"
     "The Navoi chemical plant buys catalysts from Kappeler Chemie (Switzer-\n"
     "land), which has shipped them since 2019.",
     "company:ch:kappeler-chemie", "company:uz:navoi-chemical-plant"),
])
def test_a_country_split_at_a_line_end_is_one_word(text, supplier, recipient):
    got = set(pairs(text, S))
    assert not any("ger-man" in i or "switzer-land" in i for i in party_ids(text))
    assert any(a == supplier for a, _ in got), got


@pytest.mark.parametrize("head, tail, drop", [
    ("Ger", "man", True), ("Switzer", "land", True), ("Den", "mark", True),
    # not a country: a compound stays one ("Minsk-based"), a lower-case head too
    ("Black", "man", False), ("Minsk", "based", False), ("Sino", "man", False),
])
def test_which_split_words_are_countries(head, tail, drop):
    assert should_drop_hyphen(head, tail, set()) is drop


# -- the interviewee's town or region places the firms it names --------------------------

MAYOR = ("\"The river joins us more than it divides us\"\n\n"
         "The mayor of Lida spoke to us about the town's partners abroad and what its firms "
         "sell across the border.\n\n"
         "- How many partner towns does Lida have?\n\n"
         "- Six. The closest are in Lithuania: Alytus and Druskininkai, and we work with "
         "Lithuanian schools a lot. Lithuania is our window to the European Union, and the "
         "Lithuanian market matters to us.\n\n"
         "- What do local firms sell abroad?\n\n")
AKIM = ("\"The steppe has neighbours on every side\"\n\n"
        "We spoke to the akim of the Kostanay Region about trade with Russian regions and "
        "what the region's firms export.\n\n"
        "- Which markets matter most?\n\n"
        "- Russia, of course. Russian buyers take most of our grain, Russian carriers move it, "
        "and Russia is where our students go.\n\n"
        "- Name a firm or two.\n\n")


@pytest.mark.parametrize("text, supplier", [
    (MAYOR + "- The sawmill Pushcha ships oak boards to Lithuania every week, and there is "
     "Lidagrain, which sells malting barley to Latvia.", "company:by:pushcha"),
    (MAYOR + "- The sawmill Pushcha ships oak boards to Lithuania every week, and there is "
     "Lidagrain, which sells malting barley to Latvia.", "company:by:lidagrain"),
    (AKIM + "- The mill Tobol Un sells flour to Russia, and Dala Meat ships beef to "
     "Uzbekistan.", "company:kz:tobol-un"),
])
def test_an_interviewees_place_places_the_firms_named(text, supplier):
    got = set(pairs(text, S))
    assert any(a == supplier for a, _ in got), got


@pytest.mark.parametrize("text, supplier", [
    # a dateline's home outranks the guest's place
    ("VILNIUS, 4 March 2025 - Interview.\n\n" + MAYOR + "- The sawmill Pushcha ships oak "
     "boards to Latvia every week.", "company:lt:pushcha"),
    # the guest heads a firm, not a place: its firms keep the text's subject
    ("\"Grain is our language\"\n\n"
     "The director of the trader Kolos spoke to us about its markets.\n\n"
     "- Where do you sell?\n\n- Russia first. Russian mills, Russian bakers, Russian "
     "ports.\n\n- And partners?\n\n- The mill Tobol Un sells us flour for Russia.",
     "company:ru:tobol-un"),
])
def test_no_interviewees_place_when_a_home_is_given_or_the_guest_heads_a_firm(text, supplier):
    got = set(pairs(text, S))
    assert any(a == supplier for a, _ in got), got


# -- a report's section headed by a market places the firms named under it --------------

REVIEW = "VILNIUS, 10 February 2025 - Export review of Dzukijos Suris.\n\n"


@pytest.mark.parametrize("text, rel, pair", [
    (REVIEW + "Poland\nSales to Poland rose by a fifth. The retail chain Zielony Koszyk and the "
     "wholesaler Mleczna Dolina signed a joint purchasing agreement for our cheese in March.",
     "SIGNED_AGREEMENT", ("company:pl:zielony-koszyk", "company:pl:mleczna-dolina")),
    (REVIEW + "Kazakhstan and Central Asia\nExports to Kazakhstan doubled. Our distributor Dala "
     "Trade supplies the yoghurts to the Arman Market chain.",
     S, ("company:kz:dala-trade", "company:kz:arman-market")),
    (REVIEW + "3. China\nThe importer Hengli Foods supplies our milk powder to the bakery chain "
     "Jinmai.", S, ("company:cn:hengli-foods", "company:cn:jinmai")),
])
def test_a_market_heading_places_the_firms_under_it(text, rel, pair):
    assert pair in set(pairs(text, rel))


@pytest.mark.parametrize("text, rel, pair", [
    # a heading that names no one market leaves the home's country
    (REVIEW + "Italy, France\nThe retail chain Luna Verde and the wholesaler Gusto Vero signed a "
     "joint purchasing agreement for our cheese in March.",
     "SIGNED_AGREEMENT", ("company:lt:luna-verde", "company:lt:gusto-vero")),
    (REVIEW + "Other markets\nOur distributor Dala Trade supplies the yoghurts to the Arman "
     "Market chain.", S, ("company:lt:dala-trade", "company:lt:arman-market")),
    # a firm whose own words place it keeps that country under the heading
    (REVIEW + "Poland\nThe Latvian wholesaler Piena Cels supplies the cheese to the Zielony "
     "Koszyk chain.", S, ("company:lv:piena-cels", "company:pl:zielony-koszyk")),
])
def test_no_market_heading_or_a_firm_placed_by_its_own_words(text, rel, pair):
    assert pair in set(pairs(text, rel))


# -- a head noun that closes a hyphenated compound ---------------------------------------

FORUM = "TASHKENT, 3 April 2025 - Forum news.\n\n"


@pytest.mark.parametrize("text, pair", [
    (FORUM + "The Kazakh agro-holding Dala Astyk ships wheat to Afghanistan.",
     ("company:kz:dala-astyk", "country:af")),
    (FORUM + "Samarkand grapes are sold to the Russian agro-holding Zelenaya Dolina.",
     ("city:uz:samarkand", "company:ru:zelenaya-dolina")),
    (FORUM + "Fergana rice is now shipped to the Kyrgyz agro-firm Ala-Too Dan.",
     ("city:uz:fergana", "company:kg:ala-too-dan")),
])
def test_a_hyphenated_head_noun_describes_the_firm(text, pair):
    assert pair in set(pairs(text, S))


@pytest.mark.parametrize("text", [
    # a person's title closing a compound makes no firm of the person
    FORUM + "The Kazakh vice-minister Aidos Nurlan visited Fergana, and Fergana ships cotton "
    "to Kazakhstan.",
])
def test_a_hyphenated_title_is_no_firm(text):
    assert not any(i.startswith("company:") for i in party_ids(text))
