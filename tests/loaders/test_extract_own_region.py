"""A name that is both a first-level region and a town (often a bigger town of another
country) is the region in a text whose head lines frame it as the region it speaks
for: "Government of X", "the Premier of X", "X Provincial Government", or the same in
the region's own language. A town's organ in the head ("City Government of X") and a
text with no such head keep the town. Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.own_region import head_region_names

A = "SIGNED_AGREEMENT"
BODY = "In 2019 {name} signed a memorandum on clean energy with Kunming."


def party(text: str, name: str) -> str | None:
    for c in candidates(text):
        for side in ("source", "target"):
            if c["type"] == A and c[side]["name"] == name:
                return c[side]["id"]
    return None


@pytest.mark.parametrize("head,name,expected", [
    ("Government of Victoria\nTrade and Investment Office", "Victoria", "region:au:victoria"),
    ("An interview with the Premier of Victoria", "Victoria", "region:au:victoria"),
    ("Santa Fe Provincial Government\nForeign Relations Directorate", "Santa Fe",
     "region:ar:santa-fe"),
    ("Gobierno de Salta - Relaciones Internacionales", "Salta", "region:ar:salta"),
])
def test_the_region_the_head_speaks_for_is_that_region(head, name, expected):
    text = f"{head}\n\n{BODY.format(name=name)}"
    assert party(text, name) == expected


@pytest.mark.parametrize("head,name,expected", [
    # (a town's organ in the head: the town)
    ("City Government of Salta", "Salta", "city:ar:salta"),
    # (no head naming a government: the gazetteer's reading)
    ("Trade news", "Salta", "city:ar:salta"),
    ("Trade news", "Victoria", "city:hk:victoria"),
    # (the government of another place than the one the body names)
    ("Government of Victoria", "Salta", "city:ar:salta"),
])
def test_without_such_a_head_the_town_stays(head, name, expected):
    text = f"{head}\n\n{BODY.format(name=name)}"
    assert party(text, name) == expected


def test_the_government_named_in_the_body_is_the_region_too():
    text = ("Government of Victoria\n\nIn 2019 the Government of Victoria signed a memorandum "
            "on clean energy with Kunming.")
    assert party(text, "Government of Victoria") == "region:au:victoria"


@pytest.mark.parametrize("lines,expected", [
    (["Government of the Province of Arlen: ties abroad"], {"Arlen"}),
    (["Chief Minister of Tessaly", "Speech"], {"Tessaly"}),
    (["Conseil régional de Marlande"], {"Marlande"}),
    (["Annual report", "2024", "Part one", "Trade", "Government of Arlen"], set()),  # (far down)
    (["Municipal Government of Arlen"], set()),
])
def test_head_region_names(lines, expected):
    assert set(head_region_names(lines)) == expected


@pytest.mark.parametrize("body,name,expected", [
    # (a fellow province of the region's own country, named like its capital)
    ("In 2011 Québec signed a memorandum with Bordeaux.", "Québec", "region:ca:quebec"),
    ("In 2009 Ontario and Québec signed a protocol on electricity trade.", "Québec",
     "region:ca:quebec"),
    # (the text writes the town with its kind word: the town)
    ("In 2019 Québec City signed a twinning agreement with Namur.", "Québec City",
     "city:ca:quebec"),
])
def test_a_fellow_province_in_a_regions_own_text(body, name, expected):
    text = f"Government of Ontario\nInternational Relations\n\n{body}"
    assert party(text, name) == expected


@pytest.mark.parametrize("head", [
    "Trade news",
    # (a region of another country speaks: its fellow provinces are not Canada's)
    "Government of Victoria",
])
def test_a_town_named_like_its_province_elsewhere_stays_the_town(head):
    text = f"{head}\n\nIn 2011 Québec signed a memorandum with Bordeaux."
    assert party(text, "Québec") == "city:ca:quebec"


@pytest.mark.parametrize("lines,expected", [
    (["Trade talk: the Premier of Rio Grande do Sul"], {"Rio Grande do Sul"}),
    # (a long first paragraph may name a partner's government: no title)
    (["In its first years the province worked with the Government of Arlen on roads, "
      "schools, ports and many other fields of common interest to both."], set()),
])
def test_head_region_names_in_titles_only(lines, expected):
    assert set(head_region_names(lines)) == expected
