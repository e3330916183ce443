"""A signing's document tied to an earlier or later document of the same pair in one
sentence, on sentences written for these tests: a document it replaces, extends, amends
or implements ("..., replacing the memorandum of 2016", "a supplementary protocol
extending their 2011 agreement", "an action plan to implement the agreement between A
and B of 2012"), and documents that followed it or were added to it ("..., followed in
2006 by a protocol and, in 2014, by a road map", "; it was later amended by a
protocol"). Each is a signing of its own by the same pair. Nothing when the second
document names a partner of its own, when no document follows ("followed by a visit"),
or when a body only implements a document of others."""

import pytest
from extract_candidates import candidates
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"

VP = ("region:by:vitebsk", "region:ru:pskov")
GB = ("region:by:gomel", "region:ru:bryansk")
MS = ("region:by:mogilev", "region:ru:smolensk")
GP = ("region:by:grodno", "region:pl:podlaskie")
MM = ("region:by:minsk", "region:ru:moscow")


@pytest.mark.parametrize("text,pair,n", [
    # a document it replaces, in a participle after it
    ("In Vitebsk on Friday, the Vitebsk Region and the Pskov Region signed an agreement on"
     " transport and tourism, replacing the memorandum the two regions had exchanged in 2016.",
     VP, 2),
    ("The Gomel Region signed a protocol on border trade with the Bryansk Region in 2015,"
     " superseding the letter of intent of 2009.", GB, 2),
    # a document it extends or amends
    ("In 2020 the Grodno Region signed a supplementary agreement with the Podlaskie"
     " Voivodeship extending their 2011 cooperation agreement to 2030.", GP, 2),
    ("The Gomel Region and the Bryansk Region concluded an additional protocol in May,"
     " amending the 2013 treaty on cross-border fishing.", GB, 2),
    # a document it implements, named before the pair's own document
    ("An action plan for 2021-2023 to implement the agreement between the Mogilev Region"
     " and the Smolensk Region of 5 May 2012 was signed in Mogilev.", MS, 2),
    ("- a road map for 2019-2020 implementing the memorandum between the Grodno Region and"
     " the Podlaskie Voivodeship of 2016 (signed in Bialystok in April 2019);", GP, 2),
    # documents that followed it, one after another
    ("The Minsk Region and the Moscow Region concluded an agreement on cooperation in March"
     " 2001, followed in 2006 by a protocol on trade and, in 2014, by a road map for"
     " 2015-2017.", MM, 3),
    # (with a relative clause set in after the pair)
    ("The Brest Region and the Volyn Region, which share a long stretch of the Bug river,"
     " concluded an agreement on cooperation in May 2003, followed in 2009 by a protocol on"
     " border crossings and, in 2016, by a road map.", ("region:by:brest", "region:ua:volyn"),
     3),
    ("The Vitebsk Region and the Pskov Region signed a treaty on good neighbourliness in"
     " 1997, later followed by a memorandum on tourism in 2008.", VP, 2),
    # documents added to it afterwards
    ("An agreement on economic cooperation between the Mogilev Region and the Smolensk"
     " Region was signed in Smolensk in 1999, and it has since been supplemented by several"
     " protocols, the latest of them signed in 2018.", MS, 2),
    ("The Grodno Region signed a memorandum with the Podlaskie Voivodeship in 2005; it was"
     " later amended by a protocol on border crossings.", GP, 2),
    # the pair adds a document to it in a clause of its own, the verb active
    ("The Minsk Region and the Moscow Region signed their agreement in 2009 at the Forum of"
     " Regions of Belarus and Russia, and in 2015 supplemented it with a road map that"
     " provided for joint fairs.", MM, 2),
    ("The Vitebsk Region signed a memorandum with the Pskov Region in 2003, and later"
     " extended it with a protocol on border crossings.", VP, 2),
])
def test_a_related_document_of_the_pair_is_a_signing_of_its_own(text, pair, n):
    assert pairs(text, A) == [pair] * n


@pytest.mark.parametrize("text,pair", [
    # the second document names a partner of its own
    ("The Gomel Region signed an agreement with the Bryansk Region in 2014, replacing the"
     " agreement with the Kaluga Region as its main treaty.", GB),
    # no document follows, or one only discussed
    ("The Minsk Region and the Moscow Region concluded an agreement on cooperation in 2001,"
     " followed by a visit of the governor in 2002.", MM),
    ("The Vitebsk Region and the Pskov Region signed a treaty in 1997, followed by years of"
     " talks on a new document.", VP),
    # a document only read or cited, no second document
    ("The Grodno Region signed a memorandum with the Podlaskie Voivodeship in 2005,"
     " extending the cooperation to health care.", GP),
])
def test_no_second_document_of_the_pair(text, pair):
    assert pairs(text, A) == [pair]


def test_a_body_that_implements_a_document_of_others_signs_nothing_new():
    text = ("The regional government adopted an action plan to implement the agreement"
            " between the Mogilev Region and the Smolensk Region of 2012.")
    assert pairs(text, A) == [MS]


