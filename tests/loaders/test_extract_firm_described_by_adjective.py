"""A firm placed by the words that describe it: a region's adjective before its head
noun ("the Navarrese utility X"), and a demonym's agent noun set off by a comma before
a name that closes with a legal form ("a Walloon retreader, X SPRL,")."""

import pytest

from relgraph.loaders.extract.pipeline import extract_text


def _ids(text: str) -> set[str]:
    out = set()
    for c in extract_text(text).candidates:
        out |= {c["source"]["id"], c["target"]["id"]}
    return out


@pytest.mark.parametrize("text, firm", [
    ("The Navarrese utility Ribera Solar Verde S.A. sells power to Ghent Wires NV.",
     "company:es:ribera-solar-verde"),
    ("Ghent Wires NV buys milk powder from the Galician dairy Lacteos Mino SL.",
     "company:es:lacteos-mino"),
    ("Ghent Wires NV sells steel cord to a Walloon retreader, Gomme Meuse SPRL, on contract.",
     "company:be:gomme-meuse"),
    ("Ghent Wires NV sells yarn to a Turkish weaver, Bursa Dokuma Ltd., on contract.",
     "company:tr:bursa-dokuma"),
])
def test_description_places_the_firm(text, firm):
    assert firm in _ids(text)


@pytest.mark.parametrize("text, party", [
    # (the region's adjective is no party of its own)
    ("Ghent Wires NV sells steel cord to a Walloon retreader, Gomme Meuse SPRL, on contract.",
     "region:be:wallonia"),
    # (without a legal form the name after the comma is not taken as described)
    ("Ghent Wires NV sells steel cord to a Belgian retreader, Gomme Meuse, on contract.",
     "company:be:gomme-meuse"),
])
def test_near_misses(text, party):
    assert party not in _ids(text)


_DATED_LABELS = ("Canada's missions abroad this year:\n"
                 "- Germany (May 2024): Ottawa-based Maple Grid Inc. signed a supply deal "
                 "with Rheinwerk Kabel GmbH.\n"
                 "- Chile (March 2024): Ottawa-based Tamsin Ore Inc. signed an offtake "
                 "agreement with Vantor Cobre Co., Ltd., to which it will ship ore.\n")


@pytest.mark.parametrize("text, firm", [
    (_DATED_LABELS, "company:cl:vantor-cobre-co-ltd"),
    (_DATED_LABELS.replace(" (March 2024)", "").replace(" (May 2024)", ""),
     "company:cl:vantor-cobre-co-ltd"),
])
def test_dated_country_label_places_the_firm(text, firm):
    assert firm in _ids(text)
