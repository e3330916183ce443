"""The pair or the party a neighbouring sentence named, referred to by a noun or a
pronoun: "the voivodeship" and "the oblast" (``Discourse._region_by_noun``), goods "from
the works" (``frames._goods_before_of``), "They have been twin towns", "Both became sister
cities", "twin-town ties between them" (``twinning._PAIR_SUBJECT``, ``_OF_THE_PAIR``),
"Both signed", "Their governors signed" (``references._REF``), and a signing whose
sentence denies a twinning in another clause (``carried_topic._signing_sides``)."""

import pytest
from extract_candidates import candidates, firm_blind

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"


def pairs(text, rel_type):
    return {frozenset((firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"])))
            for r in candidates(text) if r["type"] == rel_type}


BL = frozenset({"region:by:brest", "region:pl:lublin"})
GC = frozenset({"city:by:gomel", "city:ua:chernihiv"})
GP = frozenset({"region:by:grodno", "region:pl:podlaskie"})


# -- a region called by the noun of its own name -----------------------------------------
@pytest.mark.parametrize("text", [
    "The Brest Region and the Lublin Voivodeship are neighbours. The voivodeship signed a "
    "partnership agreement with the oblast in 1997.",
    "The Brest Region borders the Lublin Voivodeship. The oblast signed a partnership "
    "agreement with the voivodeship in 1997.",
])
def test_the_voivodeship_and_the_oblast(text):
    assert BL in pairs(text, A)


def test_the_region_is_read_as_before():
    # two regions whose names end in "Region": "the region" is no noun of one of them
    text = ("The Brest Region and the Grodno Region border Poland. The region signed an "
            "agreement with the Lublin Voivodeship in 1997.")
    assert frozenset({"region:by:grodno", "region:by:brest"}) not in pairs(text, A)


# -- goods from a firm called by its kind -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mozyr Salt Works shipped a record 410,000 tonnes of salt. Road salt from the works "
    "went to the Smolensk Region.",
    "Mozyr Salt Works shipped a record 410,000 tonnes of salt. Road salt from the plant "
    "went to the Smolensk Region.",
])
def test_goods_from_the_works_go(text):
    assert frozenset({"company:xx:mozyr-salt-works", "region:ru:smolensk"}) in pairs(text, S)


def test_roads_from_a_place_are_no_goods():
    assert not pairs("Roads from the Grodno Region go to Poland and Lithuania.", S)


# -- a pronoun or "both" as the pair ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gomel and Chernigov lie close to each other. They have been twin towns since 1975.",
    "Gomel and Chernigov lie close to each other. They became sister cities in 1975.",
    "Gomel and Chernigov lie close to each other. They were twinned in 1975.",
    "Gomel and Chernigov lie close to each other. Both became twin towns in 1975.",
    "Gomel and Chernigov lie close to each other. Twin-town ties between them date from 1975.",
    "Gomel and Chernigov lie close to each other. The twin-city agreement between them was "
    "signed in 1975.",
])
def test_they_are_the_twin_pair(text):
    assert GC in pairs(text, T)


@pytest.mark.parametrize("text", [
    "Gomel and Chernigov lie close to each other. They visited their twin town Kaluga in 1999.",
    "Gomel and Chernigov lie close to each other. Both are river ports.",
    "Minsk and Moscow are capitals. They have been partners in many projects.",
])
def test_they_are_no_twin_pair(text):
    assert GC not in pairs(text, T)
    assert frozenset({"city:by:minsk", "city:ru:moscow"}) not in pairs(text, T)


@pytest.mark.parametrize("text", [
    "The Grodno Region and the Podlaskie Voivodeship share a border. Both signed a "
    "cooperation agreement in 1998.",
    "The Grodno Region and the Podlaskie Voivodeship share a border. Their governors signed "
    "a cooperation agreement in 1998.",
])
def test_both_or_their_heads_sign_for_the_pair(text):
    assert GP in pairs(text, A)


@pytest.mark.parametrize("text", [
    "The Grodno Region and the Podlaskie Voivodeship share a border. Their governors met "
    "in Bialystok.",
    "The Gomel Region and the Bryansk Region share a border. Both signed cooperation "
    "agreements with Kazakh regions in 2019.",
])
def test_no_signing_of_the_pair(text):
    assert not any(p <= {"region:by:grodno", "region:pl:podlaskie", "region:by:gomel",
                         "region:ru:bryansk"} for p in pairs(text, A))


# -- a denial in another clause -------------------------------------------------------------
def test_a_twinning_denied_in_another_clause_leaves_the_signing():
    text = ("The Grodno Region has been a sister region of the Podlaskie Voivodeship since "
            "1998. With the Lublin Voivodeship it signed a memorandum on tourism in 2011; "
            "that document is no twinning.")
    assert frozenset({"region:by:grodno", "region:pl:lublin"}) in pairs(text, A)


