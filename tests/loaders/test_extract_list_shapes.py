"""Lists read only in part: a member's date set off by a comma or a dash, a co-subject
after "along with", a list of subjects that "became twin towns of" a list, a later
contrasted clause that undoes its own partner only, a town described before its name.
All three relation types; short texts written for these tests."""

import re

import pytest
from extract_candidates import candidates
from extract_candidates import named_pairs as _named
from extract_candidates import pair_key as _pair

from relgraph.loaders.extract.coordination import DESCRIBED_PLACE
from relgraph.loaders.extract.mentions import find_mentions

TW, AG, SUP = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


# A member's date set off by a comma or a dash, as a bracket sets it off.
@pytest.mark.parametrize("text,rel_type,a,b", [
    ("Orsha is twinned with Vyazma (1997), Kedainiai, 2005, and Serpukhov - since 2012.",
     TW, "Orsha", "Serpukhov"),
    ("Amkodor delivered loaders to Mongolia (2021), Serbia, 2022, and Vietnam - from 2024 on.",
     SUP, "Amkodor", "Vietnam"),
    ("The Vitebsk Region signed agreements with the Pskov Region (2002), the Tver Region, 2008, "
     "and Tatarstan - in 2015.", AG, "Vitebsk Region", "Tatarstan"),
    ("Lida signed protocols with Alytus - in 2004, Elk - in 2009, and Gizycko.",
     AG, "Lida", "Gizycko"),
])
def test_a_members_date_set_off_goes_on_with_the_list(text, rel_type, a, b):
    assert _pair(rel_type, a, b) in _named(text, rel_type)


def test_a_dash_before_a_date_is_no_gapped_head():
    # "- from 2025 on" dates the member; "- with B" would open a gapped clause
    assert ("Grodno Azot", "Poland") in _named(
        "Grodno Azot shipped ammonia to Lithuania (2023), Latvia, 2024, and Poland - from "
        "2025 on.", SUP)


@pytest.mark.parametrize("text,rel_type,pair", [
    # a year between two clauses joins no list: the later clause has a subject of its own
    ("Lida signed an agreement with Alytus, 2019, and Vilnius hosted the ceremony.",
     AG, ("Lida", "Vilnius")),
    ("Gomselmash shipped combines to Moldova, 2022, and Kazakhstan bought its spare parts.",
     SUP, ("Gomselmash", "Kazakhstan")),
])
def test_a_year_before_a_new_clause_joins_nothing(text, rel_type, pair):
    assert _pair(rel_type, *pair) not in _named(text, rel_type)


# A co-subject set off after "along with" or "together with" before the verb.
@pytest.mark.parametrize("text,rel_type,expected", [
    ("Belshina, together with Grodno Azot, ships goods to Uzbekistan.", SUP,
     {("Belshina", "Uzbekistan"), ("Grodno Azot", "Uzbekistan")}),
    ("MAZ, BelAZ and Amkodor, along with Minsk Tractor Works, supply machinery to the "
     "Tyumen Region.", SUP,
     {("MAZ", "Tyumen Region"), ("BelAZ", "Tyumen Region"), ("Amkodor", "Tyumen Region"),
      ("Minsk Tractor Works", "Tyumen Region")}),
    ("Pinsk, together with Kobrin, signed a protocol with Lutsk.", AG,
     {("Lutsk", "Pinsk"), ("Kobrin", "Lutsk")}),
    ("Vitebsk, along with the Vitebsk Region, signed a memorandum with Kazan.", AG,
     {("Kazan", "Vitebsk"), ("Kazan", "Vitebsk Region")}),
    ("Pinsk, along with Kobrin, is twinned with Lutsk.", TW,
     {("Lutsk", "Pinsk"), ("Kobrin", "Lutsk")}),
])
def test_a_co_subject_after_along_with_takes_the_same_partner(text, rel_type, expected):
    assert expected <= _named(text, rel_type)


