"""A firm's own report lists its markets (or its sources) one item a line under a
lead-in, and names itself in no item: "Our main export markets were: / - Norway (30%):
Fjordkost AS, Bergen". The report's firm supplies each item's place and the firms it
names (or receives from them). Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
HEAD = "Tervola Berries Oy\nAnnual Report 2024\n\n"


def _report(body: str) -> str:
    return HEAD + body + "\n"


def _own(side: str) -> bool:
    return "tervola" in side


@pytest.mark.parametrize("lead, items", [
    ("Our principal export markets were:",
     ["- Norway (31% of volume): Fjordkost AS of Bergen, a frozen-food wholesaler.",
      "- Japan (12%): deliveries to Hokuyo Shokuhin K.K., Sapporo.",
      "- Canada (8%): jams for Maple Pantry Foods Inc., under a yearly contract."]),
    ("We shipped frozen berries to 14 countries. Our largest customers by country:",
     ["1. Norway - Fjordkost AS, Bergen",
      "2. Japan - Hokuyo Shokuhin K.K., Sapporo",
      "3. Canada - Maple Pantry Foods Inc."]),
    ("In 2024 we exported our berries mainly to:",
     ["* Norway: Fjordkost AS",
      "* Japan: Hokuyo Shokuhin K.K.",
      "* Canada: Maple Pantry Foods Inc."]),
])
def test_items_under_a_lead_in_of_markets_are_the_firms_buyers(lead, items):
    text = _report("\n".join([lead, *items]))
    got = pairs(text, S)
    for market in ("country:no", "country:jp", "country:ca"):
        # (a list of customers by country places its buyers; one of markets names them)
        placed = "customers" in lead
        assert placed != any(_own(a) and b == market for a, b in got), (market, got)
    for buyer in ("fjordkost", "hokuyo", "maple-pantry"):
        assert any(_own(a) and buyer in b for a, b in got), (buyer, got)
    # (a town that only seats the buyer receives nothing)
    assert not any("bergen" in b or "sapporo" in b for _a, b in got), got


def test_items_under_a_lead_in_of_suppliers_supply_the_firm():
    text = _report("\n".join([
        "Our main suppliers of sugar and jars were:",
        "- Poland (55%): Cukrownia Warta S.A.",
        "- Estonia (20%): Pärnu Klaas AS, glass jars."]))
    got = pairs(text, S)
    for source in ("country:pl", "country:ee", "warta", "parnu"):
        assert any(source in a and _own(b) for a, b in got), (source, got)
    assert not any(_own(a) for a, _b in got), got


@pytest.mark.parametrize("body", [
    # a lead-in that names no markets, customers or suppliers
    "Our production sites are:\n- Finland (two plants): Tervola and Kemi\n"
    "- Sweden: Haparanda Berries AB, our subsidiary",
    "We exhibited at two fairs:\n- Germany: Anuga in Cologne\n- Japan: Foodex in Tokyo",
    # the report's own branches in an item are no buyers
    "Our principal export markets were:\n- Sweden (20%): via our subsidiary Haparanda "
    "Berries AB\n- Estonia (5%): via our subsidiary Tallinna Marja OU",
    # one item alone is no list
    "Our principal export markets were:\n- Norway (31%): Fjordkost AS",
])
def test_no_buyers_from_lists_of_other_things_or_own_units(body):
    got = pairs(_report(body), S)
    for nobody in ("haparanda", "tallinna", "anuga", "foodex", "cologne", "fjordkost"):
        assert not any(nobody in a or nobody in b for a, b in got), (nobody, got)


def test_no_owner_in_a_text_that_speaks_for_nobody():
    text = ("Berry trade in the north\n\nThe region's principal export markets were:\n"
            "- Norway (31%): Fjordkost AS\n- Japan (12%): Hokuyo Shokuhin K.K.\n")
    got = pairs(text, S)
    assert not any(b == "country:no" and "tervola" in a for a, b in got), got


@pytest.mark.parametrize("sentence, market", [
    ("In 2024 we exported 9,000 tonnes from our two plants in Kemi and Tornio.", None),
    ("Lapin Marja Oy sold its berries in Norway and Sweden.", "country:no"),
])
def test_the_sellers_own_sites_are_no_market(sentence, market):
    got = pairs(_report(sentence), S)
    assert not any("kemi" in b or "tornio" in b for _a, b in got), got
    if market:
        assert any(b == market for _a, b in got), got


def test_a_lead_in_that_sets_markets_as_a_scene_and_an_items_later_sentence():
    got = pairs(_report(
        "In most foreign markets we rely on partners:\n"
        "- Sweden: our distributor Norrbär AB of Luleå.\n"
        "- Estonia: our agent Marjamaa OU. Part of the berries went to Latvia."), S)
    assert not any(b in ("country:se", "country:ee") for _a, b in got), got
    got = pairs(_report(
        "Our principal export markets were:\n"
        "- Sweden (20%): Norrbär AB.\n"
        "- Estonia (5%): Marjamaa OU. Part of the volume was re-sold by them."), S)
    assert not any(b.endswith(":part") for _a, b in got), got
    assert any(_own(a) and b == "country:ee" for a, b in got), got


def test_a_lead_in_over_another_firms_markets_is_not_the_reports():
    got = pairs(_report(
        "Lapin Marja Oy is our largest rival. Its export markets were:\n"
        "- Norway (31%): Fjordkost AS\n- Japan (12%): Hokuyo Shokuhin K.K."), S)
    assert not any(_own(a) for a, _b in got), got


@pytest.mark.parametrize("lead, supplied", [
    ("Our raw material came mainly from:", True),
    ("We bought our sugar and jars from:", True),
    ("Visitors to our stand came from:", False),
])
def test_a_lead_in_of_sources_must_say_inputs_came(lead, supplied):
    got = pairs(_report(lead + "\n- Poland (55%): Cukrownia Warta S.A.\n"
                        "- Estonia (20%): Parnu Klaas AS"), S)
    assert supplied == any(a == "country:pl" and _own(b) for a, b in got), got


@pytest.mark.parametrize("lead, items", [
    ("We buy most of our raw sugar from two firms:",
     ["Cukrownia Warta S.A. – 4,000 tonnes in 2024;",
      "Pärnu Klaas AS – 1.2 million jars in 2024."]),
    ("We sourced our sugar and jars from these suppliers:",
     ["Cukrownia Warta S.A. - sugar, on a three-year contract;",
      "Pärnu Klaas AS - glass jars."]),
])
def test_unmarked_short_items_under_a_lead_in_are_a_list(lead, items):
    got = pairs(_report("\n".join([lead, *items])), S)
    for source in ("warta", "parnu"):
        assert any(source in a and _own(b) for a, b in got), (source, got)


@pytest.mark.parametrize("body", [
    # long lines of prose under a colon are no items
    "We buy most of our sugar and glass from two firms:\nCukrownia Warta S.A. – a sugar "
    "maker near Poznan that we have known for twenty years and whose owners visit us often;\n"
    "Pärnu Klaas AS – a glass works that opened a second furnace last spring and now "
    "employs three hundred people.",
    # a lead-in over no suppliers
    "Two firms visited our plant this year:\nCukrownia Warta S.A. – in May;\n"
    "Pärnu Klaas AS – in June.",
])
def test_no_suppliers_from_long_or_other_unmarked_lines(body):
    got = pairs(_report(body), S)
    assert not any(("warta" in a or "parnu" in a) and _own(b) for a, b in got), got
