"""List completion: the other members of a list a pattern paired only in part get the
same relation with the same other side, for all three types; and where a run of names
is no such list, nothing is added. Short texts written for these tests."""

import pytest
from extract_candidates import RESOLVER, candidates, pairs

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.list_completion import RULE, complete_lists, runs_with
from relgraph.loaders.extract.mentions import find_mentions


def _rule_of(text, rel_type, a, b):
    """The rule of the candidate relating the names ``a`` and ``b`` (None if none)."""
    for r in candidates(text):
        names = (r["source"]["name"], r["target"]["name"])
        if r["type"] == rel_type and (names == (a, b) or (
                rel_type != "SUPPLIES_TO" and names == (b, a))):
            return r["rule"]
    return None


@pytest.mark.parametrize("text,rel_type,a,b", [
    # supplies: the supplier stays the supplier
    # ("... and to Glencore" is the list grammar's own: a repeated preposition)
    ("Kazzinc sells refined zinc to Umicore (Belgium) or to Glencore (Switzerland).",
     "SUPPLIES_TO", "Kazzinc", "Glencore"),
    ("Gomselmash supplies combines to Kazakhstan, Uzbekistan or Kyrgyzstan.",
     "SUPPLIES_TO", "Gomselmash", "Kyrgyzstan"),
    ("Agromash supplied harvesters to the Omsk and Kurgan regions of Russia as well as to "
     "Kyrgyzstan.", "SUPPLIES_TO", "Agromash", "Kyrgyzstan"),
    # ("... and to quarries in Mongolia" is the supply rule's own now: a repeated "to"
    # before recipients named by their place)
    ("Belshina ships tyres to BelAZ or to quarries in Mongolia.",
     "SUPPLIES_TO", "Belshina", "Mongolia"),
    ("Naftan sells diesel fuel in Ukraine, Poland and the Baltic states, including Lithuania "
     "and Latvia.", "SUPPLIES_TO", "Naftan", "Latvia"),
    ("Amkodor makes loaders. The main buyers were Russia and Kazakhstan, followed by "
     "Uzbekistan.", "SUPPLIES_TO", "Amkodor", "Uzbekistan"),
    ("Amkodor makes loaders. Its exports went mostly to Russia (60%), followed by "
     "Kazakhstan (12%) and Mongolia.", "SUPPLIES_TO", "Its", "Mongolia"),
    # agreements
    ("Grodno signed cooperation agreements with Bialystok in 2003, Druskininkai in 2005 "
     "and Kaliningrad in 2010.", "SIGNED_AGREEMENT", "Grodno", "Kaliningrad"),
    # ("... as well as with the Samara Region" is the list grammar's own now: a repeated
    # preposition, test_extract_lists_and_relatives.py)
    ("The Gomel Region concluded a road map with the Bryansk Region or with the Kursk "
     "Region.", "SIGNED_AGREEMENT", "Gomel Region", "Kursk Region"),
    # twinnings
    ("Mogilev has been twinned with Kaluga since 1994, Tula since 1997 and Villeurbanne "
     "since 2001.", "TWINNED_WITH", "Mogilev", "Villeurbanne"),
    ("Mogilev is twinned with Kaluga, and since 2010 also with Tula.",
     "TWINNED_WITH", "Mogilev", "Tula"),
    ("Brest is a partner city of Lutsk as well as of Biala Podlaska.",
     "TWINNED_WITH", "Brest", "Biala Podlaska"),
])
def test_the_rest_of_the_list_is_completed(text, rel_type, a, b):
    assert _rule_of(text, rel_type, a, b) == RULE


def test_completed_supply_keeps_direction_and_goods_free_of_the_verb():
    rows = [r for r in candidates("Kazzinc sells refined zinc to Umicore (Belgium) or to "
                                  "Glencore (Switzerland).") if r["rule"] == RULE]
    assert [(r["source"]["id"], r["target"]["id"]) for r in rows] == [
        ("company:kz:kazzinc", "company:ch:glencore")]
    # the bracketed countries only locate the buyers
    ids = {r["target"]["id"] for r in candidates(
        "Kazzinc sells refined zinc to Umicore (Belgium) or to Glencore (Switzerland).")}
    assert not ids & {"country:be", "country:ch"}


