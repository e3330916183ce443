"""Agreements stated beside a twinning, without the usual verb, or only meant, on
sentences written for these tests: a twinning predicate followed by a coordinated signing
("have been twin towns since 1995 and signed a programme of cooperation in 2012": two
relations, the signing dated by its own clause); a programme named by its topic after a
verb of signing; and a twinning's own charter, which gives the twinning and that
charter's signing."""

import pytest
from extract_candidates import candidates, charter_signings

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


def rows(text: str, rel: str) -> list[tuple]:
    return sorted((r["source"]["id"], r["target"]["id"], r["date"]) for r in candidates(text)
                  if r["type"] == rel)


# -- a twinning predicate, and a signing coordinated after it: two relations -------------

@pytest.mark.parametrize("text,pair,date", [
    ("Gomel and Bryansk have been twin towns since 1995 and signed a programme of"
     " cooperation in 2012.", ("city:by:gomel", "city:ru:bryansk"), "2012"),
    ("Kaunas and Grodno became sister cities in 1996 and concluded an agreement on culture"
     " in 2006.", ("city:by:grodno", "city:lt:kaunas"), "2006"),
    ("Brest and Lutsk have been partner towns since 1992 and in 2014 signed a memorandum on"
     " tourism.", ("city:by:brest", "city:ua:lutsk"), "2014"),
    # the signing states no date of its own: the twinning's "since" is not its date
    ("Pinsk and Sarny are twin towns since 1997 and last year adopted a road map on"
     " tourism.", ("city:by:pinsk", "city:ua:sarny"), None),
])
def test_a_signing_coordinated_after_a_twinning_is_an_agreement_too(text, pair, date):
    got = rows(text, A)
    assert [(*sorted(g[:2]), g[2]) for g in got] == [(*sorted(pair), date)]
    assert len(rows(text, T)) == 1


@pytest.mark.parametrize("text", [
    # the document is the twinning's own charter
    "Gomel and Bryansk became twin towns in 1995 and signed a twinning agreement.",
    "Kobrin and Kovel have been sister cities since 2001 and signed an agreement on"
    " twinning in 2001.",
    # the twin words describe the signers; no twinning predicate of its own
    "Lida and Alytus signed a sister-city agreement in 2016.",
    # the twinning's own document renewed, or its charter of friendship
    "Pinsk and Sarny have been twin towns since 1997 and in 2017 renewed their agreement.",
    "Mozyr and Klintsy became partner towns in 2006 and in 2007 signed an agreement on"
    " friendship and cooperation.",
    # no time of its own: as likely the twinning's charter
    "Orsha and Vyazma became sister cities and signed a cooperation agreement.",
])
def test_a_twinning_charter_is_the_twinning_and_its_signing(text):
    twin = rows(text, T)
    assert len(twin) == 1
    # one signing, of the twinning's own charter, between the twinning's sides
    assert [r[:2] for r in rows(text, A)] == [twin[0][:2]]
    assert len(charter_signings(text)) == 1


# -- a programme named by its topic after a verb of signing --------------------------------

@pytest.mark.parametrize("text,pair", [
    ("The Vitebsk Region and the Pskov Region signed a programme of youth exchanges in"
     " 2019.", ("region:by:vitebsk", "region:ru:pskov")),
    ("In 2019 the Grodno Region and the Kaliningrad Region adopted a joint programme of youth"
     " exchanges.", ("region:by:grodno", "region:ru:kaliningrad")),
    ("In 2021 Mogilev and Tula signed a joint programme for 2021-2023.",
     ("city:by:mogilev", "city:ru:tula")),
])
def test_a_programme_after_a_verb_of_signing_is_a_document(text, pair):
    assert [tuple(sorted(g[:2])) for g in rows(text, A)] == [tuple(sorted(pair))]


@pytest.mark.parametrize("text", [
    # no verb of signing: an event, not a document
    "The Vitebsk Region and the Pskov Region held a programme of youth exchanges in 2019.",
    "A programme of concerts linked Mogilev and Tula in 2021.",
    # one body's own programme
    "The Minsk Region adopted a programme of economic reforms with the help of the Moscow"
    " Region.",
])
def test_a_programme_without_a_signing_is_no_document(text):
    assert rows(text, A) == []


# -- the document as the subject of a verb that binds its parties -------------------------

@pytest.mark.parametrize("text,pairs", [
    # a partnership word between regions is no twinning
    ("A friendship agreement binds the Grodno Region to the Kaliningrad Region.",
     [("region:by:grodno", "region:ru:kaliningrad")]),
    # the document's own "of" is no side's
    ("A memorandum of understanding binds Mogilev Region and Tula Region.",
     [("region:by:mogilev", "region:ru:tula")]),
    # the intention and negation of another clause are not this document's
    ("A cooperation agreement of 2010 joins the Smolensk Region to the Vitebsk Region, and no"
     " new one is planned.", [("region:by:vitebsk", "region:ru:smolensk")]),
])
def test_a_document_that_binds_its_parties_is_their_signing(text, pairs):
    got = [r for r in candidates(text) if r["type"] == A]
    assert sorted(tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in got) == pairs
    assert {r["status"] for r in got} == {"fact"}


