"""An assembler and the maker of its kits ("X assembled 1,240 tractors from kits supplied
by Y", "from kits that arrive from Y"): the maker supplies the assembler, the clause's
first party (``frames._assembled_from``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("In 2022 Allur kept assembling pickups from kits delivered by JAC.",
     ("company:xx:jac", "company:xx:allur")),
    ("Saryarka AvtoProm assembles buses from kits shipped by Yutong.",
     ("company:xx:yutong", "company:xx:saryarkaavtoprom")),
    ("In 2023 Uzauto Motors in Asaka assembled 20,000 cars from kits that arrive from "
     "Jiangsu Province.", ("region:cn:jiangsu", "company:xx:uzauto-motors")),
    ('MTZ OJSC (the "Company") makes tractors. Agromash LLP of Kostanay assembled 900 '
     "tractors from knocked-down kits supplied by the Company.",
     ("company:xx:mtz", "company:xx:agromash")),
])
def test_the_kit_maker_supplies_the_assembler(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    # no parts: people sent by a body
    "Belshina assembled a team from engineers sent by the Gomel Region.",
    # its own kits, no maker named
    "MAZ assembles buses in Tashkent from kits of its own design.",
    # an opening place, and the kits only assembled: no assembler named
    "In Kazakhstan, tractors are assembled from kits supplied by MTZ.",
])
def test_no_assembler_no_supply(text):
    assert blind_pairs(text, S) == set()
