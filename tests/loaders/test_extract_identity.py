"""Party identity: each recognised party gets the kind, country and slug a reader
expects. A firm named after a well-known place is of that place's country even when
the text never names the country; a text's firms say where its other firms are; and
one firm keeps one id under its full name, its acronym or its short name. Every text
here was written for these tests."""

import pytest
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.parties import text_resolver


def _supplies(text):
    return _pairs(text, "SUPPLIES_TO")


# -- a place at the head of a firm's name ------------------------------------------
@pytest.mark.parametrize("text, supplier", [
    ("In 2019 Minsk Tractor Works (MTZ) delivered 300 tractors to the Kostanay region of "
     "Kazakhstan.", "company:by:mtz"),
    ("The Bobruisk Agricultural Machinery Plant shipped 40 balers to the Omsk region of "
     "Russia.", "company:by:bobruiskagromash"),
    ("Last spring the Yaroslavl Motor Plant supplied engines to Kazakhstan.",
     "company:ru:yamz"),
])
def test_a_firm_named_after_a_well_known_place_is_of_its_country(text, supplier):
    assert [s for s, _ in _supplies(text)] == [supplier]


@pytest.mark.parametrize("name", ["Victoria Group", "Progress Plant", "Mir Castle Complex",
                                  "Metsateho Oy"])
def test_a_common_word_or_small_namesake_at_the_head_of_a_name_places_nothing(name):
    d = Discourse(text_resolver(), "A text on Kazakhstan and its Kazakh farms.")
    assert d.head_place_country(name) is None


# -- the country of a text's firms --------------------------------------------------
@pytest.mark.parametrize("text, supplier", [
    ("In 2019 Minsk Tractor Works (MTZ) delivered 300 tractors to the Kostanay region of "
     "Kazakhstan, and the Bobruisk Agricultural Machinery Plant 40 balers. Gomselmash JSC "
     "supplies combines to Bashkortostan.", "company:by:gomselmash"),
    ("Our Pinsk plant and the Gomel Machine Works export loaders. Amkodor sold 40 graders "
     "to Kazakhstan last year.", "company:by:amkodor"),
    ("The Vitebsk Machine Tool Plant and the Grodno Azot Works ship to Latvia. Belkart "
     "delivered cardboard to Lithuania in May.", "company:by:belkart"),
])
def test_an_unplaced_firm_is_of_the_country_of_the_texts_firms(text, supplier):
    assert supplier in [s for s, _ in _supplies(text)]


def test_one_firm_named_after_a_town_does_not_place_the_others():
    text = ("The Gomel Machine Works ships to Kazakhstan. Kaspi sells phones in Almaty, and "
            "Rosneft delivered fuel to Kazakhstan.")
    assert Discourse(text_resolver(), text).firm_home() is None


def _agreements(text):
    return _pairs(text, "SIGNED_AGREEMENT")


# -- names: where one name ends and the next begins --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Government of the Chelyabinsk Region and Kazakhstan's KazMunayGas JSC signed a "
     "memorandum on road bitumen.", ("region:ru:chelyabinsk", "company:kz:kazmunaygas")),
    ("The Tver Regional Duma and Latvia's Ventspils Port Authority signed a memorandum.",
     ("region:ru:tver", "org:lv:ventspils-port-authority")),
])
def test_a_possessive_country_opens_the_next_name(text, expected):
    assert _agreements(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Belarusian Railway signed an agreement with Kazakhstan Temir Zholy.",
     ("company:by:belarusian-railways", "company:kz:ktz")),
    ("The Latvian Shipping Company signed a contract with the Port of Tallinn.",
     ("company:lv:latvian-shipping-company", None)),
])
def test_a_demonym_before_a_firms_head_noun_is_part_of_its_name(text, expected):
    got = _agreements(text)
    assert got and got[0][0] == expected[0]
    if expected[1]:
        assert got[0][1] == expected[1]


