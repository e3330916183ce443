"""Where a firm with a legal form of many countries is: "S.A." is written by Romanian,
Moldovan and Greek firms too, so a text about one of them keeps its firms at home
instead of in the first country of a short list; with no country in the paragraph, the
text's own country (its dateline's) comes before the one it names most; and a town its
name ends with picks among the form's countries. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


def _supplier(text):
    return [a for a, _b in pairs(text, S)]


@pytest.mark.parametrize("text, country", [
    ("Bacau lies in eastern Romania. Lactate Carpatina S.A. sells cheese to Hungary.", "ro"),
    ("Larissa is a farming town in Greece. Thessalia Feeds S.A. sells feed to Cyprus.", "gr"),
    ("Orhei is a town in Moldova. Vinaria Orhei Nord S.A. sells wine to Poland.", "md"),
    # (a country the form has always had still wins where the text names it)
    ("Vigo is a port in Spain. Pescados Ria S.A. sells fish to Italy.", "es"),
])
def test_an_sa_firm_is_of_the_country_the_text_names(text, country):
    assert [s.split(":")[1] for s in _supplier(text)] == [country], _supplier(text)


def test_a_dateline_country_comes_before_the_country_named_most():
    text = ("BACAU, Romania, 3 May 2024 - Moldova and Moldovan buyers, Moldovan towns and "
            "Moldova's markets were the topic of the fair in Moldova.\n\n"
            "Carpat Mobila S.R.L. sells chairs to Hungary.")
    assert [s.split(":")[1] for s in _supplier(text)] == ["ro"], _supplier(text)


@pytest.mark.parametrize("text, country", [
    # (the town a utility's name ends with)
    ("Bacau lies near Moldova, in Romania. Apa Nord S.A. sells pipes to Termo Cahul S.A.",
     "md"),
    # (a word that is no town of the form's countries decides nothing)
    ("Bacau lies near Moldova, in Romania. Apa Nord S.A. sells pipes to Termo Vest S.A.",
     "ro"),
])
def test_a_town_at_the_end_of_a_name_picks_the_country(text, country):
    got = [b for _a, b in pairs(text, S)]
    assert [b.split(":")[1] for b in got] == [country], got
