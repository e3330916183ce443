"""References across sentences: a party named earlier in the paragraph and then called
"the oblast", "the firm", "the plant", "its", or left out ("Most of the output goes to
...", "Engines are delivered by ..."), resolved only when one antecedent fits."""

import pytest
from extract_candidates import pairs as _pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def pairs(text, rel_type):
    """Pairs by id, a firm's without its country (the party recogniser's business)."""
    def short(i):
        parts = i.split(":")
        return f"company:xx:{parts[-1]}" if parts[0] == "company" else i
    return {(short(a), short(b)) for a, b in _pairs(text, rel_type)}


@pytest.mark.parametrize(("text", "expected"), [
    # the owner's enterprises supply: the owner supplies (a verb after "now", "also")
    ("The Tula Region raised its exports last year. The region's enterprises now supply "
     "steel and fertilisers to Shandong Province.", ("region:ru:tula", "region:cn:shandong")),
    ("The Pavlodar Region is an industrial one. The oblast's plants supply aluminium to "
     "the Chelyabinsk Region.", ("region:kz:pavlodar", "region:ru:chelyabinsk")),
    ("Kazzinc is a large producer of zinc. The company's smelters also supply refined "
     "zinc to Turkey.", ("company:xx:kazzinc", "country:tr")),
])
def test_an_owner_named_by_reference_supplies(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text", [
    # a reference with nothing of its kind before it names no supplier
    "The region's enterprises now supply steel to Shandong Province.",
    "The company's smelters also supply refined zinc to Turkey.",
])
def test_an_owner_reference_without_antecedent_supplies_nothing(text):
    assert pairs(text, S) == set()


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # the sentence's opening place and a comma, then its subject: the subject acts, and
    # "the plant" / "the company" in the next sentence is it, not a firm named before
    ("The Orsha Linen Mill sends linen to Italy. In Novopolotsk, the oil refinery Naftan "
     "also increased shipments. The plant delivers diesel fuel mainly to Ukraine.",
     ("company:xx:naftan", "country:ua"), ("company:xx:orsha-linen-mill", "country:ua")),
    ("Amkodor makes loaders for Russia. At Zhodino, the truck maker BelAZ opened a new "
     "shop in May. The company ships dump trucks to Chile.",
     ("company:xx:belaz", "country:cl"), ("company:xx:amkodor", "country:cl")),
])
def test_the_subject_after_an_opening_place_is_the_actor(text, expected, not_expected):
    found = pairs(text, S)
    assert expected in found
    assert not_expected not in found
