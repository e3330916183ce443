"""A party recognised but given another id: regions written like their towns, regions
in another romanisation, a firm written in two romanisations, and a firm's country
written with a country name the lexicon lacked. Every text here was written for these
tests."""

import pytest
from extract_candidates import RESOLVER, candidates, pairs


def _ids(text, rel_type="SIGNED_AGREEMENT"):
    return {frozenset(pair) for pair in pairs(text, rel_type)}


# -- two bare town names the document wrote out as regions -------------------------
def _bare(text, rel_type="SIGNED_AGREEMENT"):
    """The pairs of the candidates whose two sides are written without a kind word."""
    return {frozenset((r["source"]["id"], r["target"]["id"])) for r in candidates(text)
            if r["type"] == rel_type and " " not in r["source"]["name"] + r["target"]["name"]}


@pytest.mark.parametrize("text, pair", [
    ("Border ties of Belarus.\n\nThe Gomel Region has had an agreement with the Bryansk "
     "Region since 2004. In 2020 Gomel and Bryansk also signed a memorandum on a border "
     "crossing.", {"region:by:gomel", "region:ru:bryansk"}),
    ("Cooperation of neighbouring regions.\n\nThe Mogilev Region and the Smolensk Region "
     "have worked together since 1998. In 2019 Mogilev and Smolensk signed a road map on "
     "tourism.", {"region:by:mogilev", "region:ru:smolensk"}),
    ("Regional partners.\n\nThe Pskov Region and the Vitebsk Region are old partners. "
     "Vitebsk signed a programme of cooperation with Pskov in 2021.",
     {"region:by:vitebsk", "region:ru:pskov"}),
])
def test_towns_written_out_as_regions_sign_as_regions(text, pair):
    assert _bare(text) == {frozenset(pair)}


@pytest.mark.parametrize("text, pair", [
    # one of the two never written out as a region: the towns
    ("Volga news.\n\nThe Aktobe Region signed a road map with the Orenburg Region. "
     "Saratov and Aktobe have a cooperation agreement.", {"city:ru:saratov", "city:kz:aktobe"}),
    # a capital lies in no region of its name
    ("Regional ties.\n\nThe Minsk Region works with the Moscow Region. Minsk signed an "
     "agreement on cooperation with Moscow in 2016.", {"city:by:minsk", "city:ru:moscow"}),
    # the sentence calls them towns
    ("Border ties.\n\nThe Grodno Region signed a plan with the Kaluga Region. The sister "
     "cities of Grodno and Kaluga concluded an agreement on youth exchanges.",
     {"city:by:grodno", "city:ru:kaluga"}),
])
def test_towns_stay_towns_without_the_texts_evidence(text, pair):
    assert _bare(text) == {frozenset(pair)}


def test_a_twinning_keeps_towns_written_out_as_regions():
    text = ("Border ties.\n\nThe Gomel Region signed an agreement with the Bryansk Region. "
            "Gomel is twinned with Bryansk.")
    assert frozenset({"city:by:gomel", "city:ru:bryansk"}) in _ids(text, "TWINNED_WITH")


# -- a town's name in another romanisation than its region's ------------------------
@pytest.mark.parametrize("text, region", [
    ("Valley news.\n\nAndijan signed a programme of cooperation with the Sughd Region of "
     "Tajikistan.", "region:uz:andijan"),
    ("Valley news.\n\nThe neighbouring Uzbek and Tajik regions, Andijan and Sughd, signed a "
     "programme of cooperation on water use.", "region:uz:andijan"),
])
def test_a_town_named_otherwise_than_its_region_stands_for_it(text, region):
    assert any(region in pair for pair in _ids(text))


def test_the_city_of_a_town_named_otherwise_stays_the_town():
    text = ("Valley news.\n\nThe city of Andijan signed a programme of cooperation with the "
            "Sughd Region of Tajikistan.")
    found = {x for pair in _ids(text) for x in pair}
    assert "city:uz:andijon" in found and "region:uz:andijan" not in found


# -- a bare name that spells a region of a country the text names ------------------
@pytest.mark.parametrize("text, rel, region", [
    ("VANADZOR, 3 June 2025 - Lori news.\n\nThe Lori Province works with Georgia. Kvemo "
     "Kartli has had an agreement with Tavoush since 2019.", "SIGNED_AGREEMENT",
     "region:am:tavush"),
    ("VANADZOR, 3 June 2025 - Lori news.\n\nRustavi Cement, a Georgian producer, delivers "
     "cement to Gegarkunik.", "SUPPLIES_TO", "region:am:gegharkunik"),
    ("Armenia and Georgia.\n\nThe Tavush Province trades with Georgia. Kakheti signed a "
     "memorandum with Kotaik in 2019.", "SIGNED_AGREEMENT", "region:am:kotayk"),
])
def test_a_region_in_another_romanisation_is_the_region(text, rel, region):
    assert any(region in pair for pair in _ids(text, rel))


