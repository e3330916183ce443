"""A title line without a full stop runs on into the dateline's line: the dateline's
place (and an outlet's name ending that line) is where the news was filed, no party,
as when the dateline opens the text. Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "Polish and Lithuanian regions sign new papers\n"
    "Suwalki, 4 May 2025 - Baltic News Desk\n"
    "Two regions of Poland signed partnership documents with the Alytus and Marijampole "
    "counties this week.\n",
    "Polish and Lithuanian regions sign new papers\n"
    "SUWALKI, 4 May 2025 - Two regions of Poland signed partnership documents with the "
    "Alytus and Marijampole counties this week.\n",
])
def test_the_filing_place_after_a_title_is_no_party(text):
    got = party_ids(text)
    assert "city:pl:suwalki" not in got, got
    assert not any(i.startswith("company:") for i in got), got


def test_a_lead_sentence_after_the_dateline_still_reads():
    text = ("Border towns sign new papers\n"
            "Suwalki, 4 May 2025 - Baltic News Desk\n"
            "On Monday Suwalki signed a partnership agreement with Alytus.\n")
    assert "city:pl:suwalki" in party_ids(text)
