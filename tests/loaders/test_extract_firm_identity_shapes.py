"""A firm's or body's identity as the text gives it where it introduces the party: a
town in brackets after a bare name, an owner's plant in a town, the firm table's name
with a group word or a country code after it, a region after "of" in a body's name, a
letterhead in capitals, a bare "State Company" before a name, a farm or textile
cluster, and a list item wrapped onto an indented line (its description kept with its
name). Every text here was written for these tests."""

import pytest
from extract_candidates import candidates, pairs


def _ids(text, rel_type="SUPPLIES_TO"):
    return {x for pair in pairs(text, rel_type) for x in pair}


def _kinds(text):
    return {r[side]["id"]: r[side]["kind"] for r in candidates(text)
            for side in ("source", "target")}


# -- a town alone in brackets after a bare name seats the firm ----------------------
@pytest.mark.parametrize("text, firm", [
    ("Trade with Ukraine grew. Vektra (Kaunas) sells cheese to Belmarket in Minsk.",
     "company:lt:vektra"),
    ("Trade with Lithuania and Ukraine grew. Vermet (Bialystok) ships steel to the Kaunas "
     "firm Stalbud.", "company:pl:vermet"),
])
def test_a_town_in_brackets_seats_a_bare_name(text, firm):
    found = _ids(text)
    assert firm in found
    # the town only seats the firm: it is no party
    assert not any(x.startswith("city:") for x in found)


@pytest.mark.parametrize("text, party", [
    # a place's bracket is its address: the town stays a town
    ("Slavgorod (Altai Krai) is twinned with Pavlodar.", "city:ru:slavgorod"),
    # a town before the bracket is no firm: "Kutaisi (Imereti)" stays the town
    ("Kutaisi (Imereti) is twinned with Poltava.", "city:ge:kutaisi"),
])
def test_other_brackets_leave_the_reading(text, party):
    rel = "TWINNED_WITH" if "twinned" in text else "SUPPLIES_TO"
    assert party in _ids(text, rel)


# -- an owner's plant in a town -----------------------------------------------------
@pytest.mark.parametrize("text, owner, gone", [
    ("Sales to Sweden rose. Toftan Invest's Voru plant ships planks to "
     "Bauhaus.", "company:ee:toftan-invest", "city:ee:voru"),
    ("Serbia is the main market. Belkommash's Pinsk plant sold loaders to Serbian "
     "builders in 2023.", "company:by:belkommash", "city:by:pinsk"),
    ("Georgia is the main market. The Baku trader Azfood imports sunflower oil from "
     "Oliyar's crushing plant in Poltava.", "company:ua:oliyar", "city:ua:poltava"),
    ("Estonia and Latvia trade more. Minsk Dairy buys whey from Lacto Nord's drying works "
     "at Siauliai.", "company:lt:lacto-nord", "city:lt:siauliai"),
])
def test_an_owners_plant_in_a_town_is_the_owner_there(text, owner, gone):
    found = _ids(text)
    assert owner in found
    assert gone not in found


def test_a_places_possessive_before_a_firm_stays_the_places():
    # "Minsk's Horizont plant": the place owns nothing; the firm is Horizont
    found = _ids("Minsk's Horizont plant ships televisions to Serbia.")
    assert any(x.endswith(":horizont") for x in found)
    assert not any(x.startswith("city:") for x in found)


# -- the firm table's name with a group word or a country code after it ---------------
@pytest.mark.parametrize("text, country", [
    ("Mongolia is a growing market. Rostselmash Group ships combines to Mongolia.", "ru"),
    ("Kazakhstan and Uzbekistan buy machines. In 2023 Amkodor Group sold loaders to "
     "Kazakhstan.", "by"),
    ("Uzbekistan buys kits. Agromashholding KZ sells combines to farms in Uzbekistan.",
     "kz"),
])
def test_a_table_firm_with_its_group_word_or_code(text, country):
    firms = [x for x in _ids(text) if x.startswith("company:")]
    assert firms and all(x.split(":")[1] == country for x in firms)


def test_a_code_of_another_country_is_no_table_firm():
    # "Agromashholding UZ" is no name of the Kazakh firm the table lists
    firms = [x for x in _ids("Tajikistan buys combines. Agromashholding UZ ships combines "
                             "to Tajikistan.") if x.startswith("company:")]
    assert firms and not any(x.startswith("company:kz:") for x in firms)


# -- a region after "of" in a body's name -------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("The Klaipeda Business Association concluded a protocol with the Chamber of Commerce "
     "of Khatlon region in 2021.", "org:tj:"),
    ("In 2022 the Kaunas Farmers Union signed an agreement with the Union of Farmers of "
     "Vitebsk oblast.", "org:by:"),
])
def test_a_region_word_after_the_name_of_a_body(text, body):
    assert any(x.startswith(body) for x in _ids(text, "SIGNED_AGREEMENT"))


