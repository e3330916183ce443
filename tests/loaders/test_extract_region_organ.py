"""A region's report names its own organs without the region: "the Regional Council",
"the Provincial Assembly", "the State Government". They sign as the region the report
speaks for, also when its title is read whole as one unknown name ("External Relations
of the Kayes Region"). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("title", [
    "External Relations of the Kayes Region\nReport for 2023",
    "Kayes Region\nReport on external relations, 2023",
])
@pytest.mark.parametrize("organ", [
    "The Regional Council", "The Regional Assembly", "The Regional Government",
])
def test_the_regions_organ_signs_as_the_region(title, organ):
    text = (f"{title}\n\n{organ} signed a protocol on river transport with Occitanie "
            "in May 2022.\n")
    assert ("region:ml:kayes", "region:fr:occitanie") in pairs(text, S)


def test_a_state_government_in_a_states_report():
    text = ("International Cooperation of the State of Parana\nAnnual summary 2024\n\n"
            "The State Government signed a memorandum on ports with Shandong Province in "
            "2019.\n")
    assert ("region:br:parana", "region:cn:shandong") in pairs(text, S)


def test_on_a_towns_page_the_regional_council_is_no_town():
    # (the near miss: a town speaks; the regional council is not the town's organ)
    text = ("Twin towns of Rosso\n\nThe Regional Council signed a protocol on river "
            "transport with Occitanie in May 2022.\n")
    ids = {i for pair in pairs(text, S) for i in pair}
    assert "city:mr:rosso" not in ids


def test_the_council_of_a_regional_councils_report_is_the_region():
    text = ("Otago Regional Council\nInternational report 2024\n\n"
            "The Council signed a memorandum on water quality with Gansu Province in "
            "2023.\n")
    assert ("region:nz:otago", "region:cn:gansu") in pairs(text, S)
