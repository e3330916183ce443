"""Places that narrow a located group of recipients locate its members too: "to buyers
in the EU, mainly in Spain and Greece" gives Spain and Greece as markets
(``_NARROWED_IN`` in ``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Zapsib exported steel to customers in the European Union, largely in Spain and Greece.",
     {("company:xx:zapsib", "country:es"), ("company:xx:zapsib", "country:gr")}),
    ("Kaspi Foods ships caviar to restaurants across Europe, chiefly in France, Belgium and "
     "Austria.", {("company:xx:kaspi-foods", "country:fr"), ("company:xx:kaspi-foods",
                                                             "country:at")}),
    ("Last year Belarus Tyre sold tyres to dealers of Central Asia, above all in Uzbekistan.",
     {("company:xx:belarus-tyre", "country:uz")}),
])
def test_the_narrowing_places_are_markets(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # no located group of recipients before: the places locate the subject's plants
    ("Zapsib has plants in Russia, mainly in Siberia, and exports steel to Spain.",
     ("company:xx:zapsib", "region:ru:siberia")),
    ("Gorvex, with mills in Ukraine, mostly in Volyn, sells paper to Poland.",
     ("company:xx:gorvex", "region:ua:volyn")),
])
def test_a_narrowed_locative_is_no_market(text, wrong):
    assert wrong not in supplies(text)
