"""A ministry or department of a region's or town's government speaks for its place,
and a Turkish province's governorship is its province. Every text here was written for
these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


LETTERHEAD = ("MINISTRY OF ECONOMIC DEVELOPMENT OF THE OMSK REGION\n"
              "\n"
              "Report on external ties in 2023\n"
              "\n"
              "In March 2023 we signed an agreement on trade cooperation with the Pavlodar "
              "Region.\n")
INTERVIEW = ("\"Grain is our calling card\"\n"
             "\n"
             "The director of the Department of Agriculture and Trade of the Kostanay Region, "
             "Yerlan Abenov, speaks about the region's partners.\n"
             "\n"
             "- What has changed this year?\n"
             "\n"
             "- In May we signed a memorandum with the Kurgan Region, and our exporters now "
             "work there directly.\n")


@pytest.mark.parametrize("text, pair", [
    (LETTERHEAD, {"region:ru:omsk", "region:kz:pavlodar"}),
    (INTERVIEW, {"region:kz:kostanay", "region:ru:kurgan"}),
])
def test_a_regional_governments_unit_speaks_for_its_region(text, pair):
    assert frozenset(pair) in _pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, kept", [
    # a national ministry stays itself, no country
    (LETTERHEAD.replace("OF THE OMSK REGION", "OF THE KYRGYZ REPUBLIC"), "org:kg:"),
    # a university's department is no government's
    (INTERVIEW.replace("Department of Agriculture and Trade of the Kostanay Region",
                       "Department of Economics of Kostanay State University"), "org:kz:"),
])
def test_a_national_ministry_or_a_universitys_department_stays_itself(text, kept):
    pairs = _pairs(text, "SIGNED_AGREEMENT")
    assert pairs and all(any(x.startswith(kept) for x in p) for p in pairs)
    assert not any("region:ru:omsk" in p or "region:kz:kostanay" in p for p in pairs)


@pytest.mark.parametrize("text, pair", [
    ("In 2022 Kazan and the Governorship of Konya Province signed a protocol on "
     "industrial cooperation.", {"city:ru:kazan", "region:tr:konya"}),
    ("The Vitebsk Region concluded a memorandum with the Governorship of Trabzon Province "
     "last autumn.", {"region:by:vitebsk", "region:tr:trabzon"}),
])
def test_a_governorship_is_its_province(text, pair):
    assert _pairs(text, "SIGNED_AGREEMENT") == {frozenset(pair)}