@pytest.mark.parametrize("text, rel, firm", [
    # no place of Armenia in the text: a firm of that name
    ("MINSK, 3 June 2025 - Exports.\n\nBelshina ships tyres to Kotaik.", "SUPPLIES_TO",
     "company:by:kotaik"),
    # a firm's legal form says a firm
    ("VANADZOR, 3 June 2025 - Lori news.\n\nThe Lori Province works with Georgia. Rustavi "
     "Cement delivers cement to Tavoush LLC.", "SUPPLIES_TO", "company:am:tavoush"),
    # a firm's name that spells no region stays the firm
    ("VANADZOR, 3 June 2025 - Lori news.\n\nThe Lori Province works with Georgia. Rustavi "
     "Cement delivers cement to Gomselmash.", "SUPPLIES_TO", "company:by:gomselmash"),
])
def test_firms_stay_firms(text, rel, firm):
    found = {x for pair in _ids(text, rel) for x in pair}
    assert firm in found and not any(x.startswith("region:") for x in found
                                     if "lori" not in x)


def test_the_resolver_reads_region_spellings_through_french_and_armenian_forms():
    assert [RESOLVER.resolve(n).id for n in ("Tavoush Region", "Gegarkunik Province",
                                             "Kotayq Marz")] == \
        ["region:am:tavush", "region:am:gegharkunik", "region:am:kotayk"]
    assert not RESOLVER.resolve("Amkodor Region").resolved


# -- a firm written in two romanisations -------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Valley trade.\n\nAndijon Tekstil, a spinning mill in Andijan, ships yarn to Sughd. "
     "Andijan Tekstil also sells yarn to Kazakhstan.", "company:uz:andijon-tekstil"),
    ("TASHKENT, Uzbekistan - Silk news.\n\nNamangan Ipak Yoli ships silk to Turkey. "
     "Namangon Ipak Yoli also sells silk to Iran.", "company:uz:namangan-ipak-yoli"),
])
def test_a_firm_in_two_romanisations_is_one_firm(text, firm):
    sources = {(r["source"]["id"], r["source"]["country"]) for r in candidates(text)
               if r["type"] == "SUPPLIES_TO"}
    assert sources == {(firm, firm.split(":")[1].upper())}


def test_firms_of_other_names_stay_apart():
    from relgraph.loaders.extract.names import romanised_alike

    text = ("TASHKENT, Uzbekistan - Yarn news.\n\nFergana Tekstil ships yarn to Turkey. "
            "Namangan Tekstil sells yarn to Iran. Kara Tekstil sells yarn to Russia, and "
            "Kora Tekstil to Kazakhstan.")
    sources = {r["source"]["id"] for r in candidates(text) if r["type"] == "SUPPLIES_TO"}
    assert {"company:uz:fergana-tekstil", "company:uz:namangan-tekstil"} <= sources
    assert not romanised_alike("Kara Tekstil", "Kora Tekstil")
    assert not romanised_alike("Fergana Tekstil", "Namangan Tekstil")
    assert romanised_alike("Andijon Tekstil LLC", "Andijan Tekstil")


# -- a country the lexicon lacked, written beside a firm ---------------------------
@pytest.mark.parametrize("text, firm", [
    ("MINSK, 5 March 2024 - Exports.\n\nMTZ ships tractors to Agro Lux of Luxembourg.",
     "company:lu:agro-lux"),
    ("MINSK, 5 March 2024 - Exports.\n\nBelshina sells tyres to the Icelandic importer "
     "Nordur Dekk.", "company:is:nordur-dekk"),
    ("MINSK, 5 March 2024 - Exports.\n\nAmkodor sold loaders to Harbour Works, a Maltese "
     "builder.", "company:mt:harbour-works"),
])
def test_a_country_of_the_fuller_lexicon_places_the_firm(text, firm):
    assert any(firm in pair for pair in pairs(text, "SUPPLIES_TO"))


