"""A reference by a region noun that only one country uses ("the voivodeship": Poland,
"the aimag": Mongolia) names a region of that country, never the other country's region
named last; nouns several countries use ("the oblast", "the region") are read as before.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
NEWS = "MINSK, 3 May 2025 - Regional news.\n\n"


@pytest.mark.parametrize("text, pair", [
    (NEWS + "The Podlaskie Voivodeship and the Grodno Region have worked together since 1998. "
     "Last year the Grodno Region opened a trade house in Bialystok. The governor said the "
     "voivodeship had delivered two fire engines to Grodno in return.",
     ("region:pl:podlaskie", "region:by:grodno")),
    (NEWS + "Ties between Khovd aimag and the Altai Republic go back to the 1970s. The Altai "
     "Republic buys cashmere from Khovd traders. The aimag ships wool and meat to "
     "Gorno-Altaysk every autumn.", ("region:mn:khovd", "city:ru:gorno-altaysk")),
])
def test_a_one_country_noun_names_a_region_of_that_country(text, pair):
    assert pair in set(pairs(text, S))


@pytest.mark.parametrize("text, pair", [
    # "the oblast" is the Belarusian region named last, as before
    (NEWS + "The Brest Region and the Lublin Voivodeship signed a new plan in March. In April "
     "the Brest Region sent timber to Lublin, and the oblast delivered grain to Chelm.",
     ("region:by:brest", "city:pl:chelm")),
])
def test_a_noun_of_several_countries_is_read_as_before(text, pair):
    assert pair in set(pairs(text, S))


def test_no_region_of_the_nouns_country_named_gives_none():
    text = (NEWS + "The Grodno Region and the Volyn Oblast met in Lutsk in May. The Grodno "
            "Region sent two buses to Lutsk, and the voivodeship delivered medicines to Lutsk.")
    got = set(pairs(text, S))
    assert not any(a.startswith("region:ua:") for a, _ in got), got


# -- a region named with such a noun is of a country that uses it ------------------------

ALMATY = "ALMATY, 3 May 2025 - Trade news.\n\n"


@pytest.mark.parametrize("text, pair", [
    # the Kazakh town Aksu is no prefecture: the Chinese one is meant
    (ALMATY + "Kostanay flour mills sold 20,000 tonnes of flour to bakeries in Aksu prefecture "
     "last year.", ("city:kz:kostanay", "region:cn:aksu")),
    (ALMATY + "The Zhetysu Region ships cattle feed to farms of the Ili prefecture every winter.",
     ("region:kz:jetisu", "region:cn:ili")),
])
def test_a_prefecture_is_a_chinese_or_japanese_region(text, pair):
    assert pair in set(pairs(text, S))


@pytest.mark.parametrize("text, pair", [
    # the town itself, and a Russian krai, are read as before
    (ALMATY + "Kostanay flour mills sold flour to bakeries in Aksu last year.",
     ("city:kz:kostanay", "city:kz:aksu")),
    (ALMATY + "The Kostanay Region ships grain to Perm Krai every autumn.",
     ("region:kz:kostanay", "region:ru:perm")),
])
def test_other_names_are_read_as_before(text, pair):
    assert pair in set(pairs(text, S))