def test_a_denied_signing_stays_denied():
    text = ("The Grodno Region borders Poland. With the Lublin Voivodeship it has not signed "
            "a memorandum; talks go on.")
    assert not pairs(text, A)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Vitebsk Region has partners in Siberia, above all the Krasnoyarsk Territory. In "
     "2015 the territory signed a cooperation agreement with the Gomel Region.",
     frozenset({"region:ru:krasnoyarsk", "region:by:gomel"})),
    ("The Gomel Region works with the Khanty-Mansi Autonomous Okrug. In 2001 the okrug "
     "signed an agreement with the Mogilev Region.",
     frozenset({"region:ru:khanty-mansi", "region:by:mogilev"})),
])
def test_the_territory_and_the_okrug(text, expected):
    found = pairs(text, A)
    assert expected in found
    # (not the region the sentence before opened with: two regions of one country)
    assert not any(len({i.split(":")[1] for i in p}) == 1 for p in found)


def test_the_territory_of_a_place_is_no_reference():
    text = ("The territory of the Vitebsk Region is large. The territory of the region signed "
            "nothing.")
    assert not pairs(text, A)


# -- a pronoun subject: the places after its verb are objects, not the actor ----------------
_VITEBSK = ("The Vitebsk Region is the northernmost region of Belarus. It borders Latvia, "
            "Lithuania and the Pskov and Smolensk regions of Russia. ")
VL = frozenset({"region:by:vitebsk", "region:lv:latgale"})


@pytest.mark.parametrize("text", [
    _VITEBSK + "In 2004 the region signed an agreement with the Latgale region.",
    _VITEBSK + "An agreement with the Latgale region was signed in 2004.",
    _VITEBSK + "Its agreement with the Latgale region dates from 2004.",
])
def test_it_as_subject_keeps_the_party_spoken_of(text):
    found = pairs(text, A)
    assert VL in found
    assert not any("country:lv" in p or "region:ru:smolensk" in p for p in found)


def test_they_as_subject_names_no_actor():
    text = ("Orsha and Vitebsk are old towns. They lie on the Dnieper and the Dvina, near "
            "Smolensk. An agreement with Kaluga was signed in 2004.")
    assert frozenset({"city:ru:smolensk", "city:ru:kaluga"}) not in pairs(text, A)


# -- "its" after a subject that bought: the buyer, not its supplier ---------------------------
@pytest.mark.parametrize(("text", "owner", "buyer"), [
    ("Minsk Tractor Works buys engines from the Minsk Motor Plant and tyres from Belshina. "
     "Its tractors are sold in 40 countries, including Serbia and Vietnam.",
     "company:xx:mtz", "country:rs"),
    ("Amkodor buys hydraulics from Bosch Rexroth. Its loaders are sold in Mongolia.",
     "company:xx:amkodor", "country:mn"),
])
def test_its_after_a_buying_subject_is_the_buyer(text, owner, buyer):
    found = pairs(text, S)
    assert frozenset({owner, buyer}) in found
    assert not any(buyer in p and owner not in p for p in found)


def test_its_after_a_supplying_subject_stays_the_supplier():
    text = "Belshina ships tyres to KAMAZ. Its tyres are also bought by MAZ."
    assert frozenset({"company:xx:belshina", "company:xx:maz"}) in pairs(text, S)


# -- "our city" in a remark: the place spoken of before the place named last -------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Pinsk lies on the Pina, west of Luninets and Stolin. \"Our city has been a sister city "
     "of Gyumri since 2011,\" the mayor said.", frozenset({"city:by:pinsk", "city:am:gyumri"})),
    ("Lida is a town near Grodno, Shchuchin and Ivye. \"Our town has been twinned with "
     "Ketrzyn since 1995,\" its mayor said.", frozenset({"city:by:lida", "city:pl:ketrzyn"})),
])
def test_our_city_is_the_place_spoken_of(text, expected):
    found = pairs(text, T)
    assert expected in found
    assert len(found) == 1


# -- a twinning agreement with a partner after an actor: the twinning and its signing ----------
def test_a_twinning_agreement_signed_with_b_is_the_twinning_and_its_signing():
    text = ("Pinsk lies on the Pina, near Luninets. A twinning agreement with Gyumri was "
            "signed in 2011.")
    assert frozenset({"city:by:pinsk", "city:am:gyumri"}) in pairs(text, T)
    assert pairs(text, A) == {frozenset({"city:by:pinsk", "city:am:gyumri"})}


# -- "the town's twin" as a noun alone ----------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Novopolotsk grew around the Naftan refinery, 10 km from Polotsk. The town's twin in "
     "Latvia is Rezekne.", {frozenset({"city:by:novopolotsk", "city:lv:rezekne"})}),
    ("Mogilev lies on the Dnieper. Its twins are Kaluga and Gabrovo.",
     {frozenset({"city:by:mogilev", "city:ru:kaluga"}),
      frozenset({"city:by:mogilev", "city:bg:gabrovo"})}),
])
def test_the_towns_twin(text, expected):
    assert expected <= pairs(text, T)


def test_twin_problems_are_no_twins():
    assert not pairs("Mogilev lies on the Dnieper. Its twin problems are unemployment and "
                     "ageing in Kaluga.", T)
