"""Mechanisms for monograph prose: signing clauses that name one side only, the
officials and organs that stand for their place, persons after a place, names of
works joined by "and", plural kind words after a list, and infrastructure that is
no party. Every text here was written for these tests."""

import pytest
from extract_candidates import candidates as _rows
from extract_candidates import charter_signings
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.mentions import find_mentions


# -- signing clauses that name one side ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("In 2010 the Gomel Regional Executive Committee and the Administration of the Bryansk "
     "Region signed an agreement on cooperation, and in 2014 a similar agreement was "
     "concluded with the Smolensk Region.",
     {("region:by:gomel", "region:ru:bryansk"), ("region:by:gomel", "region:ru:smolensk")}),
    ("The memorandum between the Government of the Tver Region and the Vitebsk Oblast "
     "Executive Committee was signed in 2003, and later cooperation agreements were "
     "concluded with the Mogilev and Grodno regions.",
     {("region:ru:tver", "region:by:vitebsk"), ("region:ru:tver", "region:by:mogilev"),
      ("region:ru:tver", "region:by:grodno")}),
    ("In 2006 the Minsk Regional Executive Committee and the Cabinet of Ministers of "
     "Bashkortostan concluded a cooperation agreement, and in 2012 a similar document "
     "was signed by the Brest Regional Executive Committee.",
     {("region:by:minsk", "region:ru:bashkortostan"),
      ("region:ru:bashkortostan", "region:by:brest")}),
])
def test_a_signing_clause_naming_one_side_takes_the_other_from_the_sentence(text, expected):
    assert set(_pairs(text, "SIGNED_AGREEMENT")) == expected


def test_a_lone_signing_clause_never_pairs_one_country_with_itself():
    got = _pairs("The Gomel and Mogilev regions signed a memorandum in 2015, and in 2016 an "
                 "agreement was concluded with the Brest region.", "SIGNED_AGREEMENT")
    assert ("region:by:gomel", "region:by:brest") not in got
    assert ("region:by:mogilev", "region:by:brest") not in got


def test_between_belongs_to_its_own_clause():
    got = _pairs("The agreement between the Administration of the Orenburg Region and the "
                 "Akimat of the Aktobe Region was signed in 2001, and in 2007 agreements were "
                 "concluded with the Atyrau and Mangystau regions.", "SIGNED_AGREEMENT")
    assert ("region:kz:atyrau", "region:kz:mangystau") not in got
    assert ("region:ru:orenburg", "region:kz:atyrau") in got


# -- who a mention is --------------------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("the visit of the Governor of the Kemerovo Region S. Tsivilev to Minsk",
     ["Kemerovo Region", "Minsk"]),
    ("the President of Tatarstan R. Minnikhanov arrived in Minsk", ["Tatarstan", "Minsk"]),
    ("the head of the Chechen Republic R. Kadyrov visited Belarus",
     ["Chechen Republic", "Belarus"]),
    ("the Cabinet of Ministers of Tatarstan approved it", ["Cabinet of Ministers of Tatarstan"]),
    ("the All-Russian Institute named after V.S. Pustovoit", [
        "All-Russian Institute named after V.S. Pustovoit"]),
])
def test_officials_stand_for_their_place_and_persons_are_no_party(text, names):
    assert [m.text for m in find_mentions(text)] == names


def test_an_official_acts_for_the_place():
    got = _pairs("In 2019 the Governor of the Kemerovo Region S. Tsivilev and the Minsk "
                 "Regional Executive Committee signed a roadmap.", "SIGNED_AGREEMENT")
    assert got == [("region:ru:kemerovo", "region:by:minsk")]


@pytest.mark.parametrize("text, name", [
    ("The Magnitogorsk Iron and Steel Works buys ore.", "Magnitogorsk Iron and Steel Works"),
    ("The Zangezur Copper and Molybdenum Combine bought trucks.",
     "Zangezur Copper and Molybdenum Combine"),
    ("The Svetlogorsk Pulp and Paper Mill ships board.", "Svetlogorsk Pulp and Paper Mill"),
])
def test_works_named_by_two_materials_are_one_name(text, name):
    assert find_mentions(text)[0].text == name


