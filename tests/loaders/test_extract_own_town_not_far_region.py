"""A bare name read as a first-level region of a country the text never names is the
town of that very name in a country the text names ("Pando" beside Uruguay is the
Uruguayan town, not Bolivia's department); the region stays when the text names its
country. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set


@pytest.mark.parametrize("text, rel, pair", [
    ("Uruguay and Spain have long had close ties.\n"
     "Pando and Lugo have been twin towns since 2004.",
     "TWINNED_WITH", {"city:uy:pando", "city:es:lugo"}),
    ("Japan and Canada trade a great deal.\n"
     "Kasai and Thunder Bay signed a friendship memorandum in 2015.",
     "SIGNED_AGREEMENT", {"city:jp:kasai", "city:ca:thunder-bay"}),
])
def test_a_far_region_gives_way_to_a_named_country_s_town(text, rel, pair):
    assert frozenset(pair) in id_pair_set(text, rel)


def test_the_region_stays_when_the_text_names_its_country():
    text = ("Bolivia and Uruguay have long had close ties.\n"
            "Pando and Lugo signed a memorandum in 2004.")
    got = id_pair_set(text, "SIGNED_AGREEMENT")
    assert any("region:bo:pando" in pair for pair in got), got
