"""A region's own report names its organ bare ("the Government", "the Regional
Administration"): the region acts; in a text that speaks for no region the organ stays a
body. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
_HEAD = ("GOVERNMENT OF THE TOMSK REGION\nDepartment of Foreign Economic Relations\n\n"
         "Report on the region's external ties in 2023\n\n")


@pytest.mark.parametrize("sentence", [
    "In 2023 the Government signed an agreement on cooperation with the Grodno Region.",
    "In 2023 the Regional Administration signed an agreement on cooperation with the Grodno"
    " Region.",
])
def test_a_regions_bare_organ_in_its_own_report_is_the_region(sentence):
    assert ("region:by:grodno", "region:ru:tomsk") in set(undirected_id_pairs(_HEAD + sentence, A))


def test_a_bare_government_in_a_text_of_no_region_is_no_region():
    text = ("Trade news, 3 May 2023\n\nIn 2023 the Government signed an agreement on"
            " cooperation with the Grodno Region.")
    got = {x for pair in undirected_id_pairs(text, A) for x in pair}
    assert "region:ru:tomsk" not in got and not any(
        x.startswith("region:") and x != "region:by:grodno" for x in got)


T = "TWINNED_WITH"


def test_a_towns_metropolitan_municipality_in_its_mayors_interview_is_the_town():
    text = ("\"Open to the sea\"\nAn interview with Grodno's mayor, Ivan Sholtz\n\n"
            "Q: Which partners matter most?\n\nA: We have been twinned with Alytus since"
            " 1999. Last year the Metropolitan Municipality signed a cooperation agreement"
            " with Augustow.")
    assert ("city:by:grodno", "city:pl:augustow") in set(undirected_id_pairs(text, A))
