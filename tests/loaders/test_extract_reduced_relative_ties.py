"""A reduced relative clause set off by commas after a town ("A, partnered with the city
of B since 2011, hosted ...", "A, paired with B, ...", "A, twinned with the town of B,
...") twins A with B (``twinning.relative_twins``); a partnership word twins towns only,
not firms or regions; the partner in such a participle is no supplier either
(``supplies._APPOSED_BEFORE``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs, undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize(("text", "pair"), [
    ("Tambov, partnered with the city of Tarnow (Poland) since 2011, hosted a delegation "
     "from Lviv.", ("city:ru:tambov", "city:pl:tarnow")),
    ("Tambov, paired with Tarnow since 2011, hosted a delegation.",
     ("city:ru:tambov", "city:pl:tarnow")),
    ("Tambov, twinned with the town of Tarnow since 2011, hosted a delegation.",
     ("city:ru:tambov", "city:pl:tarnow")),
])
def test_reduced_relative_twins(text, pair):
    assert tuple(sorted(pair)) in undirected_id_pairs(text, T)


@pytest.mark.parametrize("text", [
    "Amkodor, partnered with Volvo since 2011, ships loaders to Kaunas.",
    "Tambov Region, partnered with Podlaskie Voivodeship since 2011, hosted a delegation.",
    # the visitor is no twin
    "Tambov, partnered with the city of Tarnow since 2011, hosted a delegation from Lviv.",
])
def test_no_twins_from_other_partnerships(text):
    found = undirected_id_pairs(text, T)
    assert not [p for p in found if "company:" in p[0] + p[1] or "region:" in p[0] + p[1]
                or "city:ua:lviv" in p]


@pytest.mark.parametrize("text", [
    "Amkodor, partnered with Volvo since 2011, ships loaders to Kaunas.",
    "Amkodor, partnered with the Swedish group Volvo, ships loaders to Kaunas.",
])
def test_the_partner_in_a_participle_is_no_supplier(text):
    found = blind_pairs(text, "SUPPLIES_TO")
    assert ("company:xx:amkodor", "city:lt:kaunas") in found
    assert ("company:xx:volvo", "city:lt:kaunas") not in found
