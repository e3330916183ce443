"""A town named with its municipality's word in its own language ("Bergen Kommune",
"Umeå Kommun", "Gmina Kórnik", "Tartu linn") is that town, in the gazetteer's
country for it, not an unknown town placed in the country of the paragraph it stands
in. Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.gazetteer.names import split_term

T = "TWINNED_WITH"


def ids(text: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(text) if c["type"] == T
            for side in ("source", "target")}


@pytest.mark.parametrize("name,expected", [
    ("Bergen Kommune", "city:no:bergen"),
    ("Umeå Kommun", "city:se:umea"),
    ("Gmina Kórnik", "city:pl:kornik"),
    ("Trondheim Kommune", "city:no:trondheim"),
])
def test_a_town_with_its_municipality_word_is_that_town(name, expected):
    text = f"Twin towns of Kaunas (Lithuania)\nSince 1995 {name} has been twinned with Kaunas."
    assert ids(text).get(name) == expected


def test_the_municipality_word_beats_the_paragraphs_country():
    # (the paragraph is about Norway; the Danish town stays Danish)
    text = ("Oslo and Norway\nNorway's twin links are many. Since 1950 Odense Kommune "
            "has been twinned with Oslo.")
    assert ids(text).get("Odense Kommune", "").startswith("city:dk:")


@pytest.mark.parametrize("name,expected", [
    ("Aarhus Kommune", ("aarhus", "city")),
    ("Tartu linn", ("tartu", "city")),
    ("Novo Mesto", ("novo mesto", None)),
    ("Kommune", ("kommune", None)),
])
def test_municipality_words_split_off_as_a_towns_term(name, expected):
    assert split_term(name) == expected