@pytest.mark.parametrize("text,rel_type,pair", [
    # after the verb "along with" may as well add a second subject as a second partner
    ("Orsha is twinned with Kedainiai, along with Mogilev.", TW, ("Mogilev", "Orsha")),
    ("Amkodor ships loaders to Serbia, along with MAZ.", SUP, ("Amkodor", "MAZ")),
    # an opening phrase is no member of the subject's list
    ("Along with Pinsk, Kobrin signed an agreement with Lutsk.", AG, ("Lutsk", "Pinsk")),
])
def test_along_with_after_the_verb_or_as_an_opening_adds_no_member(text, rel_type, pair):
    assert _pair(rel_type, *pair) not in _named(text, rel_type)


# A list of subjects that became twin towns of a list.
@pytest.mark.parametrize("text,expected", [
    ("Lida and Slonim became sister cities of Elk.", {("Elk", "Lida"), ("Elk", "Slonim")}),
    ("Orsha, Vitebsk and Polotsk are twin towns of Smolensk and Pskov.",
     {("Orsha", "Smolensk"), ("Orsha", "Pskov"), ("Smolensk", "Vitebsk"), ("Pskov", "Vitebsk"),
      ("Polotsk", "Smolensk"), ("Polotsk", "Pskov")}),
])
def test_subjects_that_became_twin_towns_of_a_list(text, expected):
    found = _named(text, TW)
    assert found == expected   # and not the two subjects with each other


def test_became_twin_towns_respectively_pairs_member_by_member():
    assert _named("Pinsk, Kobrin and Mozyr became twin towns of Lutsk, Rivne and Lviv "
                  "respectively.", TW) == {("Lutsk", "Pinsk"), ("Kobrin", "Rivne"),
                                           ("Lviv", "Mozyr")}


# A contrasted clause that undoes its own partner leaves the clause before it standing.
@pytest.mark.parametrize("text,rel_type,expected,undone", [
    ("Grodno has been a twin town of Augustow since 1995 and of Suwalki since 2001, but its "
     "talks with Elk came to nothing.", TW, {("Augustow", "Grodno"), ("Grodno", "Suwalki")},
     ("Elk", "Grodno")),
    ("MAZ sold buses to Minsk and trucks to Gomel, but the deal with Brest fell through.", SUP,
     {("MAZ", "Minsk"), ("MAZ", "Gomel")}, ("MAZ", "Brest")),
    ("Grodno keeps twin ties with Bialystok and Lomza and with the Lithuanian spa town of "
     "Druskininkai, but its talks with Terespol came to nothing.", TW,
     {("Bialystok", "Grodno"), ("Grodno", "Lomza"), ("Druskininkai", "Grodno")},
     ("Grodno", "Terespol")),
])
def test_an_undoing_clause_with_its_own_partner_undoes_only_that(text, rel_type, expected,
                                                                 undone):
    found = _named(text, rel_type)
    assert expected <= found
    assert undone not in found


@pytest.mark.parametrize("text,rel_type", [
    ("A new agreement between the Brest Region and the Volyn Region was discussed in 2021, "
     "but the Ukrainian side refused to sign it.", AG),
    ("An agreement between Lida and Alytus was prepared, but it fell through.", AG),
    ("A contract for the supply of MAZ buses to Gomel was drafted, but it fell through.", SUP),
])
def test_an_undoing_clause_without_a_partner_of_its_own_undoes_the_sentence(text, rel_type):
    assert _named(text, rel_type) == set()


