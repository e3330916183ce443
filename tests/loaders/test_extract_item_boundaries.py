"""Sentences that ran into each other and so were read as one: a note's call after the
full stop ("in 2013.² B and C ...", "in 2007.[14] B"), and items set out a line each
after a heading item or a finished item ("1. Grodno Region" over "- Grodno is twinned
with ..."). All three relation types; short texts written for these tests."""

import pytest
from extract_candidates import named_pairs as _named
from extract_candidates import pair_key as _pair

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.sentences import split_sentences

TW, AG, SUP = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


# A note's call after the full stop ends the sentence.
@pytest.mark.parametrize("text,sentences", [
    ("Mozyr is paired with Kobrin.² Lida and Alytus signed.",
     ["Mozyr is paired with Kobrin.²", "Lida and Alytus signed."]),
    # (folded to a digit glued to the full stop)
    ("Mozyr is paired with Kobrin.2 Lida and Alytus signed.",
     ["Mozyr is paired with Kobrin.2", "Lida and Alytus signed."]),
    ("It was added in 2007.[14] Brest followed.",
     ["It was added in 2007.[14]", "Brest followed."]),
    ("Two towns signed in 2010.[3, 4] Lida was one.",
     ["Two towns signed in 2010.[3, 4]", "Lida was one."]),
    # an abbreviation before the call, a decimal, a number after a year end nothing
    ("See e.g.[4] Minsk and Lida.", ["See e.g.[4] Minsk and Lida."]),
    ("See Fig.2 Minsk and Lida.", ["See Fig.2 Minsk and Lida."]),
    ("It grew by 2.5 Million tonnes.", ["It grew by 2.5 Million tonnes."]),
])
def test_a_notes_call_after_the_full_stop(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize("text,rel_type,a,b", [
    ("Mozyr is twinned with Kobrin.² Lida and Alytus became twin towns in 2004.",
     TW, "Lida", "Alytus"),
    ("Lida is twinned with Alytus.² Grodno and Augustow signed a twinning agreement in 2010.",
     TW, "Grodno", "Augustow"),
    ("Lida signed an agreement with Alytus.[4] In 2010 Grodno concluded a memorandum with "
     "Augustow.", AG, "Grodno", "Augustow"),
    ("Naftan ships diesel to Ukraine.[12] Orlen Lietuva buys crude from Rosneft.",
     SUP, "Rosneft", "Orlen Lietuva"),
])
def test_the_sentence_after_a_notes_call_is_read_on_its_own(text, rel_type, a, b):
    assert _pair(rel_type, a, b) in _named(text, rel_type)


# Items set out a line each, not after an opener's colon: each is a paragraph of its own.
def test_an_item_after_a_heading_item_or_a_finished_item_opens_a_paragraph():
    doc = build_document([
        "1. Grodno Region",
        "- Grodno is twinned with Bialystok.",
        "- Lida and Alytus signed a protocol in 2018.",
        "- Slonim and Druskininkai exchanged delegations.",
    ])
    assert doc.text.split("\n") == [
        "1. Grodno Region", "- Grodno is twinned with Bialystok.",
        "- Lida and Alytus signed a protocol in 2018.",
        "- Slonim and Druskininkai exchanged delegations."]


def test_items_a_semicolon_joins_run_on():
    doc = build_document([
        "1. Grodno Region",
        "- Lida and Alytus (since 2004);",
        "- Slonim and Druskininkai (since 2012).",
    ])
    assert doc.text.split("\n") == [
        "1. Grodno Region", "- Lida and Alytus (since 2004); - Slonim and Druskininkai "
        "(since 2012)."]


def test_a_wrapped_sentence_with_a_dash_is_no_item():
    doc = build_document(["Minsk signed agreements with two towns", "- Lyon and Nottingham."])
    assert "\n" not in doc.text


@pytest.mark.parametrize("text,rel_type,a,b", [
    ("1. Grodno Region\n- Grodno is twinned with Bialystok.\n", TW, "Grodno", "Bialystok"),
    ("1. Grodno Region\n- Grodno and Augustow: twin towns since 1996.\n- Lida and Alytus "
     "signed a protocol in 2018.\n", AG, "Lida", "Alytus"),
])
def test_an_item_is_read_without_the_heading_or_the_item_before_it(text, rel_type, a, b):
    assert _pair(rel_type, a, b) in _named(text, rel_type)


def test_an_item_is_no_member_of_the_list_of_pairs_before_it():
    text = ("1. Grodno Region\n- Grodno and Augustow: twin towns since 1996.\n- Lida and Alytus "
            "signed a protocol in 2018.\n")
    assert _named(text, TW) == {("Augustow", "Grodno")}
