"""A town's page headed by its hall ("X City Hall | Official website", "X Town Hall")
is written from that town; a long paragraph among the first lines is no letterhead, so
its "Department of International Relations" places nothing (the bare word "International"
once reached a town abroad named "International City"). Every text here was written for
these tests."""

import pytest
from extract_candidates import party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, firm", [
    ("Gabrovo Town Hall | Official website\n"
     "Home / Economy / Partners abroad\n"
     "Gabrovo, the town of humour and satire on the northern slopes of the Balkan range, has "
     "kept ties with towns abroad for decades, and the Department of International "
     "Cooperation and Protocol of the Gabrovo Town Hall takes care of them today.\n"
     "The knitwear maker Zora Textiles ships pullovers to Aalborg every winter.\n",
     "company:bg:zora-textiles"),
    ("Sibiu City Hall\n"
     "Economy and partners\n"
     "Our municipality runs an office for the town's partnerships abroad; its head reports "
     "to the Department of International Programmes and Development of the Sibiu City "
     "Hall every quarter of the year.\n"
     "The furniture maker Carpatia Lemn supplies oak tables to Graz.\n",
     "company:ro:carpatia-lemn"),
])
def test_a_hall_in_the_first_line_places_the_pages_firms(text, firm):
    assert firm in party_ids(text)


def test_a_paragraph_names_no_letterhead():
    # the first lines hold prose only: no home, so the firm is not placed abroad by a
    # word of a department's name
    text = ("Partners abroad\n"
            "For many years the town has worked with partners abroad, and today the "
            "Department of International Relations of the municipality keeps in touch with "
            "its twins in five countries of Europe.\n"
            "The bakery Zlaten Klas ships biscuits to Varna.\n")
    assert not any(":ae:" in i for i in party_ids(text)), party_ids(text)


def test_a_short_letterhead_still_places_the_firms():
    text = ("Ministry of Economy of the Republic of Moldova\n"
            "Press release, 3 May 2025\n\n"
            "The winery Codru Vin delivered sparkling wine to Poznan.\n")
    assert "company:md:codru-vin" in party_ids(text)
