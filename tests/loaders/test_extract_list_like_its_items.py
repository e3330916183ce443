"""A list after a colon whose items are twinnings ("A and B, twinned since 2013; C and
D, sister cities since 2019; E and F (Latvia)"): an item that names a bare pair is one
more twinning. Not when fewer than two items are twinnings, and not an item with words
of its own (a signing). Every text here was written for these tests."""

from extract_candidates import id_pair_set

T = "TWINNED_WITH"
LEAD = "Municipalities of the region keep ties with foreign towns. The most active are:\n"
VALGA_RIGA = frozenset(("city:ee:valga", "city:lv:riga"))


def test_a_bare_pair_among_twinned_items_is_a_twinning():
    text = LEAD + ("- Tartu and Kassel (Germany), twinned since 2013;\n"
                   "- Narva and Kutaisi (Georgia), sister cities since 2019;\n"
                   "- Valga and Riga (Latvia);\n- Parnu and Lahti (Finland).\n")
    found = id_pair_set(text, T)
    assert VALGA_RIGA in found
    assert frozenset(("city:ee:parnu", "city:fi:lahti")) in found


def test_not_beside_a_single_twinned_item():
    text = LEAD + ("- Tartu and Kassel (Germany), twinned since 2013;\n"
                   "- Valga and Riga (Latvia);\n- Parnu and Lahti (Finland).\n")
    assert VALGA_RIGA not in id_pair_set(text, T)


def test_not_an_item_with_words_of_its_own():
    text = LEAD + ("- Tartu and Kassel (Germany), twinned since 2013;\n"
                   "- Narva and Kutaisi (Georgia), sister cities since 2019;\n"
                   "- Valga and Riga (Latvia), a memorandum on buses in 2020.\n")
    assert VALGA_RIGA not in id_pair_set(text, T)