def test_a_plural_kind_word_after_a_list_gives_every_member_its_kind():
    ms = find_mentions("Apricots and grapes of the Ararat and Armavir marzes go to Moscow.")
    # ("Apricots" opening the sentence before "and grapes" is no name at all)
    assert [(m.text, m.kind_hint) for m in ms][:2] == [("Ararat", "Region"),
                                                       ("Armavir marzes", "Region")]


@pytest.mark.parametrize("text", [
    "KTZ signed an agreement with Tajik partners on the Galaba-Amuzang line.",
    "Gazprom built the Power of Siberia pipeline to China.",
])
def test_infrastructure_is_no_party(text):
    names = [m.text for m in find_mentions(text)]
    assert not any(n in ("Galaba-Amuzang", "Power of Siberia") for n in names)


# -- supplies read from how goods are used and bought ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kazakh coal is also used by the power plants of the Omsk and Kurgan regions.",
     [("country:kz", "region:ru:omsk"), ("country:kz", "region:ru:kurgan")]),
    ("The copper of Kazakhmys is used by the Minsk enterprise Belkabel.",
     [("company:kz:kazakhmys", "company:by:belkabel")]),
    ("OJSC Naftan uses crude oil produced by Rosneft.",
     [("company:ru:rosneft", "company:by:naftan")]),
    ("OJSC Lumatex uses soda produced by Sodakhim.",
     [("company:xx:sodakhim", "company:xx:lumatex")]),
])
def test_goods_used_by_someone_came_from_their_maker(text, expected):
    # (a text that names no country leaves a firm's country unknown, xx, unless its name
    # says it, "Kazakhmys", or it is a well-known firm, "Rosneft")
    assert _pairs(text, "SUPPLIES_TO") == expected


@pytest.mark.parametrize("text, expected", [
    ("BelAZ dump trucks operate at most open-pit mines of the Kemerovo Region.",
     [("BelAZ", "Kemerovo Region")]),
    ("Belarusian buses MAZ have been operating in Almaty since 2010.", [("MAZ", "Almaty")]),
])
def test_machines_in_use_somewhere_were_supplied_there(text, expected):
    assert _pairs(text, "SUPPLIES_TO", key="name") == expected


def test_gapped_passive_agents_supply_the_same_recipient():
    got = _pairs('Axles are supplied to Kazan by OJSC "BATE", and brakes by JSC "Belshina".',
                 "SUPPLIES_TO", key="name")
    assert got == [('OJSC "BATE"', "Kazan"), ('JSC "Belshina"', "Kazan")]


def test_each_maker_of_a_coordinated_goods_phrase_supplies():
    got = _pairs("In 2019 the Tomsk Region received 30 tractors of MTZ and 12 loaders of "
                 "Amkodor.", "SUPPLIES_TO", key="name")
    assert got == [("MTZ", "Tomsk Region"), ("Amkodor", "Tomsk Region")]


def test_a_consumer_of_a_firms_goods_is_supplied_by_it():
    got = _pairs("The Gomel Plant, located in the Gomel Region, has for years been the main "
                 "consumer of the ore concentrate of Ural Mining Company.", "SUPPLIES_TO",
                 key="name")
    assert got == [("Ural Mining Company", "Gomel Plant")]


@pytest.mark.parametrize("text, expected", [
    ("Gazprom, in turn, supplies gas to the southern regions of Armenia, primarily to "
     "Gyumri and Vanadzor.", ["Armenia", "Gyumri", "Vanadzor"]),
    ("Norilsk Nickel supplies nickel to the Belarusian metallurgical plant in Zhlobin.",
     ["Zhlobin"]),
    ("Sibselmash ordered seed drills from the Lida plant Lidagroprommash, and Tomsk bought "
     "tractors from MTZ.", ["Sibselmash", "Tomsk"]),
])
def test_recipients_behind_descriptions_and_further_destinations(text, expected):
    assert [b for _, b in _pairs(text, "SUPPLIES_TO", key="name")] == expected


