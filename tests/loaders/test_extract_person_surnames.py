"""A surname the text gave a person (after a title and a given name, before a verb of
speaking, or as a cited author) is nobody's town when it comes back bare, even when a
town or a former town name is spelled the same. Every text here was written for these
tests."""

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.named_persons import person_surnames


def _ids(text):
    return {r[side]["id"] for r in candidates(text) for side in ("source", "target")}


@pytest.mark.parametrize("text, surname", [
    ("The port's chief commissioner Omar Haddadin told reporters about the ferry.", "Haddadin"),
    ("Professor Lena Ortiz opened the conference on river trade.", "Ortiz"),
    ('"We will sign in May," Nadia Dimitrova said at the quay.', "Dimitrova"),
    ('"The ferry runs," said deputy mayor Amel Ben Yusuf.', "Ben Yusuf"),
    ("The pact, as Dimitrova has shown, was drafted in one town hall.", "Dimitrova"),
    ("As Weber (2011) argued, the charter was a formality.", "Weber"),
])
def test_a_person_is_read_from_the_wording(text, surname):
    assert surname in person_surnames(text)


@pytest.mark.parametrize("text", [
    "Zams and Nago said both towns meant to sign in spring.",
    "The Minsk Tractor Works said it would ship more tractors.",
    "The mayor of Vienna spoke first, then the mayor of Brno.",
    "As Tartu grew, its port traded with Pskov.",
    # a sentence's opening word is no given name, and "continued" is said of towns too
    "The Kivalliq said it would ship ore to Rotterdam. The Kivalliq continued to grow.",
    # a heading's title is no one's: the next line opens a sentence
    "Letter from the Deputy Minister\nOver the past year our ports grew.",
])
def test_places_and_firms_speaking_are_no_persons(text):
    assert person_surnames(text) == frozenset()


@pytest.mark.parametrize("text, person, pair", [
    ("The harbour authority's chief commissioner Omar Dimitrova welcomed the guests. "
     "Dimitrova said Varna would sign a twinning agreement with Piraeus in June.",
     "dimitrov", ("city:bg:varna", "city:gr:piraeus")),
    # (the town of the former name "Dimitrova" was read before)
    ("Both towns exchanged a twinning charter in 1997; the text, as Dimitrova has shown, "
     "came from Silistra's town hall.", "myrnohrad", None),
])
def test_a_surname_is_no_town(text, person, pair):
    found = _ids(text)
    assert not any(person in x for x in found), found
    if pair:
        assert pair in pairs(text, "TWINNED_WITH") + pairs(text, "SIGNED_AGREEMENT")


def test_a_town_named_once_stays_a_town():
    # no person of that name in the text: the town it spells is meant
    text = "Silistra signed a twinning agreement with Dimitrovgrad in 2004."
    assert any("dimitrovgrad" in x for x in _ids(text))
