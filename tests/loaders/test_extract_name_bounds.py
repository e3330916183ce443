"""Where a name's run begins and ends: a body's possessive head ends the body's name
(what it owns follows), a demonym before dictionary words is part of a utility's or a
body's name, and an organisation head after a programme word keeps the name a body's.
Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.pipeline import extract_lines


def _names(text):
    return [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, want, gone", [
    ("Harwick College of Design and Tarrow University's Elm Street campus agreed a "
     "protocol in 2019.", ["Harwick College of Design", "Tarrow University"], "Elm Street"),
    ("The Brenmoor Academy of Music and the Calder Institute's Westgate campus signed a "
     "memorandum.", ["Brenmoor Academy of Music", "Calder Institute"], "Westgate"),
    ("Grey Hollow Bank's Lindow office opened a credit line for Pellmark Ltd.",
     ["Grey Hollow Bank", "Pellmark Ltd"], "Lindow"),
])
def test_a_bodys_possessive_head_ends_its_name(text, want, gone):
    names = _names(text)
    assert all(w in names for w in want)
    assert not any(gone in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("People's Committee of Ban Lanh signed a memorandum with Tarrow.",
     "People's Committee of Ban Lanh"),
    ("The Children's Hospital of Westmere bought scanners from Pellmark Ltd.",
     "Children's Hospital of Westmere"),
])
def test_a_possessive_that_is_no_head_stays_inside_the_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Under the plan, Scottish Water will supply water to Brenmoor.", "Scottish Water"),
    ("The deal was signed with the Welsh Coastal Path Network last May.",
     "Welsh Coastal Path Network"),
    ("Danish Rail ordered carriages from Pellmark Ltd.", "Danish Rail"),
])
def test_a_demonym_before_dictionary_words_is_part_of_the_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("The Belarusian Grodno signed a memorandum with the Chinese Harbin.", "Grodno"),
    ("The Belarusian Grodno signed a memorandum with the Chinese Harbin.", "Harbin"),
    # a part of the country, not a body
    ("Gas from Tarrow reaches the Russian Far East.", "Far East"),
    # one dictionary word that names no utility: a place said in other words
    ("The Polish Family and the Czech Brno signed an agreement.", "Family"),
])
def test_a_demonym_before_a_place_or_a_plain_word_is_its_country(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("The Special Joint Programmes Body signed a contract with Tarrow.",
     "Special Joint Programmes Body"),
    ("The Northern Projects Board signed a contract with Brenmoor.", "Northern Projects Board"),
])
def test_a_body_named_for_its_programmes_is_a_party(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The Northern Programme was signed by Tarrow and Brenmoor.",
    "The Joint Projects Plan was adopted by Tarrow.",
])
def test_a_programme_without_a_body_is_no_party(text):
    assert not any("Programme" in n or "Plan" in n for n in _names(text))


@pytest.mark.parametrize("text, want, gone", [
    ("Power comes from Lakemoor Power for the Dunhill border post.", "Lakemoor Power",
     "for the"),
    ("Tarrow Ferries signed a charter with Harrow Logistics Co. of Gdansk.",
     "Harrow Logistics Co.", "of Gdansk"),
])
def test_a_firms_name_ends_before_for_the_and_before_its_seat(text, want, gone):
    names = _names(text)
    assert want in names and not any(gone in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("The Centre for the Study of Trade signed a memorandum with Tarrow.",
     "Centre for the Study of Trade"),
    ("Yantai Pellmark Trading Co. of Shandong Province Ltd bought oil from Tarrow.",
     "Yantai Pellmark Trading Co. of Shandong Province Ltd"),
])
def test_a_body_for_its_purpose_and_a_longer_firm_name_go_on(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, want", [
    ("The Autonomous Region of Sardinia signed a memorandum with Tarrow Ltd.",
     "region:it:sardinia"),
    ("The Autonomous Region of Aosta Valley signed a memorandum with Tarrow Ltd.",
     "region:it:aosta-valley"),
])
def test_a_region_named_by_its_status_before_of_is_the_region_after_it(text, want):
    ids = {c[side]["id"] for c in extract_lines([text], "t.txt").candidates
           for side in ("source", "target")}
    assert want in ids


def test_a_district_of_a_region_is_still_the_district():
    text = "The Tarnow District of the Lesser Poland Region signed a memorandum with Brno."
    ids = {c[side]["id"] for c in extract_lines([text], "t.txt").candidates
           for side in ("source", "target")}
    assert not any(i.endswith(":lesser-poland") or i.endswith(":malopolskie") for i in ids)
