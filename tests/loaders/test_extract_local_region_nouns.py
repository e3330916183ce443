"""A region written once with its own country's noun ("Namangan viloyati", "Khovd
aimag", "Tavush marz") or as "the <demonym> province of X" makes a later bare X in a
supply with a region the region, as "the X Region" did; a twinning keeps the town, and
a bare name with a town as its partner stays the town. Every text here was written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text, pair", [
    ("Chapter 4. Ties across the Fergana valley\n\n"
     "Namangan viloyati and Jalal-Abad oblast have cooperated since 2017. Cotton from "
     "Namangan has been sold to the ginneries of Jalal-Abad since 2018.",
     ("region:uz:namangan", "region:kg:jalal-abad")),
    ("Chapter 3. Khovd aimag and its neighbours\n\n"
     "Khovd aimag borders the Altai Republic. Wool from Khovd has been sold to the mills "
     "of the Altai Republic since 2016.",
     ("region:mn:khovd", "region:ru:altai-republic")),
    ("Ties between Balkh and Surxondaryo\n\n"
     "Surxondaryo viloyati has long traded with the Afghan province of Balkh. Surxondaryo "
     "viloyati also supplies Balkh with flour.",
     ("region:uz:surkhandarya", "region:af:balkh")),
])
def test_a_bare_name_after_its_local_region_noun_is_the_region(text, pair):
    assert pair in set(pairs(text, S))


def test_a_town_partner_keeps_the_town():
    text = ("Ties between Balkh and Surxondaryo\n\n"
            "Surxondaryo viloyati has long traded with the Afghan province of Balkh. Since "
            "2015 Balkh has bought cement from Termez.")
    got = set(pairs(text, S))
    assert ("city:uz:tirmiz", "city:af:balkh") in got, got


def test_a_twinning_keeps_the_town():
    text = ("Chapter 3. Khovd aimag and its neighbours\n\n"
            "Khovd aimag borders the Altai Republic. The town of Khovd has been twinned "
            "with Gorno-Altaysk since 2014.")
    got = {tuple(sorted(p)) for p in pairs(text, T)}
    assert ("city:mn:khovd", "city:ru:gorno-altaysk") in got, got
