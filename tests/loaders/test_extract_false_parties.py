"""Spans the extractor must not take for parties: capitalised common words that open a
sentence, brands and models, central banks read as firms, a town inside a plant's name,
a town spelt otherwise than the gazetteer spells it. Every text here was written for
these tests."""

import pytest
from extract_candidates import candidates, party_ids
from extract_candidates import pairs as _pairs

from relgraph.loaders.extract.mentions import find_mentions


def _names(text):
    return {r[side]["name"] for r in candidates(text) for side in ("source", "target")}


# -- a common word that opens a sentence ------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Sugar and starch of the region are sold to Mongolia.", "Sugar"),
    ("Buses of MAZ are also sold to Serbia.", "Buses"),
    ("Tractors of MTZ are sold in Serbia.", "Tractors"),
    ("Timber is exported to Germany and Poland.", "Timber"),
    ("Drives and control boards are supplied by KONE.", "Drives"),
    ("Joint projects with Tomsk Polytechnic University were agreed in a memorandum with the "
     "Belarusian State University.", "Joint"),
])
def test_a_common_word_opening_a_sentence_is_no_party(text, word):
    assert word not in _names(text)


@pytest.mark.parametrize("text, party", [
    # the text writes the word as a name inside a sentence too
    ("We buy from Progress, and Progress ships pumps to Lithuania.\n\n"
     "Progress also ships pumps to Latvia.", "Progress"),
    # a description or a place of its own makes it a firm
    ("Integral, the Minsk chip maker, ships chips to China.", "Integral"),
    # a singular word that acts is a firm's name
    ("Kernel sends sunflower oil to Turkey.", "Kernel"),
    ("Progress signed a supply contract with the Lida Paint Works.", "Progress"),
    # places and countries are names whatever a dictionary says
    ("Turkey buys potash from Belaruskali.", "Turkey"),
])
def test_a_common_word_with_evidence_of_a_name_stays_a_party(text, party):
    assert party in _names(text)


@pytest.mark.parametrize("text, pair", [
    ("Tractors of MTZ are sold in Serbia.", ("company:by:mtz", "country:rs")),
    ("Buses of MAZ are also sold to Serbia.", ("company:by:maz", "country:rs")),
])
def test_the_maker_after_the_common_word_still_supplies(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


# -- a town inside a facility's name ----------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Aktobe ferroalloy plant sent ferrochrome to the Chelyabinsk Metallurgical Plant.",
     ("company:kz:aktobe-ferroalloy-plant", "company:ru:chelyabinsk-metallurgical-plant")),
    ("Russian coal is delivered to the Ekibastuz power station in Kazakhstan.",
     ("country:ru", "company:kz:ekibastuz-power-station")),
    ("Gazprom supplies gas to the Novopolotsk oil refinery.",
     ("company:ru:gazprom", "company:by:naftan")),
    ("Kuzbass coal went to the Reftinskaya power plant in the Sverdlovsk Region.",
     ("region:ru:kemerovo", "company:ru:reftinskaya-power-plant")),
])
def test_a_town_before_a_facilitys_head_names_the_facility(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, town", [
    ("The Aktobe ferroalloy plant sent ferrochrome to the Chelyabinsk Metallurgical Plant.",
     "city:kz:aktobe"),
    ("Kuzbass coal went to the Reftinskaya power plant in the Sverdlovsk Region.",
     "city:ru:reftinskiy"),
])
def test_the_facilitys_town_is_no_party(text, town):
    assert town not in party_ids(text)


@pytest.mark.parametrize("text, name", [
    # a name that is no place is the firm's own: the words after it describe it
    ("BelAZ trucks work at the Chernigovets open-pit mine.", "Chernigovets"),
    ("The Minsk tractor plant MTZ ships tractors.", "MTZ"),
])
def test_a_firms_own_name_before_or_after_the_head_stays(text, name):
    assert name in [m.text for m in find_mentions(text)]