@pytest.mark.parametrize("text, firm, place_free", [
    ("Minsk's Horizont plant ships televisions to Kazakhstan.", "company:by:horizont", "Minsk"),
    ("Tartu's Eesti Print sold presses to Latvia.", "company:ee:eesti-print", "Tartu"),
])
def test_a_possessive_town_places_the_firm_after_it(text, firm, place_free):
    got = _pairs(text, "SUPPLIES_TO", key="id")
    assert [s for s, _ in got] == [firm]


@pytest.mark.parametrize("text, expected", [
    ('The Vitebsk Machine Tool Plant "Vistan" sent grinding machines to the Samara region. '
     "Vistan also supplies lathes to Kazakhstan.",
     [("company:by:vistan", "region:ru:samara"), ("company:by:vistan", "country:kz")]),
    ('The Orsha Flax Mill "Linen House" supplies fabric to Smolensk. Linen House also exports '
     "to Poland.", [("company:by:linen-house", "city:ru:smolensk"),
                    ("company:by:linen-house", "country:pl")]),
])
def test_a_descriptive_name_with_a_quoted_short_name_is_one_firm(text, expected):
    assert _supplies(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A branch of Artel Electronics LLC in Tashkent shipped washing machines to the Kurgan "
     "region.", [("company:uz:artel", "region:ru:kurgan")]),
    ("The Almaty branch of Halyk Bank JSC financed tractors, and the Tashkent subsidiary of "
     "Artel LLC shipped cookers to the Omsk region.", [("company:uz:artel", "region:ru:omsk")]),
])
def test_a_branch_of_a_firm_acts_for_the_firm_and_its_town_is_no_party(text, expected):
    assert _supplies(text) == expected


def test_the_town_a_branch_is_in_is_no_party_of_an_agreement():
    text = ("The Pavlodar branch of the National Chamber of Entrepreneurs Atameken signed an "
            "agreement with the Omsk Chamber of Commerce.")
    assert _agreements(text) == [("org:kz:national-chamber-of-entrepreneurs-atameken",
                                  "org:ru:omsk-chamber-of-commerce")]


# -- places and their organs --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Volgograd regional administration purchased trolleybuses from Belkommunmash.",
     "region:ru:volgograd"),
    ("The Tver oblast government signed an agreement with the Vitebsk regional executive "
     "committee.", "region:ru:tver"),
    ("Tatarstan's government bought 20 combines from Gomselmash.", "region:ru:tatarstan"),
])
def test_a_regions_organ_in_lower_case_stands_for_the_region(text, expected):
    ids = {x for t in ("SUPPLIES_TO", "SIGNED_AGREEMENT") for pair in _pairs(text, t)
           for x in pair}
    assert expected in ids


@pytest.mark.parametrize("text, expected", [
    ("The district centre Lepel is twinned with the Russian town of Nevel.",
     [("city:by:lepel", "city:ru:nevel")]),
    ("In 2012 the regional centre Mogilev and the city of Kaluga became twin cities.",
     [("city:by:mogilev", "city:ru:kaluga")]),
    ("Minsk and St. Petersburg are twin cities.",
     [("city:by:minsk", "city:ru:saint-petersburg")]),
])
def test_a_town_described_as_a_centre_or_abbreviated_is_a_town(text, expected):
    assert _pairs(text, "TWINNED_WITH") == expected


@pytest.mark.parametrize("text, expected", [
    ("Akimat of Pavlodar Region\nReport on external ties, 2022\n\nKazakhstan Temir Zholy "
     "carried grain to the Novosibirsk region. The akimat signed a road map with the "
     "Government of the Omsk Region in May 2022.", ("region:kz:pavlodar", "region:ru:omsk")),
    ("GOVERNMENT OF THE OMSK REGION\nPress service\n\nThe regional government signed an "
     "agreement with the Pavlodar region.", ("region:ru:omsk", "region:kz:pavlodar")),
])
def test_the_akimat_or_regional_government_of_a_letterhead_is_its_own(text, expected):
    assert _agreements(text) == [expected]


