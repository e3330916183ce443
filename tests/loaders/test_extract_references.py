"""Parties named before the sentence that signs: "the parties", "both sides", and the
two sides a section heading names. Short texts written for these tests."""

from relgraph.loaders.extract import extract_text


def _agreements(text):
    rows = extract_text(text, "t.txt", resolver=None).candidates
    return [(r["source"]["name"], r["target"]["name"], r["rule"], r["date"])
            for r in rows if r["type"] == "SIGNED_AGREEMENT"]


def test_the_parties_take_the_pair_of_the_last_relation():
    text = ("A memorandum was signed between Tartu and Lahti in 2011. Three years later "
            "the parties concluded a new agreement on tourism.")
    got = _agreements(text)
    assert ("Tartu", "Lahti", "between", "2011") in got
    assert [g for g in got if g[2] == "the parties"] == [("Tartu", "Lahti", "the parties",
                                                          None)]


def test_both_sides_take_the_sides_of_the_section_heading():
    text = ("Latvia - Pskov Region: links across the border\n\n"
            "Trade grew fast in those years. In March 2016 both sides signed a road map "
            "for 2016-2018.")
    got = _agreements(text)
    assert [(a, b, how) for a, b, how, _ in got] == [("Latvia", "Pskov Region", "the parties")]
    assert got[0][3] == "2016-03"


def test_the_parties_far_from_any_named_pair_sign_nothing():
    # No heading and no relation before: nobody to refer to.
    assert _agreements("Prices rose. Later the parties signed a protocol on fishing.") == []


def test_a_meeting_of_the_parties_is_no_signing():
    text = ("An agreement was signed between Tartu and Lahti in 2011. "
            "The parties met again in Lahti to discuss an agreement.")
    assert [g for g in _agreements(text) if g[2] == "the parties"] == []


def test_the_region_is_the_last_region_named_not_one_of_the_partner_country():
    from relgraph.loaders.extract.context import PlaceMemory
    from relgraph.loaders.extract.mentions import find_mentions
    from relgraph.loaders.extract.parties import Party

    mem = PlaceMemory()
    mem.remember(0, 0, Party("Pskov Region", "region:ru:pskov", "Region", "RU", True))
    mem.remember(1, 0, Party("Harju County", "region:ee:harju", "Region", "EE", True))
    ref = [m for m in find_mentions("Exports of the region to Estonia grew.") if m.refers][0]
    assert ref.text == "the region"
    assert mem.antecedent(ref, 2, 0).id == "region:ee:harju"
    assert mem.antecedent(ref, 2, 0, other_country="EE").id == "region:ru:pskov"


def test_the_region_of_a_named_place_is_no_reference():
    from relgraph.loaders.extract.mentions import find_mentions

    assert not [m for m in find_mentions("Trade with the region of Pskov grew.") if m.refers]


def test_exports_in_a_trade_pair_go_to_the_other_side():
    rows = extract_text("Trade between Norway and Sweden reached $5 million, with Norwegian "
                        "exports at $3 million.", "t.txt", resolver=None).candidates
    assert [(r["source"]["id"], r["target"]["id"], r["rule"]) for r in rows
            if r["type"] == "SUPPLIES_TO"] == [("country:no", "country:se", "trade pair")]


def test_a_firms_country_stated_once_holds_for_the_rest_of_the_text():
    text = ('The Latvian company "Vektor" opened an office in Tartu. In 2019 "Vektor" '
            "delivered 40 buses to Tartu.")
    rows = extract_text(text, "t.txt", resolver=None).candidates
    assert [(r["source"]["id"], r["target"]["name"]) for r in rows
            if r["type"] == "SUPPLIES_TO"] == [("company:lv:vektor", "Tartu")]


def test_the_sides_of_the_sentence_before():
    rows = _agreements("In 2015 Tartu hosted a Latvian delegation. The sides signed a road map.")
    assert [(a, b, how) for a, b, how, _ in rows] == [("Tartu", "Latvian", "the parties")]


def test_signed_with_b_takes_the_actor_of_the_sentence_before():
    rows = _agreements("A plant for buses opened in Narvik, built by Vektor. An agreement was "
                       "also signed with Kalmar.")
    assert [(a, b, how) for a, b, how, _ in rows] == [("Vektor", "Kalmar", "actor before")]


def test_no_actor_two_sentences_back():
    rows = _agreements("Vektor opened a plant. After that, the prices rose. An agreement was "
                       "signed with Kalmar.")
    assert rows == []
