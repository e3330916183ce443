"""Coordinated clauses and lists, on short texts written for these tests: a clause that
repeats the relation of the clause before it by a pro-verb or a pro-form
(``ellipsis.complete_elided``: "and C and D followed", "as did C", "and so did C and D",
"C followed with D", "C does the same", "C and D signed one", "it was joined by C"), and
its subject is no member of the list before it; a negation before a contrast stays in
its clause; the lists of what the rules after the patterns paired are completed too.
Negative cases: a negated or intended pro-verb, "followed" with another sense, one party
after a pair antecedent, a pro-form that is no object, a member in another clause."""

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.ellipsis import elided_clauses
from relgraph.loaders.extract.mentions import find_mentions

TWIN, AGREEMENT, SUPPLY = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


def unordered(text: str, rel_type: str) -> set[frozenset]:
    return {frozenset(p) for p in pairs(text, rel_type)}


@pytest.mark.parametrize("text,rel,want", [
    # a pair as the elided subject
    ("Kobrin and Chelm became sister cities in 2002, and Baranovichi and Ostroleka "
     "followed in 2005.", TWIN, {"city:by:baranovichi", "city:pl:ostroleka"}),
    ("Vitebsk and Daugavpils signed a twinning charter early on; Novopolotsk and Rezekne "
     "did the same a year later.", TWIN, {"city:by:novopolotsk", "city:lv:rezekne"}),
    ("In 2019 the Brest Region and the Bryansk Region signed a road map, and so did the "
     "Minsk Region and the Smolensk Region.", AGREEMENT,
     {"region:by:minsk", "region:ru:smolensk"}),
    ("Fergana and Ufa agreed to become twin towns in 2020, while Andijan and Chelyabinsk "
     "had already done so.", TWIN, {"city:uz:andijon", "city:ru:chelyabinsk"}),
    # one party with a partner after "followed with"
    ("The Mogilev Region concluded an agreement with the Kursk Region in 2011; the Gomel "
     "Region followed with the Saratov Region in 2018.", AGREEMENT,
     {"region:by:gomel", "region:ru:saratov"}),
    # one party in the subject's place
    ("Luninets signed a twinning charter with Sarny in 2010, as did Stolin a year later.",
     TWIN, {"city:by:stolin", "city:ua:sarny"}),
    ("The Grodno Region has signed an agreement with the Podlaskie Voivodeship, and the "
     "Brest Region has done the same.", AGREEMENT,
     {"region:by:brest", "region:pl:podlaskie"}),
    # a pro-form object for the antecedent's document or tie
    ("Minsk and Beijing have had an agreement since 2005, and Gomel and Wuhan signed one "
     "in 2015.", AGREEMENT, {"city:by:gomel", "city:cn:wuhan"}),
    ("Porvoo and Viljandi renewed their twinning charter in 2024, and Rauma and Tartu "
     "extended theirs.", TWIN, {"city:fi:rauma", "city:ee:tartu"}),
    ("The Brest Region signed a road map with the Volyn Oblast in 2019; the Grodno Region "
     "adopted a similar one with the Podlaskie Voivodeship in 2021.", AGREEMENT,
     {"region:by:grodno", "region:pl:podlaskie"}),
    # "it was joined by C": one more partner of the clause's subject
    ("Gyumri has twin relations with Voronezh and Kursk, and in 2019 it was joined by the "
     "Belarusian city of Pinsk.", TWIN, {"city:am:gyumri", "city:by:pinsk"}),
    ("Polotsk has had a twinning charter with Valmiera since 2006, and it was joined by "
     "Ludza in 2012.", TWIN, {"city:by:polotsk", "city:lv:ludza"}),
])
def test_elided_clause_repeats_the_relation(text, rel, want):
    assert frozenset(want) in unordered(text, rel)


