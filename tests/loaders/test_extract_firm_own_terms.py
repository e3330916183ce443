"""A firm's registered name and the terms a report defines for it: "and" in the name's
own language before its legal form stays inside the name; a bracket that gives a
quoted short name beside "the Company" still defines "the Company"; "we" in a report
that defines its firm so is that firm; "our" opening an apposition that only says what
of ours a named firm is ("X, our Tartu subsidiary,") is no party. Negative cases:
English "and" between two firms, two quoted names in a bracket, "our" before a
partner's noun. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.discourse import defined_term
from relgraph.loaders.extract.mentions import find_mentions

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, name", [
    ("Yildiz Gida Sanayi ve Ticaret A.Ş. exports figs to Austria.",
     "Yildiz Gida Sanayi ve Ticaret A.Ş."),
    ("Holzer Bau und Handels GmbH sells beams to Slovenia.", "Holzer Bau und Handels GmbH"),
    ("Conservas Douro Industrial e Comercial S.A. ships sardines to Angola.",
     "Conservas Douro Industrial e Comercial S.A."),
    ("Zaklad Produkcji i Handlu Sp. z o.o. sells windows to Kyiv.",
     "Zaklad Produkcji i Handlu Sp. z o.o."),
])
def test_own_language_and_inside_a_registered_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, names", [
    # English "and" between two firms that end in their legal forms
    ("Mersin Tekstil A.Ş. and Bursa Iplik A.Ş. ship yarn to Egypt.",
     ["Mersin Tekstil A.Ş.", "Bursa Iplik A.Ş."]),
    # no legal form closes the run: two names
    ("Delegations from Tarsus y Adana met in Madrid.", ["Tarsus", "Adana"]),
])
def test_other_joiners_keep_names_apart(text, names):
    found = [m.text for m in find_mentions(text)]
    assert all(n in found for n in names)


@pytest.mark.parametrize("bracket, term", [
    (' ("Ege Incir" or "the Company") was founded', "Company"),
    (' ("the Company", "Ege Incir") was founded', "Company"),
    (' (the "Company") was founded', "Company"),
    # two quoted names and no firm's noun: no term, the names may be parties
    (' ("Alfa", "Beta") signed', None),
])
def test_a_short_name_beside_the_term(bracket, term):
    d = defined_term(bracket, 0)
    assert (d[1] if d else None) == term


REPORT = ('Ege Incir Sanayi ve Ticaret A.Ş. ("Ege Incir" or "the Company") dries figs in '
          "Aydin.\n\n")


@pytest.mark.parametrize("text, rel, pair", [
    (REPORT + "In 2023 the Company signed a contract with Fruta Verde S.L.", A,
     ("company:tr:ege-incir-sanayi-ve-ticaret", "company:es:fruta-verde")),
    (REPORT + "Outside Europe, we signed an agreement with Hanoi Dried Fruit JSC.", A,
     ("company:tr:ege-incir-sanayi-ve-ticaret", "company:vn:hanoi-dried-fruit")),
    (REPORT + "Ege Incir Deutschland GmbH, our Bremen subsidiary, sells figs to Denmark.", S,
     ("company:de:ege-incir-deutschland", "country:dk")),
])
def test_the_report_firm_and_its_subsidiary(text, rel, pair):
    found = pairs(text, rel)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize("text, speaks", [
    ("Ege Incir Deutschland GmbH, our Bremen subsidiary, sells figs.", False),
    # a partner's noun: the apposition relates the firm with us
    ("Fruta Verde S.L., our customer since 2010, buys figs.", True),
    ("Fruta Verde S.L., our main partner, buys figs.", True),
])
def test_our_in_an_apposition(text, speaks):
    assert any(m.refers == "Speaker" for m in find_mentions(text)) == speaks
