"""Twin lists of a reference article: a lead-in that names no owner ("Twinned with: A
(Germany), B (Lithuania)"), a town's partners ("Its partners in the Baltic states are A
(Lithuania) and B (Estonia)"), "links of friendship"; a title line over the text it
heads ("Tampere" over "Tampere is ...") is no part of the first sentence's name."""
from __future__ import annotations

import pytest

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.pipeline import extract_text
from relgraph.loaders.extract.sentences import split_sentences


def twins(text: str) -> set[frozenset[str]]:
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_text(text).candidates if c["type"] == "TWINNED_WITH"}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@pytest.mark.parametrize("text, owner, partners", [
    ("Tampere is the third largest city of Finland.\nTwinned with: Chemnitz (Germany), "
     "Kaunas (Lithuania), Trondheim (Norway).\n", "city:fi:tampere",
     ["city:de:chemnitz", "city:lt:kaunas", "city:no:trondheim"]),
    ("Oulu is the largest town of northern Finland.\nSister cities: Arkhangelsk (Russia), "
     "Umea (Sweden).\n", "city:fi:oulu", ["city:ru:arkhangelsk", "city:se:umea"]),
])
def test_a_lead_in_without_owner_lists_the_actors_twins(text, owner, partners):
    assert twins(text) == {pair(owner, p) for p in partners}


@pytest.mark.parametrize("text, owner, partners", [
    ("Oulu is the largest town of northern Finland. Its partners in the Baltic states are "
     "Klaipeda (Lithuania) and Parnu (Estonia).", "city:fi:oulu",
     ["city:lt:klaipeda", "city:ee:parnu"]),
    ("Grodno is a city in western Belarus. Its partners abroad include Bialystok (Poland) and "
     "Druskininkai (Lithuania).", "city:by:grodno", ["city:pl:bialystok", "city:lt:druskininkai"]),
])
def test_a_towns_partners_are_its_twins(text, owner, partners):
    assert twins(text) == {pair(owner, p) for p in partners}


@pytest.mark.parametrize("text", [
    # a firm's partners are firms, not twin towns of anyone
    "Belshina is a large tyre maker in Bobruisk. Its partners in Russia are Kaluga and Tula.",
    "Amkodor builds loaders in Minsk. Its partners are Kazan and Ufa dealers.",
])
def test_a_firms_partners_are_no_twins(text):
    assert twins(text) == set()


@pytest.mark.parametrize("text, a, b", [
    ("Finnish towns and their Russian partners.\n\nMikkeli and Pskov maintain links of "
     "friendship.", "city:fi:mikkeli", "city:ru:pskov"),
    ("Lida and Alytus have kept contacts of friendship since 1998.", "city:by:lida",
     "city:lt:alytus"),
    ("Finnish towns and their partners.\n\nKotka and Tallinn have been cities-sisters since "
     "1956.", "city:fi:kotka", "city:ee:tallinn"),
    ("Finnish towns and their partners.\n\nMikkeli and Pskov have been bound by brotherhood "
     "since 1990.", "city:fi:mikkeli", "city:ru:pskov"),
])
def test_links_of_friendship(text, a, b):
    assert twins(text) == {pair(a, b)}


@pytest.mark.parametrize("text", [
    "Belarus and China maintain links of friendship.",
    "Serena and Venus Williams, the famous sisters, visited Minsk and Vilnius.",
])
def test_links_of_friendship_between_countries_are_no_twinning(text):
    assert twins(text) == set()


def test_a_title_line_stands_alone():
    text = "Towns of Finland\n\nTampere\nTampere is the third largest city of Finland.\n" \
           "Twinned with: Chemnitz (Germany).\n"
    doc = build_document(text.splitlines())
    assert [s.text for s in split_sentences(doc.text)][:3] == [
        "Towns of Finland", "Tampere", "Tampere is the third largest city of Finland."]
    assert twins(text) == {pair("city:fi:tampere", "city:de:chemnitz")}


@pytest.mark.parametrize("lines", [
    # a short line inside a sentence (no sentence ended before it) is wrapped text
    ["Belshina delivered tyres to the", "Minsk Tractor Works", "Plant and to Gomselmash."],
    ["The mayors met in Kotka. Afterwards", "Mikkeli and Pskov", "Signed a charter."],
])
def test_a_wrapped_short_line_is_no_title(lines):
    doc = build_document(lines)
    assert "\n" not in doc.text


@pytest.mark.parametrize("text, owner, partners", [
    ("Finnish towns and their partners.\n\nKotka's twin towns include the Estonian capital "
     "Tallinn, the Lithuanian port of Klaipeda and Umea in Sweden.", "city:fi:kotka",
     ["city:ee:tallinn", "city:lt:klaipeda", "city:se:umea"]),
    ("Finnish towns and their partners.\n\nKotka is twinned with the Estonian capital Tallinn "
     "and the Lithuanian port of Klaipeda.", "city:fi:kotka",
     ["city:ee:tallinn", "city:lt:klaipeda"]),
])
def test_a_capital_or_port_described_stays_in_the_list(text, owner, partners):
    assert twins(text) == {pair(owner, p) for p in partners}


def test_a_towns_partners_in_trade_are_no_twins():
    text = "Grodno is a city in western Belarus. Its partners in trade include Bialystok (Poland)."
    assert twins(text) == set()


def test_the_first_line_wrapped_is_no_title():
    doc = build_document(["Belshina delivered tyres to Saudi", "Arabia and to South", "Africa."])
    assert "\n" not in doc.text


FIN = "Finnish towns and their partners in Russia and Estonia.\n\n"


@pytest.mark.parametrize("text", [
    FIN + "Twin towns: Kotka - Tallinn (1956); Lahti - Parnu (1994).",
    FIN + "The twin towns: Kotka - Tallinn (1956), Lahti - Parnu (1994).",
])
def test_pairs_after_a_lead_in(text):
    assert twins(text) == {pair("city:fi:kotka", "city:ee:tallinn"),
                           pair("city:fi:lahti", "city:ee:parnu")}


def test_a_clause_with_its_verb_after_a_semicolon_is_no_list_item():
    text = FIN + "Twin towns: Kotka - Tallinn (1956); Lahti signed a trade deal with Parnu."
    assert pair("city:fi:lahti", "city:ee:parnu") not in twins(text)


@pytest.mark.parametrize("text, pairs", [
    (FIN + "The region's towns have the following twin towns.\n- Kotka and Tallinn (since "
     "1956);\n- Lahti and Parnu (since 1994);\n- Mikkeli and Pskov (since 1990).\n",
     {pair("city:fi:kotka", "city:ee:tallinn"), pair("city:fi:lahti", "city:ee:parnu"),
      pair("city:fi:mikkeli", "city:ru:pskov")}),
    (FIN + "The twinnings of the region's towns are these:\n• Kotka with Tallinn;\n• Lahti "
     "with Parnu.\n", {pair("city:fi:kotka", "city:ee:tallinn"),
                       pair("city:fi:lahti", "city:ee:parnu")}),
])
def test_bulleted_pairs_after_a_lead_in(text, pairs):
    assert twins(text) == pairs
