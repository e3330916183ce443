"""S.A. and S.R.L. are legal forms of Spanish America's south too: a firm the text
places in a Bolivian or Peruvian town keeps that country, not Romania's or Italy's.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.names import legal_countries

U = "SUPPLIES_TO"


@pytest.mark.parametrize(("name", "cc"), [
    ("Panes Misti S.R.L.", "PE"),
    ("Quinua Andina SRL", "BO"),
    ("Ingenio Sur S.A.", "BO"),
    ("Textiles Guarani S.A.", "PY"),
])
def test_the_forms_include_the_country(name, cc):
    assert cc in legal_countries(name)


def test_romania_and_italy_keep_srl():
    assert {"RO", "IT"} <= set(legal_countries("Vinuri Prut S.R.L."))


@pytest.mark.parametrize(("text", "pair"), [
    ("The Tarija sugar mill Ingenio Sur S.A. has supplied sugar to the Arequipa bakery "
     "Panes Misti S.R.L. since 2019.",
     {"company:bo:ingenio-sur", "company:pe:panes-misti"}),
])
def test_a_firm_of_a_named_town_keeps_its_country(text, pair):
    assert frozenset(pair) in id_pair_set(text, U)
