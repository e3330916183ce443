"""A party named before and then described by its nationality and its role: "the
Chinese buyer", "its German customer", "its Ukrainian sister city"
(``mentions._described_references``, ``Discourse._by_description``): the latest party
of that kind and country before it, not the other side; nobody when none is, when two
are equally near, or when the phrase is indefinite."""

import pytest
from extract_candidates import candidates, firm_blind, pairs

S = "SUPPLIES_TO"


def supplies(text):
    return {(firm_blind(a), firm_blind(b)) for a, b in pairs(text, S)}


def line_supplies(text, line):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in candidates(text) if c["type"] == S and c["evidence"]["line"] == line}


@pytest.mark.parametrize("text, pair", [
    ("Baltika Foods of Riga signed a contract with Shandong Weida Co., Ltd., under which it "
     "will ship 500 tonnes of oats to the Chinese buyer from 2026.",
     ("company:xx:baltika-foods", "company:xx:shandong-weida-co-ltd")),
    ("Dak Coffee JSC sells coffee to Hamburger Kaffee GmbH. From 2025 it will also supply "
     "its German customer with certified lots.",
     ("company:xx:dak-coffee", "company:xx:hamburger-kaffee")),
    ("Our ties with Odesa go back to 1980, and since 2022 Genoa has sent ambulances to its "
     "Ukrainian sister city.", ("city:it:genoa", "city:ua:odesa")),
    # both sides described
    ("Sava Mlin d.o.o. signed a contract with Alpen Brot GmbH of Graz in May.\nThe Slovenian "
     "mill will deliver rye flour to the Austrian buyer from June.",
     ("company:xx:sava-mlin", "company:xx:alpen-brot")),
])
def test_the_party_described(text, pair):
    assert pair in supplies(text)


@pytest.mark.parametrize("text, wrong", [
    # no Chinese firm named before: the buyer is nobody the text named, nor China
    ("Baltika Foods of Riga will ship 500 tonnes of oats to the Chinese buyer from 2026.",
     ("company:xx:baltika-foods", "country:cn")),
    # the one side is no antecedent of the other
    ("Hamburger Kaffee GmbH will supply its German customer with certified lots.",
     ("company:xx:hamburger-kaffee", "company:xx:hamburger-kaffee")),
])
def test_no_party_or_not_the_other_side(text, wrong):
    assert wrong not in supplies(text)


def test_the_only_such_party_further_back():
    text = ("Dak Coffee JSC exports robusta.\nIts buyers are Hamburger Kaffee GmbH and Roma "
            "Tostatura S.p.A.\nPrices rose in 2024.\nWe hired new staff.\nThe harvest was "
            "good.\nFrom 2025 Dak Coffee JSC will also supply its German customer with "
            "certified lots.")
    assert ("company:xx:dak-coffee", "company:xx:hamburger-kaffee") in line_supplies(text, 6)
    # two German buyers further back: nobody
    two = text.replace("Roma Tostatura S.p.A.", "Bremer Roest GmbH")
    assert not {b for _, b in line_supplies(two, 6)} & {"company:xx:hamburger-kaffee",
                                                        "company:xx:bremer-roest"}


def test_two_candidates_equally_near_give_no_firm():
    text = ("Dak Coffee JSC sells coffee to Hamburger Kaffee GmbH and Bremer Roest GmbH.\n"
            "From 2025 it will also supply its German customer with certified lots.")
    assert not {b for _, b in line_supplies(text, 2)} & {"company:xx:hamburger-kaffee",
                                                         "company:xx:bremer-roest"}


@pytest.mark.parametrize("text", [
    # indefinite: a new party, no reference
    "Shandong Weida Co., Ltd. is based in Jinan. Baltika Foods will ship oats to a Chinese "
    "buyer from 2026.",
    # a name in apposition is the party itself
    "Shandong Weida Co., Ltd. is based in Jinan. Baltika Foods will ship oats to the Chinese "
    "buyer, Qingdao Grain Co., from 2026.",
])
def test_an_indefinite_or_named_buyer_is_no_reference(text):
    assert ("company:xx:baltika-foods", "company:xx:shandong-weida-co-ltd") not in supplies(text)