def test_the_related_document_has_its_own_title_and_year():
    text = ("In 2020 the Grodno Region signed a supplementary agreement with the Podlaskie"
            " Voivodeship extending their 2011 cooperation agreement to 2030.")
    rows = [c for c in candidates(text) if c["type"] == A]
    dates = sorted(c["date"] or "" for c in rows)
    assert "2011" in dates and "2020" in dates


def test_a_chain_of_documents_keeps_each_title():
    text = ("The Minsk Region and the Moscow Region concluded an agreement on cooperation in"
            " March 2001, followed in 2006 by a protocol on trade and, in 2014, by a road map.")
    titles = {(c["document"]["title"], c["date"]) for c in candidates(text)
              if c["type"] == A}
    assert ("protocol on trade", "2006") in titles and ("road map", "2014") in titles


@pytest.mark.parametrize("text,pair", [
    # an opening phrase names the pair's earlier document
    ("Besides the framework agreement of 1998, the Mogilev Region and the Smolensk Region"
     " adopted an action plan for 2004-2006.", MS),
    ("Apart from their treaty of 1997, the Gomel Region and the Bryansk Region signed a"
     " protocol on border trade in 2005.", GB),
    # the pair signs again after a semicolon, called "the same partners"
    ("The Vitebsk Region and the Pskov Region signed an agreement on cooperation in 1999; in"
     " 2005 the same partners adopted a programme of cross-border cooperation.", VP),
    ("The Minsk Region and the Moscow Region concluded a treaty in 1996, and in 2012 the same"
     " two regions signed an agreement on tourism.", MM),
])
def test_the_pairs_earlier_or_later_document_in_another_phrase(text, pair):
    assert pairs(text, A) == [pair, pair]


@pytest.mark.parametrize("text,pair", [
    # the opening phrase's document names a partner of its own: not the clause's pair
    ("Besides the agreement with the Volyn Region, the Brest Region signed a memorandum"
     " with the Lublin Voivodeship in 2011.", ("region:by:brest", "region:pl:lublin")),
    # an opening phrase with no document
    ("Besides the trade fair of 1998, the Mogilev Region and the Smolensk Region adopted an"
     " action plan for 2004-2006.", MS),
])
def test_no_earlier_document_of_the_pair(text, pair):
    assert pairs(text, A) == [pair]


# The pair named in the sentence before, called "the two regions" or "they": each
# document it signs in the sentence, and the earlier one an opening phrase names.
@pytest.mark.parametrize("text,pair,n", [
    ("The Brest Region keeps its closest ties with the Volyn Region. Besides the framework"
     " agreement of 1998, the two regions signed a plan of joint measures for 2004-2006, and in"
     " 2012 they signed a road map on transport.", ("region:by:brest", "region:ua:volyn"), 3),
    ("The Grodno Region has worked with the Podlaskie Voivodeship for years. In 2005 the two"
     " regions adopted a programme of cooperation, and in 2011 they concluded a memorandum"
     " on tourism.", GP, 2),
    ("The Smolensk Region is the oldest partner of the Mogilev Region. Apart from their"
     " treaty of 1996, the two regions signed a protocol on border trade in 2004.", MS, 2),
])
def test_each_document_the_referred_pair_signs(text, pair, n):
    assert pairs(text, A) == [pair] * n


@pytest.mark.parametrize("text,pair", [
    # a document they never signed, a meeting that is no document
    ("The Gomel Region has worked with the Bryansk Region for years. In 2005 the two regions"
     " signed a treaty, but they never signed the planned protocol.", GB),
    ("The Mogilev Region has worked with the Smolensk Region for years. In 2005 the two"
     " regions signed an agreement on trade, and they also met in 2011.", MS),
])
def test_no_further_document_of_the_referred_pair(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text,pair", [
    ("The Vitebsk Region has kept friendly ties with Heilongjiang Province since 2016, when"
     " both provinces adopted a protocol on friendly ties and youth exchanges.",
     ("region:by:vitebsk", "region:cn:heilongjiang")),
])
def test_friendly_ties_of_two_provinces_are_a_signing(text, pair):
    assert pairs(text, A) == [pair]
    assert pairs(text, "TWINNED_WITH") == []


def test_friendly_relations_of_two_regions_referred_to_are_a_signing():
    text = ("The Grodno Region and the Podlaskie Voivodeship have kept up friendly relations"
            " since 2003, the year the two regions signed a memorandum on friendly relations"
            " in Bialystok.")
    assert pairs(text, A) == [GP]
    assert pairs(text, "TWINNED_WITH") == []


def test_friendly_relations_of_two_towns_stay_a_twinning_with_its_charter_signed():
    text = ("Orsha and Vyazma have kept friendly relations since 1999, when the two towns"
            " signed an agreement on friendly relations.")
    assert pairs(text, A) == [("city:by:orsha", "city:ru:vyazma")]
    assert pairs(text, "TWINNED_WITH") == [("city:by:orsha", "city:ru:vyazma")]
