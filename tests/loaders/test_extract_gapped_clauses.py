"""Gapped (elliptical) clauses: a second clause that leaves out the first one's verb
and reuses it ("A exports grain to B and C flour to D", "buys engines from A; axles
from B"). Each shape has sentences whose second clause is no relation."""

import pytest
from extract_candidates import pairs as _pairs

S = "SUPPLIES_TO"


def pairs(text):
    """Supply pairs by id, a firm's without its country."""
    def short(i):
        parts = i.split(":")
        return f"company:{parts[-1]}" if parts[0] == "company" else i
    return {(short(a), short(b)) for a, b in _pairs(text, S)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus exports potash to India and Russia grain to Egypt.",
     {("country:by", "country:in"), ("country:ru", "country:eg")}),
    ("Kazakhstan ships wheat to Uzbekistan and Russia sunflower oil to Tajikistan.",
     {("country:kz", "country:uz"), ("country:ru", "country:tj")}),
    ("Minsk sends buses to Vilnius and Riga trams to Tallinn.",
     {("city:by:minsk", "city:lt:vilnius"), ("city:lv:riga", "city:ee:tallinn")}),
])
def test_a_party_after_a_bare_and_with_goods_of_its_own_supplies(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MAZ sells trucks to Russia and Kazakhstan every year to meet demand.",
     {("company:maz", "country:ru"), ("company:maz", "country:kz")}),
    ("MAZ sells trucks to Russia and Kazakhstan every year to Mongolia.",
     {("company:maz", "country:ru"), ("company:maz", "country:kz")}),
    ("Belarus exports potash to India and China plans to invite Belarus.",
     {("country:by", "country:in"), ("country:by", "country:cn")}),
    ("Belarus exports potash to India and China turned to Russia.",
     {("country:by", "country:in"), ("country:by", "country:cn")}),
])
def test_a_bare_and_before_a_verb_or_a_time_is_a_list_member(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MAZ buys engines from Cummins; axles from Gidroprivod.",
     {("company:cummins", "company:maz"), ("company:gidroprivod", "company:maz")}),
    ("MAZ imports engines from Germany; its tyres from Belshina.",
     {("country:de", "company:maz"), ("company:belshina", "company:maz")}),
    ("Naftan sells diesel to Poland; petrol to Lithuania and Latvia.",
     {("company:naftan", "country:pl"), ("company:naftan", "country:lt"),
      ("company:naftan", "country:lv")}),
])
def test_goods_and_their_party_after_a_semicolon_reuse_the_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Naftan sells diesel to Poland; prices rose to a record in Lithuania.",
    "Naftan sells diesel to Poland; tourists travel to Lithuania.",
    "Gomselmash exports combines to Russia; a delegation to Kazakhstan is planned.",
    "Gomselmash exports combines to Russia; its director flew to Kazakhstan.",
    "MAZ imports engines from Germany; its workers come from Minsk.",
])
def test_a_clause_with_a_verb_of_its_own_after_the_semicolon_gives_nothing(text):
    first = {("company:naftan", "country:pl"), ("company:gomselmash", "country:ru"),
             ("country:de", "company:maz")}
    assert len(pairs(text)) == 1 and pairs(text) <= first


TOPIC = "Naftan is an oil refinery in Belarus. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Bitumen is sold to Belavtodor, and sulphur to Grodno Azot.",
     {("company:naftan", "company:belavtodor"), ("company:naftan", "company:grodno-azot")}),
    ("Most of the jet fuel is delivered to Belavia, and paraffin to Belshina.",
     {("company:naftan", "company:belavia"), ("company:naftan", "company:belshina")}),
    ("Crude oil is bought from Rosneft, and electricity from Belenergo.",
     {("company:rosneft", "company:naftan"), ("company:belenergo", "company:naftan")}),
])
def test_an_agentless_passive_and_its_gapped_clause_both_take_the_topic(text, expected):
    assert pairs(TOPIC + text) == expected


@pytest.mark.parametrize("text", [
    "Crude oil is bought from Rosneft, and engineers from Belenergo train its staff.",
    "Crude oil is bought from Rosneft, and in 2020 MAZ opened a plant.",
    "Bitumen is sold to Grodno Azot, and prices to Belshina rose.",
    "Petrol is sold to Poland, and tourists to Lithuania.",
    "Petrol is sold to Poland, and prices to Lithuania rose.",
])
def test_a_second_clause_with_no_goods_of_its_own_takes_no_side(text):
    second = {"company:belenergo", "company:maz", "company:belshina", "country:lt"}
    assert not {p for pair in pairs(TOPIC + text) for p in pair} & second


