"""An interview's answer goes on with the supply its question asked about
(``pipeline._answer_context``): "Where do your machines go? / Russia takes more than
half. Last year they also went to A" (the speaker's goods), "What does the region sell
to Russia? / Mostly grain. The ore goes to X" (the question's supplier), "Who supplies
you? / The engines come from X, and the steel from Y" (the speaker's inputs, a gapped
clause read too); and a gapped "and the wheat to Y" after goods that go."""

import pytest
from extract_candidates import candidates, firm_blind

S = "SUPPLIES_TO"


def supplies(text):
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == S}


_FIRM = ("An interview with Pavel Orlov, director of the Lida seeder maker Lidagromash.\n\n"
         "How was the year?\n\nGood. Sales rose by a fifth.\n\n")
_REGION = ("An interview with Kairat Nurlanov, akim of the Kostanay Region.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_FIRM + "Where do your machines go?\n\nRussia takes more than half. Last year they "
     "also went to Uzbekistan and Mongolia.",
     {("company:xx:lidagromash", "country:ru"), ("company:xx:lidagromash", "country:uz"),
      ("company:xx:lidagromash", "country:mn")}),
    (_FIRM + "Which markets do you sell to?\n\nMostly the east. Most of them go to Kazakhstan.",
     {("company:xx:lidagromash", "country:kz")}),
    (_REGION + "What does the region export to Russia?\n\nMostly wheat and coal. The coal "
     "goes to the Troitsk power plant, and the wheat to mills in the Orenburg Region.",
     {("region:kz:kostanay", "company:xx:troitsk-power-plant"),
      ("region:kz:kostanay", "region:ru:orenburg")}),
])
def test_an_answer_goes_on_with_the_goods_asked_about(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize(("text", "expected"), [
    (_FIRM + "Who supplies you?\n\nThe engines come from the Minsk Motor Plant, and the "
     "steel from the Belarusian Steel Works in Zhlobin.",
     {("company:xx:mmz", "company:xx:lidagromash"), ("company:xx:bmz", "company:xx:lidagromash")}),
    (_FIRM + "Where do you buy components?\n\nAll over Belarus. Bearings are bought from "
     "the Minsk Bearing Plant.",
     {("company:xx:minsk-bearing-plant", "company:xx:lidagromash")}),
])
def test_an_answer_names_the_suppliers_asked_about(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize("text", [
    # no question: "they" are the delegates, not goods
    "Belshina shipped tyres to Russia. The delegates came from Minsk.\n\nLast year they "
    "went to Kazan and Ufa.",
    # a question about something else: the answer's "they" are no goods
    _FIRM + "Who are your engineers?\n\nYoung people from Lida. Last year they went to "
    "Kazakhstan for training.",
    # a paragraph between the question and the sentence
    _FIRM + "Where do your machines go?\n\nRussia takes more than half.\n\nOur engineers "
    "travel a lot. Last year they went to Mongolia.",
])
def test_no_question_no_answer_context(text):
    assert not any(b == "country:mn" or b in ("city:ru:kazan", "city:ru:ufa", "country:kz")
                   for _, b in supplies(text))


def test_a_gapped_clause_of_people_is_no_supply():
    text = "Belshina tyres go to Russia, and the delegation to Minsk."
    assert supplies(text) == {("company:xx:belshina", "country:ru")}


def test_a_bare_share_with_no_supplier_spoken_of_is_none():
    # a monograph speaks for nobody, and no supply was stated before
    text = "3.2. Grain\n\nThe harvest was large. Russia takes more than half."
    assert not supplies(text)
