""""The Department of X" where X is a region the gazetteer knows (the first-level
regions of Paraguay, Colombia or Bolivia are departments) is that region, as "X
Department" is; a ministry's department named by its field stays a body. Texts written
for these tests."""

import pytest
from extract_candidates import id_pair_set, party_ids


@pytest.mark.parametrize("text", [
    "In 2021 the Department of Antioquia signed a memorandum with the Veneto Region.",
    "The Veneto Region signed a memorandum with the Department of Antioquia in 2021.",
])
def test_the_department_of_a_known_region_is_that_region(text):
    got = id_pair_set(text, "SIGNED_AGREEMENT")
    assert frozenset({"region:co:antioquia", "region:it:veneto"}) in got, got


def test_a_department_known_only_as_x_department_is_that_region():
    text = "The Department of Alto Paraná signed a memorandum with the Veneto Region in 2021."
    assert any(x.startswith("region:py:alto-parana") for x in party_ids(text))


@pytest.mark.parametrize("field", ["Commerce", "Energy", "Foreign Affairs", "Agriculture"])
def test_a_department_named_by_its_field_stays_a_body(field):
    ids = party_ids(f"The Department of {field} signed a memorandum with Lyon in 2021.")
    assert not any(x.startswith("region:") for x in ids), ids