@pytest.mark.parametrize(("text", "rel", "expected"), [
    ("Gori concluded a sister-city agreement with Kaunas in 2003 and another with Jelgava "
     "in 2012.", "TWINNED_WITH", {("city:ge:gori", "city:lt:kaunas"),
                                  ("city:ge:gori", "city:lv:jelgava")}),
    ("Grodno signed a cooperation agreement with Bialystok in 2004 and another with Lublin "
     "in 2010.", "SIGNED_AGREEMENT", {("city:by:grodno", "city:pl:bialystok"),
                                      ("city:by:grodno", "city:pl:lublin")}),
    ("The Mogilev Region signed a memorandum with the Bryansk Region in 2015, and a second "
     "one with the Kaluga Region in 2018.", "SIGNED_AGREEMENT",
     {("region:by:mogilev", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:kaluga")}),
    ("The Mogilev Region signed a memorandum with the Bryansk Region in 2015, and one more "
     "with the Kaluga Region two years later.", "SIGNED_AGREEMENT",
     {("region:by:mogilev", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:kaluga")}),
])
def test_another_document_with_a_new_partner_is_the_verbs_second_object(text, rel, expected):
    assert set(_pairs(text, rel)) == expected


@pytest.mark.parametrize("text", [
    "Grodno signed an agreement with Bialystok in 2004, and another delegation with Lublin "
    "visited.",
    "Grodno signed an agreement with Bialystok in 2006, and another meeting with Lublin took "
    "place in 2013.",
    "Grodno signed an agreement with Bialystok in 2004, and prices with Lublin in 2020.",
])
def test_another_thing_with_a_partner_is_no_second_document(text):
    assert set(_pairs(text, "SIGNED_AGREEMENT")) == {("city:by:grodno", "city:pl:bialystok")}


MAKER = "MAZ builds trucks in Minsk. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Its engines come from Deutz in Cologne; gearboxes from Gidroprivod.",
     {("company:deutz", "company:maz"), ("company:gidroprivod", "company:maz")}),
    ("Its engines come from YaMZ; the axles from Belshina.",
     {("company:yamz", "company:maz"), ("company:belshina", "company:maz")}),
    ("Its cabs come from Germany; hydraulics from Belarus, mainly from Gidroprivod.",
     {("country:de", "company:maz"), ("company:gidroprivod", "company:maz")}),
])
def test_inputs_gapped_after_a_semicolon_come_from_their_own_supplier(text, expected):
    assert pairs(MAKER + text) == expected


@pytest.mark.parametrize("text", [
    "Its engines come from YaMZ in Yaroslavl; tourists come from Gidroprivod.",
    "Its engines come from YaMZ; in 2020 from Gidroprivod.",
    "Its engines come from YaMZ; its managers are from Gidroprivod.",
])
def test_a_semicolon_before_no_goods_of_their_own_adds_no_supplier(text):
    assert pairs(MAKER + text) == {("company:yamz", "company:maz")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus supplies tractors to Kazakhstan; Russia grain to Uzbekistan.",
     {("country:by", "country:kz"), ("country:ru", "country:uz")}),
    ("MAZ sells buses to Vilnius; and BelAZ dump trucks to Chile and Peru.",
     {("company:maz", "city:lt:vilnius"), ("company:belaz", "country:cl"),
      ("company:belaz", "country:pe")}),
])
def test_a_party_and_its_goods_after_a_semicolon_reuse_the_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Belarus supplies tractors to Kazakhstan; Russia looks to Uzbekistan.",
    "Belarus supplies tractors to Kazakhstan; Russia turned to Uzbekistan.",
    "Belarus supplies tractors to Kazakhstan; Russia is closer to Uzbekistan and Georgia.",
])
def test_a_party_with_a_verb_of_its_own_after_a_semicolon_supplies_nothing(text):
    assert pairs(text) == {("country:by", "country:kz")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Vitebsk Region signed a treaty with the Pskov Region in 2002, and the Mogilev "
     "Region another with the Bryansk Region in 2005.",
     {("region:by:vitebsk", "region:ru:pskov"), ("region:by:mogilev", "region:ru:bryansk")}),
    ("The Gomel Region concluded a protocol with the Chernihiv Region in 2010, and the Brest "
     "Region one with the Volyn Region in 2016.",
     {("region:by:gomel", "region:ua:chernihiv"), ("region:by:brest", "region:ua:volyn")}),
    ("Lida signed a memorandum with Alytus in 2009, and Grodno a similar one with Bialystok "
     "in 2011.", {("city:by:lida", "city:lt:alytus"), ("city:by:grodno", "city:pl:bialystok")}),
])
def test_a_new_signer_and_a_pro_form_with_its_partner_reuse_the_signing(text, expected):
    assert set(_pairs(text, "SIGNED_AGREEMENT")) == expected
