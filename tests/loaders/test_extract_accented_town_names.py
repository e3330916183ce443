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


@pytest.mark.parametrize("text, rel_type, pair", [
    ("Trade between Portugal and Spain grew. Marco de Canavezes signed an agreement with "
     "Villadangos del Páramo in 2011.", "SIGNED_AGREEMENT",
     ("city:pt:marco-de-canavezes", "city:es:villadangos-del-paramo")),
    ("France and Italy cooperate. La Wantzenau ships wine to Grotte di Castro.",
     "SUPPLIES_TO", ("city:fr:la-wantzenau", "city:it:grotte-di-castro")),
    ("France and Italy cooperate. Les Vans signed a partnership agreement with "
     "Casalvecchio di Puglia.", "SIGNED_AGREEMENT",
     ("city:fr:les-vans", "city:it:casalvecchio-di-puglia")),
])
def test_a_name_with_a_particle_or_an_article_is_a_town_of_a_named_country(text, rel_type,
                                                                          pair):
    # (no size floor for such a name: a firm seldom takes a town's shape)
    assert pair in pairs(text, rel_type)


def test_a_town_shaped_name_in_no_named_country_stays_a_firm():
    got = pairs("Germany and Poland cooperate. Les Vans signed a contract with Siemens.",
                "SIGNED_AGREEMENT")
    assert got and all(not s.startswith("city:") for s, _ in got), got
