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