def test_completed_supply_keeps_the_goods_not_the_value():
    rows = {r["target"]["name"]: r for r in candidates(
        "Kazzinc sold refined zinc worth 30 million US dollars to Umicore (Belgium) or to "
        "Glencore (Switzerland).")}
    assert rows["Glencore"]["rule"] == RULE
    assert rows["Glencore"]["goods"] == rows["Umicore"]["goods"]
    assert rows["Glencore"]["value_usd"] is None


@pytest.mark.parametrize("text,rel_type,a,b", [
    # a clause boundary: the list after it belongs to another clause
    ("Amkodor supplies loaders to Kazakhstan; Mongolia and Kyrgyzstan buy Chinese machines.",
     "SUPPLIES_TO", "Amkodor", "Mongolia"),
    ("Amkodor supplies loaders to Kazakhstan and Uzbekistan, whereas Mongolia or Kyrgyzstan "
     "buy Chinese machines.", "SUPPLIES_TO", "Amkodor", "Kyrgyzstan"),
    # a country among firms (no "mills in" that lets it stand for them)
    ("Belshina ships tyres to BelAZ or to Mongolia.", "SUPPLIES_TO", "Belshina", "Mongolia"),
    # a list a pair grammar has read
    ("Brest, Grodno and Pinsk are twinned with Biala Podlaska, Bialystok and Lublin "
     "respectively.", "TWINNED_WITH", "Brest", "Bialystok"),
    ("Grodno signed a memorandum with Bialystok, and Lida with Alytus or Druskininkai.",
     "SIGNED_AGREEMENT", "Grodno", "Alytus"),
    # the other document of a gapped clause is no member of the list
    ("The Kostanay region has had sister-region relations with the Chelyabinsk region since "
     "2004 and a cooperation agreement with the Kurgan region since 2011.",
     "TWINNED_WITH", "Kostanay region", "Kurgan region"),
])
def test_no_completion_where_the_run_is_no_list_of_one_side(text, rel_type, a, b):
    assert _rule_of(text, rel_type, a, b) != RULE


def test_one_party_named_twice_gives_one_candidate():
    text = ("The Grodno Region signed an agreement with the Podlaskie Voivodeship as well as "
            "with Podlaskie.")
    assert len(pairs(text, "SIGNED_AGREEMENT")) == 1


# The guards one by one, on hits as a pattern would give them.

def _complete(text, links, rel_type="SUPPLIES_TO"):
    """``complete_lists`` on ``text`` with a hit between each pair of names in ``links``."""
    ms = find_mentions(text)
    disc = Discourse(RESOLVER, text)
    by_name = {m.text: m for m in ms}
    hits, resolved = [], []
    for a, b in links:
        ma, mb = by_name[a], by_name[b]
        hits.append(Hit(rel_type, ma, mb, (0, 1), 0.8, "verb to"))
        resolved.append((disc.party(ma), disc.party(mb)))
    why = []
    out = complete_lists(text, ms, hits, resolved, disc.party, why)
    return [(p[0].name, p[1].name) for _, p in out], why


def test_a_run_holding_the_other_side_is_the_pair_itself():
    text = "Grodno or Lida held a festival with Alytus."
    assert _complete(text, [("Grodno", "Lida")], "TWINNED_WITH")[0] == []
    # the same run, paired with a party outside it, is a list of one side
    added, _ = _complete(text, [("Alytus", "Grodno")], "TWINNED_WITH")
    assert added == [("Alytus", "Lida")]


def test_a_coordinated_subject_was_read_by_the_patterns():
    # "A, B and C ... with D": the patterns of co-signers read the run before a paired
    # member; what they left out stays out. The members after it are completed.
    text = "Grodno, Bialystok and Lida held a festival with Alytus."
    assert _complete(text, [("Lida", "Alytus")], "TWINNED_WITH")[0] == []
    assert _complete(text, [("Grodno", "Alytus")], "TWINNED_WITH")[0] == [
        ("Bialystok", "Alytus"), ("Lida", "Alytus")]


def test_a_member_paired_by_a_pattern_with_another_party_is_left_alone():
    text = "Amkodor ships loaders to Kazakhstan or to Mongolia, where MTZ sells tractors."
    added, why = _complete(text, [("Amkodor", "Kazakhstan"), ("MTZ", "Mongolia")])
    assert added == [] and ("Mongolia", "paired by a pattern with another party") in why


def test_pairs_already_found_are_not_repeated():
    text = "Amkodor ships loaders to Kazakhstan or to Mongolia."
    assert _complete(text, [("Amkodor", "Kazakhstan"), ("Amkodor", "Mongolia")])[0] == []
    assert _complete(text, [("Amkodor", "Kazakhstan")])[0] == [("Amkodor", "Mongolia")]