# -- a letterhead in capitals --------------------------------------------------------
def test_a_letterhead_in_capitals_gives_the_texts_country():
    text = ("MINISTRY OF ECONOMY OF THE REPUBLIC OF LATVIA\nForeign trade review\n\n"
            "Trade with Kazakhstan and Uzbekistan grew. Nord Timber sold sawn timber to "
            "Kazakhstan.")
    assert "company:lv:nord-timber" in _ids(text)


def test_a_capital_headline_is_no_letterhead():
    from relgraph.loaders.extract.discourse import home_country

    where = {"Latvia": "LV", "Estonia": "EE"}.get
    # no body's word in it: a headline, not a sender
    assert home_country("TIMBER NEWS OF LATVIA AND ESTONIA\n\nTrade grew.", where) is None
    assert home_country("MINISTRY OF ECONOMY OF THE REPUBLIC OF LATVIA\n\nTrade grew.",
                        where) == "LV"


# -- a bare "State Company" before a one-word name -----------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Russia is the main market: the State Company Avtodor bought 120 snow ploughs from "
     "Amkodor.", "avtodor"),
    ("The State Enterprise Belavtodor received 40 graders from MAZ.", "belavtodor"),
])
def test_a_state_company_before_a_name(text, firm):
    assert any(x.endswith(":" + firm) for x in _ids(text))


# -- a cluster that makes goods is a firm -------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("The Bukhara cotton cluster Paxta Nur sells dyed fabric to the Almaty garment maker "
     "Trikotaj.", "company:uz:paxta-nur"),
    ("The Uzbek dairy cluster Sut Dunyo ships milk powder to Kazakhstan.",
     "company:uz:sut-dunyo"),
])
def test_a_goods_cluster_is_a_company(text, firm):
    assert _kinds(text).get(firm) == "Company"


def test_an_innovation_cluster_stays_a_body():
    text = "The innovation cluster Astana Hub signed a memorandum with the Tashkent IT Park."
    found = {x for pair in pairs(text, "SIGNED_AGREEMENT") for x in pair}
    assert any(x.startswith("org:") and "astana-hub" in x for x in found)


# -- a list item wrapped onto an indented line ---------------------------------------
def test_a_wrapped_item_keeps_its_firms_description():
    text = ("Suppliers of the year:\n"
            "  - Narva Metall receives ore from the Kazakh\n"
            "    producer Qazaq Ruda and sells oxides to the Korean\n"
            "    group Hanjin Oxide;\n"
            "  - Pärnu Puit sells pellets to Denmark.\n")
    found = pairs(text, "SUPPLIES_TO")
    assert ("company:kz:qazaq-ruda", "company:xx:narva-metall") in \
        {(a, "company:xx:" + b.split(":")[-1]) for a, b in found}
    # the demonym described the firm: it is no party
    assert not any(a.startswith("country:kz") for a, _b in found)


def test_an_unindented_line_after_a_list_starts_anew():
    text = ("Partner towns:\n- Narva\n- Rezekne\nThe Kazakh producer Qazaq Ruda ships ore to "
            "Narva Metall.\n")
    assert ("company:kz:qazaq-ruda", "company:xx:narva-metall") in {
        (a, "company:xx:" + b.split(":")[-1]) for a, b in pairs(text, "SUPPLIES_TO")}


# -- a transcript's speaker labels and its guest line ---------------------------------
BELSHINA_RADIO = ("Radio Minsk, programme Business Hour\n"
                  "Guest: the director of Belshina. Host: Anna Petrova.\n\n"
                  "HOST: Good evening. Who buys your tyres abroad?\n"
                  "DIRECTOR: Kamaz is our largest customer in Russia.\n"
                  "HOST: What about Kazakhstan?\n"
                  "DIRECTOR: We ship tyres to Allur in Kostanay.\n")
GOMSELMASH_RADIO = ("Business radio, 3 March 2025\n"
                    "Guest: the general director of Gomselmash.\n\n"
                    "HOST: Where do your combines go?\n"
                    "GUEST: We sold 300 combines to Agrotrade in Moldova last year.\n"
                    "HOST: And Russia?\n"
                    "GUEST: Rostov farms buy them too.\n")


@pytest.mark.parametrize("text, speaker, partner", [
    (BELSHINA_RADIO, "company:by:belshina", "company:kz:allur"),
    (GOMSELMASH_RADIO, "company:by:gomselmash", "company:md:agrotrade"),
])
def test_the_guest_line_names_who_we_are(text, speaker, partner):
    assert (speaker, partner) in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text", [BELSHINA_RADIO, GOMSELMASH_RADIO])
