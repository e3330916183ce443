"""A town in brackets with the month and year a document was signed is the venue: it
signs nothing and is no seat of the partner named before it. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SIGNED_AGREEMENT"}


_LIST = ("Agreements signed by the Government of Tasmania in 2023:\n"
         "- Memorandum on Wool Research with the Ministry of Agriculture of Chile "
         "(Santiago, May 2023)\n"
         "- Memorandum on Offshore Wind with the Port of Esbjerg Authority "
         "({venue}, June 2023)\n")


@pytest.mark.parametrize("venue", ["Hobart", "Launceston"])
def test_a_dated_venue_in_brackets_is_neither_signer_nor_seat(venue):
    pairs = _pairs(_LIST.format(venue=venue))
    assert frozenset({"region:au:tasmania", "org:dk:port-of-esbjerg-authority"}) in pairs
    assert not any("city:cl:santiago" in p for p in pairs)


@pytest.mark.parametrize("line, party", [
    # the partner itself before a bracketed date, or with its country and the date
    ("- Memorandum on Forestry with the City of Kuopio (June 2023)", "city:fi:kuopio"),
    ("- Memorandum on Offshore Wind with Esbjerg Municipality (Denmark, June 2023)",
     "region:dk:esbjerg-municipality"),
])
def test_the_partner_before_a_dated_bracket_stays_a_party(line, party):
    text = "Agreements signed by the Government of Tasmania:\n" + line
    assert frozenset({"region:au:tasmania", party}) in _pairs(text)
