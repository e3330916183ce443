"""A firm writing its own report is placed by one decision over the whole text: what it
says of itself (stations, plants and farms it calls its own, named before or after their
noun, the port it ships from, the regions it names, its currency) counts for its home,
and every country it names as a market, a customer, a source or the seat of a unit
abroad counts against. The firms its market list names take the country of the item
they stand in. Every text here was written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.currencies import is_amount_code
from relgraph.loaders.extract.own_abroad import abroad
from relgraph.loaders.extract.own_home import own_home

_TOWNS = {"Tozeur": "TN", "Kebili": "TN", "Douz": "TN", "Rades": "TN", "Sfax": "TN",
          "Rotterdam": "NL", "Utrecht": "NL", "Genoa": "IT", "Hamburg": "DE",
          "Djerid": "TN"}.get


@pytest.mark.parametrize(("text", "cc"), [
    # stations in three towns of one country, and the currency
    ("Germany took most of our dates. We packed 21,000 t at our three stations in "
     "Tozeur, Kebili and Douz. Sales were TND 90 million.", "TN"),
    # a station named before its noun and the port shipped from
    ("Italy stayed our first market. A new line went into our Kebili station, and the "
     "pallets left from the port of Rades.", "TN"),
    # a region named as one, a packhouse and the currency
    ("France buys most. Our packhouse in Douz works for growers across the Djerid "
     "region. Revenue: TND 12 million.", "TN"),
    # two sites in a market's towns do not outweigh the home, once the market is abroad
    ("Revenue was TND 30 million. Our mill in Sfax ran all year, and our sites in "
     "Rotterdam and Utrecht repack. Exports to the Netherlands rose by a third.", "TN"),
])
def test_the_firms_own_words_outweigh_its_markets(text, cc):
    assert own_home(text, _TOWNS) == cc


@pytest.mark.parametrize("text", [
    # a port shipped to is the buyer's
    "We shipped our first lots to the port of Genoa. Revenue was TND 3 million.",
    # a subsidiary abroad, however well its town is known, is no home
    "Our Rotterdam subsidiary and our Utrecht station repack for Dutch buyers.",
    # a market list alone says nothing of the seller's home
    "Our main markets were:\n- Germany: 4,000 t\n- Italy: 2,000 t\n",
])
def test_no_home_from_what_lies_abroad(text):
    assert own_home(text, _TOWNS) is None


def test_the_countries_named_abroad():
    text = ("Our main markets were:\n- Germany: 4,000 t\n- Italy: 2,000 t\n"
            "Norway remained our largest customer. Salt is imported from Chile. "
            "Our Hamburg sales office opened.")
    assert set(abroad(text, _TOWNS)) == {"DE", "IT", "NO", "CL"}


_REPORT = (
    "OASIS DATTES EXPORT S.A.\nAnnual Report 2024\n\nOur markets\n"
    "We packed 21,000 tonnes of dates at our three stations in Tozeur, Kebili and Douz, "
    "and sales reached TND 190 million.\n"
    "Our main export markets were:\n"
    "- Germany: 5,200 t, sold to the wholesaler Nordfrucht Ltd.\n"
    "- Canada: 1,900 t, delivered to Maple Dates Inc. and Prairie Import SAS.\n"
    "- France: 2,400 t, sold to Verger Import B.V. of Hamburg.\n\n"
    "Suppliers\nCartons came from Emballages du Sud S.A.R.L., which supplies all our "
    "stations.\n")


def _ids(text):
    return {r[side]["id"] for r in candidates(text) for side in ("source", "target")}


def test_the_report_firm_is_of_its_home_whatever_its_shared_legal_form():
    ids = _ids(_REPORT)
    assert "company:tn:oasis-dattes-export" in ids
    assert not any(i.startswith("company:fr:oasis") for i in ids)


@pytest.mark.parametrize("firm", ["company:de:nordfrucht", "company:ca:maple-dates",
                                  "company:ca:prairie-import"])
def test_a_listed_buyer_takes_its_items_country(firm):
    assert firm in _ids(_REPORT)


def test_a_listed_buyer_keeps_the_seat_its_own_phrase_gives():
    # (the near miss: "of Hamburg" places the buyer, whatever item it stands in)
    ids = _ids(_REPORT)
    assert "company:de:verger-import" in ids
    assert "company:fr:verger-import" not in ids


def test_a_supplier_with_a_shared_form_and_no_place_is_of_the_reports_home():
    # (the firm is Tunisian, as the report is; its id drops the legal form whole)
    assert "company:tn:emballages-du-sud" in _ids(_REPORT)


def test_a_currency_code_before_an_amount_is_no_party():
    text = ("OASIS DATTES EXPORT S.A.\nAnnual Report 2024\n\n"
            "Export revenue of TND 190 million was earned mostly in the European Union "
            "and Norway.\nWe supply dates to Nordfrucht Ltd of Hamburg.\n")
    assert not any(i.endswith(":tnd") for i in _ids(text))


@pytest.mark.parametrize(("word", "text", "end", "money"), [
    ("TND", "sales of TND 190 million", 12, True),
    ("EUR", "EUR 4 million", 3, True),
    ("TND", "TND Logistics signed", 3, False),   # a firm's name that is a code
    ("ABC", "ABC 40 units", 3, False),           # no currency's code
])
def test_amount_codes(word, text, end, money):
    assert is_amount_code(word, text, end) is money


def test_a_first_person_markets_caption_is_the_report_firms():
    text = ("SALINAS DEL NORTE S.A. - Annual Report 2024\n\n"
            "In 2024 we shipped 80,000 t of salt from our plant in Antofagasta.\n"
            "Our export sales by destination were as follows:\n"
            "- Peru - 40% - road salt\n"
            "- Japan - 25% - industrial salt\n")
    ids = _ids(text)
    assert not any(i.endswith(":our") for i in ids)
    assert any(i.startswith("company:") and "salinas-del-norte" in i for i in ids)


_HOME_MARKET = (
    "SALINAS DEL NORTE S.A. - Annual Report 2024\n\n"
    "Our salt works in Antofagasta shipped 80,000 t in 2024.\n"
    "Our largest customer in Peru is Vialidad Andina S.A.C. of Lima. In Bolivia we sell "
    "mainly to Sal Andina Ltda. in La Paz. {opening} Quimica Austral S.A. buys table salt "
    "from us for its 60 shops.\n\nThe Board\nAntofagasta, March 2025\n")


@pytest.mark.parametrize("opening", ["At home,", "In the domestic market,", "In our home market,",
                                     "On the domestic market,"])
def test_a_sentence_on_the_home_market_places_its_firms_at_home(opening):
    ids = _ids(_HOME_MARKET.format(opening=opening))
    assert "company:cl:quimica-austral" in ids


def test_a_sentence_without_the_home_words_keeps_the_paragraphs_market():
    # (the near miss: "Also," says nothing of the market; the paragraph's last market
    # places the buyer)
    ids = _ids(_HOME_MARKET.format(opening="Also,"))
    assert "company:cl:quimica-austral" not in ids