# -- a central bank is a state body -----------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The National Bank of Kazakhstan and the Central Bank of Uzbekistan signed a memorandum "
     "on payments.", {"org:kz:national-bank", "org:uz:central-bank"}),
    ("The National Bank of Belarus signed a cooperation agreement with the Central Bank of "
     "Russia in 2019.", {"org:by:national-bank", "org:ru:central-bank"}),
    ("The People's Bank of China and the Central Bank of Russia signed a swap agreement.",
     {"org:cn:people-s-bank", "org:ru:central-bank"}),
])
def test_a_central_bank_is_an_organisation(text, pair):
    assert pair in [set(p) for p in _pairs(text, "SIGNED_AGREEMENT")]


def test_a_commercial_bank_stays_a_company():
    text = "Halyk Bank signed a credit agreement with the Pavlodar Aluminium Smelter."
    assert ("company:kz:halyk-bank", "company:kz:pavlodar-aluminium-smelter") in \
        _pairs(text, "SIGNED_AGREEMENT")


# -- a maker's model is no party --------------------------------------------------------
@pytest.mark.parametrize("text, model", [
    ("The Almaty plant ships Chevrolet Cobalt cars to Kyrgyzstan.", "Chevrolet Cobalt"),
    ("Sales of LADA Vesta sedans in Belarus grew by a third.", "LADA Vesta"),
    ("In 2022 the Kostanay plant began assembling the LADA Granta, with kits from AvtoVAZ.",
     "LADA Granta"),
])
def test_a_makers_model_is_no_party(text, model):
    assert model not in [m.text for m in find_mentions(text)]
    assert model not in _names(text)


@pytest.mark.parametrize("text, pair", [
    ("Grodno Azot fertilisers go to Poland.", ("company:by:grodno-azot", "country:pl")),
    ("MAZ buses are sold to Serbia.", ("company:by:maz", "country:rs")),
])
def test_a_maker_before_its_goods_stays_a_party(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


# -- states' treaties ---------------------------------------------------------------------
# The tuning gold reports a states' signing when the text reports one ("Belarus and
# Kazakhstan signed an Agreement on ..."); a states' treaty named as the basis of what
# others signed is no signing of the states.
@pytest.mark.parametrize("text, pair", [
    ("Within the framework of the agreement between Belarus and Russia, the Vitebsk Region "
     "and the Smolensk Region signed a programme.", {"region:by:vitebsk", "region:ru:smolensk"}),
    ("On the basis of the Treaty between Belarus and Russia, Mogilev and Bryansk signed a "
     "cooperation agreement in 2005.", {"city:by:mogilev", "city:ru:bryansk"}),
    ("Pursuant to the agreement of 1998 between Belarus and Uzbekistan, the Minsk Region and "
     "the Samarkand Region signed a road map.", {"region:by:minsk", "region:uz:samarkand"}),
])
def test_a_states_treaty_opening_the_sentence_is_the_basis_not_a_signing(text, pair):
    signed = [set(p) for p in _pairs(text, "SIGNED_AGREEMENT")]
    assert pair in signed
    assert not any(all(x.startswith("country:") for x in p) for p in signed)


@pytest.mark.parametrize("text, pair", [
    ("Under the agreement between Belarus and Russia signed in 1995, the border regions "
     "cooperate.", {"country:by", "country:ru"}),
    ("Kazakhstan and Uzbekistan signed a treaty on the demarcation of their border in 2022.",
     {"country:kz", "country:uz"}),
    # the subject of a states' document does not join a country's name
    ("The agreement between Belarus and Russia on the Union State budget was signed in 1999.",
     {"country:by", "country:ru"}),
    ("The treaty between Kazakhstan and Uzbekistan on Strategic Partnership was signed in "
     "2013.", {"country:kz", "country:uz"}),
])
def test_a_states_signing_the_text_reports_stays(text, pair):
    assert pair in [set(p) for p in _pairs(text, "SIGNED_AGREEMENT")]


# -- a town the gazetteer spells otherwise ---------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Iron ore from the mines of Rudny is shipped to Magnitogorsk.",
     ("city:kz:rudnyy", "city:ru:magnitogorsk")),
    ("Rudny signed a twinning agreement with Zhodino in 2012.",
     ("city:kz:rudnyy", "city:by:zhodino")),
])
def test_a_town_spelt_otherwise_is_the_town(text, pair):
    found = _pairs(text, "SUPPLIES_TO") + _pairs(text, "TWINNED_WITH")
    assert pair in found
    assert not any(x.startswith("company:") for p in found for x in p)