@pytest.mark.parametrize("text,supplier,want", [
    ("Mogilevliftmash exports lifts to Kazakhstan and Kyrgyzstan, and Bobruiskagromash "
     "does the same with its balers.", "company:by:bobruiskagromash",
     {"country:kz", "country:kg"}),
    ("Amkodor ships loaders to Mongolia, as does MAZ.", "company:by:maz", {"country:mn"}),
])
def test_elided_supplier_takes_each_recipient(text, supplier, want):
    got = {t for s, t in pairs(text, SUPPLY) if s == supplier}
    assert got == want
    # and the elided clause's subject is no recipient of the first supplier
    assert all(t != supplier for _, t in pairs(text, SUPPLY))


@pytest.mark.parametrize("text,rel,absent", [
    # a negated or intended pro-verb
    ("Kobrin and Chelm became sister cities in 2002, but Baranovichi and Ostroleka did "
     "not follow.", TWIN, {"city:by:baranovichi", "city:pl:ostroleka"}),
    ("Luninets signed a twinning charter with Sarny in 2010, and Stolin will do the same.",
     TWIN, {"city:by:stolin", "city:ua:sarny"}),
    # "followed" with an object of its own is no pro-verb
    ("Lida signed a twinning charter with Alytus, and Smorgon followed Lida's example "
     "with Siauliai.", TWIN, {"city:by:smorgon", "city:lt:alytus"}),
    # one party after a pair: with whom is unsaid
    ("Kobrin and Chelm became sister cities in 2002, and Baranovichi followed in 2005.",
     TWIN, {"city:by:baranovichi", "city:pl:chelm"}),
    ("Kobrin and Chelm became sister cities in 2002, and Baranovichi followed in 2005.",
     TWIN, {"city:by:baranovichi", "city:by:kobrin"}),
    # a pro-form that is no object of the relation ("one of", "its own theatre")
    ("Lida signed a twinning charter with Alytus, and Smorgon had one of the largest "
     "delegations.", TWIN, {"city:by:smorgon", "city:lt:alytus"}),
    ("Lida signed a twinning charter with Alytus, and Smorgon has its own theatre.",
     TWIN, {"city:by:smorgon", "city:lt:alytus"}),
    # "joined by" a person, or by a party with a verb of its own
    ("Gyumri has twin relations with Voronezh, and in 2019 it was joined by the mayor of "
     "Kursk.", TWIN, {"city:am:gyumri", "city:ru:kursk"}),
    # a pair of another kind than the antecedent's
    ("Lida and Alytus became twin towns in 2003, and Belarus and Lithuania followed.",
     TWIN, {"country:by", "country:lt"}),
])
def test_no_elided_relation(text, rel, absent):
    assert frozenset(absent) not in unordered(text, rel)


def test_an_elided_pair_takes_the_subjects_place_of_a_one_subject_clause():
    # each of the two supplies (not to each other)
    text = "Grodno Azot ships fertiliser to Poland, and Belaruskali and Naftan do the same."
    assert set(pairs(text, SUPPLY)) == {("company:by:grodno-azot", "country:pl"),
                                        ("company:by:belaruskali", "country:pl"),
                                        ("company:by:naftan", "country:pl")}
    # each signs with the partner (they sign no agreement with each other)
    text = ("In 2019 the Brest Region signed an agreement with the Volyn Oblast, and the Grodno "
            "Region and the Minsk Region did the same.")
    got = unordered(text, AGREEMENT)
    assert frozenset({"region:by:grodno", "region:ua:volyn"}) in got
    assert frozenset({"region:by:minsk", "region:ua:volyn"}) in got
    assert frozenset({"region:by:grodno", "region:by:minsk"}) not in got


def test_an_elided_supply_pair_of_a_pair_clause_states_no_direction():
    text = ("Minsk and Kazan trade machinery with each other, and Gomel and Samara do the "
            "same.")
    assert not [p for p in pairs(text, SUPPLY) if "city:by:gomel" in p]


