"""A second predicate of the same subject after "and", with a time of its own before its
verb ("A is twinned with B and in 2019 signed a memorandum with C", "and later
established twin-town relations with C"): C is A's partner, of the type the second
object's own trigger says (``clause_carry.gapped_objects``); a second verb of supply
sends from the subject, not from the first verb's source (``supplies._verb_after_and``).
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "rel_type", "pair"), [
    ("Tambov has a cooperation agreement with Ingolstadt and in 2019 signed a memorandum "
     "with Tarnow.", A, ("city:ru:tambov", "city:pl:tarnow")),
    ("Tambov has twin-town relations with Ingolstadt (Germany) and in 2019 signed a "
     "twinning agreement with Tarnow (Poland).", T, ("city:ru:tambov", "city:pl:tarnow")),
    ("Kursk is twinned with Speyer and in May 2016 signed a cooperation agreement with "
     "Lida.", A, ("city:ru:kursk", "city:by:lida")),
    ("Kursk signed an agreement with Speyer and later a protocol with Lida.", A,
     ("city:ru:kursk", "city:by:lida")),
])
def test_second_predicate_keeps_the_subject(text, rel_type, pair):
    assert tuple(sorted(pair)) in undirected_id_pairs(text, rel_type)


@pytest.mark.parametrize(("text", "rel_type", "absent"), [
    # a verb of no relation: the second place only visits
    ("Tambov is twinned with Ingolstadt and in 2019 hosted a delegation from Tarnow.", T,
     ("city:ru:tambov", "city:pl:tarnow")),
    # a clause of its own with its own subject
    ("Tambov is twinned with Ingolstadt, and in 2019 Lipetsk signed a memorandum with "
     "Tarnow.", A, ("city:ru:tambov", "city:pl:tarnow")),
    # a twinning agreement is the twinning only
    ("Tambov has a cooperation agreement with Ingolstadt and in 2019 signed a twinning "
     "agreement with Tarnow.", A, ("city:ru:tambov", "city:pl:tarnow")),
])
def test_no_second_relation(text, rel_type, absent):
    assert tuple(sorted(absent)) not in undirected_id_pairs(text, rel_type)


S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair", "absent"), [
    ("Tambov buys beer from Ingolstadt and in 2019 sold grain to Tarnow.",
     ("city:ru:tambov", "city:pl:tarnow"), ("city:de:ingolstadt", "city:pl:tarnow")),
    ("Borisov gets steel from Cherepovets and then sells pipes to Bukhara.",
     ("city:by:borisov", "city:uz:bukhara"), ("city:ru:cherepovets", "city:uz:bukhara")),
    ("Borisov buys engines from Yaroslavl and later shipped trucks to Almaty.",
     ("city:by:borisov", "city:kz:almaty"), ("city:ru:yaroslavl", "city:kz:almaty")),
])
def test_a_second_supply_verb_has_the_subject_as_supplier(text, pair, absent):
    found = pairs(text, S)
    assert pair in found and absent not in found


@pytest.mark.parametrize(("text", "pair"), [
    # a list of sources, then the passive verb: the sources still send
    ("Timber from Kotlas and Velsk was shipped to Oulu.", ("city:ru:velsk", "city:fi:oulu")),
    ("Belshina ships tyres from Bobruisk to Moscow and Kazan.",
     ("company:by:belshina", "city:ru:kazan")),
])
def test_one_predicate_keeps_its_sources(text, pair):
    assert pair in pairs(text, S)
