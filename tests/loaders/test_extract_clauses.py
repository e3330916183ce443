"""Third-pass patterns on short texts written for these tests: supply direction from
verbs and prepositions, agreements paired in the trigger's clause, regions named by
reference."""

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.supplies import find_supplies, value_usd


def _sup(text):
    return [(h.a.text, h.b.text) for h in find_supplies(text, find_mentions(text))]


def test_import_and_buy_turn_into_supplier_to_recipient():
    assert _sup("Kalmar imports timber from Narvik.") == [("Narvik", "Kalmar")]
    assert _sup("In 2019 Kalmar bought 20 Finnish ferries.") == [("Finnish", "Kalmar")]


def test_from_to_before_a_passive_verb_and_by_agent():
    assert _sup("In 2019 from Narvik to Kalmar were shipped ores.") == [("Narvik", "Kalmar")]
    assert _sup("Ores were shipped to Kalmar by Narvik.") == [("Narvik", "Kalmar")]


def test_maker_is_not_the_agent_of_the_delivery():
    got = _sup('Narvik delivered to Kalmar ten buses produced by JSC "Volvox".')
    assert got == [("Narvik", "Kalmar")]


def test_noun_phrase_suppliers_and_goods():
    text = "In 2020 supplies of Finnish paper and the machines of Valmet Works to Kalmar grew."
    hits = find_supplies(text, find_mentions(text))
    assert {(h.a.text, h.b.text) for h in hits} == {("Finnish", "Kalmar"),
                                                     ("Valmet Works", "Kalmar")}
    assert hits[0].extra["goods"].startswith("Finnish paper")


def test_goods_modifier_is_not_a_recipient_and_exporting_firms_are_no_supply():
    assert _sup("Narvik Trading LLC sells and repairs Finnish tractors.") == []
    assert _sup("Finnish exporting companies came to a fair in Kalmar.") == []


def test_values_in_dollars():
    assert value_usd("deliveries worth $4.5 million") == 4.5e6
    assert value_usd("a contract of USD 12 mln") == 12e6


def test_agreement_between_tied_to_its_trigger_not_a_passing_pair():
    text = ("Ties between Norway and Sweden grew after the memorandum between the Troms "
            "County and the port authority Kalmar Hamn was signed in 2015.")
    rows = extract_text(text, "t.txt", resolver=None).candidates
    pairs = {(r["source"]["name"], r["target"]["name"]) for r in rows
             if r["type"] == "SIGNED_AGREEMENT"}
    assert pairs == {("Troms County", "Kalmar Hamn")}


def test_with_far_from_the_signing_is_not_a_party():
    text = ("Tromso signed agreements with many partners, and later trade with the "
            "Finnish side grew.")
    rows = extract_text(text, "t.txt", resolver=None).candidates
    assert not any(r["type"] == "SIGNED_AGREEMENT" and r["target"]["name"] == "Finnish"
                   and r["rule"] == "with" for r in rows)


def test_clause_pattern_is_sure_and_co_occurrence_is_no_pair():
    strong = extract_text("In 2016 Tromso signed an agreement with Kalmar.", "t.txt",
                          resolver=None).candidates[0]
    assert strong["rule"] == "with" and strong["confidence"] >= 0.5
    # Two parties beside an agreement word are not its signers (class G).
    assert extract_text("After the agreement, Tromso has hosted guests from Kalmar.", "t.txt",
                        resolver=None).candidates == []


def test_this_region_refers_to_the_region_named_before():
    text = ("The Tula Region hosted a fair. Later, Belarusian buses were delivered to "
            "this Russian region.")
    rows = [r for r in extract_text(text, "t.txt").candidates if r["type"] == "SUPPLIES_TO"]
    assert rows and rows[0]["target"]["id"] == "region:ru:tula"
    assert rows[0]["source"]["id"] == "country:by"
