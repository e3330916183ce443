"""A region or town written in another common romanisation of its name than the
gazetteer's: its syllables run together ("Laocai" for Lao Cai, "Gyeonggido"), a
consonant doubled ("Champassak"), or the unit word of its language after it
("Saitama-ken", "Jiangsu Sheng", "Nara-shi"). Read as that place where a supply or an
agreement would otherwise read the unknown word as a firm. Texts written for these
tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.parties import romanised_otherwise, text_resolver

A = "SIGNED_AGREEMENT"


def ids(text: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["id"] for c in candidates(text) if c["type"] == A
            for side in ("source", "target")}


@pytest.mark.parametrize("name,expected", [
    ("Laocai", "city:vn:lao-cai"),
    ("Haiduong", "city:vn:hai-duong"),
    ("Quangninh", "region:vn:quang-ninh"),
    ("Gyeonggido", "region:kr:gyeonggi"),
    ("Saitama-ken", "region:jp:saitama"),
    ("Osaka-fu", "region:jp:osaka"),
    ("Jiangsu Sheng", "region:cn:jiangsu"),
    ("Champassak", "city:la:champasak"),
])
def test_another_romanisation_reaches_the_gazetteers_place(name, expected):
    text = f"In 2018 {name} signed a memorandum on border trade with Yunnan Province."
    assert ids(text).get(name) == expected


@pytest.mark.parametrize("name", ["Amkodorsk", "Sunflower", "Vitaldo", "Hoaphat"])
def test_words_no_place_is_written_as_stay_unknown(name):
    assert romanised_otherwise(text_resolver(), name, None, None) is None


def test_a_region_asked_for_is_never_a_town():
    # ("Laocai" reaches the town of Lao Cai; asked for a region, the town will not do)
    res = romanised_otherwise(text_resolver(), "Laocai", None, "Region")
    assert res is None or res.label == "Region"


def test_a_firm_with_a_legal_form_stays_a_firm():
    text = "In 2018 Laocai Trading JSC signed a supply contract with Yunnan Province."
    assert ids(text).get("Laocai Trading JSC", "").startswith("company:")