# -- places and their ids ----------------------------------------------------------------
def test_a_subject_countrys_village_once_named_so_is_not_the_city():
    text = ("Kazakhstan and its regions. Kazakhstan trades. Kazakhstan grows.\n"
            "Orenburg and Aktobe have been twin cities since 2002, Kurgan and Kostanay since "
            "2007, and Astrakhan and Atyrau since 2012.\n")
    rows = [r for r in _rows(text) if r["type"] == "TWINNED_WITH"]
    assert [(r["source"]["id"], r["target"]["id"], r["date"]) for r in rows] == [
        ("city:ru:orenburg", "city:kz:aktobe", "2002"),
        ("city:ru:kurgan", "city:kz:kostanay", "2007"),
        ("city:ru:astrakhan", "city:kz:atyrau", "2012")]


@pytest.mark.parametrize("text, expected", [
    ("Belarus and Russia develop ties.\nIn 2015 the Krupki District signed an agreement with "
     "the Dubrovensky District of the Bryansk Region.",
     [("region:by:krupki", "region:ru:dubrovensky")]),
    ("Belarus and Russia develop ties.\nThe Khotimsk district and the Ershichi district of "
     "the Smolensk region signed an agreement.", [("region:by:khotimsk", "region:ru:ershichi")]),
    # no country stated: the other side of a cross-border relation
    ("Belarus and Russia develop ties. Russia is big.\nIn 2016 the Shklov district signed an "
     "agreement with the Zaokski district.", [("region:by:shklov", "region:ru:zaokski")]),
])
def test_a_district_unknown_to_the_gazetteer_keeps_its_country(text, expected):
    assert _pairs(text, "SIGNED_AGREEMENT") == expected


def test_co_signers_each_sign_with_the_partner():
    got = _pairs("Belarus and Russia.\nThe Khotimsk and Krichev districts of the Mogilev region "
                 "signed agreements with the Roslavl district.", "SIGNED_AGREEMENT")
    assert got == [("region:by:khotimsk", "region:ru:roslavl"),
                   ("region:by:krichev", "region:ru:roslavl")]


def test_a_plural_kind_word_leaves_the_id():
    got = _pairs("Armenia sells fruit. Apricots of the Ararat and Armavir marzes are exported "
                 "to Moscow.", "SUPPLIES_TO")
    assert ("region:am:armavir", "city:ru:moscow") in got


def test_a_firm_of_unknown_country_is_of_the_country_its_paragraph_names():
    text = ("Russia buys Armenian brandy. Moscow and Saint Petersburg import fruit.\n\n"
            "Belarusian goods are present on the Armenian market. In 2019 the Armenian company "
            '"Multi Group" signed a contract with JSC "Belshina".\n')
    assert ("company:am:multi-group", "company:by:belshina") in _pairs(text, "SIGNED_AGREEMENT")


def test_a_relative_pronoun_governs_no_party():
    got = _pairs("The Samara Region and the Minsk Region adopted a programme, in the framework "
                 "of which AvtoVAZ began to purchase glass from Gomelsteklo.", "SUPPLIES_TO",
                 key="name")
    assert got == [("Gomelsteklo", "AvtoVAZ")]


# -- "the republic", twinnings and their documents -----------------------------------------
@pytest.mark.parametrize("text, expected, wrong", [
    ("The Agreement of the Government of the Republic of Belarus with the Cabinet of "
     "Ministers of the Chuvash Republic was signed in 2003; it led to agreements of the "
     "republic with the Mogilev and Vitebsk regions.",
     ("region:ru:chuvashia", "region:by:mogilev"), ("country:by", "region:by:mogilev")),
    ("Kazakhstan and the Republic of Bashkortostan have worked together since 1997. In 2004 "
     "the republic signed a cooperation agreement with the Pavlodar Region.",
     ("region:ru:bashkortostan", "region:kz:pavlodar"), ("country:kz", "region:kz:pavlodar")),
])
def test_the_republic_is_the_republic_named_last_not_the_other_side(text, expected, wrong):
    got = _pairs(text, "SIGNED_AGREEMENT")
    assert expected in got or expected[::-1] in got
    assert wrong not in got and wrong[::-1] not in got