def test_speaker_labels_are_no_parties(text):
    found = {x for r in candidates(text) for side in ("source", "target")
             for x in (r[side]["name"], r[side]["id"].split(":")[-1])}
    assert not found & {"HOST", "GUEST", "DIRECTOR", "Host", "Guest", "host", "guest"}


def test_a_firm_in_capitals_opening_one_line_stays_a_party():
    from relgraph.loaders.extract.pipeline import speaker_labels

    lines = ["HOST: Who buys the tyres?", "BELSHINA: the tyre maker replied.",
             "HOST: Thank you.", "Guest: the mayor of Brest."]
    assert speaker_labels(lines) == {"HOST", "Guest"}


# -- a country that labels a line or a list item ---------------------------------------
@pytest.mark.parametrize("text, firm, label", [
    ("Dealers in the Caucasus and Central Asia\n\nKazakhstan and Turkey are covered "
     "elsewhere.\n- Azerbaijan: Gomselmash sells combines to the farm lessor "
     "Aqrolizinq.\n", "company:az:aqrolizinq", "country:az"),
    ("Deals of the year, with Russia still the main market:\n- Moldova: Nord Agro buys "
     "seeders from Gomselmash;\n- Georgia: Kartli Mash buys combines from Gomselmash, as "
     "Russian dealers do.\n", "company:ge:kartli-mash", "country:ge"),
])
def test_a_country_label_places_the_items_firms(text, firm, label):
    found = _ids(text)
    assert firm in found
    # the label is no party of the item's relation
    assert label not in found


def test_a_country_that_opens_a_sentence_is_no_label():
    # "Moldova buys ..." has no colon: the country is the buyer, and places nobody else
    found = pairs("Moldova buys seeders from Nord Agro in Romania.", "SUPPLIES_TO")
    assert any(b == "country:md" for _a, b in found)


# -- two metals joined by "and" inside a works' name -----------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Zaporizhzhia Titanium and Magnesium Combine (ZTMK) ships sponge to Poland.",
     "Zaporizhzhia Titanium and Magnesium Combine"),
    ("In 2023 the Aktobe Uranium and Manganese Works sold ore to Metalltrade.",
     "Aktobe Uranium and Manganese Works"),
])
def test_metals_joined_by_and_stay_one_name(text, name):
    from relgraph.loaders.extract.mentions import find_mentions

    assert name in [m.text for m in find_mentions(text)]


def test_a_firm_and_a_works_stay_two_names():
    from relgraph.loaders.extract.mentions import find_mentions

    names = [m.text for m in find_mentions("Kazchrome and the Aksu Manganese Plant ship ore "
                                           "to China.")]
    assert "Kazchrome" in names and not any("Kazchrome and" in n for n in names)


# -- a bare object seated by the town after "in" --------------------------------------
@pytest.mark.parametrize("text, rel, firm", [
    ("Trade with Poland grew. Gomselmash signed a dealer contract with Agrotek in Balti.",
     "SIGNED_AGREEMENT", "company:md:agrotek"),
    ("Exports to Lithuania and Poland grew. Santa Foods sells cheese to Belmarket in "
     "Minsk.", "SUPPLIES_TO", "company:by:belmarket"),
])
def test_a_town_after_a_bare_object_seats_it(text, rel, firm):
    found = _ids(text, rel)
    assert firm in found
    assert not any(x.startswith("city:") for x in found)


@pytest.mark.parametrize("text, party", [
    # a year after "in" seats nobody
    ("Trade with Poland grew. Gomselmash sold combines to Agrotek in 2023.",
     "company:pl:agrotek"),
    # a town located by its region stays the town
    ("Gomselmash ships combines to Zhlobin in the Gomel region.", "city:by:zhlobin"),
])
def test_other_objects_before_in_keep_their_reading(text, party):
    assert party in _ids(text, "SIGNED_AGREEMENT" if "signed" in text else "SUPPLIES_TO")


def test_a_list_of_towns_after_in_seats_nobody():
    # "in Minsk and Gomel": where the goods go, not Belmarket's seat
    assert "company:by:belmarket" not in _ids("Exports to Lithuania and Poland grew. Santa "
                                              "Foods sells cheese to Belmarket in Minsk and "
                                              "Gomel.")


# -- a Latvian firm named with its town in the genitive --------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Trade with Georgia and Armenia grew. Rigas Dzirnavnieks sells flour to Yerevan.",
     "company:lv:rigas-dzirnavnieks"),
    ("Trade with Georgia and Armenia grew. Ogres Trikotaza sells knitwear to Yerevan.",
     "company:lv:ogres-trikotaza"),
])
def test_a_town_in_the_genitive_places_a_latvian_firm(text, firm):
    assert firm in _ids(text)


