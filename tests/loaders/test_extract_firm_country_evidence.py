"""A firm's country comes from evidence about that firm, in order of strength: its own
definition in the text ("X is a grain trader headquartered in Tartu"), its description
or seat, then its name; a buyer's or market's country in a supply sentence is the goods'
destination, never the supplier's home. Every text here was written for these tests."""

import pytest

from tests.extract_candidates import pairs, party_ids


@pytest.mark.parametrize("text, firm, market", [
    # news: "X is a <demonym> <head noun>", then the market it sells to
    ("Baltic Feed Mills is a Latvian feed producer. Most of its pellets go to Sweden: "
     "Swedish farms bought 40,000 tonnes.", "company:lv:baltic-feed-mills", "country:se"),
    # a report: the definition outranks a far town its name's word may be taken for
    ("Agro Vita Holding is a Moldovan fruit exporter. India and Egypt were its main "
     "markets; Agro Vita Holding shipped apples to India.", "company:md:agro-vita-holding",
     "country:in"),
    # an annual report's firm with its seat ("headquartered in <town>")
    ("Sava Timber Group is a sawmill operator headquartered in Cacak. Hungary is its main "
     "market: Hungarian retailers bought most of the boards, and Sava Timber Group "
     "shipped beams to Hungary in March.", "company:rs:sava-timber-group", "country:hu"),
])
def test_a_firm_that_defines_itself_is_where_its_definition_says(text, firm, market):
    assert (firm, market) in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, wrong", [
    # a relational noun with its partner names the partner's country, not the firm's
    ("Marmara Mills Group is the main buyer of wheat from Ukraine. In 2023 Marmara Mills "
     "Group bought wheat from Kazakhstan as well.", "company:ua:marmara-mills-group"),
    # a town that "is the largest producer" stays a town, not a firm of its country
    ("Gabrovo is the largest textile producer in Bulgaria. Gabrovo signed a twinning "
     "agreement with Kaunas.", "company:bg:gabrovo"),
])
def test_a_definition_places_only_its_own_firm(text, wrong):
    assert wrong not in party_ids(text)


def test_the_town_of_a_copular_clause_keeps_its_twinning():
    text = ("Gabrovo is the largest textile producer in Bulgaria. Gabrovo signed a "
            "twinning agreement with Kaunas.")
    assert ("city:bg:gabrovo", "city:lt:kaunas") in pairs(text, "TWINNED_WITH")


_SAWMILL = ("SILVANUS TIMBER\nAnnual Report 2024\n\nSilvanus Timber (the \"Company\", \"we\") "
            "is a sawmill group headquartered in Jelgava, Latvia. Egypt remained our largest "
            "market: the Egyptian importers Nile Wood Trading and Delta Boards bought 60% of "
            "our sawn timber.")
_LAMPS = ("Lumina (the \"Group\", \"we\") is a Romanian lighting manufacturer. Hungary and "
          "Bulgaria are our largest markets; we sold lamps to Hungary and Bulgarian "
          "retailers.")


@pytest.mark.parametrize("text, firm, market", [
    # a bracket that defines the firm's short name says it is a firm, though its own
    # name has no firm's word
    (_SAWMILL, "company:lv:silvanus-timber", "company:eg:nile-wood-trading"),
    # ... though a town bears its name
    (_LAMPS, "company:ro:lumina", "country:hu"),
])
def test_a_firm_defined_by_its_short_name_is_placed_by_its_definition(text, firm, market):
    assert (firm, market) in pairs(text, "SUPPLIES_TO")


def test_a_town_described_in_a_bracket_stays_a_town():
    text = ("Lumina (the town) is a wine producer's home. Lumina signed a twinning "
            "agreement with Kecel.")
    assert "company:ro:lumina" not in party_ids(text)