@pytest.mark.parametrize("text, expected", [
    ("Georgia imports wheat almost entirely from Russia, and natural gas is supplied "
     "to the republic by Azerbaijan.", ("country:az", "country:ge")),
    ("Tajikistan buys most of its fuel from Kazakhstan, while electricity is delivered to "
     "the republic by Uzbekistan.", ("country:uz", "country:tj")),
])
def test_the_republic_without_a_region_republic_is_the_country_that_acts(text, expected):
    assert expected in _pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, twins", [
    ("Minsk and Kazan signed an agreement in 2001. Among the twin cities of Ufa is "
     "Grodno, with which an agreement on fraternal relations was signed in 2009.",
     ("city:ru:ufa", "city:by:grodno")),
    ("One of the partner cities of Omsk is Pavlodar, with which a treaty on twinning was "
     "concluded in 2011.", ("city:ru:omsk", "city:kz:pavlodar")),
])
def test_a_twinning_document_is_its_signing_too_and_the_twins_of_x_is_y(text, twins):
    got = _pairs(text, "TWINNED_WITH")
    assert twins in got or twins[::-1] in got
    signed = _pairs(text, "SIGNED_AGREEMENT")
    assert twins in signed or twins[::-1] in signed


def test_respectively_belongs_to_the_document_nearest_its_lists():
    text = ("The agreement between the Akimat of the Kostanay Region and the Minsk Oblast "
            "Executive Committee, signed in 2014, laid the ground for links between towns: "
            "Lisakovsk and Arkalyk concluded twinning agreements with Zhodino and Soligorsk "
            "respectively.")
    assert set(_pairs(text, "TWINNED_WITH")) == {("city:kz:lisakovsk", "city:by:zhodino"),
                                                 ("city:kz:arkalyk", "city:by:soligorsk")}
    # the twinning agreements are those pairs' own, not the regions' agreement's
    assert {p[:2] for p in charter_signings(text)} == set(_pairs(text, "TWINNED_WITH"))


@pytest.mark.parametrize("text, expected", [
    ("Petropavl signed an agreement on twinning with Omsk in 2015, and the twinning of "
     "Ust-Kamenogorsk with Barnaul was formalised in 2017.",
     {("city:kz:petropavl", "city:ru:omsk"), ("city:kz:ust-kamenogorsk", "city:ru:barnaul")}),
    ("Kostanay became a twin town of Chelyabinsk in 2008, and in 2013 the twinning "
     "of Aktobe and Orenburg was formally established.",
     {("city:kz:kostanay", "city:ru:chelyabinsk"), ("city:kz:aktobe", "city:ru:orenburg")}),
])
def test_a_passive_twinning_clause_is_a_clause_of_its_own(text, expected):
    got = {tuple(sorted(p)) for p in _pairs(text, "TWINNED_WITH")}
    assert got == {tuple(sorted(p)) for p in expected}


# -- "the agreements of A with B and of C with D"; clauses that leave out the verb -----------
@pytest.mark.parametrize("text, expected", [
    ("The Vitebsk Region and the Pskov Region signed an agreement in 2015, which was "
     "followed by the agreements of the Mogilev Region with the Smolensk Region and of the "
     "Gomel Region with the Bryansk Region.",
     {("region:by:vitebsk", "region:ru:pskov"), ("region:by:mogilev", "region:ru:smolensk"),
      ("region:by:gomel", "region:ru:bryansk")}),
    ("Trade rose after the memoranda of Lida with Alytus and Utena, and of Slonim with "
     "Druskininkai were signed.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:lt:utena"),
      ("city:by:slonim", "city:lt:druskininkai")}),
])
def test_a_documents_of_with_names_its_pairs(text, expected):
    got = {tuple(sorted(p)) for p in _pairs(text, "SIGNED_AGREEMENT")}
    assert got == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, rel_type, expected", [
    ("Kurgan signed agreements with Kostanay in 2011, and Tyumen with Petropavl in 2013.",
     "SIGNED_AGREEMENT", {("city:ru:kurgan", "city:kz:kostanay"),
                          ("city:ru:tyumen", "city:kz:petropavl")}),
    ("The Omsk Region concluded agreements with the Pavlodar Region (2010) and the Akmola "
     "Region (2014); the Tyumen Region - with the Kostanay Region (2012).",
     "SIGNED_AGREEMENT", {("region:ru:omsk", "region:kz:pavlodar"),
                          ("region:ru:omsk", "region:kz:akmola"),
                          ("region:ru:tyumen", "region:kz:kostanay")}),
    ("Brest has been twinned with Lublin since 1995; Pinsk - with Zamosc and Chelm.",
     "TWINNED_WITH", {("city:by:brest", "city:pl:lublin"), ("city:by:pinsk", "city:pl:zamosc"),
                      ("city:by:pinsk", "city:pl:chelm")}),
])
def test_a_clause_without_its_verb_takes_the_one_before(text, rel_type, expected):
    got = {tuple(sorted(p)) for p in _pairs(text, rel_type)}
    assert got == {tuple(sorted(p)) for p in expected}