@pytest.mark.parametrize("name", ["Amkodory", "Santa", "Shoro"])
def test_an_unknown_word_without_a_town_of_that_spelling_is_not_made_one(name):
    from relgraph.loaders.extract.parties import _other_spelling, text_resolver
    assert _other_spelling(text_resolver(), name, None) is None


# -- one works, two things it makes -------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Kuznetsk Rail and Section Works shipped rails to Belarus.",
     "Kuznetsk Rail and Section Works"),
    ("The West Siberian Rail and Structural Steel Plant supplies rails.",
     "West Siberian Rail and Structural Steel Plant"),
    ("Axles come from the Kirov Wheel and Axle Works.", "Kirov Wheel and Axle Works"),
])
def test_what_a_works_makes_stays_inside_its_name(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, names", [
    ("Kazakhstan Rail and Sinotruk Group signed a contract.",
     ["Kazakhstan Rail", "Sinotruk Group"]),
    ("Bialystok University of Technology and Vilnius University signed an agreement.",
     ["Bialystok University of Technology", "Vilnius University"]),
    ("Grodno State University and Bialystok University signed a memorandum.",
     ["Grodno State University", "Bialystok University"]),
])
def test_two_names_around_and_stay_two(text, names):
    assert [m.text for m in find_mentions(text)] == names


# -- parts of the world -----------------------------------------------------------------
@pytest.mark.parametrize("text, region", [
    ("Ural Crane Works ships cranes to Central Asia.", "Central Asia"),
    ("MTZ sells tractors to farms in the Mekong Delta.", "Mekong Delta"),
    ("Belshina exports tyres to Western Europe and the Middle East.", "Middle East"),
    ("Amkodor supplies loaders to the Baltics and Scandinavia.", "Scandinavia"),
    ("MAZ sells trucks in the South Caucasus.", "South Caucasus"),
])
def test_a_part_of_the_world_is_no_party(text, region):
    assert not any(region in name for name in _names(text))


@pytest.mark.parametrize("text, pair", [
    ("Amkodor supplies loaders to the Baltics and to Latvia.", ("company:by:amkodor",
                                                               "country:lv")),
    ("Russia's Far East supplies fish to China.", ("region:ru:far-east", "country:cn")),
    ("Asia Auto receives kits from AvtoVAZ.", ("company:ru:avtovaz", "company:xx:asia-auto")),
])
def test_a_country_a_part_of_one_and_a_firm_named_after_a_continent_stay(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


def test_the_european_union_stays_an_organisation():
    text = "The European Union signed an agreement with Kazakhstan."
    assert {"org:xx:eu", "country:kz"} in [set(p) for p in _pairs(text, "SIGNED_AGREEMENT")]


# -- "there" that only places a firm --------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Asia Auto has a plant in Ust-Kamenogorsk. The Asia Auto plant there receives car kits "
     "from AvtoVAZ.", "city:kz:ust-kamenogorsk"),
    ("MAZ has a branch in Almaty. The MAZ branch there buys spare parts from Minsk Automobile "
     "Plant suppliers in Belarus.", "city:kz:almaty"),
])
def test_there_after_a_firms_noun_is_no_party(text, place):
    assert place not in {x for p in _pairs(text, "SUPPLIES_TO") for x in p}


def test_there_as_a_destination_stays():
    text = "Most copper goes to China, and Kazzinc also ships zinc there."
    assert ("company:kz:kazzinc", "country:cn") in _pairs(text, "SUPPLIES_TO")


# -- a description before a relative clause ---------------------------------------------
@pytest.mark.parametrize("text, name, place", [
    ("Aibek Sadyrov heads Ak-Zhol Logistics, a Bishkek freight company that carries goods "
     "to Russia.", "Ak-Zhol Logistics", "Bishkek"),
    ("We met the head of Tash Textile, a Namangan spinning mill which sells yarn to Turkey.",
     "Tash Textile", "Namangan"),
])
def test_a_description_before_a_relative_clause_describes_the_firm(text, name, place):
    m = next(m for m in find_mentions(text) if m.text == name)
    assert (m.kind_hint, m.place_hint) == ("Company", place)
    assert place not in [x.text for x in find_mentions(text)]
