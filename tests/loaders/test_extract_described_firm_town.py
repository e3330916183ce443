"""A firm described by a big town and its head noun ("the Osh silk mill") is
of that town's country, though a village of that name lies in a country the text names;
a town name several places share is still read among the text's countries ("the Aksu
ferroalloy plant" in a text on Kazakhstan). Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids


@pytest.mark.parametrize("text, firm", [
    ("Russia and Uzbekistan are the main buyers. The Osh silk mill sells raw silk to the "
     "Namangan weaving firm Ipak Yuli.", "company:kg:osh-silk-mill"),
    ("Trade with Russia and Kazakhstan grew. Last year the Osh meat plant delivered beef to "
     "Tashkent.", "company:kg:osh-meat-plant"),
])
def test_a_big_towns_described_firm_is_of_that_towns_country(text, firm):
    assert firm in party_ids(text)


def test_a_shared_town_name_is_read_among_the_texts_countries():
    text = "Exports from Kazakhstan grew. The Aksu ferroalloy plant ships ferrochrome to China."
    assert "company:kz:aksu-ferroalloy-plant" in party_ids(text)