def test_a_gapped_clause_must_be_only_a_name_with_a_list():
    # ", and Tyumen with Petropavl built a road": a clause with a verb of its own.
    text = ("Kurgan signed an agreement with Kostanay in 2011, and Tyumen with Petropavl "
            "built a new road.")
    assert ("city:ru:tyumen", "city:kz:petropavl") not in _pairs(text, "SIGNED_AGREEMENT")


# -- a firm's name that begins with its country -------------------------------------------
@pytest.mark.parametrize("text, firm_id", [
    ("MINSK, 4 June 2021 - Trade between Belarus and Kazakhstan grew. Amkodor signed a "
     "contract with KazAvtoZhol, and Belshina will supply tyres to Kazakhmys.",
     "company:kz:kazakhmys"),
    ("Uzbekistan and Vietnam expanded their trade. Vinafood shipped rice to UzAgroExport "
     "in Tashkent.", "company:uz:uzagroexport"),
])
def test_a_firm_whose_name_begins_with_a_country_the_text_names_is_of_that_country(text,
                                                                                   firm_id):
    ids = {x for pair in _pairs(text, "SUPPLIES_TO") for x in pair}
    assert firm_id in ids


def test_a_clause_with_a_modal_verb_is_a_clause_of_its_own():
    text = ("MINSK, 4 June 2021 - Trade between Belarus and Kazakhstan grew. Amkodor signed a "
            "contract with KazAvtoZhol, and Belshina will supply tyres to Kazakhmys.")
    assert _pairs(text, "SIGNED_AGREEMENT") == [("company:by:amkodor", "company:kz:kazavtozhol")]


def test_a_stem_counts_only_for_a_country_the_text_names():
    # (Belagrotrans is no firm of the table of well-known firms, which would know better)
    text = ("Mongolia and China expanded their trade. Belagrotrans delivered ten trolleybuses "
            "to the Erdenet Mining Corporation.")
    ids = {x for pair in _pairs(text, "SUPPLIES_TO") for x in pair}
    assert ids and "company:by:belagrotrans" not in ids


def test_a_well_known_firm_keeps_its_country_where_the_text_names_none():
    text = ("Mongolia and China expanded their trade. Belkommunmash delivered ten trolleybuses "
            "to the Erdenet Mining Corporation.")
    ids = {x for pair in _pairs(text, "SUPPLIES_TO") for x in pair}
    assert "company:by:belkommunmash" in ids


# -- "a similar one", "a comparable arrangement", "renewed the agreement" -------------------
@pytest.mark.parametrize("text, expected", [
    ("Lida and Alytus concluded a partnership agreement in 1995, and Slonim signed a similar "
     "one with Druskininkai in 1999.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:slonim", "city:lt:druskininkai")}),
    ("The Vitebsk Region signed a memorandum with the Pskov Region in 2012; the Mogilev "
     "Region has a comparable arrangement with the Smolensk Region.",
     {("region:by:vitebsk", "region:ru:pskov"), ("region:by:mogilev", "region:ru:smolensk")}),
    ("In 2019 the Grodno city administration and the mayoralty of Bialystok renewed the "
     "agreement of 2005.", {("city:by:grodno", "city:pl:bialystok")}),
])
def test_documents_named_by_a_pronoun_or_renewed_are_signings(text, expected):
    got = {tuple(sorted(p)) for p in _pairs(text, "SIGNED_AGREEMENT")}
    assert got == {tuple(sorted(p)) for p in expected}


def test_one_that_is_no_document_is_no_signing():
    text = "Lida is one of the towns that trade with Alytus, and the road is a similar one."
    assert _pairs(text, "SIGNED_AGREEMENT") == []