def test_elided_clauses_finds_subject_and_partner():
    s = "A road map was signed in 2011; the Gomel Region followed with the Saratov Region."
    (start, subject, partner), = elided_clauses(s, find_mentions(s))
    assert [m.text for m in subject] == ["Gomel Region"] and partner.text == "Saratov Region"
    assert s[start] == ";"


def test_elided_candidate_is_marked():
    text = "Kobrin and Chelm became sister cities, and Lida and Alytus followed in 2005."
    rules = {frozenset((r["source"]["id"], r["target"]["id"])): r["rule"]
             for r in candidates(text) if r["type"] == TWIN}
    assert rules[frozenset(("city:by:lida", "city:lt:alytus"))] == "elided clause"


# --- a negation belongs to its own clause ---------------------------------------------

@pytest.mark.parametrize("text,rel,want", [
    ("Naftan did not ship fuel to Ukraine, but it supplied diesel to Poland.", SUPPLY,
     {"company:by:naftan", "country:pl"}),
    ("MAZ did not export buses to Ukraine, but it sold trucks to Serbia and Mongolia.",
     SUPPLY, {"company:by:maz", "country:mn"}),
])
def test_negation_in_a_contrasted_clause_stays_there(text, rel, want):
    assert frozenset(want) in unordered(text, rel)


@pytest.mark.parametrize("text,rel,absent", [
    ("Naftan did not ship fuel to Ukraine, but it supplied diesel to Poland.", SUPPLY,
     {"company:by:naftan", "country:ua"}),
    ("Brest has not yet signed any document with a Chinese town.", AGREEMENT,
     {"city:by:brest", "country:cn"}),
    ("Amkodor supplied graders to Serbia, but it has not delivered loaders to Mongolia.",
     SUPPLY, {"company:by:amkodor", "country:mn"}),
])
def test_negated_clause_still_states_nothing(text, rel, absent):
    assert frozenset(absent) not in unordered(text, rel)


# --- the lists of what the later rules paired -------------------------------------------

@pytest.mark.parametrize("text,want", [
    # the clause fallback reads the verb ("tie ... to"), list completion its last member
    ("Cooperation programmes tie the Minsk Region to the Moscow Region and the Tver Region, "
     "as well as to Tatarstan.", {"region:by:minsk", "region:ru:tatarstan"}),
    ("Agreements on trade bind the Gomel Region to the Kaluga, Tula and Yaroslavl regions, "
     "as well as to Bashkortostan.", {"region:by:gomel", "region:ru:bashkortostan"}),
    # the paragraph's topic signs (a carried side), with each town of the list
    ("Jelgava is the centre of the Zemgale region. A memorandum on tourism was concluded "
     "with the district of Panevezys, the city of Utena and Valmiera.",
     {"city:lv:jelgava", "city:lv:valmiera"}),
])
def test_list_completed_after_the_later_rules(text, want):
    assert frozenset(want) in unordered(text, AGREEMENT)


def test_no_list_completion_across_a_clause_after_the_fallback():
    text = ("Cooperation programmes tie the Minsk Region to the Moscow Region, while Tatarstan "
            "trades mostly with China.")
    assert frozenset({"region:by:minsk", "region:ru:tatarstan"}) not in unordered(text, AGREEMENT)


# --- a firm's seat between the members of a list ---------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Neman Glass sells bottles to Latvia. Its buyers include Stumbras of Kaunas and the "
     "Polish distillery Sobieski.",
     {"company:lt:stumbras", "company:pl:sobieski"}),
    ("Belshina sells tyres to KAMAZ in Naberezhnye Chelny, to BelAZ in Zhodino and to "
     "Rostselmash in Rostov-on-Don.",
     {"company:ru:kamaz", "company:by:belaz", "company:ru:rostselmash"}),
])
def test_list_goes_on_past_a_firms_seat(text, want):
    got = {t for _, t in pairs(text, SUPPLY)}
    assert want <= got
    # the seats locate the firms and receive nothing
    assert not any(t.startswith("city:") for t in got)


# --- a one-sided supply takes its other side from the sentence's own supply first -------

