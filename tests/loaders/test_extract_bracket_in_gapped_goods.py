"""A bracket that only locates or dates a recipient ("to A (Kazakhstan)", "to A (since
2015)") does not end the list of gapped goods after it: "slabs to A (Switzerland) and
coil to B" supplies B too, as agreements and twinnings already read "with A (Latvia) and
a memorandum with B". Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs, undirected_id_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Novolipetsk Steel shipped slabs to Duferco (Switzerland) and hot-rolled coil to "
     "Marcegaglia.", ("company:xx:nlmk", "company:xx:marcegaglia")),
    ("Amkodor supplied loaders to Almaty (Kazakhstan) and graders to Bishkek.",
     ("company:xx:amkodor", "city:kg:bishkek")),
    ("Belshina sold tyres to Rostselmash (since 2015) and also to Kirovets.",
     ("company:xx:belshina", "company:xx:petersburg-tractor-plant")),
])
def test_gapped_goods_after_a_bracket(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize(("text", "absent"), [
    # a clause with its own subject and verb after the bracket
    ("Amkodor supplied loaders to Almaty (Kazakhstan) and the city then sold them to "
     "Bishkek.", ("company:xx:amkodor", "city:kg:bishkek")),
    # a bracket, then a source: no list of recipients
    ("Belshina sold tyres to Rostselmash (Rostov-on-Don) and bought rubber from Sibur.",
     ("company:xx:belshina", "company:xx:sibur")),
])
def test_no_gapped_goods_after_a_bracket(text, absent):
    assert absent not in blind_pairs(text, S)


def test_agreements_read_the_bracket_alike():
    text = "Lida signed an agreement with Daugavpils (Latvia) and a memorandum with Siauliai."
    assert ("city:by:lida", "city:lt:siauliai") in undirected_id_pairs(text, "SIGNED_AGREEMENT")
