"""A sentence may name a twinning or a signing it does not assert: a yes/no question,
hearsay it denies, a twin word its pair's own predicate denies, a twinning only proposed
or talked about without result; and twin towns are towns or regions, never an office.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

TARTU_NARVA = frozenset({"city:ee:tartu", "city:ee:narva"})
GHENT_LILLE = frozenset({"city:be:gent", "city:fr:lille"})
KALMAR_PARNU = frozenset({"city:se:kalmar", "city:ee:parnu"})


# -- a yes/no question asks; it states nothing ------------------------------------------
@pytest.mark.parametrize("text, rel", [
    ("Is Tartu twinned with Narva?\nNot that we know of.\n", "TWINNED_WITH"),
    ("Q: Mayor, has Tartu signed a memorandum with Narva?\nA: Not yet.\n", "SIGNED_AGREEMENT"),
])
def test_a_yes_no_question_states_no_relation(text, rel):
    assert TARTU_NARVA not in id_pair_set(text, rel)


@pytest.mark.parametrize("text, rel", [
    ("Which towns is Tartu twinned with? Tartu is twinned with Narva.", "TWINNED_WITH"),
    ("Why did Tartu sign a memorandum with Narva in 2015?\nTo open a joint museum.\n",
     "SIGNED_AGREEMENT"),
])
def test_a_statement_or_an_open_question_still_states_it(text, rel):
    assert TARTU_NARVA in id_pair_set(text, rel)


# -- hearsay the sentence denies --------------------------------------------------------
@pytest.mark.parametrize("text, rel, pair", [
    ("Reports that Ghent had twinned with Lille could not be confirmed.", "TWINNED_WITH",
     GHENT_LILLE),
    ("Rumours that Kalmar had signed a ferry agreement with Parnu proved unfounded.",
     "SIGNED_AGREEMENT", KALMAR_PARNU),
    ("Claims that Ghent and Lille signed a tram memorandum in 2019 are false.",
     "SIGNED_AGREEMENT", GHENT_LILLE),
    ("The council dismissed press reports that Kalmar had signed a port contract with Parnu.",
     "SIGNED_AGREEMENT", KALMAR_PARNU),
    ("There was a rumour that Ghent and Lille signed a tram memorandum - that is untrue.",
     "SIGNED_AGREEMENT", GHENT_LILLE),
])
def test_denied_hearsay_states_no_relation(text, rel, pair):
    assert pair not in id_pair_set(text, rel)


@pytest.mark.parametrize("text, rel, pair", [
    ("Reports that Ghent had twinned with Lille were confirmed by the city hall.",
     "TWINNED_WITH", GHENT_LILLE),
    ("Kalmar signed a ferry agreement with Parnu, although reports of a second deal were "
     "denied.", "SIGNED_AGREEMENT", KALMAR_PARNU),
])
def test_hearsay_confirmed_or_another_denial_keeps_it(text, rel, pair):
    assert pair in id_pair_set(text, rel)


# -- a twin word the pair's own predicate denies ----------------------------------------
@pytest.mark.parametrize("text", [
    'Ghent and Lille, often called "sister cities" by the press, are actually not formally '
    "twinned.",
    'Ghent and Lille, for all the talk about a "twin city", were never officially twinned.',
])
def test_a_twin_word_denied_by_its_pair_predicate(text):
    assert GHENT_LILLE not in id_pair_set(text)


@pytest.mark.parametrize("text, pair", [
    ("Ghent, twinned with Lille since 1991, is not twinned with Arras.", GHENT_LILLE),
    ("Ghent and Lille are sister cities, but Arras and Lille have never been twinned.",
     GHENT_LILLE),
])
def test_a_denial_of_another_twinning_keeps_the_pair(text, pair):
    assert pair in id_pair_set(text)


# -- a twinning only proposed, or talked about to no result ------------------------------
@pytest.mark.parametrize("text", [
    "Kalmar and Parnu discussed a twinning in the 1990s.",
    "The proposal to twin Kalmar with Parnu was never put to a vote.",
    "A twinning between Kalmar and Parnu was discussed in 1993.",
    "Kalmar is discussing a sister-city tie with Parnu, but nothing has been decided.",
])
def test_a_proposed_twinning_is_none(text):
    assert KALMAR_PARNU not in id_pair_set(text)


@pytest.mark.parametrize("text", [
    "Kalmar and Parnu have been discussing a twinning charter, and both hope to sign it in "
    "2027.",
    "Kalmar intends to twin with Parnu next year.",
    "Kalmar and Parnu, twinned since 1992, discussed ferry links.",
    "Kalmar and Parnu, sister cities since 1990, were proposed as hosts of the games.",
])
def test_an_intended_or_existing_twinning_stays(text):
    assert KALMAR_PARNU in id_pair_set(text)


# -- twin towns are towns or regions -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tartu keeps twinning links with nine towns. These links are run by the Foreign "
    "Relations Office together with local clubs.",
    "Narva has twelve sister cities. They are looked after by the Department of "
    "External Affairs and the schools.",
])
def test_an_office_is_no_twin(text):
    found = id_pair_set(text)
    assert not any(i.startswith(("org:", "company:")) for pair in found for i in pair), found