@pytest.mark.parametrize("text,want,absent", [
    ("MAZ buses run in Almaty. Belshina sells tyres to KAMAZ, and it has recently begun "
     "exports to Lithuania.", ("company:by:belshina", "country:lt"),
     ("company:by:maz", "country:lt")),
    ("Amkodor loaders work in Serbia. In 2023 Gomselmash sold combines to Russia, and "
     "shipments to Mongolia followed in 2024.", ("company:by:gomselmash", "country:mn"),
     ("company:by:amkodor", "country:mn")),
])
def test_one_sided_supply_takes_the_sentences_supplier(text, want, absent):
    got = set(pairs(text, SUPPLY))
    assert want in got and absent not in got


def test_one_sided_supply_without_a_supply_before_it_in_the_sentence():
    # the supplier of the sentence before still gives the side
    text = "Belshina sold tyres to KAMAZ in 2023. Shipments to Lithuania followed in 2024."
    assert ("company:by:belshina", "country:lt") in set(pairs(text, SUPPLY))


# --- the owner's list again, its noun elided -------------------------------------------

@pytest.mark.parametrize("text,rel,want", [
    ("Lida's twin towns are Alytus and Augustow; Grodno's are Bialystok and Suwalki.", TWIN,
     [("city:by:grodno", "city:pl:bialystok"), ("city:by:grodno", "city:pl:suwalki")]),
    ("The partner towns of Lida are Alytus and Druskininkai; those of Volkovysk are Sokolka "
     "and Hajnowka.", TWIN,
     [("city:by:volkovysk", "city:pl:sokolka"), ("city:by:volkovysk", "city:pl:hajnowka")]),
    ("The main buyers of Amkodor loaders are Russia and Kazakhstan, and those of MAZ trucks "
     "are Uzbekistan and Mongolia.", SUPPLY,
     [("company:by:maz", "country:uz"), ("company:by:maz", "country:mn")]),
])
def test_owners_list_again(text, rel, want):
    got = set(pairs(text, rel))
    assert all(p in got or (rel != SUPPLY and p[::-1] in got) for p in want)


@pytest.mark.parametrize("text,absent", [
    ("Lida's twin towns are Alytus and Augustow; Grodno's theatre is larger than "
     "Bialystok's.", {"city:by:grodno", "city:pl:bialystok"}),
    ("Lida's twin towns are Alytus and Augustow; Grodno are the champions, Bialystok the "
     "runners-up.", {"city:by:grodno", "city:pl:bialystok"}),
])
def test_no_owners_list_without_its_shape(text, absent):
    assert frozenset(absent) not in unordered(text, TWIN)


# --- a new subject after ", and" ends a preposition's list -------------------------------

@pytest.mark.parametrize("text,want,absent", [
    ("The Polish group Azoty buys potash from Belaruskali, and the Lithuanian firm Girteka "
     "transports the potash to Warsaw.", ("company:by:belaruskali", "company:pl:azoty"),
     [("company:lt:girteka", "company:pl:azoty"), ("company:by:belaruskali", "city:pl:warsaw")]),
    ("Zhodino receives spare parts from BelAZ, and the Russian holding SUEK operates "
     "its dump trucks in Kuzbass.", ("company:by:belaz", "city:by:zhodino"),
     [("company:ru:suek", "city:by:zhodino")]),
])
def test_new_subject_after_and_is_no_list_member(text, want, absent):
    got = set(pairs(text, SUPPLY))
    assert want in got
    assert not got & set(absent)


def test_a_list_of_objects_with_a_serial_comma_goes_on():
    text = "Amkodor sold loaders to Mongolia, Georgia, and Serbia in 2023."
    assert {t for _, t in pairs(text, SUPPLY)} == {"country:mn", "country:ge", "country:rs"}


