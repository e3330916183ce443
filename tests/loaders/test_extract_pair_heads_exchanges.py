"""A pair's document signed by its councils or governors, and documents of exchanges, on
sentences written for these tests: "In 2014 the two town councils concluded a protocol"
after a sentence naming a twin pair is the pair's agreement beside its twinning (it was
read as the twinning alone); "signed a plan of youth exchanges with B", "both councils adopted a
programme of student exchanges" name a document (an exchange takes two sides). What must
stay a twinning alone, or no relation, is tested beside them."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"




# -- the pair's heads or councils, counted, sign for the pair just named ----------------

@pytest.mark.parametrize("text,pair", [
    ("Mogilev and the Russian town of Kaluga have been twin towns since 2000. In June the"
     " two city councils signed an agreement on museum exchanges.",
     ("city:by:mogilev", "city:ru:kaluga")),
    ("Brest and Lutsk became partner towns in 1992. Last year both city councils concluded"
     " a protocol on joint festivals.", ("city:by:brest", "city:ua:lutsk")),
    ("Gomel has been a sister city of Chernihiv since 1996. In 2015 the two town councils"
     " signed a memorandum on tourism.", ("city:by:gomel", "city:ua:chernihiv")),
])
def test_the_two_councils_sign_for_the_twin_pair(text, pair):
    assert pairs(text, A) == [pair]
    assert pairs(text, T) == [pair]


@pytest.mark.parametrize("text,pair", [
    ("The Vitebsk Region borders the Pskov Region. In 2011 the two governors signed a"
     " memorandum on border crossings.", ("region:by:vitebsk", "region:ru:pskov")),
    ("The Gomel Region and the Bryansk Region share a long border. Last year both governors"
     " concluded a protocol on flood control.", ("region:by:gomel", "region:ru:bryansk")),
])
def test_the_two_governors_sign_for_the_pair_just_named(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    # the heads meet, sign nothing
    "Mogilev and Kaluga have been twin towns since 2000. In June the two city councils met"
    " to discuss a joint festival.",
    "Brest and Lutsk became partner towns in 1992. Both city councils discussed a programme"
    " of cooperation last year.",
])
def test_heads_that_sign_nothing_give_the_twinning_alone(text):
    assert pairs(text, A) == []
    assert len(pairs(text, T)) == 1


def test_heads_that_sign_the_twinnings_own_document_give_its_signing_too():
    text = ("Pinsk and Kovel became twin towns in 2011, when the two town councils signed the"
            " twinning agreement.")
    assert pairs(text, A) == pairs(text, T) and len(pairs(text, T)) == 1


# -- a document of exchanges --------------------------------------------------------------

@pytest.mark.parametrize("text,pairs_", [
    ("During the visit, Polotsk signed a plan of youth exchanges for 2026-2027 with Rezekne"
     " and Daugavpils.", [("city:by:polotsk", "city:lv:daugavpils"),
                          ("city:by:polotsk", "city:lv:rezekne")]),
    ("In 2019 Grodno signed a plan of school exchanges with Bialystok.",
     [("city:by:grodno", "city:pl:bialystok")]),
    ("Novopolotsk and Rezekne have been partner towns since 1999, and last year they adopted"
     " a programme of student exchanges.", [("city:by:novopolotsk", "city:lv:rezekne")]),
    ("Kobrin and Kovel adopted a programme of cultural exchanges in 2018.",
     [("city:by:kobrin", "city:ua:kovel")]),
])
def test_a_plan_or_programme_of_exchanges_is_a_document(text, pairs_):
    assert pairs(text, A) == pairs_


@pytest.mark.parametrize("text", [
    # one body's own plan or programme
    "In 2019 the Grodno city council adopted a plan of reforms of its public transport.",
    "Kobrin adopted a programme of road repairs in 2018.",
    # a plan of exchanges, or a memorandum, only discussed
    "The Vitebsk Region borders the Pskov Region. In 2011 the two governors discussed a"
    " memorandum on border crossings.",
    "Polotsk and Rezekne discussed a plan of youth exchanges in 2025.",
])
def test_a_bodys_own_plan_or_a_plan_discussed_is_no_agreement(text):
    assert pairs(text, A) == []
