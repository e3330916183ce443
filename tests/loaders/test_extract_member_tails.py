"""Lists read only in part, where each member carries its own words: a repeated
preposition after a member's bracket and date, its description and seat, or the form of
the tie ("of A (Poland) since 1996 and of B", "with A by ties of friendship since 1999
and with B", "to the X company in P and to the Y firm Z"). All three relation types;
short texts written for these tests."""

import pytest
from extract_candidates import named_pairs as _named
from extract_candidates import pair_key as _pair

TW, AG, SUP = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


# A member's own words before the list's preposition is repeated.
@pytest.mark.parametrize("text,rel_type,a,b", [
    ("Vitebsk has been a sister city of Zielona Gora (Poland) since 1996 and of Rezekne "
     "(Latvia) since 2011.", TW, "Vitebsk", "Rezekne"),
    ("Grodno has been connected with Augustow by ties of friendship since 1999 and with "
     "Druskininkai since 2004.", TW, "Grodno", "Augustow"),
    ("Mogilev is linked with Kaluga by a cooperation agreement since 2003 and with Bryansk "
     "since 2012.", AG, "Mogilev", "Kaluga"),
    ("Belaruskali ships potash to the Chinese trader Sinochem and to the Indian firm Indian "
     "Potash Limited.", SUP, "Belaruskali", "Indian Potash Limited"),
    ("Amkodor supplies loaders to the Kazavtozhol road company in Astana and to Erdenet "
     "Mining.", SUP, "Amkodor", "Erdenet Mining"),
    ("Gomselmash ships combines to the Agrotechmash dealer company in Kostanay and to "
     "Rostagro.", SUP, "Gomselmash", "Rostagro"),
])
def test_a_member_with_its_own_words_goes_on_with_the_list(text, rel_type, a, b):
    assert _pair(rel_type, a, b) in _named(text, rel_type)


@pytest.mark.parametrize("text,rel_type,pair", [
    # "by trade" is no form of the tie: Kazan is no twin
    ("Mogilev has been linked with Kazan by trade since 1999 and with Tula by a twinning "
     "charter since 2008.", TW, ("Mogilev", "Kazan")),
    # a described firm after another verb's preposition is no recipient
    ("Belshina sells tyres to the Russian truck maker KAMAZ and buys rubber from the Uzbek "
     "firm Navoiyazot.", SUP, ("Belshina", "Navoiyazot")),
    # a with-phrase with a document of its own between
    ("Lida has trade links with Alytus since 1999 and a twinning charter with Druskininkai "
     "since 2008.", TW, ("Lida", "Alytus")),
    # "of" repeated after no twin noun joins nothing
    ("Brest, the capital of the region since 1939 and of its twin town Biala Podlaska's "
     "partner Terespol, hosted the fair.", TW, ("Brest", "Terespol")),
])
def test_what_is_no_member_of_the_list(text, rel_type, pair):
    assert _pair(rel_type, *pair) not in _named(text, rel_type)


# Members named as examples of a plural recipient located in one or two places.
@pytest.mark.parametrize("text,a,b", [
    ("Naftan sells diesel to fuel traders in Riga, among them Latvijas Nafta.",
     "Naftan", "Latvijas Nafta"),
    ("Belaruskali delivers potash to buyers in Brazil and India, among them Indian Potash "
     "Limited.", "Belaruskali", "Indian Potash Limited"),
    ("Grodno Azot ships ammonia to chemical firms in Poland, including Anwil.",
     "Grodno Azot", "Anwil"),
])
def test_members_named_as_examples_of_a_located_plural(text, a, b):
    assert (a, b) in _named(text, SUP)


def test_an_owner_after_among_them_is_no_member():
    assert ("Naftan", "Latvia") not in _named(
        "Naftan sells diesel to fuel traders in Riga, among them Latvia's largest.", SUP)


# Clauses in a series, set apart by commas: a party followed by a verb of its own opens
# the next clause and is no member of the list before.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("The Brest Region signed a road map with the Volyn Region, the Gomel Region concluded "
     "a memorandum with the Bryansk Region.", AG, ("Brest Region", "Gomel Region")),
    ("Belshina supplies tyres to MAZ, the Minsk Motor Plant ships engines to Rostselmash.",
     SUP, ("Belshina", "Minsk Motor Plant")),
    ("Belshina supplies tyres to MAZ in Minsk, the Minsk Motor Plant ships engines to "
     "Rostselmash in Rostov-on-Don, and Amkodor sells loaders to Rosagro.",
     SUP, ("Belshina", "Rostselmash")),
    ("Naftan sells diesel to Ukraine, Lithuania bought petrol.", SUP, ("Naftan", "Lithuania")),
])
def test_a_party_with_a_verb_of_its_own_opens_the_next_clause(text, rel_type, pair):
    assert _pair(rel_type, *pair) not in _named(text, rel_type)


