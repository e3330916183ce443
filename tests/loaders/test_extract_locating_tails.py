"""A town's name followed by where it lies ("Senigallia on the Adriatic", "Kazan on the
Volga") is that town; a name the gazetteer knows whole stays whole. Texts written for
these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("Grodno has been twinned with Senigallia on the Adriatic since 2012.",
     ("city:by:grodno", "city:it:senigallia")),
    ("Since 2001 Mogilev has been twinned with Kazan on the Volga.",
     ("city:by:mogilev", "city:ru:kazan")),
    ("Vitebsk is twinned with Frankfurt on the Oder.",
     ("city:by:vitebsk", "city:de:frankfurt-oder")),
])
def test_a_locating_tail_is_no_part_of_the_towns_name(text, pair):
    assert pair in set(undirected_id_pairs(text, T))


@pytest.mark.parametrize("text,whole", [
    ("Since 1999 Gomel has been twinned with Rostov-on-Don.", "city:ru:rostov-on-don"),
    ("Since 1999 Gomel has been twinned with Newcastle upon Tyne.", "city:gb:newcastle-upon-tyne"),
])
def test_a_name_known_whole_keeps_its_tail(text, whole):
    assert any(whole in pair for pair in undirected_id_pairs(text, T))


@pytest.mark.parametrize("text,pair", [
    ("Since 1999 Gomel has been twinned with La Seu d'Urgell.",
     ("city:by:gomel", "city:es:la-seu-durgell")),
    ("Since 1999 Gomel has been twinned with Alta Floresta d'Oeste.",
     ("city:br:alta-floresta-doeste", "city:by:gomel")),
])
def test_a_towns_name_with_an_elided_particle_is_read_whole(text, pair):
    assert pair in set(undirected_id_pairs(text, T))


def test_a_name_with_an_elided_particle_and_no_such_town_stays_apart():
    got = {x for p in undirected_id_pairs(
        "Since 1999 Gomel has been twinned with La Seu d'Orsha.", T) for x in p}
    assert not any("seu-dorsha" in x for x in got)