@pytest.mark.parametrize("text", [
    # two states so bound: the treaty base, no signing of theirs
    "A treaty of 1995 binds Belarus to Russia.",
    # no document as the subject
    "The road links Vitebsk with Pskov.",
    "A railway of 1998 unites Brest and Lublin.",
    # a document not realised
    "A draft memorandum would bind the Grodno Region to the Kaliningrad Region.",
])
def test_what_binds_no_document_gives_no_signing(text):
    assert rows(text, A) == []


# -- a tie a sentence puts down to a document, after a paragraph on twin towns ------------

@pytest.mark.parametrize("text", [
    "Polotsk keeps a long list of sister towns. Its ties with Daugavpils rest on an agreement"
    " on cooperation signed in 2008.",
    "Polotsk keeps a long list of sister towns. A memorandum of 2012 links the town with"
    " Druskininkai.",
    "Polotsk keeps a long list of sister towns. A memorandum of 2012 links it with"
    " Druskininkai.",
])
def test_a_tie_by_a_document_is_no_twinning_of_the_paragraph(text):
    assert rows(text, T) == []


def test_a_tie_without_a_document_still_carries_the_twinning():
    text = "Polotsk keeps a long list of sister towns. The oldest tie is with Druskininkai."
    assert [g[:2] for g in rows(text, T)] == [("city:by:polotsk", "city:lt:druskininkai")]


# -- a document not renewed, extended or ratified: no signing stated -----------------------

@pytest.mark.parametrize("text", [
    "Pinsk has not renewed its agreement with Rivne, the town council said.",
    "The Vitebsk Region did not extend the memorandum with the Pskov Region.",
    "The Gomel Region never ratified the protocol with the Bryansk Region.",
])
def test_a_document_not_renewed_or_ratified_gives_nothing(text):
    assert rows(text, A) == []


def test_a_negation_that_is_not_of_the_signing_keeps_it():
    text = ("The Gomel Region signed a protocol with the Bryansk Region that does not extend"
            " to customs.")
    assert [g[:2] for g in rows(text, A)] == [("region:by:gomel", "region:ru:bryansk")]


@pytest.mark.parametrize("text,pair", [
    ("The programme of 2008, adopted by the Mogilev and Kaluga regional executive committees,"
     " ran until 2012.", ("region:by:mogilev", "region:ru:kaluga")),
    ("A programme signed in 2019 by the Vitebsk Region and the Pskov Region covers tourism.",
     ("region:by:vitebsk", "region:ru:pskov")),
])
def test_a_programme_with_a_participle_of_signing_and_its_signers_is_a_document(text, pair):
    assert [tuple(sorted(g[:2])) for g in rows(text, A)] == [pair]


@pytest.mark.parametrize("text", [
    "The programme, adopted by the regional council, covers schools in the Vitebsk Region and"
    " the Pskov Region.",
    "A programme run by the Vitebsk Region and the Pskov Region covers tourism.",
])
def test_a_programme_run_or_adopted_by_one_body_is_no_signing_of_the_places_it_names(text):
    assert rows(text, A) == []


# -- an agreement stated without a verb of signing -----------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("The Minsk Region and the Moscow Region cooperate on the basis of an agreement of 2004.",
     ("region:by:minsk", "region:ru:moscow")),
    ("The Gomel Region and the Bryansk Region maintain contractual relations.",
     ("region:by:gomel", "region:ru:bryansk")),
    ("Brest and Lublin have maintained contractual relations since 1998.",
     ("city:by:brest", "city:pl:lublin")),
])
def test_ties_that_rest_on_a_document_are_its_signing(text, pair):
    assert [tuple(sorted(g[:2])) for g in rows(text, A)] == [pair]


@pytest.mark.parametrize("text", [
    # two states' treaty base
    "Belarus and Russia maintain contractual relations.",
    "Belarus and Kazakhstan cooperate on the basis of the treaty of 1996.",
    # no document
    "The Gomel Region and the Bryansk Region maintain close relations.",
])
def test_ties_of_states_or_without_a_document_give_no_signing(text):
    assert rows(text, A) == []


# -- two documents of one pair in one list of objects ---------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The Mogilev Region and the Bryansk Region signed both an agreement on trade and a"
     " protocol on education.", [("agreement", None), ("protocol", None)]),
    ("The Vitebsk Region and the Tver Region concluded an agreement on trade in 2001 and a"
     " protocol on education in 2003.", [("agreement", "2001"), ("protocol", "2003")]),
    ("Minsk and Kazan signed a memorandum on tourism as well as a road map on industry.",
     [("memorandum", None), ("roadmap", None)]),
])
def test_two_documents_of_one_pair_are_two_signings_with_their_own_dates(text, want):
    got = sorted((r["document"]["kind"], r["date"]) for r in candidates(text) if r["type"] == A)
    assert got == want