@pytest.mark.parametrize("text,want,absent", [
    # two towns of two countries after a one-subject clause: a new pair
    ("Lida has been a twin town of Alytus since 1996, and Smorgon and Marijampole followed "
     "in 2001.", {"city:by:smorgon", "city:lt:marijampole"}, {"city:by:smorgon", "city:lt:alytus"}),
    ("The Vitebsk Region signed an agreement with the Pskov Region in 2001, and the Gomel "
     "Region and the Bryansk Region did the same in 2003.",
     {"region:by:gomel", "region:ru:bryansk"}, {"region:by:gomel", "region:ru:pskov"}),
])
def test_elided_pair_of_two_countries_is_a_new_pair(text, want, absent):
    rel = TWIN if "twin" in text else AGREEMENT
    got = unordered(text, rel)
    assert frozenset(want) in got and frozenset(absent) not in got


# --- a date set off before a repeated preposition ---------------------------------------

@pytest.mark.parametrize("text,rel,want", [
    ("Gomselmash supplied harvesters to the Kostanay Region; to the Omsk Region; and, since "
     "2022, to the Altai Krai.", SUPPLY, {"company:by:gomselmash", "region:ru:altai-krai"}),
    ("Lida has been twinned with Alytus since 1996; with Augustow since 2004; and, in 2010, "
     "with Ketrzyn.", TWIN, {"city:by:lida", "city:pl:ketrzyn"}),
    ("The Vitebsk Region signed agreements with the Pskov Region in 1998; and, since 2005, "
     "with the Tver Region.", AGREEMENT, {"region:by:vitebsk", "region:ru:tver"}),
])
def test_list_goes_on_after_a_set_off_date(text, rel, want):
    assert frozenset(want) in unordered(text, rel)


def test_a_dated_clause_with_its_own_subject_after_a_semicolon_stays_apart():
    text = ("Gomselmash supplied combines to the Kostanay Region; since 2022, Rostselmash has "
            "sold harvesters to the Altai Krai.")
    got = set(pairs(text, SUPPLY))
    assert ("company:by:gomselmash", "region:ru:altai-krai") not in got
    assert ("company:ru:rostselmash", "region:ru:altai-krai") in got


# --- a repeated "between" after a group of regions --------------------------------------

@pytest.mark.parametrize("text,want", [
    ("During the forum, agreements were signed between the Grodno Region and the Novgorod and "
     "Leningrad regions, as well as between the Gomel Region and the Chernihiv Region.",
     {"region:by:gomel", "region:ua:chernihiv"}),
    ("Memoranda were concluded between the Minsk Region and the Tver and Yaroslavl regions "
     "and between the Brest Region and the Kaluga Region.",
     {"region:by:brest", "region:ru:kaluga"}),
])
def test_repeated_between_after_a_group(text, want):
    assert frozenset(want) in unordered(text, AGREEMENT)


def test_a_between_of_another_clause_after_a_group_is_no_signing():
    text = ("Memoranda were concluded between the Minsk Region and the Tver and Yaroslavl "
            "regions; trade between the Brest Region and the Kaluga Region fell.")
    assert frozenset({"region:by:brest", "region:ru:kaluga"}) not in unordered(text, AGREEMENT)


# --- buyers after a semicolon: the actor of the supply verb before them -----------------

@pytest.mark.parametrize("text,want", [
    ("Belshina exports tyres to 40 countries; the largest buyers are Russia, Kazakhstan and "
     "Uzbekistan.", {("company:by:belshina", "country:ru"), ("company:by:belshina", "country:uz")}),
    ("Amkodor ships loaders to some 25 countries; the biggest buyers were Mongolia and "
     "Serbia.", {("company:by:amkodor", "country:mn"), ("company:by:amkodor", "country:rs")}),
])
def test_buyers_after_a_semicolon_take_the_sentences_supplier(text, want):
    assert want <= set(pairs(text, SUPPLY))


def test_buyers_after_a_semicolon_without_a_supply_verb():
    text = "Belshina has 10,000 workers; the largest buyers are Russia and Kazakhstan."
    assert ("company:by:belshina", "country:ru") not in set(pairs(text, SUPPLY))
