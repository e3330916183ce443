""""The city" on a town's own page, in a section that named another town only as the
modifier of a site or body ("the Lutsk industrial park", "the Brest free economic zone"):
still the page's town, not the town of that site (``Discourse._section_own_place``,
``_names_a_site``)."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"
PAGE = ("Kobrin City Executive Committee\nHome > City > International cooperation > Partner "
        "cities\n\nPartner cities\n\nKobrin has partners in five countries.\n\nBusiness "
        "contacts\n")


@pytest.mark.parametrize("section", [
    "The Kobrin free economic zone cooperates with the Lutsk industrial park. In 2022 the "
    "city signed a memorandum with the Chelm municipality on investment.",
    "Local firms sell furniture through the Kovel trade centre. Last year the city concluded "
    "a protocol on tourism with the Chelm municipality.",
])
def test_a_town_that_names_a_site_is_not_the_city(section):
    found = {tuple(sorted(p)) for p in pairs(PAGE + section, A)}
    assert ("city:by:kobrin", "city:pl:chelm") in found
    assert not any("lutsk" in a + b or "kovel" in a + b for a, b in found)


def test_a_town_named_as_such_is_still_spoken_of():
    # ("A fair was held in Lutsk": a town named in its own right, left as it was read)
    section = ("A furniture fair was held in Lutsk in May. In 2022 the city signed a "
               "memorandum with the Chelm municipality on investment.")
    found = {tuple(sorted(p)) for p in pairs(PAGE + section, A)}
    assert ("city:by:kobrin", "city:pl:chelm") not in found
