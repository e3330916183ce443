"""A firm named with its seat ("X of Dillingen", "the Hamburg importer X", "X, Trieste",
"Kobe-based X") and later described by that town and its role ("the Dillingen mill",
"the Trieste roaster", "the Kobe importer") (``seated_firms``,
``Discourse.as_seated``): the latest firm seated there; nobody new when none or two
are, or when the phrase is indefinite."""

import pytest
from extract_candidates import candidates, firm_blind

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def relations(text, kind):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in candidates(text) if c["type"] == kind}


@pytest.mark.parametrize("text, kind, pair", [
    ("Stahlwerk Brenner AG of Dillingen sells plate to Vent Mosel S.A. in Metz.\nFrom 2026 "
     "the Dillingen mill will also deliver sheet to Acier Nord S.A.",
     S, ("company:xx:stahlwerk-brenner", "company:xx:acier-nord")),
    ("Its buyers include Torrefazione Adria S.p.A., Trieste.\nPrices rose.\nWe hired staff."
     "\nCafe Norte S.A. signed a memorandum with the Trieste roaster on training.",
     A, ("company:xx:cafe-norte", "company:xx:torrefazione-adria")),
    ("Kobe-based Hanshin Foods Co., Ltd. buys tea.\nLam Dong Tea JSC will ship tea to the "
     "Kobe importer from May.", S, ("company:xx:lam-dong-tea", "company:xx:hanshin-foods-co-ltd")),
    ("The Hamburg importer Elbkaffee GmbH buys beans.\nDak Coffee JSC will ship robusta to "
     "its Hamburg customer from May.", S, ("company:xx:dak-coffee", "company:xx:elbkaffee")),
])
def test_the_firm_seated_there(text, kind, pair):
    assert pair in relations(text, kind)


@pytest.mark.parametrize("text, kind, wrong", [
    # indefinite: a roaster of Trieste, not the one named
    ("Its buyers include Torrefazione Adria S.p.A., Trieste.\nCafe Norte S.A. signed a "
     "memorandum with a Trieste roaster on training.",
     A, ("company:xx:cafe-norte", "company:xx:torrefazione-adria")),
    # two firms seated there, equally near: neither
    ("Kobe-based Hanshin Foods Co., Ltd. and Rokko Trading Co., Ltd. of Kobe buy tea.\n"
     "Lam Dong Tea JSC will ship tea to the Kobe importer from May.",
     S, ("company:xx:lam-dong-tea", "company:xx:hanshin-foods-co-ltd")),
    # a town that is itself a party, and a firm named after it, seat no firm there
    ("Koper signed a twinning with Trieste.\nKoper Kava d.o.o. buys beans.\nCafe Norte S.A. "
     "signed a memorandum with the Koper roaster on training.",
     A, ("company:xx:cafe-norte", "company:xx:koper-kava")),
    # the seat of a firm further back than the two sentences before, with another firm
    # seated there named too: neither
    ("Its buyers include Torrefazione Adria S.p.A., Trieste, and Caffe Molo S.r.l. of "
     "Trieste.\nPrices rose.\nWe hired staff.\nCafe Norte S.A. signed a memorandum with "
     "the Trieste roaster on training.",
     A, ("company:xx:cafe-norte", "company:xx:caffe-molo")),
])
def test_no_firm_seated_there(text, kind, wrong):
    assert wrong not in relations(text, kind)
