"""A town's page whose breadcrumb opens with the site's address ("kalmar.se > Our town >
Kalmar abroad > Twin and partner towns") speaks for the town the address names, as a
breadcrumb opening with the town's name does, however many steps it has: "we" and
"our" on it are that town. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

BODY = ("\n\nOur twin towns\n\nWe have been twinned with Gdynia since 1991, and our "
        "friendship with Siauliai began in 1999.\n")


@pytest.mark.parametrize("crumb", [
    "Kalmar.se > Our town > Kalmar in the world > Twin and partner towns",
    "www.kalmar.se > Our town > International relations > Twin towns",
])
def test_the_site_address_names_the_page_s_town(crumb):
    pairs = undirected_id_pairs(crumb + BODY, "TWINNED_WITH")
    assert ("city:pl:gdynia", "city:se:kalmar") in pairs, pairs


@pytest.mark.parametrize("crumb", [
    # no address, no town: nobody the page speaks for
    "Home > Our town > International relations > Twin and partner towns",
    # a sentence that happens to hold a separator is no breadcrumb
    "Prices rose > 5 per cent in Kalmar.se > the bakers say, and the twin towns agree.",
])
def test_no_town_without_an_address_opening_a_breadcrumb(crumb):
    pairs = undirected_id_pairs(crumb + BODY, "TWINNED_WITH")
    assert ("city:pl:gdynia", "city:se:kalmar") not in pairs, pairs
