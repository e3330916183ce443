"""Twinnings a sentence states around words that stood in the way: a town's other name
in brackets, an adverb before a gapped pair's date, a fronted "Outside X," and pairs
written with a dash after a sentence on twinning. Every text here was written for
these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type="TWINNED_WITH"):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


def _pair(a, b):
    return frozenset((a, b))


# -- a town's other name or country in brackets ------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Kaunas (Kovno) has been a sister city of Lviv since 1994.",
     {_pair("city:lt:kaunas", "city:ua:lviv")}),
    ("Vitebsk (Belarus) became a twin town of Nizhny Novgorod in 1997.",
     {_pair("city:by:vitebsk", "city:ru:nizhniy-novgorod")}),
    ("Grodno keeps friendly ties with Bialystok since 1995, and Lida (Lyda) with Alytus "
     "since 2004.",
     {_pair("city:by:grodno", "city:pl:bialystok"), _pair("city:by:lida", "city:lt:alytus")}),
])
def test_a_bracketed_other_name_is_no_party_and_no_gap(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text, pairs", [
    # the bracket after a country names its towns: they are the twins
    ("The sister towns of Slonim are found in Poland (Sejny, Olecko) and Lithuania "
     "(Birzai).",
     {_pair("city:by:slonim", x) for x in ("city:pl:sejny", "city:pl:olecko",
                                          "city:lt:birzai")}),
    # no twin word: a festival is no tie
    ("Kaunas (Kovno) hosted a festival of painters from Lviv in 1994.", set()),
])
def test_brackets_after_a_country_or_without_a_twin_word(text, pairs):
    assert _pairs(text) == pairs


# -- an adverb before the date of a gapped pair ------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Grodno established friendship relations with Bialystok in 1995, and Lida with "
     "Alytus only in 2004.",
     {_pair("city:by:grodno", "city:pl:bialystok"), _pair("city:by:lida", "city:lt:alytus")}),
    ("Polotsk has been twinned with Bydgoszcz since 1996, and Glubokoe with Birzai "
     "already in 1999.",
     {_pair("city:by:polotsk", "city:pl:bydgoszcz"),
      _pair("city:by:glubokoye", "city:lt:birzai")}),
])
def test_a_gapped_pair_dated_after_an_adverb(text, pairs):
    assert pairs <= _pairs(text)


def test_a_gapped_clause_with_a_verb_of_its_own_is_no_pair():
    text = ("Grodno established friendship relations with Bialystok in 1995, and trade with "
            "Alytus only grew in 2004.")
    assert _pairs(text) == {_pair("city:by:grodno", "city:pl:bialystok")}


# -- a fronted "Outside X," names no party -----------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Outside Silesia, Poznan signed a twinning charter with Kharkiv.",
     {_pair("city:pl:poznan", "city:ua:kharkiv")}),
    ("Beyond Silesia, Poznan signed a twinning charter with Kharkiv.",
     {_pair("city:pl:poznan", "city:ua:kharkiv")}),
    ("Outside Lithuania, Lviv, the largest city of western Ukraine, concluded a sister-city "
     "agreement with Krakow in 1995.",
     {_pair("city:ua:lviv", "city:pl:krakow")}),
])
def test_the_place_outside_which_the_act_is_no_party(text, pairs):
    assert _pairs(text) == pairs


def test_a_place_that_signs_after_outside_is_still_read():
    # "Outside" only opens the sentence: the town after the comma signs
    text = "Outside the capital, Poznan signed a twinning charter with Kharkiv."
    assert _pairs(text) == {_pair("city:pl:poznan", "city:ua:kharkiv")}


# -- pairs written with a dash after a sentence on twinning ------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Many Belarusian towns keep partnership or twinning relations with towns of Poland. "
     "The most active pairs are Brest - Siedlce, Grodno - Bialystok and Pinsk - Kolomna.",
     {_pair("city:by:brest", "city:pl:siedlce"), _pair("city:by:grodno", "city:pl:bialystok"),
      _pair("city:by:pinsk", "city:ru:kolomna")}),
    ("Twin-town ties join a dozen towns on both banks of the Bug. Among the busiest are "
     "Kobrin - Biala Podlaska, Pruzhany - Hajnowka, and Kamenets - Bielsk Podlaski.",
     {_pair("city:by:kobrin", "city:pl:biala-podlaska"),
      _pair("city:by:pruzhany", "city:pl:hajnowka"),
      _pair("city:by:kamenets", "city:pl:bielsk-podlaski")}),
])
def test_dash_pairs_after_a_sentence_on_twinning(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text", [
    # no twinning told before: the pairs are routes
    "The region has good roads. The busiest routes are Brest - Siedlce, Grodno - Bialystok "
    "and Pinsk - Kolomna.",
    # twinning told before, but the pairs are of a supply
    "Many Belarusian towns keep twinning relations with towns of Poland. Dairies ship "
    "cheese along Brest - Siedlce, Grodno - Bialystok and Pinsk - Kolomna.",
])
def test_dash_pairs_without_a_twinning_before_them(text):
    assert _pairs(text) == set()


# -- a gapped pair whose second town a region's name locates -----------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Orsha is twinned with Vyazma, Dubrovno with Rudnya, and Liozno with the Smolensk town "
     "of Velizh.",
     {_pair("city:by:orsha", "city:ru:vyazma"), _pair("city:by:dubrovno", "city:ru:rudnya"),
      _pair("city:by:liozno", "city:ru:velizh")}),
    ("Gomel has been twinned with Bryansk since 1993, and Rechitsa with the Bryansk town of "
     "Novozybkov since 2002.",
     {_pair("city:by:gomel", "city:ru:bryansk"), _pair("city:by:rechitsa", "city:ru:novozybkov")}),
])
def test_the_region_that_locates_a_gapped_pairs_town_is_no_member(text, pairs):
    assert _pairs(text) == pairs


# -- "has its own twin, B" ---------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Pinsk has its own twin, Kolomna, since 1999.", {_pair("city:by:pinsk", "city:ru:kolomna")}),
    ("Since 2004 Slonim has had its own sister town, Sejny, across the border.",
     {_pair("city:by:slonim", "city:pl:sejny")}),
])
def test_its_own_twin_named_in_apposition(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text", [
    "Belshina has a partner, Kamaz, in Russia.",
    "Pinsk has its own museum, and Kolomna has a theatre.",
])
def test_no_twin_in_apposition_without_a_twin_word(text):
    assert _pairs(text) == set()


# -- "with its partner town": the twin itself, no owner ----------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Lida established partnership relations with the Lithuanian town of Alytus. Mosty, which "
     "has been twinned with Kedainiai since 2005, extended its accord with its partner town "
     "by three years.", _pair("city:by:mosty", "city:lt:kedainiai")),
    ("Slonim became a sister town of Sejny in 1999. Ivye, twinned with Birzai since 2003, signed "
     "a new protocol with its partner city last summer.", _pair("city:by:ivye", "city:lt:birzai")),
])
def test_its_partner_town_names_no_other_party(text, kept):
    pairs = _pairs(text)
    assert kept in pairs
    # ("its" is no town spoken of before: neither Lida nor Slonim twins with Mosty or Ivye)
    assert not any(("city:by:lida" in p or "city:by:slonim" in p) and kept & p for p in pairs)
    assert not any("city:by:lida" in p or "city:by:slonim" in p
                   for p in _pairs(text, "SIGNED_AGREEMENT"))


def test_its_partner_towns_still_own_a_list():
    text = "Mosty is a small town. Its partner towns are Sejny and Birzai."
    assert _pairs(text) == {_pair("city:by:mosty", "city:pl:sejny"),
                            _pair("city:by:mosty", "city:lt:birzai")}


# -- towns that "have been friends" ------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Mozyr has been friends with Chernihiv for fifteen years.",
     {_pair("city:by:mozyr", "city:ua:chernihiv")}),
    ("Rechitsa and Novozybkov became friends in 1998.",
     {_pair("city:by:rechitsa", "city:ru:novozybkov")}),
])
def test_towns_that_have_been_friends_are_twins(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text", [
    "The mayors of Lida and Alytus are friends since school.",
    "Pupils of Lida have been friends with pupils of Alytus for years.",
    "Belshina has been friends with Kamaz for years.",
    "Poland and Lithuania have been friends since 1991.",
])
def test_friends_that_are_people_firms_or_states_are_no_twins(text):
    assert _pairs(text) == set()


# -- a country in brackets with its article ----------------------------------------------
def test_a_bracketed_country_with_the_locates_the_town():
    from relgraph.loaders.extract.mentions import find_mentions

    ms = find_mentions("Lida is twinned with Zwolle (the Netherlands) and Gizycko.")
    assert [(m.text, m.country_hint) for m in ms] == [("Lida", None), ("Zwolle", "NL"),
                                                       ("Gizycko", None)]


# -- a town's description set off by commas ---------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Lida, the region's second town, and Alytus became twin towns.",
     {_pair("city:by:lida", "city:lt:alytus")}),
    ("Lida, the second town of the region, and Alytus announced that they would become twin "
     "towns.", {_pair("city:by:lida", "city:lt:alytus")}),
    ("Mogilev, the capital of the region, has had fraternal ties with Kursk since 2001.",
     {_pair("city:by:mogilev", "city:ru:kursk")}),
])
def test_a_towns_description_between_commas_is_no_clause_border(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text, pairs", [
    # a twin word in the description: it states the twinning itself
    ("Brest, a twin city of Lublin, hosted the fair.", {_pair("city:by:brest", "city:pl:lublin")}),
    # a description without a twin word, and no twinning in the sentence
    ("Lida, the region's second town, and Alytus held a joint fair.", set()),
])
def test_a_description_with_a_twin_word_or_without_any_twinning(text, pairs):
    assert _pairs(text) == pairs
