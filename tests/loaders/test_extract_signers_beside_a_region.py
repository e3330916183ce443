"""A name neither the gazetteer nor the text knows, signing beside a region ("between
the Vitebsk Region and Nordmark-Vesterland", "A and B signed"), is a region, not the
agreement's default firm; a name that says it is a firm or a body keeps its kind.
Texts and names written for these tests."""

import pytest
from extract_candidates import candidates

A = "SIGNED_AGREEMENT"


def kinds(text: str) -> dict[str, str]:
    return {c[side]["name"]: c[side]["kind"] for c in candidates(text) if c["type"] == A
            for side in ("source", "target")}


@pytest.mark.parametrize("text,name", [
    ("In 2019 an agreement on vocational training was signed between the Vitebsk Region and"
     " Nordmark-Vesterland.", "Nordmark-Vesterland"),
    ("Oberwald-Rheinmark and the Mogilev Region signed a cooperation agreement in 2020.",
     "Oberwald-Rheinmark"),
])
def test_an_unknown_name_signing_beside_a_region_is_a_region(text, name):
    assert kinds(text).get(name) == "Region"


@pytest.mark.parametrize("text,name", [
    # a legal form, a firm's head noun: a firm
    ("Nordmark Holz GmbH and the Mogilev Region signed a cooperation agreement in 2020.",
     "Nordmark Holz GmbH"),
    ("The Mogilev Region and the Vesterland Bank signed a cooperation agreement in 2020.",
     "Vesterland Bank"),
    # a region's agreement "with" a bare name pairs no two signers written alike
    ("The Mogilev Region signed a supply agreement with Vesterlux in 2020.", "Vesterlux"),
])
def test_a_firm_or_a_partner_not_written_alike_keeps_its_kind(text, name):
    assert kinds(text).get(name) in ("Company", "Organization")


def pairs(text: str) -> set[tuple[str, str]]:
    return {tuple(sorted((c["source"]["id"], c["target"]["id"]))) for c in candidates(text)
            if c["type"] == A}


_LEAD = "Belarus and Lithuania share a long border. "


@pytest.mark.parametrize("text,pair", [
    (_LEAD + "In 2021 Kopys and Druskininkai signed a joint action plan for tourism.",
     ("city:by:kopys", "city:lt:druskininkai")),
    # no country named: the partner's
    ("In 2021 Kopys and Orsha signed a joint action plan for tourism.",
     ("city:by:kopys", "city:by:orsha")),
])
def test_a_small_town_signing_beside_a_town_is_that_town(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text", [
    _LEAD + "In 2021 Kopys Agro and Druskininkai signed a joint action plan for tourism.",
    _LEAD + "In 2021 Druskininkai signed a supply contract with Kopys.",
])
def test_a_firm_or_a_with_partner_beside_a_town_is_no_town(text):
    assert not any("city:by:kopys" in pair for pair in pairs(text))
