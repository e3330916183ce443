"""Which region "the region" names: never a region of the country on the other side of
the relation ("exports of the region to Belarus" are no Belarusian region's), and the
region the last sentence spoke of as its subject rather than the one named most often
before. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


# -- a region's trade with a country is not that country's region -----------------------
@pytest.mark.parametrize("text, pair", [
    # a region's organ writes; the paragraph names Belarusian regions before "the region"
    ("ADMINISTRATION OF THE PSKOV REGION\nNote on external trade in 2022\n\n"
     "The Vitebsk Region and the Mogilev Region sell cheese in our shops, and buses come "
     "from Minsk. Exports of the region to Belarus rose by a tenth, mostly flax and timber.",
     ("region:ru:pskov", "country:by")),
    ("GOVERNMENT OF THE SMOLENSK REGION\nForeign economic ties\n\n"
     "The Gomel Region remained our first partner last year. Shipments from the region "
     "to Belarus consisted chiefly of grain and fertiliser.",
     ("region:ru:smolensk", "country:by")),
])
def test_the_region_trading_with_a_country_is_not_its_region(text, pair):
    found = pairs(text, S)
    assert pair in found
    assert not any(a.startswith("region:by:") and b == "country:by" for a, b in found)


@pytest.mark.parametrize("text, pair", [
    # the region the paragraph speaks of, of another country than the partner: unchanged
    ("Trade notes.\n\nThe Vitebsk Region sold flax and milk abroad last year. Exports of "
     "the region to Russia rose by a tenth.", ("region:by:vitebsk", "country:ru")),
    ("Trade notes.\n\nThe Grodno Region is a border region. Exports of the region to "
     "Lithuania rose by a fifth.", ("region:by:grodno", "country:lt")),
])
def test_the_region_of_another_country_than_the_partner_is_kept(text, pair):
    assert pair in pairs(text, S)


# -- the region the last sentence spoke of as its subject -------------------------------
@pytest.mark.parametrize("text, pair, not_pair", [
    ("Regions and Belarus\n\nThe Tula Region buys tractors from Belarus. The Tula Region "
     "also buys trucks, and Tula firms sell cement there; the Tula Region is a steady "
     "partner. The Kaluga Region presents another picture. Kaluga Turbine Works has supplied "
     "turbines to Grodno Azot for years, and this contract alone made up roughly 30 per "
     "cent of the region's exports to Belarus.",
     ("region:ru:kaluga", "country:by"), ("region:ru:tula", "country:by")),
    ("Two partners\n\nThe Oryol Region grows grain. The Oryol Region has an agreement "
     "with Mogilev too, and the Oryol Region hosts the forum. The Kursk Region "
     "stands apart. Kursksakhar sold sugar to Belarusian confectioners, and sugar is half "
     "of the region's shipments to Belarus.",
     ("region:ru:kursk", "country:by"), ("region:ru:oryol", "country:by")),
])
def test_the_region_after_a_region_as_subject_is_that_region(text, pair, not_pair):
    found = pairs(text, S)
    assert pair in found
    assert not_pair not in found


@pytest.mark.parametrize("text, pair", [
    # the region named last was no subject ("to the Kaluga Region"): the region the
    # passage keeps naming, as before
    ("Regions and Belarus\n\nThe Tula Region buys tractors from Belarus. The Tula Region "
     "also buys trucks; the Tula Region is a steady partner. Tula millers sell flour to "
     "the Kaluga Region. Grain makes up roughly 30 per cent of the region's exports to Belarus.",
     ("region:ru:tula", "country:by")),
])
def test_the_region_named_last_as_an_object_does_not_take_the_reference(text, pair):
    assert pair in pairs(text, S)


# -- calls to notes the chapter lost go on in order -------------------------------------
def _chapter(body: str) -> list[str]:
    return body.splitlines() + ["__________", "¹ Ivanov I. Border trade. Minsk, 2015. P. 4.",
                                "² Ibid. P. 9."]


def test_calls_past_the_last_note_are_cut_in_order():
    from relgraph.loaders.extract.document import build_document
    from relgraph.loaders.extract.sentences import split_sentences

    doc = build_document(_chapter(
        "The Tula Region buys tractors from Belarus.¹ It also buys trucks.² Tula firms sell\n"
        "cement there.³ The Kaluga Region presents another picture.⁴ Kaluga Turbine Works\n"
        "ships turbines to Grodno."))
    assert [r.number for r in doc.refs] == [1, 2, 3, 4]
    assert "there. The Kaluga" in doc.text
    assert [s.text for s in split_sentences(doc.text)][3] == \
        "The Kaluga Region presents another picture."


def test_a_number_that_does_not_go_on_from_the_calls_stays():
    from relgraph.loaders.extract.document import build_document

    # (calls 1 and 2, then a number glued after a word that is no next call)
    doc = build_document(_chapter(
        "The Tula Region buys tractors from Belarus.¹ It also buys trucks.² Its plant in\n"
        "Aleksin makes the model T7 and the model MK9 for export."))
    assert [r.number for r in doc.refs] == [1, 2]
    assert "model T7 and the model MK9" in doc.text


@pytest.mark.parametrize("text, pair", [
    # a monograph whose last notes were lost: the sentence after a call is read apart
    ("Chapter 3. Russian regions and Belarus\nThe Tula Region buys tractors from Belarus.¹ "
     "The Tula Region also\nbuys trucks.² Tula firms sell cement there, and the Tula Region "
     "hosts a fair.³ The\nKaluga Region presents another picture.⁴ Kaluga Turbine Works has "
     "supplied turbines\nto Grodno Azot, roughly 30 per cent of the region's exports to Belarus.⁵\n"
     "__________\n¹ Ivanov I. Border trade. Minsk, 2015. P. 4.\n² Ibid. P. 9.",
     ("region:ru:kaluga", "country:by")),
])
def test_the_subject_after_a_lost_notes_call_takes_the_reference(text, pair):
    assert pair in pairs(text, S)


def test_a_call_after_a_years_full_stop_goes_on_and_a_section_number_stays():
    from relgraph.loaders.extract.document import build_document

    doc = build_document(_chapter(
        "3.1. Early ties\nThe Tula Region buys tractors from Belarus.¹ It also buys trucks.² "
        "A fair\nopened in 2014.³ The Kaluga Region joined in 2016.⁴ Its plant ships "
        "2014.4 tonnes of\nsteel a year.\n3.2. Later ties\nThe rest followed."))
    assert [r.number for r in doc.refs] == [1, 2, 3, 4]
    assert "2014.4 tonnes" in doc.text
    assert "3.1. Early ties" in doc.text and "3.2. Later ties" in doc.text


# -- a news item's dated first line names no sender -------------------------------------
@pytest.mark.parametrize("text, rel_type, pair", [
    ("PETROPAVL, 2 June 2025 - Northern Kazakhstan's farmers count a good harvest\n\n"
     "The North Kazakhstan Region sold wheat to Uzbekistan last year.\n\nThe region also "
     "bought 200 combines from Gomselmash.",
     S, ("company:by:gomselmash", "region:kz:north-kazakhstan")),
    ("TYUMEN, 4 April 2025 - Western Siberia's oil towns buy Belarusian trucks\n\n"
     "The Tyumen Region bought 300 trucks from MAZ last year.\n\nIn March the region also "
     "signed a memorandum with the Gomel Region.",
     "SIGNED_AGREEMENT", ("region:ru:tyumen", "region:by:gomel")),
])
def test_a_region_in_a_dated_headline_is_no_speaker(text, rel_type, pair):
    got = {frozenset(p) for p in pairs(text, rel_type)}
    assert frozenset(pair) in got


def test_a_letterhead_region_still_speaks():
    text = ("GOVERNMENT OF THE OMSK REGION\nPress service\n\nTrade with Belarus grew by a "
            "fifth last year.\n\nThe region also bought 50 buses from MAZ.")
    assert ("company:by:maz", "region:ru:omsk") in pairs(text, S)
