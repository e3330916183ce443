"""Who a neighbouring sentence's party is: the firm a report's title names in capitals
("SANTA BREMOR / Annual report 2024", ``Discourse._titled_firm``), "its" before a
plural of markets (``supplies.SUPPLY``), a negated clause that carries no topic
(``carried_topic._supply_sides``), and a sentence's opening word that the text writes
only inside a longer name ("Steel" of "the Belarusian Steel Works",
``names.names_inside_sentences``), which is no firm "the plant" could mean."""

import pytest
from extract_candidates import candidates, firm_blind

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def rows(text, rel_type):
    """(source, target) by id, a firm's without its country."""
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == rel_type}


# -- the firm a report's title names in capitals ----------------------------------------
@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("SANTA BREMOR\nAnnual report 2024 (excerpt)\n\nMarkets\n\nWe signed a distribution "
     "agreement with the Georgian retail chain Nikora in March.",
     A, ("company:xx:santa-bremor", "company:xx:nikora")),
    ("BELSHINA\nAnnual Report 2023\n\nSuppliers\n\nOur plant depends on imported materials. "
     "Carbon black comes from the Omsk firm Omsk Carbon Group.",
     S, ("company:xx:omsk-carbon-group", "company:xx:belshina")),
])
def test_a_title_in_capitals_names_the_speaker(text, rel_type, expected):
    found = rows(text, rel_type)
    assert expected in found
    assert not any("markets" in a or "suppliers" in b for a, b in found)


def test_a_title_in_capitals_without_a_report_is_no_speaker():
    text = ("SANTA BREMOR\n\nMarkets\n\nWe signed a distribution agreement with the "
            "Georgian retail chain Nikora in March.")
    assert ("company:xx:santa-bremor", "company:xx:nikora") not in rows(text, A)


# -- "its" before a plural of markets -----------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Lidskoe Pivo is a brewery in Lida. Lithuania and Latvia remain its main foreign "
     "markets.", {("company:xx:lidskoe-pivo", "country:lt"),
                  ("company:xx:lidskoe-pivo", "country:lv")}),
    ("Belshina makes tyres. Russia, Kazakhstan and Serbia are the company's largest markets.",
     {("company:xx:belshina", "country:ru"), ("company:xx:belshina", "country:kz"),
      ("company:xx:belshina", "country:rs")}),
])
def test_a_list_of_its_markets_receives(text, expected):
    assert expected <= rows(text, S)


@pytest.mark.parametrize("text", [
    "China and India are huge markets.",
    "Vietnam and Laos are promising markets for Belarusian tractors.",
    "The Grodno Region and Podlaskie are markets of similar size.",
])
def test_markets_no_one_owns_receive_nothing(text):
    assert not rows(text, S)


# -- a negated clause carries no topic ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SANTA BREMOR\nAnnual report 2024\n\nOur company sponsors the route's information "
    "points; Lublin firms are not among our buyers.",
    "Savushkin Product is a Brest dairy. Its cheese is not exported to the Lublin "
    "Voivodeship.",
])
def test_a_negated_supply_carries_no_topic(text):
    assert not rows(text, S)


def test_a_supply_beside_a_negated_one_stays():
    text = "Gomselmash makes combines. Its buyers include farms in Lithuania."
    assert ("company:xx:gomselmash", "country:lt") in rows(text, S)


# -- a word written only inside a longer name -----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Lidselmash makes seed drills in Lida. Steel sheet for the plant comes from the "
     "Belarusian Steel Works in Zhlobin.", ("company:xx:bmz", "company:xx:lidselmash")),
    ("Lidskoe Pivo brews beer in Lida. Malt for the brewery is bought from Viking Malt.",
     ("company:xx:viking-malt", "company:xx:lidskoe-pivo")),
])
def test_a_word_of_a_longer_name_opening_a_sentence_is_no_firm(text, expected):
    found = rows(text, S)
    assert expected in found
    assert not any(b in ("company:xx:steel", "company:xx:malt") for _, b in found)


def test_a_word_written_alone_inside_a_sentence_stays_a_name():
    # "owns Steel": the text writes the word alone, after a lower-case word
    text = ("The holding owns Steel, a rolling mill in Zhlobin. Steel sheet goes to "
            "Lithuania.")
    assert ("company:xx:steel", "country:lt") in rows(text, S)


# -- a title that names its speaker by an office or as the sender ---------------------------
@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("Address of the Mayor of Grodno to the guests from Bialystok\n\nDear friends, our city "
     "has been twinned with Bialystok since 1998. We also ship furniture to Poland.",
     S, ("city:by:grodno", "country:pl")),
    ("Interview with the general director of Belshina, Yury Nikolaev\n\nWhat are your main "
     "markets?\n\nWe ship tyres to Russia and Kazakhstan.",
     S, ("company:xx:belshina", "country:kz")),
    ("Letter from Gomselmash to its dealers, March 2024\n\nDear partners, in 2023 we shipped "
     "2,000 combines to Kazakhstan.", S, ("company:xx:gomselmash", "country:kz")),
])
def test_a_title_names_the_speaker_by_office_or_as_sender(text, rel_type, expected):
    assert expected in rows(text, rel_type)


def test_a_title_naming_a_person_names_no_speaker():
    text = ("Interview with Aidar Seitkali\n\nWhat are your main markets?\n\nWe ship cables "
            "to Russia and Kazakhstan.")
    assert not rows(text, S)


# -- a gapped subject beside the carried topic ------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan is a big buyer of machinery. Last year MAZ delivered 300 trucks and BelAZ "
     "40 dump trucks.", {("company:xx:maz", "country:uz"), ("company:xx:belaz", "country:uz")}),
    ("The Omsk Region renewed its fleet. In 2024 Gomselmash shipped 120 combines, and MTZ "
     "230 tractors.", {("company:xx:gomselmash", "region:ru:omsk"),
                       ("company:xx:mtz", "region:ru:omsk")}),
])
def test_a_gapped_subject_supplies_the_topic_too(text, expected):
    assert expected <= rows(text, S)


def test_a_gapped_object_is_no_supplier():
    # "and 40 buses": more goods of the same supplier, no second supplier
    text = ("Uzbekistan is a big buyer of machinery. Last year MAZ delivered 300 trucks and "
            "40 buses.")
    assert rows(text, S) == {("company:xx:maz", "country:uz")}
