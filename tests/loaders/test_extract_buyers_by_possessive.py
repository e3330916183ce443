"""Buyers a firm's possessive names beside a supply it states or alone: "one of its
long-standing buyers was A", "its buyer being A", "X counts A among its customers", "...,
which lists A as one of its clients", "X makes cables, with A among its clients"; "its"
is the firm that opens the clause (a list item run on after a semicolon), or the clause
before when this one names nobody first (``frames._BUYERS``, ``frames._counted_buyers``,
``frames._firm_subject``)."""

import pytest
from extract_candidates import blind_pairs, id_pair_set

S = "SUPPLIES_TO"
KRAK, VELL, SKAN = "company:xx:krakbud", "company:xx:vellamo", "company:xx:skanska"


@pytest.mark.parametrize(("text", "pair"), [
    ("Polish mills, notably Krakbud Sp. z o.o. of Kielce, sold steel beams to Finland; "
     "one of its long-standing buyers was Vellamo Oy of Espoo.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. shipped steel beams to Finland, its buyer being the Espoo "
     "builder Vellamo Oy.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. makes steel beams, its largest customer being Vellamo Oy.",
     (KRAK, VELL)),
    ("Krakbud Sp. z o.o. makes steel beams; one of its buyers is Vellamo Oy.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. counts Vellamo Oy among its customers.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. counts Vellamo Oy as a customer.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. lists Vellamo Oy as one of its regular clients.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. makes steel beams, with Vellamo Oy and Skanska AB among its "
     "clients.", (KRAK, SKAN)),
    ("The county sells steel to Finland through the Kielce trader Krakbud Sp. z o.o., "
     "which counts the Espoo builder Vellamo Oy among its main customers.", (KRAK, VELL)),
])
def test_buyers_named_by_the_firms_possessive(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize(("text", "absent"), [
    # other nouns than buyers: no supply
    ("Krakbud Sp. z o.o. counts Vellamo Oy among its shareholders.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. makes steel beams, with Vellamo Oy among its rivals.", (KRAK, VELL)),
    ("Krakbud Sp. z o.o. makes steel beams, its owner being Vellamo Oy.", (KRAK, VELL)),
    # its suppliers supply it
    ("Krakbud Sp. z o.o. counts Vellamo Oy among its suppliers.", (KRAK, VELL)),
])
def test_no_buyer_without_a_buyers_noun(text, absent):
    assert absent not in blind_pairs(text, S)


def test_its_in_a_run_on_list_item_is_that_items_firm():
    text = ("Exports in 2023:\n"
            "- Drewex Sp. z o.o., based in Radom, sold 900 tonnes of pallets to Latvia;\n"
            "- Krakbud Sp. z o.o. shipped steel beams to Finland, its buyer being the Espoo "
            "builder Vellamo Oy.\n")
    found = {frozenset(x.split(":")[-1] for x in p) for p in id_pair_set(text, S)}
    assert frozenset({"krakbud", "vellamo"}) in found
    assert frozenset({"drewex", "vellamo"}) not in found
