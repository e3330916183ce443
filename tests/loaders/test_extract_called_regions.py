"""A region the gazetteer does not know by the text's spelling, written once with a region
word ("Tarvena province", "the provinces of Orlu and Mesk", "the Quon Autonomous
Prefecture") and later bare, is that region where a supply or an agreement would
otherwise read the bare name as a firm; its country is the one the text states beside
the region word. A firm's legal form or head noun keeps a firm. Texts written for these
tests; the region names are invented."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.named_regions import names_called_regions

A, S = "SIGNED_AGREEMENT", "SUPPLIES_TO"


def ids(text: str, rel: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(text) if c["type"] == rel
            for side in ("source", "target")}


@pytest.mark.parametrize("intro,name,expected", [
    ("Yunnan has close ties with the northern Lao provinces of Tarvena, Orlu and Mesk.",
     "Orlu", "region:la:orlu"),
    ("Yunnan trades with the Vietnamese border provinces of Ban Toa and Quy Lanh.",
     "Quy Lanh", "region:vn:quy-lanh"),
    ("Traders come to Yunnan from Tarvena province in the north of Laos.",
     "Tarvena", "region:la:tarvena"),
    ("Jinghong is the seat of the Quonbanna Dai Autonomous Prefecture.",
     "Quonbanna", "region:cn:quonbanna"),
])
def test_a_name_the_text_calls_a_region_is_that_region(intro, name, expected):
    text = f"{intro}\nIn 2015 {name} signed a protocol on plant quarantine with Yunnan."
    assert ids(text, A).get(name) == expected


def test_a_region_so_named_is_a_supplier_as_a_region():
    text = ("The northern Lao provinces of Tarvena and Orlu grow rubber.\n"
            "Since 2010 Orlu has sold latex to Yunnan.")
    assert ids(text, S).get("Orlu") == "region:la:orlu"


@pytest.mark.parametrize("intro", [
    "Yunnan has close ties with several partners in the north of Laos.",
    # (a region word of another name only)
    "Yunnan has close ties with Tarvena province and with the firm Orlu.",
])
def test_a_name_never_written_with_a_region_word_keeps_the_default(intro):
    text = f"{intro}\nIn 2015 Orlu signed a protocol on plant quarantine with Yunnan."
    assert not ids(text, A).get("Orlu", "company:").startswith("region:")


def test_a_firm_named_like_a_region_stays_a_firm():
    text = ("Yunnan trades with the Lao provinces of Tarvena and Orlu.\n"
            "In 2015 Orlu Trading Co., Ltd. signed a supply contract with Yunnan.")
    assert ids(text, A).get("Orlu Trading Co., Ltd.", "").startswith("company:")


@pytest.mark.parametrize("text,expected", [
    ("the counties of Ardmore and Bellin", {"Ardmore", "Bellin"}),
    ("the Thai province of Chanburi", {"Chanburi"}),
    ("Marlow County", {"Marlow"}),
    ("the Kerala State Cashew Corporation", set()),
    ("the Water Resources Department", set()),
    ("the Chinese provinces", set()),
])
def test_region_words_that_name_regions(text, expected):
    assert set(names_called_regions(text)) == expected