@pytest.mark.parametrize("text, firm", [
    # no Latvian town "Atla": the ending alone says nothing
    ("Trade with Georgia and Armenia grew. Atlas Trade sells pumps to Tbilisi.",
     "company:am:atlas-trade"),
    # a town's own name ending so stays that town's
    ("Trade with Georgia and Armenia grew. Kaunas Grain sells wheat to Tbilisi.",
     "company:lt:kaunas-grain"),
])
def test_other_words_ending_so_place_nothing_in_latvia(text, firm):
    assert firm in _ids(text)


# -- a common word and "of" a country after a firm's description -------------------------
@pytest.mark.parametrize("text, firm", [
    ("Azerbaijan buys little alumina. Azeraluminium buys alumina, the raw aluminium, from "
     "the Kazakh producer Aluminium of Kazakhstan.", "company:kz:aluminium-of-kazakhstan"),
    ("The tube maker Interpipe buys coking coal from the Russian miner, Coal of Russia.",
     "company:ru:coal-of-russia"),
])
def test_a_common_word_of_a_country_is_the_described_firms_name(text, firm):
    found = _ids(text)
    assert firm in found
    # the demonym only described it: no country supplies
    assert not any(x.startswith("country:") for x in found)


def test_a_body_of_a_country_keeps_its_short_id():
    # "Ministry of Agriculture of Uzbekistan": the rest is no common word
    found = _ids("Gomselmash signed a contract with the Ministry of Agriculture of "
                 "Uzbekistan.", "SIGNED_AGREEMENT")
    assert "org:uz:ministry-of-agriculture" in found


# -- an owner in an apposition is no party, and does not place the firm ------------------
@pytest.mark.parametrize("text, firm, owner", [
    ("Trade with Russia grew. Kaunas Agro, owned by the Danish group Danagro, ships grain "
     "to Russia.", "company:lt:kaunas-agro", "danagro"),
    ("Trade with Poland grew. Vilnius Malt, majority owned by the French group Malteurop, "
     "ships malt to Poland.", "company:lt:vilnius-malt", "malteurop"),
])
def test_an_owner_after_owned_by_is_no_party(text, firm, owner):
    found = _ids(text)
    assert firm in found
    assert not any(x.endswith(":" + owner) for x in found)


def test_an_owner_described_as_one_stays_the_actor():
    found = _ids("Trade with Russia grew. Danagro, the Danish owner of Kaunas Agro, ships "
                 "grain to Russia.")
    assert "company:dk:danagro" in found


# -- a village does not outweigh the town a firm is named after ------------------------
@pytest.mark.parametrize("text, firm", [
    ("Trade with Kazakhstan grew. Orsha Flax, now part of the Russian holding Lenprom, "
     "sells linen to Kazakhstan.", "company:by:orsha-flax"),
    ("Russian buyers and Uzbek ones take most of it. Temirtau Steel sells goods to "
     "Uzbekistan.", "company:kz:temirtau-steel"),
])
def test_a_village_namesake_in_a_named_country_does_not_place_a_firm(text, firm):
    assert firm in _ids(text)


def test_a_town_of_a_named_country_still_places_a_firm():
    # Kostanay is Kazakh whether or not the text names Kazakhstan
    assert "company:kz:kostanay-grain" in _ids("Russian buyers and Uzbek ones take most of "
                                               "it. Kostanay Grain sells goods to Uzbekistan.")


# -- an owner's facility in a country, or in a town named before "of" and the owner --
@pytest.mark.parametrize("text, owner, gone", [
    ("Exports to Sweden grew. Tula Metall shipped copper cathodes to Vestaro's wire "
     "mills in Norway.", "company:no:vestaro", "country:no"),
    ("In 2018 Permtek sold cable drums to Brennmark's assembly plants in Finland.",
     "company:fi:brennmark", "country:fi"),
    ("Permtek delivered cables to the Gavle plant of Norrkraft.", "company:se:norrkraft",
     "city:se:gavle"),
    ("Tomsk Kabel shipped copper wire to the Vaasa factory of Pohjan Sahko in 2019.",
     "company:fi:pohjan-sahko", "city:fi:vaasa"),
    ("Sales to Latvia rose. The Pori sawmills of Vestaro bought pulpwood from Kotlas Les.",
     "company:fi:vestaro", "city:fi:pori"),
])
def test_an_owners_facility_placed_elsewhere_is_the_owner_there(text, owner, gone):
    found = _ids(text)
    assert owner in found
    assert gone not in found


@pytest.mark.parametrize("text, party", [
    # no facility's noun: the town after "the" is the party itself
    ("Permtek delivered cables to the Gavle office park in 2020.", "city:se:gavle"),
    # a place's facility without an owner after "of": the country still buys
    ("Tomsk Kabel shipped copper wire to Finland in 2019.", "country:fi"),
])
def test_no_owner_leaves_the_place_a_party(text, party):
    assert party in _ids(text)
