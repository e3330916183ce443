"""Which place a twinning names: the words that state one ("were paired", "a partner
of", "joined the family of partner cities of"), a town against the region or district
of the same name, the country of a namesake, and clauses that name a pair of their own.
Short texts written for these tests."""

import pytest
from extract_candidates import pairs


def _twins(text, key="id"):
    return {frozenset(p) for p in pairs(text, "TWINNED_WITH", key=key)}


@pytest.mark.parametrize("text,want", [
    # "paired" between towns
    ("Pinsk and the Polish town of Sandomierz were paired in 2001.",
     {"city:by:pinsk", "city:pl:sandomierz"}),
    ("In 1998 Molodechno was paired with Vyazma.", {"city:by:molodechno", "city:ru:vyazma"}),
    # located towns: the region and the country after "of" only say where they are
    ("Gorodok in the Vitebsk region and Horodok in the Lviv region of Ukraine were paired "
     "in 2008.", {"city:by:gorodok", "city:ua:horodok"}),
    # "a partner of" between districts and counties
    ("The Brest district, for its part, has been a partner of the Sokolka county since 2010.",
     {"region:by:brest-district", "region:pl:sokolka"}),
    ("Since 2015 the Lida district has been a partner of the Alytus district municipality.",
     {"region:by:lida", "region:lt:alytus"}),
    # joining a town's circle of twins
    ("In 2012 Novopolotsk joined the family of partner cities of the Serbian town of Sabac.",
     {"city:by:novopolotsk", "city:rs:sabac"}),
    ("Two years later Mozyr entered the circle of twin towns of Korosten.",
     {"city:by:mozyr", "city:ua:korosten"}),
])
def test_twinning_words(text, want):
    assert frozenset(want) in _twins(text)


@pytest.mark.parametrize("text", [
    # "paired" and "a partner of" between states, whole regions or firms is no twinning
    "Belarus was paired with Serbia in the draw for the tournament.",
    "The Mogilev Region has been a partner of the Smolensk Region for decades.",
    "Amkodor has been a partner of the Minsk Tractor Works since 2010.",
])
def test_partner_words_between_states_regions_or_firms_give_no_twinning(text):
    assert _twins(text) == set()


@pytest.mark.parametrize("text,want", [
    # an irregular verb opens a clause of its own, with a pair of its own
    ("Druskininkai and Shchuchin established sister-city relations in 2009, and Ostrovets "
     "later built fraternal ties with Svencionys.",
     {("Druskininkai", "Shchuchin"), ("Ostrovets", "Svencionys")}),
    ("Lida and Augustow became twin towns in 2003, and Smorgon soon struck sister-city ties "
     "with Kedainiai.", {("Lida", "Augustow"), ("Smorgon", "Kedainiai")}),
])
def test_a_later_clause_with_its_own_subject_pairs_on_its_own(text, want):
    assert _twins(text, key="name") == {frozenset(p) for p in want}


@pytest.mark.parametrize("text,want", [
    # the head noun before the name says a district: not the town of the same name
    ("In 1997 the Grodno district and the Polish district of Sokolka became partners.",
     {"region:by:grodno-district", "region:pl:sokolka"}),
    ("Lida and the Lithuanian district of Alytus have been partners since 2001.",
     {"city:by:lida", "region:lt:alytus"}),
    # a region before the town only says where the town lies
    ("The Pavlodar region's Ekibastuz and the Omsk region's Isilkul became twin towns in 2012.",
     {"city:kz:ekibastuz", "city:ru:isilkul"}),
    ("Kostanay and the Kurgan Oblast town of Shadrinsk are twin cities.",
     {"city:kz:kostanay", "city:ru:shadrinsk"}),
    # "the regional centre" is the town
    ("The Vitebsk regional centre and Smolensk are sister cities.",
     {"city:by:vitebsk", "city:ru:smolensk"}),
    ("In 2010 the Mogilev regional centre was paired with Kaluga.",
     {"city:by:mogilev", "city:ru:kaluga"}),
])
def test_town_or_region_of_the_same_name(text, want):
    assert _twins(text) == {frozenset(want)}
