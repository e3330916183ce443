"""An interview's "we" when the guest holds a town's or a region's office, and a partner
fronted in a later clause ("...: with A we have had an agreement since 1999"), on texts
written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


def pairs(text: str, rel: str) -> set[tuple]:
    return set(undirected_id_pairs(text, rel))


def _ids(got: set[tuple]) -> set[str]:
    return {x for pair in got for x in pair}


# -- the guest's office names the place "we" speak for -------------------------------------

@pytest.mark.parametrize("text,rel,pair", [
    # a subtitle "The mayor of X on ...", longer than a title line
    ("\"Our doors are open on every side\"\n"
     "The mayor of Lida on the town's partners abroad and on what its plants make for export\n"
     "Lida lies 30 km from the Lithuanian border. We asked the mayor about its ties.\n"
     "- How many partner towns are there today?\n"
     "- About ten. We have been twinned with Alytus since 1999, and we signed a cooperation"
     " agreement with Augustow in 2006.\n- And in Latvia?\n- Not yet.",
     T, ("city:by:lida", "city:lt:alytus")),
    ("\"Our doors are open on every side\"\n"
     "The mayor of Lida on the town's partners abroad and on what its plants make for export\n"
     "Lida lies 30 km from the Lithuanian border. We asked the mayor about its ties.\n"
     "- How many partner towns are there today?\n"
     "- About ten. We have been twinned with Alytus since 1999, and we signed a cooperation"
     " agreement with Augustow in 2006.\n- And in Latvia?\n- Not yet.",
     A, ("city:by:lida", "city:pl:augustow")),
    # the lead names the governor of a region in other words
    ("Trade across the river\n\n"
     "We spoke in Grodno with the governor of the Grodno Region about trade with the"
     " neighbouring Polish and Lithuanian regions and the plans for the next two years.\n\n"
     "Q: Which partners matter most?\n\n"
     "A: Podlaskie, first of all. We signed a road map with the Podlaskie Voivodeship in"
     " 2019.\n\nQ: And Lithuania?\n\nA: Alytus County, since 2012.",
     A, ("region:by:grodno", "region:pl:podlaskie")),
    # the head of a region's own department speaks for the region
    ("\"We count on the grain route\"\n"
     "The head of the Department of Foreign Economic Relations of the Kostanay Region, Aidar"
     " Seitkali, speaks about the region's foreign partners and its recent agreements.\n"
     "- What changed last year?\n"
     "- We signed an agreement on cooperation with the Chelyabinsk Region in March.\n"
     "- And this year?\n- We hope for more grain trains.",
     A, ("region:kz:kostanay", "region:ru:chelyabinsk")),
])
def test_an_interviewees_office_names_the_place_we_speak_for(text, rel, pair):
    assert pair in pairs(text, rel)


@pytest.mark.parametrize("text", [
    # the guest heads a firm: "we" is no town's
    "\"Our loaders go east\"\n"
    "The director of Amkodor on the company's markets abroad and on its new dealers in Asia\n"
    "We met him at the plant near Minsk.\n"
    "- Which markets grow?\n"
    "- We signed a dealer contract with Agromehanika in 2021.\n- And Europe?\n- Less.",
    # the mayor is named only after the questions have begun: no introduction of the guest
    "\"Our loaders go east\"\n"
    "We met the sales director of Amkodor at the plant near Minsk.\n"
    "- Which markets grow?\n"
    "- Asia. We signed a dealer contract with Agromehanika in 2021, and the mayor of Lida"
    " came to the signing.\n- And Europe?\n- Less.",
])
def test_no_town_speaks_when_the_guest_holds_no_place_office(text):
    assert "city:by:lida" not in _ids(pairs(text, T) | pairs(text, A))


# -- a partner fronted in a later clause ---------------------------------------------------

@pytest.mark.parametrize("text,rel,expected", [
    ("Lida has partners on both sides of the border: with Alytus the town has kept a"
     " twinning agreement since 2000, and with Sokolka since 2007.",
     T, {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:sokolka")}),
    ("Grodno signed a road map with Bialystok in 2015; with Kaunas the city concluded a"
     " memorandum on tourism in 2018.", A, {("city:by:grodno", "city:lt:kaunas")}),
    ("Interview with the mayor of Lida\n- How many twin towns does the town have?\n"
     "- Two in Poland. Sokolka has been a friend since 2013, and with Augustow we are"
     " twinned since 2007.", T, {("city:by:lida", "city:pl:augustow")}),
    ("Interview with the mayor of Lida\n- And the Polish towns?\n"
     "- With Augustow in Poland we have been twinned since 2005.",
     T, {("city:by:lida", "city:pl:augustow")}),
    ("Lida is a border town. With Alytus, in Lithuania, the town has had a twinning"
     " agreement since 1999.", T, {("city:by:lida", "city:lt:alytus")}),
    ("Lida is twinned with Alytus, and with Augustow it signed a cooperation agreement in"
     " 2004.", A, {("city:by:lida", "city:pl:augustow")}),
])
def test_a_partner_fronted_in_a_later_clause_pairs_with_the_subject_after_it(
        text, rel, expected):
    assert expected <= pairs(text, rel)


@pytest.mark.parametrize("text", [
    # no relation's verb after the subject
    "With Alytus, in Lithuania, we have nothing in common.",
    "Lida trades with Poland: with Augustow it shares a bus line.",
    # a name after the fronted partner without a comma is no subject
    "Lida lies near the border: with Alytus Grodno and Lida compete for tourists.",
])
def test_a_fronted_partner_without_a_subject_and_its_verb_gives_nothing(text):
    assert not pairs(text, T) and not pairs(text, A)


# -- twins of the place the text speaks for, named without their owner ---------------------

_GUEST = ("\"Open doors\"\nThe mayor of Lida on the town's partners abroad\n\n"
          "- How many partner towns are there?\n\n")


@pytest.mark.parametrize("text,expected", [
    # an apposition: "our partner city" after the town
    (_GUEST + "- The ice hockey club plays in Alytus, our partner city since 2012.",
     {("city:by:lida", "city:lt:alytus")}),
    (_GUEST + "- Last year we sent two buses to Augustow, our oldest twin town.",
     {("city:by:lida", "city:pl:augustow")}),
    # a twin word with no owner, and the towns gapped after it
    (_GUEST + "- Yes. Alytus has been a sister city since 1995, Augustow since 2006, and"
     " Sokolka since 2012.",
     {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:augustow"),
      ("city:by:lida", "city:pl:sokolka")}),
    (_GUEST + "- Few. Kaunas has been a partner town since 2001, and Panevezys since 2010.",
     {("city:by:lida", "city:lt:kaunas"), ("city:by:lida", "city:lt:panevezys")}),
])
def test_a_twin_named_without_its_owner_is_the_speakers(text, expected):
    assert expected <= pairs(text, T)


@pytest.mark.parametrize("text", [
    # nobody speaks for a town: a monograph's sentence names no owner
    "Alytus was a sister city since 1997, Augustow since 2003.",
    # a firm's interview: its director's partners are no twins
    "\"Our loaders go east\"\nThe director of Amkodor on the company's markets abroad\n\n"
    "- Which markets grow?\n\n- Minsk was a sister city since 2011.",
    # the twin word has its owner, or names a document
    _GUEST + "- Alytus was a sister city of Kaunas until 1997.",
    _GUEST + "- Alytus is a partner city in Lithuania, and Sokolka in Poland.",
])
def test_no_speakers_twin_without_a_place_speaking_or_with_an_owner(text):
    assert ("city:by:lida", "city:lt:alytus") not in pairs(text, T)
    assert not any("company" in x for pair in pairs(text, T) for x in pair)


# -- "the two towns" after a twinning of "we" ---------------------------------------------

@pytest.mark.parametrize("text,pair", [
    (_GUEST + "- We have warm ties with Augustow. With Alytus in Lithuania we became twin"
     " towns in 2004, and in 2021 the two towns signed a programme of exchanges.",
     ("city:by:lida", "city:lt:alytus")),
    (_GUEST + "- Sokolka, our partner city since 2011, is close. We are twinned with Alytus,"
     " and in 2019 the two cities concluded an agreement on tourism.",
     ("city:by:lida", "city:lt:alytus")),
])
def test_the_two_towns_after_a_twinning_of_we_are_that_pair(text, pair):
    assert pairs(text, A) == {pair}