# -- a region or district a demonym placed in a country that has no place of its name --
@pytest.mark.parametrize("text, region", [
    ("Valley news.\n\nThe Uzbek regions of Fergana and Sogd signed a programme of "
     "cooperation on water use.", "region:tj:sughd"),
    ("Valley news.\n\nThe Uzbek districts of Rishtan and Isfara signed a programme of "
     "cooperation on crafts.", "region:tj:isfara"),
    ("Valley news.\n\nThe Uzbek and Tajik districts of Rishtan and Isfara signed a programme "
     "of cooperation on crafts.", "region:uz:rishtan"),
])
def test_a_demonym_does_not_move_a_place_it_lacks(text, region):
    assert any(region in pair for pair in _ids(text))


@pytest.mark.parametrize("text, region", [
    # the demonym's country has the place: it stays there
    ("Valley news.\n\nThe Uzbek districts of Rishtan and Buvayda signed a programme of "
     "cooperation on crafts.", "region:uz:rishtan"),
    # a place of that name in the demonym's country too: the demonym's
    ("Valley news.\n\nThe Sughd Region signed a programme of cooperation with the Uzbek "
     "Zafarobod district.", "region:uz:zafarobod"),
])
def test_a_demonym_keeps_the_places_it_has(text, region):
    assert any(region in pair for pair in _ids(text))


# -- a chapter's title on one region gives the text its home ------------------------
@pytest.mark.parametrize("text, firm", [
    ("Chapter 2. The Grodno Region and its western neighbours\n\nPoland is the main "
     "market, and Polish buyers take most goods; Lithuania and Latvia follow. Polish "
     "importers value glass. Last year Neman Steklo shipped glass to Poland.",
     "company:by:neman-steklo"),
    ("3.4. The Vitebsk Region in 2023\n\nRussia is the first partner. Russian regions buy "
     "flax, and Russian builders buy panels. Russian buyers pay in roubles. Dvina Panels "
     "supplied panels to the Tver Region and to Lithuania.", "company:by:dvina-panels"),
])
def test_a_chapter_on_one_region_places_its_unplaced_firms(text, firm):
    assert any(firm in pair for pair in pairs(text, "SUPPLIES_TO"))


def test_a_title_on_two_regions_gives_no_home():
    from relgraph.loaders.extract.discourse import home_country

    place = {"Vitebsk": "BY", "Smolensk": "RU", "Grodno": "BY"}.get
    assert home_country("The Vitebsk Region and the Smolensk Region: twenty years", place) \
        is None
    assert home_country("Chapter 6. The Vitebsk Region and its eastern neighbours",
                        place) == "BY"
    assert home_country("Fraternal cities and partner regions of the Grodno Region",
                        place) == "BY"


# -- the letters a firm's name is spelled in ---------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("KYIV, 3 March 2025 - Exporters.\n\nUkraine's grain exports grew. MHP supplies chicken "
     "to Drobex Łódź.", "company:pl:drobex-lodz"),
    ("KYIV, 3 March 2025 - Exporters.\n\nUkrainian wheat is in demand. Nibulon sold wheat to "
     "Agrobiznes Śląsk.", "company:pl:agrobiznes-slask"),
    ("TASHKENT, 3 March 2025 - Yarn news.\n\nUzbek yarn is in demand. Navruz Tekstil ships "
     "yarn to Ağaoğlu Örme.", "company:tr:agaoglu-orme"),
    ("KYIV, 3 March 2025 - Exporters.\n\nUkrainian oil is in demand. Kernel sells oil to "
     "Azərsun Trade.", "company:az:"),
])
def test_a_name_in_a_languages_own_letters_places_the_firm(text, firm):
    assert any(x.startswith(firm) for pair in pairs(text, "SUPPLIES_TO") for x in pair)


@pytest.mark.parametrize("text, firm", [
    # no letter of one language only: the text's own country, as before
    ("KYIV, 3 March 2025 - Exporters.\n\nUkraine's grain exports grew. Astarta ships sugar "
     "to Cukrownia Kruszwica.", "company:ua:cukrownia-kruszwica"),
    ("KYIV, 3 March 2025 - Exporters.\n\nUkrainian cheese is in demand. Milkiland sells "
     "cheese to Müller Käse.", "company:ua:muller-kase"),
    # Romanian letters with neither Romania nor Moldova named: no country from them
    ("KYIV, 3 March 2025 - Exporters.\n\nUkrainian oil is in demand. Kernel sells oil to "
     "Mărfuri Agro.", "company:ua:marfuri-agro"),
    # a country written beside the name outranks its letters
    ("KYIV, 3 March 2025 - Exporters.\n\nUkrainian oil is in demand. Kernel sells oil to "
     "Ağaoğlu Trade, a German importer.", "company:de:agaoglu-trade"),
])
def test_letters_several_languages_write_say_nothing(text, firm):
    assert any(firm in pair for pair in pairs(text, "SUPPLIES_TO"))
