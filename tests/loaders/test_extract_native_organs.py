"""A region's or a town's government named in its own language ("the Junta de
Extremadura", "the Diputación de Salamanca", "the CIM do Algarve", "the Câmara Municipal
de Faro", "the Comune di Bergamo") is its place: a region or a town as the organ says, not
a firm by an agreement's or a supply's default kind. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, rel_type, pair", [
    ("The Región de Murcia signed a cooperation agreement with the Câmara Municipal de Faro.",
     A, ("city:pt:faro", "region:es:murcia")),
    ("Spain and Portugal cooperate. The Diputación de Salamanca signed a protocol with the "
     "Câmara Municipal de Aveiro in 2014.", A, ("city:pt:aveiro", "region:es:salamanca")),
    ("The Comune di Bergamo has been twinned with the Mairie de Lille since 1990.",
     "TWINNED_WITH", ("city:fr:lille", "city:it:bergamo")),
    ("Spain and Portugal cooperate. The Junta de Extremadura and the CIM do Baixo Alentejo "
     "signed a memorandum in 2019.", A, ("region:es:extremadura", "region:pt:baixo-alentejo")),
])
def test_a_native_organ_is_its_place(text, rel_type, pair):
    assert pair in undirected_id_pairs(text, rel_type)


def test_a_native_town_organ_receives_a_supply_as_the_town():
    got = pairs("The Câmara Municipal de Setúbal bought buses from Irizar.", "SUPPLIES_TO")
    assert [t for _, t in got] == ["city:pt:setubal"]


@pytest.mark.parametrize("text", [
    "A military junta signed an agreement with Russia.",
    "Why do Kazakh firms sign contracts with Minsk?",
])
def test_no_organ_without_its_title(text):
    assert all(not p[0].startswith("region:") for p in pairs(text, A)), pairs(text, A)
