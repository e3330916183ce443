"""A firm whose legal form several neighbours share (AG, GmbH) is of the country of the
place its own name holds, not of the neighbour the passage named last: a German place
adjective opening the name ("Xer ... AG", "Xische ... AG"), a region inside it
("... X AG"), a Saint's short form inside it ("... St. X AG", one name), and the
German words for Switzerland and Austria. Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids

HEAD = "Chapter 4\nTrade in the Alpine valleys\n\n"
ALPS = "The valley joins Switzerland, Austria and Germany. "
AUSTRIAN_LAST = ALPS + "Delegations came from Innsbruck and Linz. "
SWISS_LAST = ALPS + "Delegations came from Bern and Basel. "
GERMAN_LAST = ALPS + "Delegations came from Munich and Stuttgart. "
SIGNS = " signed a supply contract with Kornhaus Handel GmbH."


def _firms(text: str) -> set[str]:
    return {i for i in party_ids(text) if i.startswith(("company:", "org:"))}


@pytest.mark.parametrize("passage, firm, expected", [
    # a place adjective of the firm's language opening its name
    (AUSTRIAN_LAST, "Aargauer Mühlen AG", "company:ch:aargauer-muhlen"),
    (SWISS_LAST, "Salzburgische Glaswerke AG", "company:at:salzburgische-glaswerke"),
    # ... of a place written by its German name, or not formed from the whole name
    (GERMAN_LAST, "Tiroler Röhren GmbH", "company:at:tiroler-rohren"),
    (AUSTRIAN_LAST, "Walliser Käse AG", "company:ch:walliser-kase"),
    (AUSTRIAN_LAST, "Bündner Holz AG", "company:ch:bundner-holz"),
    # a region inside the name
    (AUSTRIAN_LAST, "Obsthandel Aargau AG", "company:ch:obsthandel-aargau"),
    # a Saint's short form inside the name: one firm, of that place's country
    (AUSTRIAN_LAST, "The Kantonale Wasserwerke St. Gallen AG",
     "company:ch:kantonale-wasserwerke-st-gallen"),
    # the country's own name in German
    (SWISS_LAST, "Österreichische Holzbau GmbH", "company:at:osterreichische-holzbau"),
])
def test_the_place_in_a_firms_name_decides_over_the_passage(passage, firm, expected):
    assert expected in _firms(HEAD + passage + firm + SIGNS)


@pytest.mark.parametrize("passage, firm, expected", [
    # a surname, not the country's adjective
    (GERMAN_LAST, "Schweizer Elektronik AG", "company:de:schweizer-elektronik"),
    # an English word with the adjective's ending is no place
    (AUSTRIAN_LAST, "Power Mühlen AG", "company:at:power-muhlen"),
    # a legal form of one country outranks the place in the name
    ("Poland and Austria trade a lot. Delegations came from Innsbruck and Linz. ",
     "Salzburger Handel Sp. z o.o.", "company:pl:salzburger-handel"),
    ("Italy and Austria trade a lot. Delegations came from Innsbruck and Linz. ",
     "Tyrol Foods S.p.A.", "company:it:tyrol-foods"),
])
def test_other_names_keep_their_reading(passage, firm, expected):
    assert expected in _firms(HEAD + passage + firm + SIGNS)


@pytest.mark.parametrize("text, expected", [
    # a person's initial after a body's name still ends the name
    (HEAD + "The Governor of the Tver Region S. Petrov signed an agreement with Kornhaus "
            "Handel GmbH.", "region:ru:tver"),
])
def test_initials_after_a_name_still_part_it(text, expected):
    assert any(i.startswith(expected) for i in party_ids(text)), party_ids(text)


REPORT = ("Halden Seafood ASA - Annual Report 2024\n\nCustomers\n"
          "Our main customers at year end were:\n"
          "| Customer | Country | Contract |\n"
          "| OOO Volga Ryba | Russia | supply contract signed 2022 |\n")


@pytest.mark.parametrize("row, firm", [
    # the country cell after a firm's places it, before a town or region its name holds
    # that lies elsewhere
    ("| Durham Gulf Trading LLC | Qatar | contract signed May 2024 |\n",
     "company:qa:durham-gulf-trading"),
    ("| Palm Coast Trading LLC | Oman | two-year contract signed 2023 |\n",
     "company:om:palm-coast-trading"),
])
def test_a_country_cell_after_a_firm_places_it(row, firm):
    got = party_ids(REPORT + row)
    assert firm in got, got
    # (and the country is no party of the row)
    assert not any(i.startswith("country:") for i in got), got


NOTES = "Trade notes\n\nIndia and Pakistan remain the largest markets for our partners. "


@pytest.mark.parametrize("firm, expected", [
    # South Asia's private company with its bracket: the town after it places the firm
    ("Kelani Rubber (Pvt) Ltd of Kegalle", "company:lk:kelani-rubber"),
    ("Kelani Rubber (Private) Limited of Ratnapura", "company:lk:kelani-rubber"),
    # the country's short and old names, as its firms keep them
    ("Lanka Spice Traders (Pvt) Ltd", "company:lk:lanka-spice-traders"),
    ("Ceylon Coir Works", "company:lk:ceylon-coir-works"),
])
def test_a_south_asian_firm_keeps_its_form_and_country(firm, expected):
    got = party_ids(NOTES + firm + " supplies latex gloves to Hamburg Medizin GmbH.")
    assert expected in got, got
