"""Signings a sentence states with both parties named and that no rule read, on
sentences written for these tests: a signing reported inside a subordinate clause
("..., after A and B had signed", "..., which was signed by A and B"); a document "of A
and B"; a list whose intention words ("will double trade") come after the signing; a
signing planned by its parties ("are expected to sign", "hope to sign"), proposed with
status ``planned``; the organs of the next members in a list of signers ("A and the
governments of the B and C regions"); an agreement between two towns whose twinning is
spoken of only in another clause. And what must still give nothing."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.clause_fallback import _twin_clause, clause_pairs
from relgraph.loaders.extract.mentions import find_mentions

A = "SIGNED_AGREEMENT"


def signings(text: str) -> list[tuple[str, str, str]]:
    return sorted((r["source"]["id"], r["target"]["id"], r["status"])
                  for r in candidates(text) if r["type"] == A)


def fallback(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    why: list = []
    got = [(a.text, b.text) for rel, a, b, _ in clause_pairs(text, find_mentions(text), set(), why)
           if rel == A]
    return got, [reason for rel, reason, _ in why if rel == A]


# -- a subordinate clause that names both sides is read on its own ---------------------

@pytest.mark.parametrize("text,want", [
    ("Tourism grew after the forum of 2018, which saw a road map signed by the Vitebsk Region"
     " and the Smolensk Region.", [("Vitebsk Region", "Smolensk Region")]),
    ("Exchanges of pupils resumed in 2016, after the Gomel Region and the Bryansk Region had"
     " adopted a programme of cooperation.", [("Gomel Region", "Bryansk Region")]),
    ("Trade grew fast in 2012, when Kostanay and Omsk concluded an accord on grain transit.",
     [("Kostanay", "Omsk")]),
])
def test_a_subordinate_clause_naming_both_sides_is_read(text, want):
    assert fallback(text)[0] == want


@pytest.mark.parametrize("text,reason", [
    # the relative's "which" stands for the side outside the clause: no second side
    ("Gomselmash has a dealer in Kostanay, which signed a service contract with Rostselmash.",
     "no plain reading"),
    # the clause's own intention or negation still declines
    ("Trade stalled in 2016, when Minsk might sign a road map with Kazan.", "intention"),
    ("Contacts cooled in 2015, when Brest did not sign the memorandum with Lutsk.",
     "negation"),
])
def test_a_subordinate_clause_without_a_plain_reading_gives_nothing(text, reason):
    got, why = fallback(text)
    assert got == [] and reason in why


# -- a document "of A and B" -------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("An important stage was the signing in 2019 of the Programme of interregional"
     " cooperation of Belarus and Uzbekistan for 2019-2021, which is to intensify ties.",
     [("country:by", "country:uz", "fact")]),
    ("In 2017 the Agreement on cooperation of the Republic of Belarus and the Republic of"
     " Moldova in the field of agriculture was signed in Chisinau.",
     [("country:by", "country:md", "fact")]),
    ("In 2018 a road map of the Gomel Region and the Bryansk Region for 2019-2021 was adopted.",
     [("region:by:gomel", "region:ru:bryansk", "fact")]),
])
def test_a_document_of_a_pair_is_theirs(text, want):
    assert signings(text) == want


@pytest.mark.parametrize("text", [
    # "the regions of A and B" sign, not A and B
    "In 2017 the Agreement on cooperation of the regions of Belarus and Moldova was signed.",
    # no document: exports of two countries
    "Exports of Belarus and Russia grew after the signing.",
    # two countries and no verb of signing
    "The intergovernmental agreement of Belarus and Uzbekistan is the basis of such contacts.",
])
def test_no_document_of_a_pair(text):
    assert signings(text) == []


# -- intention words after the signing, past a list ---------------------------------------

def test_intention_words_after_a_signed_document_and_a_list_are_its_purpose():
    text = ("Experts say that the agreement between Belarus and Kyrgyzstan, concluded in 2018,"
            " will double trade.")
    assert fallback(text)[0] == [("Belarus", "Kyrgyzstan")]
    # ... and the signing it reports is a fact, not a plan
    assert signings(text) == [("country:by", "country:kg", "fact")]


def test_intention_words_after_a_comma_and_are_still_an_intention():
    text = ("Experts say that an agreement between Belarus and Kyrgyzstan was drafted in 2018,"
            " and the two sides will sign it in June.")
    assert fallback(text)[0] == []


# -- signings planned by their parties -----------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The Brest Region and the Volyn Region of Ukraine are expected to sign a new road map on"
     " cross-border trade in 2025.", [("region:by:brest", "region:ua:volyn", "planned")]),
    ("Armenia and Belarus are due to conclude an agreement on the recognition of diplomas in"
     " May.", [("country:am", "country:by", "planned")]),
    ("Belarus and Moldova are planning to sign a road map of regional cooperation in 2022.",
     [("country:by", "country:md", "planned")]),
    ("Amkodor and KazAvtoZhol hope to sign a service contract in June.",
     [("company:by:amkodor", "company:kz:kazavtozhol", "planned")]),
])
def test_a_signing_its_parties_plan_is_planned(text, want):
    assert signings(text) == want


@pytest.mark.parametrize("text", [
    "Kazan and Minsk are expected to discuss a road map on trade during the forum.",
    "The Gomel Region discussed the possibility of signing an agreement with the Chernihiv"
    " Region.",
    "Whether Brest and Lutsk will sign a memorandum on tourism remains unclear.",
])
def test_talk_of_a_signing_is_no_planned_signing(text):
    assert signings(text) == []


def test_due_to_as_a_cause_is_no_plan():
    text = "Trade fell due to the pandemic, although Brest signed a road map with Tula in 2020."
    assert signings(text) == [("city:by:brest", "city:ru:tula", "fact")]


# -- organs of the next members of a list of signers ---------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The akimat of the Kostanay Region and the governments of the Omsk and Kurgan regions"
     " signed a road map on cross-border trade in 2023.",
     [("region:kz:kostanay", "region:ru:kurgan", "fact"),
      ("region:kz:kostanay", "region:ru:omsk", "fact")]),
    ("The Vitebsk Region and the administrations of the Pskov and Smolensk regions concluded a"
     " memorandum on tourism.",
     [("region:by:vitebsk", "region:ru:pskov", "fact"),
      ("region:by:vitebsk", "region:ru:smolensk", "fact")]),
])
def test_organs_of_the_next_members_keep_one_list_of_signers(text, want):
    assert signings(text) == want


def test_the_regions_of_a_country_are_still_no_list_member():
    text = "The Vitebsk Region and the regions of Russia signed 40 agreements."
    assert ("region:by:vitebsk", "country:ru", "fact") not in signings(text)


# -- a twin word in another clause ----------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Sister-city relations with Tula date from 2015; a cooperation agreement between the twin"
     " towns of Brest and Pskov followed in 2018.", ("city:by:brest", "city:ru:pskov")),
    ("Twinning links Mogilev with Kursk; a road map on school exchanges between Lida and"
     " Alytus was concluded in 2019.", ("city:by:lida", "city:lt:alytus")),
])
def test_a_twin_word_in_another_clause_leaves_the_agreement(text, want):
    assert want in [(a, b) for a, b, _ in signings(text)]


@pytest.mark.parametrize("text,twin", [
    ("Brest, a twin town of Pskov since 1990, concluded a road map with Pskov.", True),
    ("Lida and Alytus are sister cities, and their mayors signed a road map in 2019.", True),
    ("Lida has been twinned with Alytus since 1995; a road map followed in 2019.", False),
])
def test_only_a_twin_word_of_the_documents_clause_makes_it_the_twinning(text, twin):
    doc = text.index("road map")
    assert _twin_clause(text, (doc, doc + 8)) is twin


@pytest.mark.parametrize("text,want", [
    ("Since 1992 Kursk has been a twin town of Mogilev, and in 2015 the two cities signed an"
     " agreement on cooperation in culture and sport.", ("city:ru:kursk", "city:by:mogilev")),
    ("Kursk has been a twin town of Mogilev since 1992, and the two towns signed a road map on"
     " tourism in 2019.", ("city:ru:kursk", "city:by:mogilev")),
])
def test_the_pair_of_a_twinning_clause_signs_in_the_next_clause(text, want):
    assert want in [(a, b) for a, b, _ in signings(text)]


@pytest.mark.parametrize("text", [
    "Kursk and Mogilev became twin towns in 1992, when the two cities signed a twinning"
    " agreement.",
    "Kursk and Mogilev have been twin towns since 1992: the two cities signed an agreement on"
    " twinning that year.",
])
def test_the_pairs_own_twinning_agreement_is_its_signing(text):
    assert [(a, b) for a, b, _ in signings(text)] == [("city:ru:kursk", "city:by:mogilev")]


# -- a relative clause whose pronoun is a preposition's object ---------------------------

@pytest.mark.parametrize("text,rel,want", [
    ("The Pskov Region, with which the Vitebsk Region signed an agreement in 2001, is its"
     " closest partner.", A, ("region:by:vitebsk", "region:ru:pskov")),
    ("Kazakhstan, with which Belarus concluded a treaty in 2017, is its second partner.", A,
     ("country:by", "country:kz")),
    ("The Andijan Region, to which MTZ ships tractor kits, has become a partner of Minsk.",
     "SUPPLIES_TO", ("company:by:mtz", "region:uz:andijan")),
    ("Mongolia, where Amkodor sells loaders, is a promising market.", "SUPPLIES_TO",
     ("company:by:amkodor", "country:mn")),
])
def test_the_antecedent_of_a_prepositional_relative_is_the_partner(text, rel, want):
    assert want in [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
                    if r["type"] == rel]


@pytest.mark.parametrize("text", [
    "The Tula Region, with which the Mogilev Region might sign a road map, is a partner.",
    "Mongolia, where Amkodor could sell loaders, is a promising market.",
    "Minsk, where the forum was held, hosted 300 guests from Kazan.",
])
def test_a_relative_clause_of_no_plain_relation_gives_nothing(text):
    assert candidates(text) == []


def test_a_word_of_ending_before_the_document_in_another_clause_undoes_nothing():
    text = ("After talks on a free trade zone stalled in 2014, the document of Belarus and"
            " Uzbekistan on interregional cooperation was signed in 2019.")
    assert fallback(text)[0] == [("Belarus", "Uzbekistan")]


def test_a_document_undone_after_it_still_gives_nothing():
    text = ("A memorandum of the Brest Region and the Volyn Region was prepared in 2017, but"
            " the council rejected it.")
    got, why = fallback(text)
    assert got == [] and "ended or refused" in why
