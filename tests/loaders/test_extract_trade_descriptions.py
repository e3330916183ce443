"""A firm described before its name by its town and its trade places it there, and the
town is no party of its own, for trades the lexicon now holds: a miller, a spinner, a
weaver, a knitter, a roaster, a bottler, and a trade's "house" (a tailoring, fashion or
publishing house; "house" alone names no firm). Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.mentions import find_mentions

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("description", "firm", "want"), [
    ("the Thies miller", "Moulins de la Petite Cote SA", "company:sn:moulins-de-la-petite-cote"),
    ("the Lyon fashion house", "Maison Verel SA", "company:fr:maison-verel"),
    ("the Porto spinner", "Fiacao Ribeira SA", "company:pt:fiacao-ribeira"),
    ("the Kandy tea roaster", "Hillbrew Ltd", "company:lk:hillbrew"),
])
def test_a_trade_and_town_before_the_name_place_the_firm(description, firm, want):
    text = f"Brandt Looms signed a supply contract with {description} {firm} in May."
    found = id_pair_set(text, S)
    assert any(want in pair for pair in found), found
    # (the town only places the firm)
    assert not any(i.startswith("city:") for pair in found for i in pair), found


@pytest.mark.parametrize(("text", "kind"), [
    ("Orders went to the Leiden publishing house Vossberg BV.", "Company"),
    ("Orders went to the Biella weaver Tessitura Valmosso.", "Company"),
])
def test_the_description_gives_the_kind(text, kind):
    firm = [m for m in find_mentions(text) if m.text.split()[0] in ("Vossberg", "Tessitura")]
    assert firm and firm[0].kind_hint == kind


def test_a_bare_house_is_no_firms_description():
    text = "Brandt Looms signed a supply contract with the Hamburg house Kessler Moden GmbH."
    found = id_pair_set(text, S)
    assert any("city:de:hamburg" in pair for pair in found), found