def test_a_heading_that_is_a_plural_noun_is_no_party():
    text = ("Akimat of Pavlodar Region\n\n2. Partners\n\nThe akimat signed a road map with the "
            "Government of the Omsk Region.")
    assert all("partners" not in x for pair in _agreements(text) for x in pair)


# -- regions named by a demonym, a macro-region, an abbreviation ----------------------
@pytest.mark.parametrize("text, expected", [
    ("In turn, Tatar petrochemical products are delivered to the Grodno region.",
     [("region:ru:tatarstan", "region:by:grodno")]),
    ("Bashkir oil products were shipped to the Vitebsk region.",
     [("region:ru:bashkortostan", "region:by:vitebsk")]),
])
def test_a_regions_own_demonym_names_the_region(text, expected):
    assert _supplies(text) == expected


def test_the_side_of_a_region_named_by_its_demonym_is_the_region():
    text = ("In 2016 the Chechen side and the Mogilev region signed an agreement on "
            "cooperation in agriculture.")
    assert _agreements(text) == [("region:ru:chechnya", "region:by:mogilev")]


def test_a_regions_demonym_before_a_vague_plural_is_no_party():
    assert _supplies("Tatar enterprises buy tractors from Minsk.") == []


@pytest.mark.parametrize("text, expected", [
    ("Belarus exports tractors to Western Siberia.", ("country:by", "region:ru:western-siberia")),
    ("Rostagro supplies combines to the Urals.", ("company:xx:rostagro", "region:ru:urals")),
    ("Gomselmash supplies combines to the Urals.", ("company:by:gomselmash", "region:ru:urals")),
])
def test_a_macro_region_is_a_region_not_a_firm(text, expected):
    assert _supplies(text) == [expected]


def test_a_places_abbreviation_names_the_place_later():
    text = ("Belarus supplied 40 buses to the Khanty-Mansi Autonomous Okrug (KhMAO) in 2014. "
            "In 2015 MAZ delivered 20 more buses to KhMAO.")
    assert [t for _, t in _supplies(text)] == ["region:ru:khanty-mansi"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Zhodino (BelAZ) and Belaya Kalitva have been twin towns since 2011.",
     [("city:by:zhodino", "city:ru:belaya-kalitva")]),
    ("In 2012 the Russian city of Tolyatti (AvtoVAZ) and Zhodino became twin cities.",
     [("city:ru:tolyatti", "city:by:zhodino")]),
])
def test_a_firm_in_brackets_after_a_town_leaves_it_a_town(text, expected):
    assert _pairs(text, "TWINNED_WITH") == expected


# -- a town located by its region ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("In 2008 Oktyabrsky in Bashkortostan and the Belarusian town of Svetlogorsk became twin "
     "cities.", [("city:ru:oktyabrsky", "city:by:svetlogorsk")]),
    ("Slavgorod (Altai Krai) and Krichev are twin towns.",
     [("city:ru:slavgorod", "city:by:krichev")]),
    ("Kirovsk of the Leningrad region is twinned with Bykhov.",
     [("city:ru:kirovsk", "city:by:bykhov")]),
])
def test_a_region_that_locates_a_town_is_no_party(text, expected):
    assert _pairs(text, "TWINNED_WITH") == expected


# -- holdings and their managing companies ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ('OJSC "Managing Company of Holding "Minsk Motor Plant"" supplied engines to the '
     "Yaroslavl region.", [("company:by:mmz", "region:ru:yaroslavl")]),
    ('OJSC "BELAZ" - Management Company of Holding "BELAZ-HOLDING" delivered dump trucks to '
     "the Kemerovo region.", [("company:by:belaz", "region:ru:kemerovo")]),
    # the firm table reads the name as the extractor does (managing company and legal
    # forms left out), so the well-known Gomselmash keeps its country
    ("Gomselmash Holding Management Company supplied combines to the Oryol region.",
     [("company:by:gomselmash", "region:ru:oryol")]),
])
def test_a_holdings_managing_company_is_the_firm(text, expected):
    assert _supplies(text) == expected


