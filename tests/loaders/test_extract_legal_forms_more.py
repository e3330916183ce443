"""Legal forms of Spain, Portugal, Italy, Luxembourg and a German limited partnership
("X S.L.", "X, Lda.", "X S.r.l.", "X S.à r.l.", "X GmbH & Co. KG", "X plc") belong to the
firm's name as written and leave its id; Spain's and Portugal's say the firm's country
among those the text names. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.names import legal_countries, strip_legal


@pytest.mark.parametrize("written, core", [
    ("Aceros Ebro S.L.", "Aceros Ebro"), ("Aceros Ebro SL", "Aceros Ebro"),
    ("Aceros Ebro S.L.U.", "Aceros Ebro"), ("Marco Vinhos, Lda.", "Marco Vinhos"),
    ("Frio Impianti S.r.l.", "Frio Impianti"), ("Bosch Lux S.à r.l.", "Bosch Lux"),
    ("Hochland GmbH & Co. KG", "Hochland"), ("Tesco plc", "Tesco"),
])
def test_a_legal_form_leaves_the_name(written, core):
    assert strip_legal(written) == core


@pytest.mark.parametrize("written, country", [
    ("Marco Vinhos Lda", "PT"), ("Aceros Ebro S.L.", "ES"), ("Aceros Ebro SL", "ES"),
])
def test_an_iberian_form_says_its_country(written, country):
    assert legal_countries(written) == (country,)


@pytest.mark.parametrize("text, firm", [
    ("Spain and Portugal trade. Aceros Ebro S.L. ships steel to Porto.",
     "company:es:aceros-ebro"),
    ("Spain and Portugal trade. Marco Vinhos, Lda. ships wine to Madrid.",
     "company:pt:marco-vinhos"),
    ("Germany and Serbia trade. Hochland GmbH & Co. KG bought raspberries from Serbia.",
     "company:de:hochland"),
])
def test_a_firm_with_such_a_form_has_one_id(text, firm):
    assert firm in {i for p in pairs(text, "SUPPLIES_TO") for i in p}
