"""A region whose name holds a joiner ("Arica y Parinacota", kept by the gazetteer as
"Arica y Parinacota Region") written without its kind word, alone or after a government's
title and "of": one name, that region. On short texts written for these tests."""

import pytest
from extract_candidates import pairs

AGREEMENT = "SIGNED_AGREEMENT"
REGION = "region:cl:arica-y-parinacota"


@pytest.mark.parametrize("text", [
    "In 2011 Arica y Parinacota signed a memorandum on border crossings with Oruro.",
    "The Regional Government of Arica y Parinacota and the Gobernación of Oruro signed a "
    "memorandum on border crossings in 2011.",
    "In 2011 the Government of Arica y Parinacota concluded a memorandum with Oruro.",
])
def test_a_joined_region_name_is_read_whole(text):
    assert REGION in {x for pair in pairs(text, AGREEMENT) for x in pair}


@pytest.mark.parametrize("text", [
    # two places joined by "y" the gazetteer knows no region of stay two
    "In 2011 Arica y Oruro firmaron un memorando.",
    "In 2011 Arica signed a memorandum on border crossings with Oruro.",
])
def test_no_joined_region_without_the_gazetteer(text):
    assert REGION not in {x for pair in pairs(text, AGREEMENT) for x in pair}
