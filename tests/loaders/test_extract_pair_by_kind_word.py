""""The two states", "those two companies", "the two departments": a pair named before
and referred to by its kind (``pipeline._PLURAL_KIND``, ``_of_kind_said``,
``_kind_pair_before``, ``context.PairMemory.recall``, ``references._REF``)."""

import pytest
from extract_candidates import firm_blind, pairs

A = "SIGNED_AGREEMENT"


def signings(text):
    return {tuple(sorted(firm_blind(x) for x in p)) for p in pairs(text, A)}


@pytest.mark.parametrize("text, pair", [
    # states of a federation are its regions
    ("Kano State sells grain to Kaduna State. The two states signed a memorandum on "
     "transport in 2021.", ("region:ng:kaduna", "region:ng:kano")),
    # and states are still countries
    ("Poland sells coal to Ukraine. The two states signed a treaty on transport in 2021.",
     ("country:pl", "country:ua")),
    # "those two", "these two"
    ("Solo Batik Ltd sells fabrics to Kobe Apparel Co., Ltd. in Kobe. Those two companies "
     "concluded a five-year frame contract in May.",
     ("company:xx:kobe-apparel-co-ltd", "company:xx:solo-batik")),
    ("Lviv Oblast maintains close ties with Alberta. These two provinces signed a protocol "
     "on schools in 2019.", ("region:ca:alberta", "region:ua:lviv")),
    # a pair of the kind named before a nearer pair of another kind
    ("Lviv Oblast and Alberta keep close ties. In 2019 the two provinces concluded a protocol "
     "that funds visits between Lviv Polytechnic and the University of Calgary.",
     ("region:ca:alberta", "region:ua:lviv")),
    # the pair a relation of the same sentence joined just before
    ("Norkabel AS ships copper wire to Hansa Draht GmbH; it also delivers fibre cable to "
     "Fiberlink ApS, an installer, under a frame deal that the two firms concluded in 2020.",
     ("company:xx:fiberlink", "company:xx:norkabel")),
])
def test_the_pair_of_the_kind_named(text, pair):
    assert pair in signings(text)


@pytest.mark.parametrize("text, wrong", [
    # the universities only have exchanges under the provinces' protocol
    ("Lviv Oblast and Alberta keep close ties. In 2019 the two provinces concluded a protocol "
     "that funds visits between Lviv Polytechnic and the University of Calgary.",
     ("org:ca:university-of-calgary", "org:ua:lviv-polytechnic")),
    # the pair a later supply names is not the pair the contract was signed by
    ("Volgamash JSC sent wagons to Kazakh Rail JSC under a deal the two companies made "
     "last year, and also tank cars to Tashkent Wagon LLC.",
     ("company:xx:tashkent-wagon", "company:xx:volgamash")),
])
def test_no_pair_of_another_kind_or_after_the_reference(text, wrong):
    assert wrong not in signings(text)


@pytest.mark.parametrize("text", [
    # no pair named at all
    "Trade grew in 2021. The two countries signed a treaty on transport.",
    # two states of one federation named only one of them
    "Kano State sells grain to Niger. The two states signed a memorandum on transport in 2021.",
])
def test_no_pair_no_signing(text):
    assert not signings(text)
