"""An item of a town's page that leads with its place and names a dated document with
no verb ("Kursk - agreement on cooperation of 2010", "Zamosc (Poland) - memorandum of
2015 on tourism"): the page's own place signed it with the item's place
(``carried_topic._under_heading``, ``_DATED_DOC``)."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"
HEAD = "Kobrin City Executive Committee\nTwin towns and partners\n\n"


def signings(text):
    return {tuple(sorted(p)) for p in pairs(text, A)}


@pytest.mark.parametrize(("rows", "partner"), [
    ("Russia\nTver — twin city since 1999.\nKursk — agreement on cooperation of 2010.\n"
     "Orel — twin city since 2004.", "city:ru:kursk"),
    ("Poland\nBiala Podlaska (Poland) — twin town since 1997.\nZamosc (Poland) — "
     "memorandum of 2015 on tourism.", "city:pl:zamosc"),
    ("Lithuania\nAlytus — a protocol on school exchanges dated 3 May 2016.",
     "city:lt:alytus"),
])
def test_a_dated_document_of_an_item_is_signed_by_the_page_place(rows, partner):
    assert tuple(sorted(("city:by:kobrin", partner))) in signings(HEAD + rows)


@pytest.mark.parametrize("rows", [
    "Russia\nTver — twin city since 1999.\nKursk — draft agreement on cooperation of 2010.",
    "Russia\nTver — twin city since 1999.\nKursk — talks on an agreement since 2019.",
    # a twinning's document is the twinning, no agreement
    "Russia\nSmolensk — agreement on twinning of 2004.",
])
def test_drafts_talks_and_twinnings_sign_nothing(rows):
    assert not any("kursk" in a + b or "smolensk" in a + b for a, b in signings(HEAD + rows))


def test_no_page_place_no_signer():
    text = "Towns of Russia\n\nKursk — agreement on cooperation of 2010.\nOrel — a big town."
    assert not signings(text)