# A town described before its name: the list goes on, the demonym is no party.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("Grodno keeps twin ties with Bialystok and with the spa town of Druskininkai.", TW,
     ("Druskininkai", "Grodno")),
    ("Amkodor sells loaders to Serbia and to the Kazakh mining town of Zhezkazgan.", SUP,
     ("Amkodor", "Zhezkazgan")),
    ("The Gomel Region signed agreements with Bryansk and the old port city of Klaipeda.", AG,
     ("Gomel Region", "Klaipeda")),
])
def test_a_described_town_is_the_next_member(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


def test_the_demonym_of_a_described_town_is_no_party():
    text = "Amkodor sells loaders to Serbia and to the Kazakh mining town of Zhezkazgan."
    assert "Kazakh" not in [m.text for m in find_mentions(text)]
    assert "country:kz" not in {r["target"]["id"] for r in candidates(text)}


def test_a_twin_word_before_town_of_is_no_description():
    # "the twin town of B" names a relation, not a described member (the shared list
    # grammar's kind words read it as before)
    assert re.fullmatch(DESCRIBED_PLACE, "twin town of ") is None
    assert re.fullmatch(DESCRIBED_PLACE, "Lithuanian spa town of the ") is not None


# Members grouped in brackets after their countries: "in Poland (A, B), Lithuania (C)".
@pytest.mark.parametrize("text,rel_type,expected", [
    ("The sister cities of Lida are found in Poland (Elk, Gizycko), Lithuania (Alytus) and "
     "Russia (Kstovo, Vyazma).", TW,
     {("Elk", "Lida"), ("Gizycko", "Lida"), ("Alytus", "Lida"), ("Kstovo", "Lida"),
      ("Lida", "Vyazma")}),
    ("The twin towns of Orsha are in Lithuania (Kedainiai), Russia (Vyazma, Serpukhov) and "
     "Bulgaria (Gabrovo).", TW,
     {("Kedainiai", "Orsha"), ("Orsha", "Vyazma"), ("Orsha", "Serpukhov"), ("Gabrovo", "Orsha")}),
    ("The Grodno Region signed agreements with regions of Poland (Podlaskie Voivodeship, "
     "Lublin Voivodeship) and Russia (Kaliningrad Region).", AG,
     {("Grodno Region", "Podlaskie Voivodeship"), ("Grodno Region", "Lublin Voivodeship"),
      ("Grodno Region", "Kaliningrad Region")}),
])
def test_members_grouped_by_country_are_one_list(text, rel_type, expected):
    found = _named(text, rel_type)
    assert expected <= found
    # the countries only locate the members in their brackets
    assert not {p for p in found if {"Poland", "Lithuania", "Russia", "Bulgaria"} & set(p)}


def test_a_country_in_brackets_after_each_member_still_only_locates_it():
    found = _named("Gomselmash sold combines to Elvorti (Ukraine), Agromash (Moldova) and "
                   "Kazagro (Kazakhstan).", SUP)
    assert found == {("Gomselmash", "Elvorti"), ("Gomselmash", "Agromash"),
                     ("Gomselmash", "Kazagro")}


# The markets a firm sells in, named as examples of a group after "in".
@pytest.mark.parametrize("text,expected", [
    ("Gomselmash sells combines in several markets, among them Kazakhstan, Moldova and "
     "Kyrgyzstan.", {("Gomselmash", "Kazakhstan"), ("Gomselmash", "Moldova"),
                     ("Gomselmash", "Kyrgyzstan")}),
    ("Milavitsa sells lingerie in many countries, including Latvia and Estonia.",
     {("Milavitsa", "Latvia"), ("Milavitsa", "Estonia")}),
])
def test_the_markets_named_after_a_group_are_recipients(text, expected):
    assert expected <= _named(text, SUP)


@pytest.mark.parametrize("text", [
    # no selling verb: shops and assembly abroad are no supply
    "Milavitsa has shops in many countries, including Latvia and Estonia.",
    "MAZ assembles buses in several countries, such as Vietnam and Egypt.",
])
def test_examples_after_in_without_a_selling_verb_give_nothing(text):
    assert _named(text, SUP) == set()


# Gapped groups that repeat their "by": "by A with B and C, and by D with E".
@pytest.mark.parametrize("text,rel_type,expected", [
    ("Agreements were concluded by the Gomel Region with Chernihiv and Bryansk, and by the "
     "Minsk Region with the Moscow Region.", AG,
     {("Chernihiv", "Gomel Region"), ("Bryansk", "Gomel Region"),
      ("Minsk Region", "Moscow Region")}),
    ("Memoranda were signed by Lida with Alytus, by Pinsk with Lutsk and by Brest with "
     "Terespol.", AG, {("Alytus", "Lida"), ("Lutsk", "Pinsk"), ("Brest", "Terespol")}),
    ("Twinning charters were signed by Lida with Alytus, and by Pinsk with Lutsk.", TW,
     {("Alytus", "Lida"), ("Lutsk", "Pinsk")}),
])
def test_groups_that_repeat_by_pair_each_head_with_its_own(text, rel_type, expected):
    assert _named(text, rel_type) == expected


def test_a_later_by_without_with_is_no_partner_of_the_first_group():
    # "with Chernihiv and Bryansk" is the Gomel Region's list: "by the Minsk Region"
    # after it is no member of it
    found = _named("Agreements were concluded by the Gomel Region with Chernihiv and Bryansk, "
                   "and by the Minsk Region in 2019.", AG)
    assert ("Gomel Region", "Minsk Region") not in found
    assert {("Chernihiv", "Gomel Region"), ("Bryansk", "Gomel Region")} <= found


# An owner's list after "has / lists the following twin towns:".
@pytest.mark.parametrize("text,expected", [
    ("Baranovichi has the following twin towns: Kovel, Slupsk and Naro-Fominsk.",
     {("Baranovichi", "Kovel"), ("Baranovichi", "Slupsk"), ("Baranovichi", "Naro-Fominsk")}),
    ("Baranovichi lists the following twin towns:\n- Kovel, Ukraine;\n- Slupsk, Poland;\n"
     "- Naro-Fominsk, Russia.",
     {("Baranovichi", "Kovel"), ("Baranovichi", "Slupsk"), ("Baranovichi", "Naro-Fominsk")}),
    ("Baranovichi counts 12 twin towns, among them Kovel and Slupsk.",
     {("Baranovichi", "Kovel"), ("Baranovichi", "Slupsk")}),
])
def test_the_following_twin_towns_are_the_owners(text, expected):
    assert _named(text + "\n", TW) == expected   # (not the listed towns with each other)


def test_the_following_of_another_noun_lists_no_twins():
    assert _named("Baranovichi lists the following sights: the castle, Kovel Street and the "
                  "Slupsk Park.", TW) == set()


# A firm's town inside a list of firms locates the firm and is no member.
@pytest.mark.parametrize("text,rel_type,expected,not_found", [
    ("Belshina of Bobruisk, Mogilevliftmash and Grodno Azot all supply their products to the "
     "Smolensk Region.", SUP,
     {("Belshina", "Smolensk Region"), ("Mogilevliftmash", "Smolensk Region"),
      ("Grodno Azot", "Smolensk Region")}, ("Bobruisk", "Smolensk Region")),
    ("Amkodor of Minsk and Gomselmash signed contracts with the Omsk Region.", AG,
     {("Amkodor", "Omsk Region"), ("Gomselmash", "Omsk Region")}, ("Minsk", "Omsk Region")),
])
def test_a_firms_town_in_a_list_is_no_member(text, rel_type, expected, not_found):
    found = _named(text, rel_type)
    assert expected <= found
    assert _pair(rel_type, *not_found) not in found


def test_a_town_of_a_town_is_a_gapped_pair_not_a_seat():
    # "C of D" after "A is a twin town of B": a pair of its own
    assert _named("Lida is a twin town of Alytus, and Zamosc of Zhovkva.", TW) == {
        ("Alytus", "Lida"), ("Zamosc", "Zhovkva")}


# ", as well as with C" after a list of examples: the subject's partner too.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("Gomel is twinned with several Russian towns, such as Bryansk, Tula and Kaluga, as well "
     "as with Chernihiv in Ukraine.", TW, ("Chernihiv", "Gomel")),
    ("The Minsk Region has agreements with regions of Russia, including Yaroslavl and Tver, as "
     "well as with the Republic of Tatarstan.", AG, ("Minsk Region", "Republic of Tatarstan")),
])
def test_as_well_as_with_after_examples_is_the_subjects_partner(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


# A body named for its members after a demonym is a party; the members alone are none.
@pytest.mark.parametrize("text,name", [
    ("The Armenian Chamber of Commerce and Industry signed memoranda with the Chamber of "
     "Commerce and Industry of Uzbekistan and the Kazakh Chamber of Entrepreneurs.",
     "Kazakh Chamber of Entrepreneurs"),
    ("The Mogilev Chamber of Commerce signed a memorandum with the Uzbek Union of Exporters.",
     "Uzbek Union of Exporters"),
])
def test_a_body_named_for_its_members_is_a_party(text, name):
    assert name in {n for p in _named(text, AG) for n in p}


@pytest.mark.parametrize("text", [
    "Gomselmash signed contracts with Kazakh entrepreneurs.",
    "Belarusian enterprises signed agreements with Uzbek exporters.",
])
def test_members_alone_are_no_party(text):
    assert _named(text, AG) == set()


# "respectively" with one list of parties distributes goods or dates, not partners.
@pytest.mark.parametrize("text,rel_type,expected", [
    ("Tyres, lifts and fertiliser were shipped to Uzbekistan by Belshina, Mogilevliftmash and "
     "Grodno Azot respectively.", SUP,
     {("Belshina", "Uzbekistan"), ("Mogilevliftmash", "Uzbekistan"),
      ("Grodno Azot", "Uzbekistan")}),
    ("Lida and Pinsk became twin towns of Alytus in 2002 and 2005 respectively.", TW,
     {("Alytus", "Lida"), ("Alytus", "Pinsk")}),
])
def test_respectively_with_one_list_of_parties_keeps_the_list(text, rel_type, expected):
    assert _named(text, rel_type) == expected


def test_respectively_with_two_lists_of_parties_pairs_them_in_order():
    assert _named("Pinsk, Kobrin and Mozyr signed agreements with Lutsk, Rivne and Lviv "
                  "respectively.", AG) == {("Lutsk", "Pinsk"), ("Kobrin", "Rivne"),
                                          ("Lviv", "Mozyr")}


@pytest.mark.parametrize("text,expected", [
    ("Vitebsk has twin towns in many countries, notably Zielona Gora, Rezekne and Nizhny "
     "Novgorod.", {("Vitebsk", "Zielona Gora"), ("Rezekne", "Vitebsk"),
                   ("Nizhny Novgorod", "Vitebsk")}),
    # (not the two examples with each other)
    ("Pinsk has partner towns in several countries, notably Lutsk and Biala Podlaska.",
     {("Lutsk", "Pinsk"), ("Biala Podlaska", "Pinsk")}),
])
def test_notably_opens_the_owners_examples(text, expected):
    assert _named(text, TW) == expected


# A subject and its co-subject set off after it, before "became a twin town of".
@pytest.mark.parametrize("text,expected", [
    ("Bukhara, together with Termez, became a sister city of Mazar-i-Sharif in 2019.",
     {("Bukhara", "Mazar-i-Sharif"), ("Mazar-i-Sharif", "Termez")}),
    ("Lida, along with Slonim, is a twin town of Elk.", {("Elk", "Lida"), ("Elk", "Slonim")}),
])
def test_a_co_subject_before_became_a_twin_town(text, expected):
    assert _named(text, TW) == expected


def test_an_apposition_before_became_a_twin_town_is_no_co_subject():
    assert _named("Pinsk, a river port, is a twin town of Lutsk.", TW) == {("Lutsk", "Pinsk")}


# Makers listed each with its goods, the goods the subject of the supply.
@pytest.mark.parametrize("text,expected", [
    ("KAMAZ trucks and MAZ buses were delivered to Almaty, Shymkent and Karaganda.",
     {(s, r) for s in ("KAMAZ", "MAZ") for r in ("Almaty", "Shymkent", "Karaganda")}),
    ("KAMAZ trucks, MAZ buses and BelAZ dump trucks were sold to Mongolia.",
     {("KAMAZ", "Mongolia"), ("MAZ", "Mongolia"), ("BelAZ", "Mongolia")}),
])
def test_makers_listed_with_their_goods_all_supply(text, expected):
    assert _named(text, SUP) == expected


@pytest.mark.parametrize("text,party", [
    # a clause with a verb of its own before the goods is no maker
    ("Minsk signed contracts and MAZ buses were delivered to Almaty.", "Minsk"),
    ("Tashkent hosted the fair and MAZ buses were delivered to Almaty.", "Tashkent"),
])
def test_a_clause_before_the_goods_names_no_maker(text, party):
    assert party not in {a for a, _ in _named(text, SUP)}


# A list set out with semicolons, its members located after a comma.
@pytest.mark.parametrize("text,rel_type,expected", [
    ("Vitebsk keeps sister-city ties with Smolensk; Zielona Gora, Poland; and Rezekne, Latvia.",
     TW, {("Smolensk", "Vitebsk"), ("Vitebsk", "Zielona Gora"), ("Rezekne", "Vitebsk")}),
    ("The Brest Region signed agreements with the Volyn Region; the Lublin Voivodeship, Poland; "
     "and the Kaliningrad Region, Russia.", AG,
     {("Brest Region", "Volyn Region"), ("Brest Region", "Lublin Voivodeship"),
      ("Brest Region", "Kaliningrad Region")}),
])
def test_a_semicolon_list_of_located_members(text, rel_type, expected):
    assert _named(text, rel_type) == expected


def test_a_semicolon_before_a_clause_of_its_own_joins_no_list():
    assert _named("Lida signed an agreement with Alytus; Elk signed one with Gizycko.", AG) == {
        ("Alytus", "Lida"), ("Elk", "Gizycko")}


# "and with the Chinese province of C": a later with-phrase that describes its place.
@pytest.mark.parametrize("text,rel_type,pair", [
    ("The Mogilev Region signed agreements with the Russian regions of Bryansk, Smolensk and "
     "Kaluga and with the Chinese province of Hubei.", AG, ("Hubei", "Mogilev Region")),
    ("Grodno is twinned with the Polish towns of Augustow and Elk and with the Lithuanian "
     "resort town of Druskininkai.", TW, ("Druskininkai", "Grodno")),
])
def test_a_later_with_phrase_with_a_described_place(text, rel_type, pair):
    assert _pair(rel_type, *pair) in _named(text, rel_type)


# The owner's list set off by dashes after a country, and a further group in another.
@pytest.mark.parametrize("text,expected", [
    ("Grodno has three twin towns in Poland - Bialystok, Augustow and Elk - and one in "
     "Lithuania, Druskininkai.",
     {("Bialystok", "Grodno"), ("Augustow", "Grodno"), ("Elk", "Grodno"),
      ("Druskininkai", "Grodno")}),
    ("Lida has two partner cities in Poland – Elk and Gizycko.",
     {("Elk", "Lida"), ("Gizycko", "Lida")}),
    ("Lida has two partner cities in Poland: Elk and Gizycko, and two in Lithuania: Alytus and "
     "Druskininkai.", {("Elk", "Lida"), ("Gizycko", "Lida"), ("Alytus", "Lida"),
                       ("Druskininkai", "Lida")}),
])
def test_the_owners_groups_by_country(text, expected):
    assert _named(text, TW) == expected   # (not the members with each other)


# A member whose name holds "and" before its head: "the Trade and Industry Chamber of X".
@pytest.mark.parametrize("text,name", [
    ("The Vitebsk Regional Executive Committee signed agreements with the Pskov Regional "
     "Administration and the Trade and Industry Chamber of Smolensk.",
     "Trade and Industry Chamber of Smolensk"),
    ("The Mogilev Chamber of Commerce signed memoranda with the Trade and Economic Chamber of "
     "Uzbekistan and the Kazakh Chamber of Entrepreneurs.",
     "Trade and Economic Chamber of Uzbekistan"),
])
def test_a_members_name_with_and_before_its_head(text, name):
    assert name in {n for p in _named(text, AG) for n in p}


@pytest.mark.parametrize("text", [
    "Trade and investment between Minsk and Kazan grew.",
    "Trade and cooperation with the Smolensk Region are growing.",
])
def test_trade_and_a_field_without_a_head_is_no_name(text):
    assert not [m for m in find_mentions(text) if m.text.startswith("Trade")]


# A later member the subject only plans: "..., and plans to sign one with D".
@pytest.mark.parametrize("text,partner", [
    ("Lida signed protocols with Alytus and Elk, and plans to sign one with Gizycko.",
     "Gizycko"),
    ("The Vitebsk Region concluded a road map with the Pskov Region, and it is expected to "
     "sign another with the Tver Region.", "Tver Region"),
])
def test_a_planned_member_after_a_pro_form(text, partner):
    rows = [r for r in candidates(text) if r["type"] == AG and partner in
            (r["source"]["name"], r["target"]["name"])]
    assert [r["status"] for r in rows] == ["planned"]


@pytest.mark.parametrize("text,pair", [
    ("Lida signed protocols with Alytus and Elk, and does not plan to sign one with Gizycko.",
     ("Gizycko", "Lida")),
    # a subject of its own: Lida's document is not Elk's
    ("Lida signed a protocol with Alytus, and Elk plans to sign one with Gizycko.",
     ("Gizycko", "Lida")),
])
def test_no_planned_member_after_a_negation_or_another_subject(text, pair):
    assert pair not in _named(text, AG)


# After an owner's twin list (no verb whose subject they could be), "along with" adds.
@pytest.mark.parametrize("text,expected", [
    ("Orsha counts among its twin towns Kedainiai in Lithuania, along with Serpukhov and "
     "Kolomna in Russia.", {("Kedainiai", "Orsha"), ("Orsha", "Serpukhov"), ("Kolomna", "Orsha")}),
    ("The twin towns of Lida are Alytus and Elk, along with Gizycko.",
     {("Alytus", "Lida"), ("Elk", "Lida"), ("Gizycko", "Lida")}),
])
def test_along_with_after_an_owners_list_adds_members(text, expected):
    assert _named(text, TW) == expected


@pytest.mark.parametrize("text,pair", [
    ("Gomel welcomed a delegation from its twin town Bryansk, along with Tula's mayor.",
     ("Gomel", "Tula")),
    # after a verb with a subject of its own "along with" stays unread
    ("Orsha is twinned with Kedainiai, along with Mogilev.", ("Mogilev", "Orsha")),
])
def test_along_with_that_does_not_close_an_owners_list_adds_nothing(text, pair):
    assert pair not in _named(text, TW)


# "X has twin towns in Poland (A, B), Lithuania (C)": the owner's list grouped by country.
@pytest.mark.parametrize("text,expected", [
    ("Grodno has twin towns in Poland (Bialystok, Lomza), Lithuania (Druskininkai) and "
     "Russia (Kaluga, Tula).", {("Grodno", m) for m in
                                ("Bialystok", "Lomza", "Druskininkai", "Kaluga", "Tula")}),
    ("Polotsk has partner cities in Poland (Lomza and Elk) and Lithuania (Utena).",
     {("Polotsk", "Lomza"), ("Polotsk", "Elk"), ("Polotsk", "Utena")}),
])
def test_an_owners_twins_grouped_by_country(text, expected):
    found = _named(text, TW)
    assert {tuple(sorted(p)) for p in expected} <= found
    assert not {p for p in found if {"Poland", "Lithuania", "Russia"} & set(p)}


def test_a_bracket_of_dates_after_the_country_is_no_group():
    assert not _named("Grodno has twin towns in Poland (since 1992).", TW)


# "to Kazakhstan (Kostanay, Pavlodar)": the places in a country's bracket are the parties.
@pytest.mark.parametrize("text,expected", [
    ("Gomselmash shipped combines to Kazakhstan (Kostanay, Pavlodar) and Russia (Bryansk).",
     {("Gomselmash", "Kostanay"), ("Gomselmash", "Pavlodar"), ("Gomselmash", "Bryansk")}),
    ("MAZ sold buses to Kazakhstan (Kostanay and Pavlodar).",
     {("MAZ", "Kostanay"), ("MAZ", "Pavlodar")}),
])
def test_places_in_a_countrys_bracket_are_the_recipients(text, expected):
    assert _named(text, SUP) == expected


@pytest.mark.parametrize("text,expected", [
    ("MAZ sold buses to Kazakhstan (about 300 units).", {("MAZ", "Kazakhstan")}),
    ("MAZ sold buses to Kostanay (Kazakhstan).", {("MAZ", "Kostanay")}),
])
def test_a_bracket_without_places_keeps_the_country(text, expected):
    assert _named(text, SUP) == expected
