"""Agreement and twinning shapes the extractor read in one or two wordings only, tried
in others: a page's lead-in over its rows that names no owner, a fronted partner whose
clause has a charter or a pact rather than an agreement (or holds, shares, keeps it),
and "respectively" after another document of the sentence. Every text here was written
for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


def _spaced(paragraphs):
    return "\n".join(line for p in paragraphs for line in (p, ""))


# -- a lead-in over a town page's rows that names no owner --------------------------------
_HEAD = ["Town of Mosty | Official website",
         "Home > Town > Foreign relations > Partner towns",
         "Mosty stands on the Neman, south of Grodno."]
_ROWS = "- Kedainiai (Lithuania) - 2006\n- Augustow (Poland) - 2012"
_MOSTY = {frozenset(("city:by:mosty", "city:lt:kedainiai")),
          frozenset(("city:by:mosty", "city:pl:augustow"))}


@pytest.mark.parametrize("lead", [
    # no article, "these" for "following"
    "Partnership agreements were concluded in these years:",
    # a document noun other than "agreements", the towns pointed at
    "Memoranda of cooperation were signed with the towns listed here:",
    # "as follows"
    "Cooperation accords were signed as follows:",
    # a participle, no auxiliary
    "Agreements concluded so far:",
    # the page's own possessive, no verb of signing
    "Our cooperation agreements:",
    "The town's partnership documents date from these years:",
])
def test_rows_under_an_ownerless_lead_in_in_other_words_are_the_pages_place(lead):
    assert _pairs(_spaced(_HEAD + [lead, _ROWS]), A) == _MOSTY


@pytest.mark.parametrize("lead", [
    # ties set up, not documents signed
    "Twin-town links were set up in these years:",
    "Sister-city relations have been established with:",
])
def test_rows_under_an_ownerless_lead_in_of_ties_set_up_are_the_pages_twins(lead):
    assert _pairs(_spaced(_HEAD + [lead, _ROWS]), T) == _MOSTY


def test_rows_under_an_ownerless_lead_in_of_ties_of_no_twinning_are_no_twins():
    text = _spaced(_HEAD + ["Trade relations were established with these countries:", _ROWS])
    assert _pairs(text, T) == set() and _pairs(text, A) == set()


@pytest.mark.parametrize("lead", [
    # a lead-in of no document
    "Hotels were built in these years:",
    "Our hotels:",
    # the rows name their own signers
    "Agreements were signed by the following towns:",
])
def test_a_lead_in_of_no_document_or_of_named_signers_gives_the_page_no_agreements(lead):
    assert _pairs(_spaced(_HEAD + [lead, _ROWS]), A) == set()


def test_an_ownerless_lead_in_on_a_page_of_no_place_has_no_owner():
    text = _spaced(["Partner towns", "Partnership agreements were concluded in these years:",
                    _ROWS])
    assert _pairs(text, A) == set()


# -- a fronted partner whose clause has another document noun, or twin ties kept -------------
@pytest.mark.parametrize("text, rel, pair", [
    ("Smorgon lies in the Grodno Region. With Utena, in Lithuania, the town has had a"
     " twinning charter since 2003.", T, ("city:by:smorgon", "city:lt:utena")),
    ("Mosty has friends abroad: with Kedainiai the town has shared a sister-city charter"
     " since 2005, and with Augustow since 2011.", T, ("city:by:mosty", "city:lt:kedainiai")),
    ("With Birzai, Oshmyany keeps a twinning charter dating from 2008.", T,
     ("city:by:oshmyany", "city:lt:birzai")),
    ("With the Pskov Region, the Vitebsk Region holds a cooperation agreement signed in"
     " 2004.", A, ("region:by:vitebsk", "region:ru:pskov")),
    # ties of twinning kept up, no document
    ("Mosty is a town on the Neman. With Birzai the town has maintained twin ties since"
     " 2006.", T, ("city:by:mosty", "city:lt:birzai")),
    ("With Rokiskis, Smorgon has kept sister-city relations since 1997.", T,
     ("city:by:smorgon", "city:lt:rokiskis")),
])
def test_a_fronted_partner_pairs_with_a_subject_having_a_document_or_twin_ties(text, rel, pair):
    assert frozenset(pair) in _pairs(text, rel)


@pytest.mark.parametrize("text", [
    # the subject shares, keeps or has something that is no document
    "Oshmyany is a border town. With Ukmerge the town has shared a bus route since 2009.",
    "With Panevezys, Novogrudok has kept a friendly rivalry in football since 1998.",
    "With Birzai, Oshmyany shares a lake and a charter of the fishing club.",
    "With Rokiskis, Smorgon has maintained trade ties since 1997.",
    "With Rokiskis, Smorgon shares a twin-lake nature park.",
])
def test_a_fronted_partner_sharing_no_twin_document_or_ties_is_no_twin(text):
    assert _pairs(text, T) == set()


# -- "respectively" after another document of the sentence ---------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("The accord between Belarus and Kazakhstan, signed in 2003, opened the way for ties"
     " between regions: the Gomel and Brest regions concluded agreements with Pavlodar and"
     " Kostanay respectively.",
     {("region:by:gomel", "region:kz:pavlodar"), ("region:by:brest", "region:kz:kostanay")}),
    ("The treaty between Belarus and Ukraine gave rise to many links: the Minsk and Grodno"
     " regions signed memoranda with the Kyiv and Volyn regions, respectively.",
     {("region:by:minsk", "region:ua:kyiv"), ("region:by:grodno", "region:ua:volyn")}),
    # the first document in an opening phrase, its "between" pair set off by a comma
    ("After the 2003 accord between Belarus and Kazakhstan, the Gomel and Brest regions"
     " concluded memoranda with Pavlodar and Kostanay respectively.",
     {("region:by:gomel", "region:kz:pavlodar"), ("region:by:brest", "region:kz:kostanay")}),
    ("Following the treaty between Belarus and Ukraine, the Minsk and Grodno regions signed"
     " agreements with the Kyiv and Volyn regions, respectively.",
     {("region:by:minsk", "region:ua:kyiv"), ("region:by:grodno", "region:ua:volyn")}),
])
def test_respectively_after_another_document_pairs_its_own_lists(text, pairs):
    got = _pairs(text, A)
    assert {frozenset(p) for p in pairs} <= got
    # the first document's parties sign nothing with the second's subjects
    first = [p for p in got if any(x.startswith("country:") for x in p)
             and any(x.startswith("region:") for x in p)]
    assert first == []


# -- a document or twinning the sentence says never came about, in other words --------------
@pytest.mark.parametrize("text, rel", [
    # the document's predicate goes on past a contrast
    ("A protocol between Mosty and Birzai was negotiated in 2019 but never concluded.", A),
    ("A memorandum between Lida and Alytus was prepared, yet it remains unsigned.", A),
    ("Mosty and Birzai agreed on a memorandum in March, but it has not been signed yet.", A),
    # "unsigned" after a clause set off about the document
    ("The road map between Smorgon and Utena, drawn up in 2017, is still unsigned.", A),
    # talks or plans on a twinning that came to nothing, in the clause fallback's reading
    ("Talks on a twinning between Oshmyany and Ukmerge fell through.", T),
    ("The idea of twin-town ties between Smorgon and Utena came to nothing.", T),
    ("Plans for a sister-city link between Mosty and Birzai led nowhere.", T),
])
def test_a_relation_that_never_came_about_in_other_words_is_none(text, rel):
    assert _pairs(text, rel) == set()


@pytest.mark.parametrize("text, rel, pair", [
    # signed, then not carried out: a signing
    ("A memorandum between Lida and Alytus was signed in 2010 but never implemented.", A,
     ("city:by:lida", "city:lt:alytus")),
    # the contrast speaks of another document of the signer's
    ("Lida signed an agreement with Alytus, but they have not signed one with Utena.", A,
     ("city:by:lida", "city:lt:alytus")),
    ("The road map between Smorgon and Utena, drawn up in 2017, was signed in 2018.", A,
     ("city:by:smorgon", "city:lt:utena")),
    # a later clause's attempt that failed undoes not the twinning made
    ("Smorgon and Utena became twin towns in 2004, though a first attempt in 1999 came to"
     " nothing.", T, ("city:by:smorgon", "city:lt:utena")),
])
def test_a_relation_made_beside_words_of_failure_stays(text, rel, pair):
    assert frozenset(pair) in _pairs(text, rel)


# -- a caption of ties alone over the rows of a place's own page ---------------------------
@pytest.mark.parametrize("caption", [
    "Twinned towns",
    "Sister cities",
    "Partner towns (with the year of the charter):",
    "Twin towns:",
])
def test_rows_under_a_bare_caption_of_ties_on_a_towns_page_are_its_twins(caption):
    assert _pairs(_spaced(_HEAD + [caption, _ROWS]), T) == _MOSTY


@pytest.mark.parametrize("text", [
    # the same caption and rows on a page about no place
    _spaced(["Twinned towns", _ROWS]),
    # a caption of no ties over the same rows
    _spaced(_HEAD + ["Hotels", _ROWS]),
])
def test_rows_under_a_bare_caption_without_a_towns_page_or_of_no_ties_are_no_twins(text):
    assert _pairs(text, T) == set()


# -- "the two towns" that put their names to or hold a document ----------------------------
@pytest.mark.parametrize("text, pair", [
    ("Officials of Lida and Alytus met in June. Both municipalities then put their names to"
     " a memorandum on schools.", ("city:by:lida", "city:lt:alytus")),
    ("Mosty and Birzai met in June. The two towns set their names to a protocol on sport.",
     ("city:by:mosty", "city:lt:birzai")),
    ("Smorgon and Utena met in 2001. The two towns now hold a memorandum on schools.",
     ("city:by:smorgon", "city:lt:utena")),
])
def test_the_two_towns_that_put_their_names_to_or_hold_a_document_signed_it(text, pair):
    assert _pairs(text, A) == {frozenset(pair)}


@pytest.mark.parametrize("text", [
    "Mosty and Birzai met in June. The two towns put their names on a waiting list.",
    "Mosty and Birzai met in June. Both towns now hold a festival every summer.",
])
def test_the_two_towns_that_put_their_names_to_or_hold_no_document_signed_nothing(text):
    assert _pairs(text, A) == set()


def test_a_between_group_with_its_plural_kind_word_still_pairs_each_member():
    text = "A memorandum between Lida and the Brest, Gomel and Vitebsk regions was signed in 2011."
    assert _pairs(text, A) == {frozenset(("city:by:lida", "region:by:" + r))
                               for r in ("brest", "gomel", "vitebsk")}


# -- "a twin of B" (with its article) and a later signing with another partner -------------
@pytest.mark.parametrize("text", [
    "Oshmyany became a twin of Ukmerge in 2004 and signed an accord on tourism with Utena in"
    " 2013.",
    "Oshmyany is a sister city of Ukmerge and concluded a memorandum on schools with Utena in"
    " 2013.",
])
def test_a_signing_coordinated_after_a_twin_of_b_is_a_signing_of_its_own(text):
    assert _pairs(text, T) == {frozenset(("city:by:oshmyany", "city:lt:ukmerge"))}
    assert _pairs(text, A) == {frozenset(("city:by:oshmyany", "city:lt:utena"))}


def test_a_twin_of_b_with_a_charter_signed_at_no_time_of_its_own_is_the_twinnings_charter():
    text = "Oshmyany became a sister city of Ukmerge and signed an agreement on twinning."
    assert _pairs(text, T) == {frozenset(("city:by:oshmyany", "city:lt:ukmerge"))}
    assert _pairs(text, A) == {frozenset(("city:by:oshmyany", "city:lt:ukmerge"))}


# -- "with which" after an apposition of the partner ("B, a town with which ...") ---------
@pytest.mark.parametrize("text, pair", [
    ("Rokiskis, a town with which Utena signed a memorandum in 2012, sent a choir to Smorgon.",
     ("city:lt:utena", "city:lt:rokiskis")),
    ("Smorgon welcomed guests from Rokiskis, a partner with which it signed a memorandum on"
     " schools in 2012.", ("city:by:smorgon", "city:lt:rokiskis")),
])
def test_with_which_after_the_partners_apposition_pairs_the_subject_after_it(text, pair):
    assert _pairs(text, A) == {frozenset(pair)}


def test_with_which_after_an_apposition_and_no_document_signs_nothing():
    text = "Mosty hosted a fair for Birzai, a town with which Mosty has no formal ties."
    assert _pairs(text, A) == set() and _pairs(text, T) == set()
