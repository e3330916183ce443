"""A party's kind as its context gives it, for any country: a bare name that is a town
abroad and a first-level region in a country the text speaks of is that region beside a
region; a county's or province's council is the county's, not its county town's; a bank,
corporation or fund set up to develop or invest is a public body. Texts written for
these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.firms import name_kind
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import provisional_id, resolve_mention, text_resolver

R = text_resolver()


def _sides(text: str, rel_type: str) -> set[str]:
    return {r[side]["id"] for r in candidates(text) if r["type"] == rel_type
            for side in ("source", "target")}


_ANDES = "Argentina's western provinces court their Chilean neighbours. "


@pytest.mark.parametrize("text, rel_type", [
    (_ANDES + "San Juan signed a mining protocol with the Coquimbo Region in 2019.",
     "SIGNED_AGREEMENT"),
    ("Wineries in Mendoza and Salta sell across the Andes. San Juan ships table grapes "
     "to the Coquimbo Region.", "SUPPLIES_TO"),
])
def test_beside_a_region_the_region_of_a_country_the_text_speaks_of(text, rel_type):
    ids = _sides(text, rel_type)
    assert "region:ar:san-juan" in ids and "region:pr:san-juan" not in ids, ids


@pytest.mark.parametrize("text, rel_type, expected", [
    # beside a town it stays a town
    (_ANDES + "San Juan is twinned with Coquimbo.", "TWINNED_WITH", "city:ar:san-juan"),
    # a text that speaks of no other country keeps what it read before
    ("San Juan signed a mining protocol with the Coquimbo Region in 2019.",
     "SIGNED_AGREEMENT", "region:pr:san-juan"),
])
def test_no_region_abroad_where_nothing_points_at_it(text, rel_type, expected):
    assert expected in _sides(text, rel_type)


@pytest.mark.parametrize("name, expected", [
    ("Cavan County Council", "org:xx:cavan-county-council"),
    ("Kerry County Council", "org:xx:kerry-county-council"),
    ("Braila County Council", "region:ro:braila"),
    # a town's own council stays the town's
    ("Minsk City Council", "city:by:minsk"),
])
def test_a_county_council_is_no_town(name, expected):
    m = Mention(name, 0, len(name), kind_hint="Organization", organisation=True) \
        if "County" in name else Mention(name, 0, len(name))
    assert resolve_mention(m, R).id == expected


@pytest.mark.parametrize("label, name, expected", [
    ("Region", "Ardglass District Council", "region:gb:ardglass"),
    ("Region", "Ardglass District", "region:gb:ardglass"),
    ("City", "Tullow Town Council", "city:ie:tullow"),
])
def test_an_organ_is_no_part_of_its_place_id(label, name, expected):
    assert provisional_id(label, expected.split(":")[1].upper(), name) == expected


@pytest.mark.parametrize("name, kind", [
    ("Kelso Development Bank", "Organization"),
    ("Harlow Industrial Development Corporation", "Organization"),
    ("Tarvo Direct Investment Fund", "Organization"),
    ("Export-Import Bank of Tarvo", "Organization"),
    # a private bank of investments, and a firm's legal form, stay firms
    ("Kelso Investment Bank", "Company"),
    ("Harlow Development Corporation Ltd", "Company"),
    ("Halden Savings Bank", "Company"),
])
def test_development_and_investment_bodies(name, kind):
    assert name_kind(name) == kind


def test_a_development_bank_signs_as_a_body():
    text = "The Kelso Development Bank signed a loan agreement with Dunmore Steel Ltd."
    assert any(i.startswith("org:") and "kelso-development-bank" in i
               for i in _sides(text, "SIGNED_AGREEMENT"))


@pytest.mark.parametrize("text, expected", [
    ("Growers in the Calingasta department sell olives to Ruiz Aceites S.A.",
     "region:xx:calingasta"),
    ("Growers in the Calingasta and Iglesia departments sell olives to Ruiz Aceites S.A.",
     "region:xx:iglesia"),
])
def test_a_department_is_a_region(text, expected):
    assert expected in _sides(text, "SUPPLIES_TO")


def test_a_department_store_is_no_region():
    text = "Tamura Farms supplies melons to Kelso's Daimaru department stores."
    assert not any(i.startswith("region:") for i in _sides(text, "SUPPLIES_TO"))


@pytest.mark.parametrize("name, kind", [
    ("Tourism Finland", "Organization"),
    ("Invest Kenya", "Organization"),
    ("Waterways Norway", "Organization"),
    # a carrier or a trade's goods before a country, and no country at all: no agency
    ("Air Finland", None),
    ("Coal Kenya", None),
    ("Tourism Holdings", "Company"),
])
def test_a_state_agency_named_as_its_brand(name, kind):
    assert name_kind(name) == kind


def test_a_state_agency_signs_as_a_body():
    text = "Tourism Finland signed a joint marketing memorandum with the Lapland Regional " \
        "Council in 2014."
    assert "org:fi:tourism-finland" in _sides(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, expected", [
    ("Orchards across Tirvania and Mellow grow apples. Tirvania exports cider to Poland.",
     "region:"),
    ("Builders in Tirvania are busy. Tirvania exports cider to Poland.", "region:"),
    # nothing says an area, or the name is a holding's, a stake's or a firm's
    ("Tirvania exports cider to Poland.", "company:"),
    ("We hold a stake in Tirvania. Tirvania exports cider to Poland.", "company:"),
    ("Builders in Tirvania Ltd are busy. Tirvania Ltd exports cider to Poland.", "company:"),
    ("Imports rose in January-March. January-March sales went to Poland.", "company:"),
])
def test_an_area_the_gazetteer_lacks(text, expected):
    rel = next(r for r in candidates(text) if r["type"] == "SUPPLIES_TO")
    assert rel["source"]["id"].startswith(expected), rel["source"]["id"]
