"""A bare name the text also writes out as a region ("the Batken region", later "to
bakeries in Batken") is that region in a supply or signing when the town of that name
is small (under 50,000): a reader means the region, not the town. A big town, and a
twinning, keep the town. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text):
    return {(c["type"], c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates}


@pytest.mark.parametrize("text, row", [
    ("The Batken region of Kyrgyzstan imports much of its flour. The Tajik mill Sughd Don "
     "LLC ships flour to bakeries in Batken every month.",
     ("SUPPLIES_TO", "company:tj:sughd-don", "region:kg:batken")),
    ("Trade with the Naryn region grew in 2023. Kashgar Trade Co. delivered building "
     "materials to builders in Naryn.",
     ("SUPPLIES_TO", "company:cn:kashgar-trade-co", "region:kg:naryn")),
    ("Trade across the Caspian grew. The Mangystau region buys grain from Russia, and the "
     "Astrakhan mill Volga Muka LLC delivers flour to bakeries in Mangystau.",
     ("SUPPLIES_TO", "company:ru:volga-muka", "region:kz:mangystau")),
])
def test_a_small_towns_name_written_out_as_a_region_is_the_region(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, row", [
    # a big town is what the name means
    ("Exports from the Atyrau region grew. The Astrakhan mill Volga Muka LLC delivers "
     "flour to bakeries in Atyrau.",
     ("SUPPLIES_TO", "company:ru:volga-muka", "city:kz:atyrau")),
    # a twinning keeps the town
    ("The Mangystau region works with Dagestan. Mangystau is twinned with Derbent.",
     ("TWINNED_WITH", "city:kz:mangistau", "city:ru:derbent")),
])
def test_a_big_town_or_a_twinning_keeps_the_town(text, row):
    assert row in _rows(text)