@pytest.mark.parametrize("text,rel_type,pair", [
    ("Naftan sells diesel to Ukraine, Poland and Lithuania.", SUP, ("Naftan", "Lithuania")),
    ("Lida signed protocols with Alytus, Elk and Gizycko in 2004.", AG, ("Lida", "Gizycko")),
    ("Belshina supplies tyres to MAZ, the Minsk Motor Plant ships engines to Rostselmash.",
     SUP, ("Minsk Motor Plant", "Rostselmash")),
])
def test_the_series_keeps_its_own_lists(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


# Whom a clause is reported by, set off by commas between its subject and verb, is no
# party and does not cut the subject off its verb.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("The Gomel and Mogilev regions, according to the Belarusian Ministry of Agriculture, "
     "shipped grain to Kazakhstan in 2023.", SUP, ("Gomel", "Kazakhstan")),
    ("The Brest Region and the Volyn Region, as reported by the Lublin Voivodeship office, "
     "signed a road map in 2019.", AG, ("Brest Region", "Volyn Region")),
    ("Grodno Azot, citing Orlen Lietuva, sells ammonia to Poland.",
     SUP, ("Grodno Azot", "Poland")),
])
def test_a_source_aside_leaves_the_clause_whole(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


@pytest.mark.parametrize("text,rel_type,party", [
    ("The Gomel and Mogilev regions, according to the Belarusian Ministry of Agriculture, "
     "shipped grain to Kazakhstan in 2023.", SUP, "Belarusian Ministry of Agriculture"),
    ("Lida, according to the Alytus city council, has been twinned with Augustow since "
     "1999.", TW, "Alytus city council"),
    ("Grodno Azot, citing Orlen Lietuva, sells ammonia to Poland.", SUP, "Orlen Lietuva"),
])
def test_the_source_is_no_party(text, rel_type, party):
    assert not any(party in p for p in _named(text, rel_type))


# The next member named as the first one's neighbour.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("Gorizia and its Slovenian neighbour Nova Gorica are twinned.", TW,
     ("Gorizia", "Nova Gorica")),
    ("Cieszyn and its neighbour Cesky Tesin have been twin towns since 1990.",
     TW, ("Cieszyn", "Cesky Tesin")),
    ("The Brest Region and its Polish neighbour, the Lublin Voivodeship, signed a road map "
     "in 2019.", AG, ("Brest Region", "Lublin Voivodeship")),
    ("Naftan sells diesel to Lithuania and its neighbour Latvia.", SUP, ("Naftan", "Latvia")),
])
def test_a_member_named_as_a_neighbour(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


def test_a_neighbour_with_a_clause_of_its_own_is_no_member():
    text = ("Mozyr signed a memorandum with Chernihiv, and its neighbour Kalinkovichi signed "
            "one with Novozybkov.")
    assert _pair(AG, "Mozyr", "Kalinkovichi") not in _named(text, AG)
    assert _pair(AG, "Chernihiv", "Kalinkovichi") not in _named(text, AG)


# A second object of the same verb whose document names a longer field ("on trade and
# economic cooperation").
@pytest.mark.parametrize("text,a,b", [
    ("Brest signed a memorandum on port logistics with the Lublin Voivodeship (2017) and a "
     "protocol on trade and economic cooperation with the Volyn Region (2018).",
     "Brest", "Volyn Region"),
    ("Mogilev concluded a protocol with Kaluga in 2010 and a programme of scientific and "
     "technical cooperation with Bryansk in 2014.", "Mogilev", "Bryansk"),
])
def test_a_second_object_with_a_longer_topic(text, a, b):
    assert _pair(AG, a, b) in _named(text, AG)


@pytest.mark.parametrize("text,pair", [
    ("Naftan buys crude from Rosneft, and the Mozyr refinery gets crude from Lukoil.",
     ("Lukoil", "Naftan")),
    ("Belshina buys carbon black from Omsk Carbon Group, and Amkodor obtains its engines "
     "from Weichai.", ("Weichai", "Belshina")),
])
def test_gets_and_obtains_open_a_clause_of_their_own(text, pair):
    assert pair not in _named(text, SUP)
