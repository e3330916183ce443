"""A table of a region's agreements set with bars, its cells padded with spaces to line
the columns up, a column of the partner's country before the partner, and a caption that
names the owner after "signed by" or "of". Texts written for these tests."""

import pytest

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.parties import text_resolver
from relgraph.loaders.extract.tables import caption_owner, column_dashes

RESOLVER = text_resolver()
A = "SIGNED_AGREEMENT"
OWN = "region:ru:tver"

ROWS = ("Country    | Partner region     | Document                  | Year\n"
        "China      | Henan Province     | Agreement on trade        | 2011\n"
        "Belarus    | Grodno Region      | Memorandum on culture     | 2014\n")


def _pairs(text):
    return {(r["source"]["id"], r["target"]["id"]) for r in
            extract_text(text, "t.txt", resolver=RESOLVER).candidates if r["type"] == A}


@pytest.mark.parametrize("caption", [
    "The agreements signed by the Tver Region with regions abroad are in force:",
    "The following documents concluded by Tver Region remained valid in 2024:",
    "Agreements of the Tver Region with foreign regions:",
])
def test_each_row_is_the_owners_agreement_with_the_partner_not_its_country(caption):
    got = _pairs(caption + "\n\n" + ROWS)
    assert got == {(OWN, "region:cn:henan"), (OWN, "region:by:grodno")}, got


def test_a_country_alone_in_its_row_is_the_partner():
    rows = ("Partner    | Document                  | Year\n"
            "China      | Agreement on trade        | 2011\n"
            "Belarus    | Memorandum on culture     | 2014\n")
    got = _pairs("Agreements of the Tver Region with foreign states:\n\n" + rows)
    assert got == {(OWN, "country:cn"), (OWN, "country:by")}, got


@pytest.mark.parametrize("caption", [
    # no owner named
    "The following agreements were in force on 31 December 2023:",
    # a caption of no relation
    "Population of the regions named by the Tver Region in its report:",
])
def test_no_owner_no_owned_rows(caption):
    assert not {p for p in _pairs(caption + "\n\n" + ROWS) if OWN in p}


@pytest.mark.parametrize("line, cells", [
    ("China      | Henan Province     | 2011", "China      | Henan Province     | 2011"),
    ("Lida      Alytus     2004", "Lida - Alytus - 2004"),
])
def test_spaces_that_pad_a_barred_cell_are_no_column_gap(line, cells):
    assert column_dashes(line) == cells


def test_the_owner_after_signed_by():
    t = "The agreements signed by the Tver Region with regions abroad:"
    assert caption_owner(t, find_mentions(t)).text == "Tver Region"
