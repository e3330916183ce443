"""Legal forms of one country or two place a firm the text never places otherwise, also
in a text written from elsewhere: Australia's and South Africa's "Pty Ltd", Japan's "KK"
closing a name, Singapore's "Pte Ltd" (Fiji's and Papua New Guinea's too, Singapore's
when nothing else speaks). "KK" opening a name is a sports club's and places
nothing. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.names import legal_countries

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("name", "countries"), [
    ("Wombat Gear Pty Ltd", ("AU", "ZA")),
    ("Sorano Parts KK", ("JP",)),
    ("Merlion Freight Pte. Ltd.", ("SG", "FJ", "PG")),   # Singapore first: it places the firm alone
    ("KK Dunavac", ()),                 # a basketball club, no Japanese firm
])
def test_the_forms_countries(name, countries):
    assert legal_countries(name) == countries


@pytest.mark.parametrize(("firm", "want"), [
    ("Sorano Parts KK", "company:jp:sorano-parts"),
    ("Merlion Freight Pte Ltd", "company:sg:merlion-freight"),
])
def test_a_text_from_elsewhere_leaves_the_firm_in_its_forms_country(firm, want):
    text = (f"BRAGA, 3 May 2024 - Minho Textil Lda signed a supply contract with {firm} "
            "on Tuesday.")
    assert any(want in pair for pair in id_pair_set(text, S))


def test_a_pty_firm_in_a_text_naming_australia_is_australian():
    text = ("BRAGA, 3 May 2024 - Cork makers met buyers from Australia this week.\n\n"
            "Minho Cortica Lda signed a supply contract with Wombat Gear Pty Ltd on "
            "Tuesday.")
    assert any("company:au:wombat-gear" in pair for pair in id_pair_set(text, S))
