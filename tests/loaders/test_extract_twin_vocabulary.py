"""The one twin-word vocabulary (``loaders/extract/twin_words.py``): every way a text
states a twin-town or sister-region tie gives a twinning, with a hyphen or a space,
in English or as the translated text keeps the original word; and the guards still
hold (a partner firm, a trade fair's partner country, a negated or planned twinning,
a twinning's own agreement, which is no signing)."""

import pytest
from extract_candidates import candidates, pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "expected"), [
    ("Grodno and Bialystok have been fraternal cities since 1988.",
     ("city:by:grodno", "city:pl:bialystok")),
    ("Orsha and Tver have been brother-towns since 2001.", ("city:by:orsha", "city:ru:tver")),
    ("Vitebsk and Tver are kindred cities.", ("city:by:vitebsk", "city:ru:tver")),
    ("Pinsk and Kolomna have been twin-cities since 1997.", ("city:by:pinsk", "city:ru:kolomna")),
    ("Harbin and Kolomna became friendship cities in 2011.", ("city:cn:harbin", "city:ru:kolomna")),
    ("Grodno and Limoges became cities of friendship in 1999.",
     ("city:by:grodno", "city:fr:limoges")),
    # the Russian and Belarusian word, as a translation keeps it
    ("Volkovysk and Serpukhov are pobratimy.", ("city:by:volkovysk", "city:ru:serpukhov")),
    ("Volkovysk counts the Russian town of Serpukhov among its pobratimy.",
     ("city:by:volkovysk", "city:ru:serpukhov")),
    ("Lida and Alytus put their names to an act of pobratimstvo in 1996.",
     ("city:by:lida", "city:lt:alytus")),
    # French and German words
    ("Kolomna's jumelage with Villeurbanne dates from 2005.",
     ("city:ru:kolomna", "city:fr:villeurbanne")),
    ("In German documents Kolomna appears as a Partnerstadt of Wismar.",
     ("city:ru:kolomna", "city:de:wismar")),
    # partnership words between towns
    ("Relations of partnership between the towns of Lida and Alytus were established in 1996.",
     ("city:by:lida", "city:lt:alytus")),
    ("The town partnership of Lida and Alytus dates from 1996.",
     ("city:by:lida", "city:lt:alytus")),
    ("Pavlodar's partners abroad are Barnaul and the Chinese city of Urumqi.",
     ("city:kz:pavlodar", "city:cn:urumqi")),
    ("Friendly ties between the cities of Pavlodar and Novosibirsk go back to 2004.",
     ("city:kz:pavlodar", "city:ru:novosibirsk")),
    # "among its twins": the places between the subject and "among"
    ("Mogilev lists Kaluga and Villeurbanne among its sister cities.",
     ("city:by:mogilev", "city:fr:villeurbanne")),
    ("Kolomna has numbered Orsha among its sister cities since 2008.",
     ("city:ru:kolomna", "city:by:orsha")),
    # a friendship agreement between two towns
    ("Kolomna and Harbin signed a friendship agreement in 2011.",
     ("city:ru:kolomna", "city:cn:harbin")),
    ("Orsha and Smolensk concluded an agreement on friendship and cooperation in 2005.",
     ("city:by:orsha", "city:ru:smolensk")),
    # a partner region, a sister-region: two regions
    ("The Grodno Region has been a partner region of the Kaliningrad Region since 2003.",
     ("region:by:grodno", "region:ru:kaliningrad")),
])
def test_a_twinning_in_any_of_its_words(text, expected):
    found = {frozenset(p) for p in pairs(text, T)}
    assert frozenset(expected) in found


@pytest.mark.parametrize("text", [
    "Grodno Azot's partner firm is Grupa Azoty.",
    "Belarus was the partner country of the Poznan fair.",
    "Shchuchin is not a twin town of Lublin.",
    "Minsk and Gomel signed a protocol on partnership with Lublin Voivodeship.",
    # between states a treaty of friendship is a treaty, no twinning
    "Belarus and China signed a treaty of friendship in 1995.",
    "Gomel counts Chernigov among its main trading partners.",
])
def test_no_twinning_where_the_words_mean_something_else(text):
    assert pairs(text, T) == []


def test_the_places_among_its_twins_are_no_pair_of_their_own():
    found = {frozenset(p) for p in pairs(
        "Mogilev lists Kaluga and Villeurbanne among its sister cities.", T)}
    assert frozenset(("city:ru:kaluga", "city:fr:villeurbanne")) not in found


@pytest.mark.parametrize("text", [
    "A jumelage of Mosty with Ignalina is planned for 2026.",
    "A twinning charter with the Serbian city of Nis will be signed next spring by Kolomna.",
])
def test_a_planned_twinning_is_no_fact(text):
    assert all(r["status"] == "planned" for r in candidates(text) if r["type"] == T)


@pytest.mark.parametrize("text", [
    "Gomel and Lyon signed a jumelage agreement in 2009.",
    "Lida and Alytus signed a protocol on pobratimstvo in 1996.",
])
def test_a_twinnings_own_document_is_the_twinning_and_its_signing(text):
    assert len(pairs(text, T)) == 1
    assert pairs(text, A) == pairs(text, T)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Pavlodar Refinery handed over bitumen to Barnaul.",
     ("company:kz:pavlodar-refinery", "city:ru:barnaul")),
    ("Last spring the Kolomna Locomotive Works handed two locomotives over to Kazakhstan.",
     ("company:ru:kolomna-locomotive-works", "country:kz")),
])
def test_handed_over_passes_the_sentence_filter(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("Kolomna has been twinned with Pinsk since 1997 and with the Chinese city of Harbin "
     "since 2011.", T, ("city:ru:kolomna", "city:cn:harbin")),
    ("MAZ supplies buses to Minsk and to the Russian city of Kazan.", S,
     ("company:by:maz", "city:ru:kazan")),
    ("Gomel signed an agreement with Bryansk and with the Polish city of Lublin.", A,
     ("city:by:gomel", "city:pl:lublin")),
])
def test_a_repeated_preposition_with_a_kind_word_continues_the_list(text, rel_type, expected):
    assert expected in pairs(text, rel_type)
