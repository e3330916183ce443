"""Regions the text names with a unit word, read under that name and kind:

* a region the gazetteer lacks, written after the towns it holds ("Pleiku and Kon Tum,
  Tan Lanh province"), is in those towns' country;
* a bare town's name signing beside a region, where the text writes that name with a
  region word elsewhere ("Rangpur Division"), is that region, not its capital.

Texts written for these tests; "Tan Lanh" and "Ouled Sefra" are invented regions."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.named_regions import region_forms, towns_before_regions

A, S = "SIGNED_AGREEMENT", "SUPPLIES_TO"


def ids(text: str, rel: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(text) if c["type"] == rel
            for side in ("source", "target")}


@pytest.mark.parametrize("intro,name,expected", [
    # the towns before the region's name are Vietnamese
    ("Our mills stand in Pleiku and Kon Tum, Tan Lanh province, near the border.",
     "Tan Lanh", "region:vn:tan-lanh"),
    ("The packing shed in Rajshahi, Tan Lanh District, opened in 2019.",
     "Tan Lanh", "region:bd:tan-lanh"),
    # near misses: no town before it, or a town the gazetteer does not know
    ("Our mills stand in Tan Lanh province, near the border.", "Tan Lanh",
     "region:xx:tan-lanh"),
    ("Our mills stand in Qorvath, Tan Lanh province, near the border.", "Tan Lanh",
     "region:xx:tan-lanh"),
])
def test_a_region_lies_in_the_country_of_the_towns_written_before_it(intro, name, expected):
    text = f"{intro}\nGrowers in {name} supply raw nuts to Saigon Kernel Trading JSC."
    assert ids(text, S).get(name) == expected


def test_towns_before_regions_reads_an_address_order():
    found = towns_before_regions("Mills in Pleiku and Kon Tum, Tan Lanh province, grew. "
                                 "Kent County and Essex signed. Bogra, Ouled Sefra "
                                 "wilaya, and Vinh, Tan Lanh province.")
    assert found == {"Tan Lanh": ["Pleiku", "Kon Tum", "Vinh"], "Ouled Sefra": ["Bogra"]}


@pytest.mark.parametrize("second,expected", [
    ("In 2011 Meghalaya and Rangpur signed a memorandum on border haats.",
     "region:bd:rangpur-division"),
    ("The Meghalaya-Rangpur memorandum of 2011 set up border haats.",
     "region:bd:rangpur-division"),
    # near misses: the text writes the town's own word, or a town beside a town
    ("In 2011 Meghalaya and Rangpur city signed a memorandum on border haats.",
     "city:bd:rangpur"),
    ("In 2011 Guwahati and Rangpur signed a memorandum on border haats.",
     "city:bd:rangpur"),
])
def test_a_town_signing_beside_a_region_is_the_region_the_text_names_so(second, expected):
    text = f"Meghalaya borders Rangpur Division to the west.\n{second}"
    found = {c[side]["id"] for c in candidates(text) if c["type"] == A
             for side in ("source", "target")}
    assert expected in found


def test_without_the_region_word_in_the_text_the_town_stays():
    text = "In 2011 Meghalaya and Rangpur signed a memorandum on border haats."
    found = {c[side]["id"] for c in candidates(text) if c["type"] == A
             for side in ("source", "target")}
    assert "city:bd:rangpur" in found


def test_region_forms_keep_the_word_as_written():
    assert region_forms("Trade with Rangpur Division grew.") == {
        "Rangpur": "Rangpur Division"}