def test_a_locator_is_no_member():
    text = "Belkommunmash delivered trolleybuses to Osh or to Kyrgyzstan."
    added, why = _complete(text, [("Belkommunmash", "Osh")])
    assert added == [] and ("Kyrgyzstan", "a locator") in why


def test_a_possessive_is_no_member():
    text = "Belshina ships tyres to Ekibastuz and the Omsk region's Isilkul."
    added, why = _complete(text, [("Belshina", "Ekibastuz")])
    assert ("Omsk region", "a possessive") in why
    assert ("Belshina", "Omsk region") not in added


def test_the_place_of_the_next_name_is_no_member():
    text = "Kostanay or the Kurgan Oblast town of Shadrinsk hosted a fair with Pavlodar."
    added, why = _complete(text, [("Pavlodar", "Kostanay")], "TWINNED_WITH")
    assert added == [] and ("Kurgan Oblast", "the place of the next name") in why


def test_a_firm_among_places_is_another_kind():
    text = "Belshina ships tyres to Mongolia or to BelAZ."
    added, why = _complete(text, [("Belshina", "Mongolia")])
    assert added == [] and ("BelAZ", "another kind") in why


@pytest.mark.parametrize("text,expected", [
    # a conjunction comes at a list's last join; commas alone make no list
    ("Along with Russia and Kazakhstan, Belarus sells potash to Oman, Qatar and Egypt.",
     [["Russia", "Kazakhstan"], ["Belarus"], ["Oman", "Qatar", "Egypt"]]),
    ("In Kyrgyzstan, Belkommunmash delivered trolleybuses.", [["Kyrgyzstan"], ["Belkommunmash"]]),
    # brackets and "of"-countries only locate a member
    ("to Umicore (Belgium) and to Glencore (Switzerland)", [["Umicore", "Glencore"]]),
    ("to the Omsk regions of Russia as well as to Kyrgyzstan", [["Omsk regions", "Kyrgyzstan"]]),
    # a date after a member
    ("with Bialystok in 2003, Druskininkai in 2005 and Kaliningrad in 2010",
     [["Bialystok", "Druskininkai", "Kaliningrad"]]),
    # a semicolon ends a list; "but", "though" join none; "but also" does
    ("to Kazakhstan; Mongolia and Kyrgyzstan", [["Kazakhstan"], ["Mongolia", "Kyrgyzstan"]]),
    ("to Kazakhstan, but to Mongolia", [["Kazakhstan"], ["Mongolia"]]),
    ("to Kazakhstan, though to Mongolia", [["Kazakhstan"], ["Mongolia"]]),
    ("not only to Kazakhstan but also to Mongolia", [["Kazakhstan", "Mongolia"]]),
    # a repeated preposition must be the first member's
    ("to Kazakhstan and from Mongolia", [["Kazakhstan"], ["Mongolia"]]),
])
def test_runs(text, expected):
    ms = find_mentions(text)
    assert [[m.text for m, _ in run] for run in runs_with(text, ms)] == expected


@pytest.mark.parametrize("text, rel_type, expected", [
    # an apposition that places a town names no member of the list
    ("MAZ supplies buses to Minsk, the capital of Belarus.", "SUPPLIES_TO",
     {("company:by:maz", "city:by:minsk")}),
    ("MAZ supplies buses to Tallinn, the capital of Estonia, and to Riga.", "SUPPLIES_TO",
     {("company:by:maz", "city:ee:tallinn"), ("company:by:maz", "city:lv:riga")}),
    ("Gomel is twinned with Chernihiv, a city in northern Ukraine, and with Bryansk.",
     "TWINNED_WITH",
     {("city:by:gomel", "city:ua:chernihiv"), ("city:by:gomel", "city:ru:bryansk")}),
])
def test_a_country_in_an_apposition_only_places_the_town(text, rel_type, expected):
    assert set(pairs(text, rel_type)) == expected


@pytest.mark.parametrize("text", [
    "Gomel is twinned with Chernihiv, a city in northern Ukraine, and with Bryansk.",
    "Gomel is twinned with Chernihiv in Ukraine and with Bryansk.",
])
def test_a_country_named_beside_another_twin_does_not_move_a_major_city_to_a_village(text):
    assert set(pairs(text, "TWINNED_WITH")) == {("city:by:gomel", "city:ua:chernihiv"),
                                                ("city:by:gomel", "city:ru:bryansk")}
