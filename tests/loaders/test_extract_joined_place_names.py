"""Regions and territories whose name joins two names by "and" stay one party."""

import pytest

from relgraph.loaders.extract.pipeline import extract_text


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(c["type"], side, c[side]["id"]) for c in extract_text(text).candidates
            for side in ("source", "target")}


@pytest.mark.parametrize("text, want", [
    ("Last spring Mogilev signed a fisheries accord with Newfoundland and Labrador.",
     ("SIGNED_AGREEMENT", "target", "region:ca:newfoundland-and-labrador")),
    ("Jammu and Kashmir signed a tourism memorandum with Vitebsk in 2021.",
     ("SIGNED_AGREEMENT", "source", "region:in:jammu-and-kashmir")),
    ("Amkodor ships graders to Grodno, Sistan and Baluchestan and Almaty.",
     ("SUPPLIES_TO", "target", "region:ir:sistan-and-baluchestan")),
    ("Vitebsk signed a ferry memorandum with Saint-Pierre and Miquelon.",
     ("SIGNED_AGREEMENT", "target", "country:pm")),
])
def test_joined_name_is_one_party(text, want):
    assert want in _pairs(text)


@pytest.mark.parametrize("text, stray", [
    # the halves stay apart when the text joins two places of its own
    ("Gomel and Labrador signed a memorandum with Mogilev.", "region:ca:newfoundland-and-labrador"),
    # ordinary words that happen to name a district elsewhere
    ("Amkodor ships graders to Central and Western Europe.", "region:hk:central-and-western"),
])
def test_near_misses_stay_apart(text, stray):
    assert all(stray not in pair for pair in _pairs(text))


@pytest.mark.parametrize("text, want", [
    # a possessive that belongs to the place's own name
    ("Vitebsk signed a school exchange memorandum with Mohale's Hoek.",
     ("SIGNED_AGREEMENT", "target", "city:ls:mohales-hoek")),
    ("Hawke's Bay Region signed a wine accord with Grodno last year.",
     ("SIGNED_AGREEMENT", "source", "region:nz:hawkes-bay")),
    # a head word the country gives its regions, a body's word elsewhere
    ("Amkodor ships graders to Grodno, Pando Department and Almaty.",
     ("SUPPLIES_TO", "target", "region:bo:pando")),
    ("Mogilev signed a coffee memorandum with the Narino department.",
     ("SIGNED_AGREEMENT", "target", "region:co:narino")),
    ("Barbuda Parish signed a fisheries accord with Vitebsk.",
     ("SIGNED_AGREEMENT", "source", "region:ag:barbuda")),
])
def test_place_named_with_its_own_words(text, want):
    assert want in _pairs(text)


@pytest.mark.parametrize("text", [
    "The Finance Department signed a memorandum with Vitebsk.",
    "Minsk's Horizont plant ships televisions to Gomel.",
])
def test_ordinary_heads_and_owners_stay(text):
    assert not any(side_id.startswith("region:") and side_id.split(":")[1] not in ("by",)
                   for _, _, side_id in _pairs(text))
