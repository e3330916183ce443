"""A bare name with letters beyond ASCII ("Pápa", "Mediaş", "Alès") is the town of that
name in a country the text names, as a plain one is; a name a legal form marks as a firm
stays a firm. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, rel_type, pair", [
    ("Hungary and Austria expanded their trade in 2019. The dairy cooperatives of Pápa "
     "export cheese to Vienna.", "SUPPLIES_TO", ("city:hu:papa", "city:at:vienna")),
    ("Romania and Hungary signed a treaty. The glassworks of Mediaş ship bottles to "
     "Budapest.", "SUPPLIES_TO", ("city:ro:medias", "city:hu:budapest")),
    ("Germany and France agreed on rail links. Alès signed a partnership agreement with "
     "Brühl in 2015.", "SIGNED_AGREEMENT", ("city:fr:ales", "city:de:bruhl")),
    ("Trade between Spain and Portugal grew. Cáceres signed a cooperation agreement with "
     "Évora.", "SIGNED_AGREEMENT", ("city:es:caceres", "city:pt:evora")),
])
def test_an_accented_bare_name_is_a_town_of_a_named_country(text, rel_type, pair):
    assert pair in pairs(text, rel_type)


@pytest.mark.parametrize("text, firm", [
    ("Trade between Spain and Germany grew. Brühl GmbH supplies pumps to Cáceres.",
     "company:de:bruhl"),
    ("Hungary and Austria expanded their trade. Pápa Kft. exports cheese to Vienna.",
     "company:hu:papa"),
])
def test_a_legal_form_keeps_a_firm_named_like_a_town(text, firm):
    assert firm in {s for s, _ in pairs(text, "SUPPLIES_TO")}