@pytest.mark.parametrize("text,n", [
    # two documents of one kind: one signing (the list may repeat the kind)
    ("Minsk and Kazan signed an agreement on trade and an agreement on culture.", 1),
    # each document with its own partner
    ("The Mogilev Region signed an agreement with the Bryansk Region and a protocol with the"
     " Tula Region.", 2),
])
def test_documents_of_one_kind_or_of_other_pairs_stay_as_they_were(text, n):
    assert len(rows(text, A)) == n


# -- a later document of the list that names no party of its own ----------------------------

@pytest.mark.parametrize("text,want", [
    ("The Vitebsk Region signed a road map with the Pskov Region in 2010, and a memorandum in"
     " 2012.", [("memorandum", "2012"), ("roadmap", "2010")]),
    ("The Vitebsk Region signed an agreement with the Pskov Region in 1999 and a programme of"
     " cooperation with it in 2005.", [("agreement", "1999"), ("programme", "2005")]),
    ("The Gomel Region concluded an agreement on trade with the Bryansk Region in 1996 and"
     " another agreement on culture in 2004.", [("agreement", "1996"), ("agreement", "2004")]),
])
def test_a_gapped_later_document_is_a_second_signing_of_the_pair(text, want):
    got = sorted((r["document"]["kind"], r["date"]) for r in candidates(text) if r["type"] == A)
    assert got == want


@pytest.mark.parametrize("text,n", [
    # the same document renewed: one signing
    ("The Vitebsk Region and the Pskov Region signed an agreement in 1999 and renewed it in"
     " 2009.", 1),
    # a later document with a partner of its own is that partner's
    ("The Vitebsk Region signed a road map with the Pskov Region in 2010, and a memorandum"
     " with the Tver Region in 2012.", 2),
    # one kind and no year of its own: the same document spoken of
    ("The Vitebsk Region signed an agreement with the Pskov Region in 2010 and an agreement"
     " on culture.", 1),
])
def test_no_gapped_document_without_a_kind_or_year_of_its_own(text, n):
    assert len(rows(text, A)) == n


@pytest.mark.parametrize("text,n", [
    ("The Minsk Region's treaty partners are the Moscow Region, the Leningrad Region and the"
     " Tver Region.", 3),
    ("The Mogilev Region's contractual partners include the Tula Region and the Bryansk"
     " Region.", 2),
])
def test_an_owners_treaty_partners_are_its_signings(text, n):
    got = rows(text, A)
    assert len(got) == n and len({g[0] for g in got}) == 1


def test_trade_partners_without_a_document_sign_nothing():
    assert rows("The Minsk Region's trade partners are the Moscow Region and the Tver Region.",
                A) == []


@pytest.mark.parametrize("text", [
    "Officials from the Mogilev Region and the Tula Region inked a deal on food supplies on"
    " Tuesday.",
    "The Vitebsk Region and the Smolensk Region sealed a deal on road repairs in 2021.",
])
def test_a_deal_inked_or_sealed_is_a_signing(text):
    assert len(rows(text, A)) == 1


def test_a_deal_only_talked_of_is_no_signing():
    assert rows("The Mogilev Region and the Tula Region talked about a deal on food supplies.",
                A) == []


# -- the pair just named cooperating under a document ---------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("The Vitebsk Region and the Pskov Region are neighbours. They have cooperated under an"
     " agreement since 1999.", ("region:by:vitebsk", "region:ru:pskov")),
    ("The Vitebsk Region and the Pskov Region are neighbours. They cooperate on the basis of a"
     " memorandum of 2011.", ("region:by:vitebsk", "region:ru:pskov")),
])
def test_they_cooperating_under_a_document_are_its_signers(text, pair):
    assert [tuple(sorted(g[:2])) for g in rows(text, A)] == [pair]


@pytest.mark.parametrize("text", [
    # two states: their treaty is the setting
    "Belarus and Russia are close allies. They cooperate on the basis of the treaty of 1999.",
    # no document
    "The Vitebsk Region and the Pskov Region are neighbours. They cooperate in tourism.",
])
def test_they_cooperating_without_a_regions_document_sign_nothing(text):
    assert rows(text, A) == []


# -- a second object of the signing, with its own topic and partner ------------------------

@pytest.mark.parametrize("text,want", [
    ("The Vitebsk Region signed an agreement on trade with the Pskov Region in 2001 and a"
     " memorandum on tourism with the Tver Region in 2005.",
     [("region:ru:pskov", "agreement", "agreement on trade", "2001"),
      ("region:ru:tver", "memorandum", "memorandum on tourism", "2005")]),
    ("The Gomel Region concluded a programme of cooperation with the Bryansk Region and a"
     " protocol on customs with the Kursk Region.",
     [("region:ru:bryansk", "programme", "programme of cooperation", None),
      ("region:ru:kursk", "protocol", "protocol on customs", None)]),
])
def test_a_second_object_keeps_its_own_document(text, want):
    got = sorted((r["target"]["id"], r["document"]["kind"], r["document"]["title"], r["date"])
                 for r in candidates(text) if r["type"] == A)
    assert got == want
