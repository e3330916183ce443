"""A town's own page of its twins: the page's town is the one side of every twinning its
list states, whatever shape the title and the list take. Every text here was written
for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.gazetteer.names import split_body

_pairs, _with = id_pair_set, pairs_with


# -- a country's name as a heading right above its items --------------------------------
# (the heading and the first item were one sentence, "Lithuania * Siauliai - sister city
# since 1997.", so the first item under each country was lost)
STARS = ("City of Jelgava | Official portal\n"
         "Home > Municipality > Foreign relations > Sister cities\n"
         "\n"
         "Jelgava keeps ties with towns in several countries, grouped below by country.\n"
         "\n"
         "Lithuania\n"
         "* Siauliai - sister city since 1997.\n"
         "* Kedainiai - partner town since 2009.\n"
         "\n"
         "Germany\n"
         "* Magdeburg - twin town since 1993.\n")
DASHES = ("City of Kaunas | Official website\n"
          "Main page > International links > Partner towns\n"
          "\n"
          "Finland\n"
          "- Turku: partner town from 1999\n"
          "- Kuopio: twinned in 2004\n"
          "\n"
          "Norway\n"
          "- Bergen: friendship town, 2011\n")


@pytest.mark.parametrize("text, pairs", [
    (STARS, _with("city:lv:jelgava", "city:lt:siauliai", "city:lt:kedainiai",
                  "city:de:magdeburg")),
    (DASHES, _with("city:lt:kaunas", "city:fi:turku", "city:fi:kuopio", "city:no:bergen")),
])
def test_the_first_item_under_a_country_heading_is_a_twin_of_the_pages_town(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text", [
    # the items tell of visits and fairs, no tie between the towns
    DASHES.replace("partner town from 1999", "a trade fair was held there in 2015")
          .replace("twinned in 2004", "students visited the university in 2018")
          .replace("friendship town, 2011", "a concert tour took place in 2011"),
    # no page of ties: the title is a travel guide's
    STARS.replace("Home > Municipality > Foreign relations > Sister cities",
                  "Travel notes of a cyclist")
         .replace("sister city since 1997", "a long ride in 1997")
         .replace("partner town since 2009", "a rainy stop in 2009")
         .replace("twin town since 1993", "a museum visit in 1993"),
])
def test_items_under_a_country_heading_state_no_twinning_of_their_own(text):
    assert _pairs(text) == set()


# -- a Latvian "state city" as the page's owner ------------------------------------------
STATE_CITY = ("Valmiera State City Municipality\n"
              "Home > City > Cooperation abroad > Twin towns\n"
              "\n"
              "Twin towns\n"
              "\n"
              "* Viljandi (Estonia) - twin town since 1994.\n"
              "* Pori (Finland) - partner city since 2002.\n")
STATE_CRUMB = ("Rezekne State City Municipality > Foreign ties > Partner cities\n"
                 "\n"
                 "Partner cities\n"
                 "\n"
                 "- Vitebsk (Belarus): a twinning agreement was concluded in 2006.\n"
                 "- Utena (Lithuania): twin town since 2001.\n")


@pytest.mark.parametrize("text, pairs", [
    (STATE_CITY, _with("city:lv:valmiera", "city:ee:viljandi", "city:fi:pori")),
    (STATE_CRUMB, _with("city:lv:rezekne", "city:by:vitebsk", "city:lt:utena")),
])
def test_a_state_citys_page_speaks_for_the_town(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("name, place, level", [
    ("Jelgava State City Municipality", "Jelgava", "city"),
    ("Rezekne State City Council", "Rezekne", "city"),
    ("Ventspils State City Municipality", "Ventspils", "city"),
    # "state" alone is no town's level: a US state's government stays as it was read
    ("Ohio State Government", "Ohio State", None),
])
def test_state_city_is_a_towns_organ(name, place, level):
    got = split_body(name)
    assert (got[0], got[2]) == (place, level)


# -- a section of partner towns: an agreement with the town is also its twinning ---------
SECTIONS = ("Lida City Executive Committee\n"
            "Partner towns\n"
            "\n"
            "Lida keeps ties with several towns abroad.\n"
            "\n"
            "Gizycko (Poland)\n"
            "\n"
            "An agreement on cooperation in tourism was signed in 2005.\n"
            "\n"
            "Cooperation agreements\n"
            "\n"
            "Kedainiai (Lithuania)\n"
            "\n"
            "A protocol on school exchanges was signed in 2012.\n")
ITEMS = ("City of Kaunas | Official website\n"
         "Home > Foreign relations > Sister and partner cities\n"
         "\n"
         "Sister and partner cities\n"
         "\n"
         "Finland, Sweden\n"
         "* Turku (Finland) - cooperation agreement, 2008.\n"
         "* Uppsala (Sweden) - memorandum on culture, 2013.\n"
         "\n"
         "Business contacts\n"
         "* Tampere (Finland) - memorandum on trade, 2016.\n")


def test_an_agreement_under_a_heading_of_partner_towns_is_a_twinning_too():
    lida = "city:by:lida"
    assert _pairs(SECTIONS) == _with(lida, "city:pl:gizycko")
    assert _pairs(SECTIONS, "SIGNED_AGREEMENT") == _with(lida, "city:pl:gizycko",
                                                         "city:lt:kedainiai")


def test_an_item_naming_its_document_under_a_heading_of_partner_towns():
    # (a heading of country names over the first item stands alone, "Finland, Sweden")
    assert _pairs(ITEMS) == _with("city:lt:kaunas", "city:fi:turku", "city:se:uppsala")


@pytest.mark.parametrize("text", [
    # the heading calls the section's towns no partners
    SECTIONS.replace("Partner towns\n", "Foreign contacts\n")
            .replace("Gizycko (Poland)\n", "Cooperation agreements\n\nGizycko (Poland)\n"),
    ITEMS.replace("Sister and partner cities\n\nFinland", "Memoranda\n\nFinland"),
])
def test_no_twinning_from_agreements_outside_a_section_of_partner_towns(text):
    assert _pairs(text) == set()


@pytest.mark.parametrize("lines, heading", [
    (["Estonia, Finland", "* Parnu - twin town since 1994.", "* Kotka - twin town since 1999."],
     "Estonia, Finland"),
    (["Latvia, Lithuania and Poland", "- Cesis: partner town, 2003",
      "- Birzai: partner town, 2007"], "Latvia, Lithuania and Poland"),
])
def test_a_heading_of_names_over_a_list_stands_alone(lines, heading):
    from relgraph.loaders.extract.document import build_document
    from relgraph.loaders.extract.sentences import split_sentences

    texts = [s.text for s in split_sentences(build_document(lines).text)]
    assert texts[0] == heading


def test_names_ending_a_wrapped_sentence_stay_in_it():
    from relgraph.loaders.extract.document import build_document
    from relgraph.loaders.extract.sentences import split_sentences

    lines = ["The town keeps partner towns in two countries, namely", "Estonia, Finland",
             "* Parnu - twin town since 1994."]
    texts = [s.text for s in split_sentences(build_document(lines).text)]
    assert not any(t == "Estonia, Finland" for t in texts)


# -- rows of the page's own agreements under a heading of partner towns ------------------
YEARS = ("City of Grodno | Official website\n"
         "Home > City > Foreign ties > Partner cities\n"
         "\n"
         "Partner cities\n"
         "\n"
         "The partnership agreements were concluded on the following dates:\n"
         "\n"
         "- Bialystok (Poland) - 1995\n"
         "- Alytus (Lithuania) - 2001\n")
CONCLUDED = ("Lida City Executive Committee\n"
             "Sister towns\n"
             "\n"
             "Sister towns\n"
             "\n"
             "Our town has concluded cooperation agreements with these partners:\n"
             "\n"
             "- Kedainiai (Lithuania) - 2006\n"
             "- Gizycko (Poland) - 2009\n")


@pytest.mark.parametrize("text, pairs", [
    (YEARS, _with("city:by:grodno", "city:pl:bialystok", "city:lt:alytus")),
    (CONCLUDED, _with("city:by:lida", "city:lt:kedainiai", "city:pl:gizycko")),
])
def test_rows_of_agreements_under_a_heading_of_partner_towns(text, pairs):
    assert _pairs(text) == pairs
    assert _pairs(text, "SIGNED_AGREEMENT") == pairs


@pytest.mark.parametrize("text, pairs", [
    (YEARS.replace("\nPartner cities\n", "\nDocuments\n"),
     _with("city:by:grodno", "city:pl:bialystok", "city:lt:alytus")),
    (CONCLUDED.replace("\nSister towns\n\nOur", "\nCooperation agreements\n\nOur"),
     _with("city:by:lida", "city:lt:kedainiai", "city:pl:gizycko")),
])
def test_rows_of_agreements_under_another_heading_stay_agreements(text, pairs):
    assert _pairs(text) == set()
    assert _pairs(text, "SIGNED_AGREEMENT") == pairs


@pytest.mark.parametrize("grouping", ["Other countries", "Central Asia and the Caucasus"])
def test_a_heading_that_groups_partner_towns_by_where_they_lie_keeps_the_section(grouping):
    text = SECTIONS.replace("Cooperation agreements", grouping)
    assert _pairs(text) == _with("city:by:lida", "city:pl:gizycko", "city:lt:kedainiai")


# -- "the city" in prose after the list of partner towns ---------------------------------
AFTER_ROWS = ("City of Grodno | Official website\n"
              "Home > City > Foreign ties > Partner cities\n"
              "\n"
              "Partner cities\n"
              "\n"
              "Bialystok (Poland) - twin city since 1995.\n"
              "Alytus (Lithuania) - partner town since 2001.\n"
              "\n"
              "In 2025 the city intends to conclude a twinning charter with the Georgian city "
              "of Rustavi.\n")
AFTER_ITEMS = ("Lida City Executive Committee\n"
               "Sister towns\n"
               "\n"
               "* Kedainiai: sister town, 2006\n"
               "* Gizycko: sister town, 2009\n"
               "\n"
               "Last year the town concluded a twinning charter with the Finnish town of Pori.\n")


@pytest.mark.parametrize("text, own, partner, last_item", [
    (AFTER_ROWS, "city:by:grodno", "city:ge:rustavi", "city:lt:alytus"),
    (AFTER_ITEMS, "city:by:lida", "city:fi:pori", "city:pl:gizycko"),
])
def test_the_city_after_a_list_of_partner_towns_is_the_pages_town(text, own, partner,
                                                                  last_item):
    pairs = _pairs(text)
    assert frozenset((own, partner)) in pairs
    assert frozenset((last_item, partner)) not in pairs


def test_the_town_after_a_town_named_in_its_paragraph_is_that_town():
    text = AFTER_ITEMS.replace("Last year the town", "Valmiera hosted a fair in 2019, and "
                               "last year the town")
    pairs = _pairs(text)
    assert frozenset(("city:lv:valmiera", "city:fi:pori")) in pairs
    assert frozenset(("city:by:lida", "city:fi:pori")) not in pairs


# -- a partner town's section whose sentence names both towns and their agreement --------
NAMED = ("City of Kaunas | Official website\n"
         "Home > Foreign relations > Partner cities\n"
         "\n"
         "Partner cities\n"
         "\n"
         "Turku (Finland). In 2008 Kaunas and Turku signed a memorandum on culture.\n"
         "\n"
         "Uppsala (Sweden). The protocol between the two university towns was signed in "
         "Uppsala in 2013.\n")


def test_an_agreement_naming_both_towns_in_a_partner_towns_section_is_a_twinning_too():
    pairs = _with("city:lt:kaunas", "city:fi:turku", "city:se:uppsala")
    assert _pairs(NAMED) == pairs
    assert _pairs(NAMED, "SIGNED_AGREEMENT") == pairs


def test_an_agreement_naming_both_towns_under_another_heading_stays_an_agreement():
    text = NAMED.replace("\nPartner cities\n", "\nMemoranda\n")
    assert _pairs(text) == set()
    assert _pairs(text, "SIGNED_AGREEMENT") == _with("city:lt:kaunas", "city:fi:turku",
                                                     "city:se:uppsala")


# -- a row with no full stop run into its own text on the next line ---------------------
# ("Nitra, Slovakia (since 1997)" above "The two towns exchange ...": the lines were one
# sentence, so the row was never read as a twin)
RUN_ON = ("City of Szombathely | Official website\n"
          "Home > The City > Twin towns\n"
          "\n"
          "Twin towns\n"
          "\n"
          "Nitra, Slovakia (since 1997)\n"
          "The two towns exchange school choirs every spring.\n"
          "\n"
          "Jyväskylä (Finland) - since 1988\n"
          "Students of both universities visit each other.\n")


def test_a_row_run_into_its_own_text_is_a_twin_of_the_pages_town():
    assert _pairs(RUN_ON) == _with("city:hu:szombathely", "city:sk:nitra", "city:fi:jyvaskyla")


def test_rows_run_into_their_text_under_another_heading_are_no_twins():
    text = RUN_ON.replace("Twin towns", "Tourist offices")
    assert _pairs(text) == set()


# -- rows whose town opens with a marked capital ("Trenčín", "Łomża", "Örebro") ---------
MARKED = ("City of Szombathely | Official website\n"
          "Home > The City > Twin towns\n"
          "\n"
          "Twin towns\n"
          "\n"
          "Trenčín, Slovakia (since 1997)\n"
          "\n"
          "Łomża (Poland) - since 1988\n"
          "\n"
          "Örebro, Sweden - since 2004\n")


def test_rows_with_a_marked_capital_are_twins_of_the_pages_town():
    assert _pairs(MARKED) == _with("city:hu:szombathely", "city:sk:trencin", "city:pl:lomza",
                                   "city:se:orebro")
