"""A firm's home as its own name gives it: a country's stem it opens with ("Turkmenneft"
is Turkmen, not of a town "Turk" a shorter prefix of the word finds), and a country's
name after the parent's name ("SOCAR Georgia Petroleum", "Lukoil Ukraine Trading": the
subsidiary in that country), read before the country of the paragraph around it. Every
text here was written for these tests."""

import pytest
from extract_candidates import party_ids

from relgraph.loaders.extract.pipeline import extract_lines


@pytest.mark.parametrize("text, firm", [
    ("In Uzbekistan the plant sold 300 tractors. Uzavtosanoat bought engines from KAMAZ, "
     "and Turkmenneft buys pumps from Volgograd Machine Works.", "company:tm:turkmenneft"),
    ("Our dealers in Uzbekistan and Turkmenistan grew. Last year Turkmenhaly bought "
     "looms from Baranovichi Machine Works.", "company:tm:turkmenhaly"),
])
def test_a_country_stem_outranks_a_town_glued_to_a_shorter_prefix(text, firm):
    assert firm in party_ids(text)


@pytest.mark.parametrize("text, firm", [
    ("Baku trades mostly in fuel. Lukoil sells lubricants to Lukoil Ukraine Trading.",
     "company:ua:lukoil-ukraine-trading"),
    ("Trade with Georgia is led by fuel. Rosneft supplies diesel to Rosneft Armenia "
     "Retail every month.", "company:am:rosneft-armenia-retail"),
])
def test_a_country_after_the_parents_name_is_the_subsidiarys_home(text, firm):
    assert firm in party_ids(text)


@pytest.mark.parametrize("text, wrong", [
    # a region's name that holds a country's: the region's country, not the country's
    ("Exports to Mongolia grew. Erdenes Tavan Tolgoi ships coal to Baotou Inner "
     "Mongolia Steel every week.", "company:mn:baotou-inner-mongolia-steel"),
    # two countries in one name: a body between them, of neither by this rule
    ("Shipments to Russia grew. Kaspi Foods supplies flour to the Kazakhstan China "
     "Trade House.", "company:cn:kazakhstan-china-trade-house"),
])
def test_a_country_within_a_region_or_beside_another_places_nothing(text, wrong):
    assert wrong not in party_ids(text)


def _signers(text):
    return {c["target"]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SIGNED_AGREEMENT"} | {
        c["source"]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
        if c["type"] == "SIGNED_AGREEMENT"}


@pytest.mark.parametrize("text, school", [
    ("Partners of Latvian universities\n\n- Daugavpils University and Shota Rustaveli "
     "Batumi State University: exchange agreement renewed in 2020.",
     "org:ge:shota-rustaveli-batumi-state-university"),
    ("Ties of Estonian schools\n\nIn 2019 Tallinn University signed a memorandum with "
     "Akaki Tsereteli Kutaisi State University.",
     "org:ge:akaki-tsereteli-kutaisi-state-university"),
])
def test_the_town_before_a_schools_head_noun_is_its_home(text, school):
    assert school in _signers(text)


@pytest.mark.parametrize("text, school", [
    # the town opens the name: read as before
    ("Partners of Latvian universities\n\n- Rezekne Academy and Kutaisi International "
     "University: memorandum signed in 2019.", "org:ge:kutaisi-international-university"),
    # the word before the head noun is a person's, no place: the text's reading stands
    ("Ties of Armenian schools\n\nIn 2021 Yerevan Brusov State University signed an "
     "agreement with Daugavpils University.", "org:am:yerevan-brusov-state-university"),
])
def test_a_school_named_from_its_town_or_a_person_keeps_its_reading(text, school):
    assert school in _signers(text)


def _supplies(text):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, pair", [
    ("Machinery flows mostly south. The Altai tractor plant in Rubtsovsk supplies "
     "tractors to the East Kazakhstan Region.",
     ("company:ru:altai-tractor-plant", "region:kz:east-kazakhstan")),
    ("Trade across the border is small. The Altai wagon works in Barnaul ships "
     "freight cars to the Pavlodar Region every year.",
     ("company:ru:altai-wagon-works", "region:kz:pavlodar")),
])
def test_a_described_firm_seated_in_a_town_is_of_the_towns_country(text, pair):
    assert pair in _supplies(text)


@pytest.mark.parametrize("text, firm", [
    # the town after "in" belongs to the buyers, not to the firm
    ("Trade across the border is small. The Vitebsk meat plant sent sausages to shops "
     "in Smolensk.", "company:by:vitebsk-meat-plant"),
    ("Exports grew. The Gomel glass works sold bottles to breweries in Bryansk.",
     "company:by:gomel-glass-works"),
])
def test_a_town_after_the_recipients_does_not_seat_the_supplier(text, firm):
    assert firm in {s for s, _ in _supplies(text)}


@pytest.mark.parametrize("text, pair", [
    ("Trade across the Dniester grew. Vinaria Nord, another Soroca firm, has shipped "
     "brandy to the Vinnytsia Region since 2021.",
     ("company:md:vinaria-nord", "region:ua:vinnytsia")),
    ("Trade across the Dniester grew. Agrovin Trade, also a Balti producer, sells wine "
     "to shops in Odesa.", ("company:md:agrovin-trade", "city:ua:odesa")),
])
def test_another_towns_firm_in_apposition_is_seated_there(text, pair):
    assert pair in _supplies(text)


@pytest.mark.parametrize("text, pair", [
    # a town described as another of its kind stays the town
    ("Trade across the Dniester grew. Soroca, another border town, sends brandy to the "
     "Vinnytsia Region.", ("city:md:soroca", "region:ua:vinnytsia")),
    ("Trade across the Prut grew. Balti, also a district centre, ships grain to the "
     "Chernivtsi Region.", ("city:md:balti", "region:ua:chernivtsi")),
])
def test_a_town_described_as_another_stays_the_town(text, pair):
    assert pair in _supplies(text)


@pytest.mark.parametrize("text, pair", [
    ("Dairy trade grew. Minsk Dairy Plant No. 1 ships cheese to Saint Petersburg.",
     ("company:by:minsk-dairy-plant-no-1", "city:ru:saint-petersburg")),
    ("Bread trade grew. Gomel Bakery No 2 supplies rolls to shops in Bryansk.",
     ("company:by:gomel-bakery-no-2", "city:ru:bryansk")),
])
def test_a_works_number_after_its_head_noun_is_part_of_its_name(text, pair):
    assert pair in _supplies(text)


@pytest.mark.parametrize("text", [
    "Under Resolution No. 7 Orsha Flax Mill ships linen to Pskov.",
    "Route No. 5 links Vitebsk with Smolensk, and Vitebsk Bus Depot serves it.",
])
def test_a_number_after_no_firms_noun_joins_no_name(text):
    from relgraph.loaders.extract.mentions import find_mentions
    assert not any("No." in m.text for m in find_mentions(text))
