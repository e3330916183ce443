""""B handles our freight under a contract we signed": the document's relative clause
names the writer as a signer, the party before "under" as the other
(``signed_under.signed_under_by_us``). Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

_HEAD = "Tarvel Dairy LLC\nAnnual Report 2024\n\n"


def _slugs(text):
    return {frozenset(i.split(":")[-1] for i in p)
            for p in undirected_id_pairs(_HEAD + text, "SIGNED_AGREEMENT")}


@pytest.mark.parametrize(("text", "partner"), [
    ("Our milk haulage to Riga is handled by Vidzeme Cargo LLC under a haulage contract "
     "we signed last March.", "vidzeme-cargo"),
    ("Cold storage is provided by Nordfrost Ltd under a framework agreement we renewed "
     "with it in 2023.", "nordfrost"),
    ("Our cheese is packed by Lakeside Pack AB of Kalmar under a contract that we have "
     "signed for five years.", "lakeside-pack"),
])
def test_the_writer_signs_with_the_party_before_under(text, partner):
    assert frozenset({"tarvel-dairy", partner}) in _slugs(text)


@pytest.mark.parametrize("text", [
    # a partner of its own in the relative clause: not the party before "under"
    "Cold storage is provided by Nordfrost Ltd under a storage agreement we signed "
    "with Baltic Ports AB in 2023.",
    # signed by someone else
    "Cold storage is provided by Nordfrost Ltd under a framework agreement that Baltic "
    "Ports AB signed in 2023.",
    # no signing at all
    "Cold storage is provided by Nordfrost Ltd under a framework agreement we drafted "
    "in 2023.",
])
def test_no_signing_of_the_writer_with_the_party(text):
    assert frozenset({"tarvel-dairy", "nordfrost"}) not in _slugs(text)
