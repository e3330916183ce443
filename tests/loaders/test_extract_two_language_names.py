"""A place of a bilingual area written by both its names ("Bozen/Bolzano",
"Turku/Åbo"): one party, the place both names reach; two places joined by a slash
stay two. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("Gomel and Bozen/Bolzano decided to become twin towns in 2019.",
     ("city:by:gomel", "city:it:bolzano")),
    ("Since 1994 Mogilev has been twinned with Turku/Åbo.", ("city:by:mogilev", "city:fi:turku")),
    ("Since 1994 Mogilev has been twinned with Antwerpen/Anvers.",
     ("city:be:antwerp", "city:by:mogilev")),
    # one of the names alone reaches a namesake elsewhere
    ("Gomel and Brixen/Bressanone decided to become twin towns in 2019.",
     ("city:by:gomel", "city:it:bressanone")),
    ("Since 1994 Mogilev has been twinned with Sterzing/Vipiteno.",
     ("city:by:mogilev", "city:it:vipiteno")),
])
def test_a_place_written_by_both_its_names_is_one_party(text, pair):
    assert set(undirected_id_pairs(text, T)) == {pair}


@pytest.mark.parametrize("text", [
    "Gomel and Vitebsk/Orsha decided to become twin towns in 2019.",
    "Mogilev opened the Minsk/Brest railway line in 2019.",
])
def test_two_places_joined_by_a_slash_stay_two(text):
    got = {x for pair in undirected_id_pairs(text, T) for x in pair}
    assert not any("/" in x for x in got)


A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,pair", [
    ("Gomel and Sterzing/Vipiteno became twin towns in 2019. In 2021 Vipiteno signed an"
     " agreement with Mogilev.", ("city:by:mogilev", "city:it:vipiteno")),
    ("Gomel and Sterzing/Vipiteno became twin towns in 2019. In 2021 Sterzing signed an"
     " agreement with Mogilev.", ("city:by:mogilev", "city:it:vipiteno")),
])
def test_one_of_the_two_names_later_is_the_same_place(text, pair):
    assert pair in set(undirected_id_pairs(text, A))


def test_a_name_never_written_with_the_place_stays_unknown():
    text = ("Gomel and Sterzing/Vipiteno became twin towns in 2019. In 2021 Vipitena signed an"
            " agreement with Mogilev.")
    assert ("city:by:mogilev", "city:it:vipiteno") not in set(undirected_id_pairs(text, A))
