"""The clause fallback's declines, narrowed to their scope
(``loaders/extract/clause_fallback.py``), on sentences written for these tests: an
intention word that says what a signed document or a shipment is for, a twin word
outside the document's clause or one that only describes the pair, and an act that
"has started" are no reason to decline; planned signings, documents on twinning,
negations and what is yet to be done still are, each with the reason it reports."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.clause_fallback import RULE, clause_pairs
from relgraph.loaders.extract.mentions import find_mentions

AGREEMENT = "SIGNED_AGREEMENT"
SUPPLY = "SUPPLIES_TO"


def read(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    why: list = []
    got = [(rel, a.text, b.text)
           for rel, a, b, _ in clause_pairs(text, find_mentions(text), set(), why)]
    return got, [(rel, reason) for rel, reason, _ in why]


@pytest.mark.parametrize("text,want", [
    # the intention words say what the document is for
    ("The Vitebsk Region signed a cooperation agreement with the Pskov Region in 2016 that"
     " was expected to double border trade.",
     (AGREEMENT, "Vitebsk Region", "Pskov Region")),
    ("In 2018 the Gomel Region concluded a programme of cooperation with the Bryansk Region"
     " aimed at future joint projects in agriculture.",
     (AGREEMENT, "Gomel Region", "Bryansk Region")),
    ("The sister cities of Grodno and Kaluga concluded an agreement on youth exchanges that"
     " should bring 300 students to each town every year.",
     (AGREEMENT, "Grodno", "Kaluga")),
    # ... or what a party wishes, well before the verb
    ("The Mogilev Region, keen on potential investors, signed a memorandum with Tatarstan"
     " in 2019.",
     (AGREEMENT, "Mogilev Region", "Tatarstan")),
    # a twin word in a clause inserted before the trigger is not the document's
    ("The Minsk Region, whose twin-town programme is the largest in the country, signed a"
     " memorandum with the Tyumen Region.",
     (AGREEMENT, "Minsk Region", "Tyumen Region")),
    ("The Brest Region, known for its many sister cities, concluded a road map with the"
     " Kaluga Region in 2020.",
     (AGREEMENT, "Brest Region", "Kaluga Region")),
    # an act that goes on is no intention
    ("Gomselmash began to supply harvesters to the Bryansk Region in 2015.",
     (SUPPLY, "Gomselmash", "Bryansk Region")),
    ("Savushkin Product has started to sell yoghurts to Kazakhstan.",
     (SUPPLY, "Savushkin Product", "Kazakhstan")),
    # goods or a document named by a firm's noun ("combines", "a dealer contract") do not
    # make the name before the verb a firm's description
    ("Gomselmash began to supply combines to the Bryansk Region in 2015.",
     (SUPPLY, "Gomselmash", "Bryansk Region")),
    # a side described by a demonym and a firm's noun is still the side
    ("Neman buys filter materials from the Polish supplier Papirus Polska.",
     (SUPPLY, "Papirus Polska", "Neman")),
    ("Drives were delivered to Mogilevliftmash by the Finnish firm KONE Industrial.",
     (SUPPLY, "KONE Industrial", "Mogilevliftmash")),
    ("Amkodor signed a dealer contract with the Serbian distributor Agromehanika.",
     (AGREEMENT, "Amkodor", "Agromehanika")),
])
def test_no_decline_outside_its_scope(text, want):
    got, why = read(text)
    assert got == [want], why


@pytest.mark.parametrize("text,reason", [
    # intentions that govern the signing or the sending
    ("The Mogilev Region plans to sign a road map with the Smolensk Region next spring.",
     "intention"),
    ("The Grodno Region would like to conclude a similar document with the Kaluga Region.",
     "intention"),
    ("An agreement between the Vitebsk Region and the Pskov Region is expected to be signed"
     " in May.", "intention"),
    ("The Omsk Region could have signed an agreement with the Pavlodar Region in 2015.",
     "intention"),
    ("The Tver Region signed a memorandum with the Vitebsk Region, and a protocol with the"
     " Bryansk Region is to be signed once the draft is ready.", "intention"),
    ("Amkodor is to deliver 20 loaders to Mongolia.", "intention"),
    ("MAZ hopes to deliver buses to Vitebsk next year.", "intention"),
    # the document is the twinning
    ("In 2012 Orsha and Vyazma signed an agreement on twinning.", "twinning document"),
    ("Polotsk concluded a twin-city agreement with Velikiye Luki in 2014.",
     "twinning document"),
    ("Lida signed a partnership agreement between the two towns with Alytus.",
     "twinning document"),
    # negations stay declined
    ("No agreement has yet been signed between the Vitebsk Region and the Smolensk Region.",
     "negation"),
    ("MTZ did not ship any tractors to Lithuania in February.", "negation"),
])
def test_declined_with_reason(text, reason):
    got, why = read(text)
    assert [g for g in got if g[0] != "TWINNED_WITH"] == []   # (the twinning is read)
    assert reason in {r for _, r in why}


def test_a_description_with_no_name_after_it_is_no_side():
    # (the recogniser reads "the Polish supplier" as one firm, no country: nothing is
    # left for the fallback to decline)
    got, _ = read("Neman buys filter materials from the Polish supplier of the plant.")
    assert got == []


def fallback(text: str, rel_type: str) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type and r["rule"] == RULE]


@pytest.mark.parametrize("text", [
    # two towns, a twin word elsewhere in the sentence: the agreement is their twinning
    "Orsha, a twin town of Vyazma since 2010, signed an agreement on culture with Vyazma.",
    "In 2012 Orsha and Vyazma, which became twin towns in 2010, concluded an agreement on"
    " schools.",
])
def test_town_pair_in_a_twinning_sentence_is_no_agreement(text):
    assert fallback(text, AGREEMENT) == []