def test_a_country_named_only_as_a_market_is_not_where_an_unplaced_firm_is():
    # Kazakhstan is where MTZ (of Minsk) sells, so Gomselmash, which the text never
    # places, is rather where MTZ is than in Kazakhstan.
    text = ("In 2019 Minsk Tractor Works (MTZ) delivered 300 tractors to the Kostanay region "
            "of Kazakhstan. Gomselmash JSC supplies combines to Bashkortostan.")
    assert _supplies(text) == [("company:by:mtz", "region:kz:kostanay"),
                               ("company:by:gomselmash", "region:ru:bashkortostan")]


def test_a_country_the_texts_firms_are_from_stays_a_firms_country():
    # Kazakh firms are placed in Kazakhstan here, so Kazakhstan is no mere market.
    text = ("Kazakhmys LLP shipped copper cathodes to the Chelyabinsk region of Russia. "
            "Mega Motors supplies cars to the Omsk region.")
    assert ("company:kz:mega-motors", "region:ru:omsk") in _supplies(text)


@pytest.mark.parametrize("text, expected", [
    ("Lubelskie also has cooperation agreements with the Lviv Oblast.",
     [("region:pl:lublin", "region:ua:lviv")]),
    ("Podkarpackie signed an agreement with the Lviv Oblast in 2001.",
     [("region:pl:subcarpathian", "region:ua:lviv")]),
])
def test_a_voivodeship_named_by_its_adjective_is_the_voivodeship(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Brest regional authorities signed an agreement with the Turkestan Oblast.",
     [("region:by:brest", "region:kz:turkistan")]),
    ("The Mogilev oblast leadership signed a road map with the Kostanay region.",
     [("region:by:mogilev", "region:kz:kostanay")]),
])
def test_a_regions_authorities_are_the_region(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gomselmash supplied combines to Samarqand viloyati.", "region:uz:samarkand"),
    ("Gomselmash supplied combines to Kostanay oblysy.", "region:kz:kostanay"),
])
def test_a_region_named_in_its_countrys_language_is_the_region(text, expected):
    assert expected in [t for _, t in _supplies(text)]


@pytest.mark.parametrize("text, body", [
    ("The Permanent Committee of the Union State signed a memorandum with the Bryansk region.",
     "org:xx:standing-committee-of-the-union-state"),
    ("The World Bank signed an agreement with the Grodno region.", "org:xx:world-bank"),
    ("In 2019 the OSCE signed a memorandum with the Vitebsk region.", "org:xx:osce"),
])
def test_an_international_body_has_one_id_in_no_country(text, body):
    assert [a for a, _ in _agreements(text)] == [body]


# -- the subject country's namesakes ---------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("the Ivanovo region", "region:ru:ivanovo"),   # an oblast, not the Belarusian district
    ("Podolsk", "city:ru:podolsk"),                # the town of that name, not Polotsk
    ("Grodno", "city:by:grodno"),
])
def test_a_subject_namesake_does_not_replace_a_place_named_exactly(name, expected):
    text = ("Belarus and its Belarusian partners. Belarusian exports to Russia grew. "
            f"Belarus delivered trucks to {name}.")
    assert expected in [t for _, t in _supplies(text)]


@pytest.mark.parametrize("text, expected", [
    ("ORLEN Lietuva supplies petrol to Latvia.", ("company:lt:orlen-lietuva", "country:lv")),
    ("Eesti Energia sold electricity to Latvia.", ("company:ee:eesti-energia", "country:lv")),
])
def test_a_countrys_own_name_in_a_firms_name_is_its_country(text, expected):
    assert _supplies(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Youth Council of Grodno signed a memorandum with the Pskov Region.",
     ("org:by:youth-council-of-grodno", "region:ru:pskov")),
    ("The Sports Committee of the Vitebsk Region signed an agreement with the Pskov Region.",
     ("org:by:sports-committee-of-the-vitebsk-region", "region:ru:pskov")),
    ("The People's Committee of Hanoi signed an agreement with Minsk.",
     ("city:vn:hanoi", "city:by:minsk")),
])
def test_only_a_body_of_government_stands_for_its_place(text, expected):
    assert _agreements(text) == [expected]


def test_a_bodys_name_ending_in_a_region_keeps_the_regions_kind_word():
    text = ("The Chamber of Commerce and Industry of the Vitebsk region signed an agreement "
            "with the Pskov Chamber of Commerce.")
    assert _agreements(text) == [
        ("org:by:chamber-of-commerce-and-industry-of-the-vitebsk-region",
         "org:ru:pskov-chamber-of-commerce")]


@pytest.mark.parametrize("text, expected", [
    ("Belarus and Belarusian firms. In 2012 MAZ supplied 300 trucks to MAZ-Kuban.",
     ("company:by:maz", "company:ru:maz-kuban")),
    ("Belarus and Belarusian firms. The dealer BelAZ-Kuzbass bought 40 dump trucks from BelAZ.",
     ("company:by:belaz", "company:ru:belaz-kuzbass")),
    ("Belarus and Belarusian firms. OOO Amkodor-RUS supplies loaders to Tver.",
     ("company:ru:amkodor-rus", "city:ru:tver")),
])
def test_a_subsidiary_named_after_where_it_works_is_of_that_country(text, expected):
    assert _supplies(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The 558 Aircraft Repair Plant signed a contract with the Rostov region.",
     [("company:xx:558-aircraft-repair-plant", "region:ru:rostov")]),
    ("OJSC 140 Repair Plant signed a contract with the Smolensk region.",
     [("company:xx:140-repair-plant", "region:ru:smolensk")]),
])
def test_a_plants_number_is_part_of_its_name(text, expected):
    assert _agreements(text) == expected


def test_a_quantity_before_a_firms_name_is_no_part_of_it():
    text = "In 2019 Minsk Bearing Works delivered 300 tonnes of parts to Kazakhstan."
    assert _supplies(text) == [("company:by:minsk-bearing-works", "country:kz")]


@pytest.mark.parametrize("town, expected", [
    ("Ivanovo", "city:ru:ivanovo"),
    ("Svetlogorsk", "city:ru:svetlogorsk"),
    ("Rechitsa", "city:by:rechitsa"),      # no namesake abroad: a pair inside Belarus
])
def test_two_towns_of_one_country_are_across_the_border_when_one_has_a_namesake(town, expected):
    text = ("Belarus and its Belarusian towns. Belarus has many partners in Russia. Gomel is "
            f"twinned with {town}.")
    assert _pairs(text, "TWINNED_WITH") == [("city:by:gomel", expected)]


@pytest.mark.parametrize("text", [
    "Trade ties of the Aktobe region\n\nThe Chelyabinsk Tube Rolling Plant supplied pipes to "
    "KazTransOil.\nEngines for the plant come from the Yaroslavl Motor Plant.\nFertiliser "
    "from Kazphosphate is sold to farmers in Russia and Ukraine.",
    "Trade ties of the Aktobe region\n\nThe Kurgan Pipe Works supplied pipes to KazTransGas."
    "\nEngines for the plant come from the Tutaev Motor Plant.\nFertiliser from Kazfert is "
    "sold to farmers in Russia and Ukraine.",
    "Tallinn, 4 June. Baltrade ships fish to Finland. Baltrade also sells canned sprats "
    "to Latvia, and Baltrade's smoked eel goes to Germany.",
    "The Omsk firm Sibtrans delivered buses to Kazakhstan. Later Norvel sold trucks to "
    "Sibtrans and to Uzbekistan.",
])
def test_a_firm_has_one_id_in_a_text(text):
    from relgraph.loaders.extract import extract_text
    rows = extract_text(text, "t.txt").candidates
    ids_of: dict[str, set] = {}
    for r in rows:
        for p in (r["source"], r["target"]):
            if p["kind"] == "Company":
                ids_of.setdefault(p["name"].removesuffix("'s"), set()).add(p["id"])
    assert ids_of, "no firm found"
    assert {n: i for n, i in ids_of.items() if len(i) > 1} == {}
