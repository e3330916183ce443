""""The plant", "the company", "it" opening an answer in an interview: the firm the
question just before named as its subject, not the firm the interview spoke of most
before it. Texts written for these tests."""

import pytest
from extract_candidates import candidates

INTRO = ("Interview with the mayor of Kaluga\n\n"
         "- Which industries export most?\n\n"
         "- Wood first. Sveza Group's mills in Kostroma and Manturovo export plywood to "
         "Egypt; its main buyer there is Al Ahram Wood, with which Sveza signed a supply "
         "contract in 2022.\n\n")
PLANT = "company:ru:kaluga-engine-plant"


def _pairs(text, rel):
    return {(c["source"]["id"], c["target"]["id"]) for c in candidates(text)
            if c["type"] == rel and c["evidence"]["line"] > 5}


@pytest.mark.parametrize("question, answer, rel, want", [
    ("- And engines? Is the Kaluga Engine Plant still busy?",
     "- Very. The plant sent engines to Renault until 2022.",
     "SUPPLIES_TO", (PLANT, "company:fr:renault")),
    ("- What about cars? The Kaluga Engine Plant used to work for Renault.",
     "- It did: the plant built motors for the Logan and shipped them to Renault for ten "
     "years.", "SUPPLIES_TO", (PLANT, "company:fr:renault")),
    ("- And the Kaluga Engine Plant, which lost its French orders?",
     "- The company signed a new contract with Daimler Truck in May.",
     "SIGNED_AGREEMENT", (PLANT, "company:de:daimler-truck")),
])
def test_a_reference_opening_an_answer_is_the_questions_firm(question, answer, rel, want):
    got = _pairs(INTRO + question + "\n\n" + answer, rel)
    assert want in got, got
    assert not any(a.endswith("sveza-group") for a, _b in got), got


def test_a_town_the_question_names_is_the_answers_city():
    text = INTRO + "- And Obninsk, the science town?\n\n- The city is twinned with Hamm."
    assert _pairs(text, "TWINNED_WITH") == {("city:ru:obninsk", "city:de:hamm")}


def test_a_question_naming_two_firms_leaves_the_answers_plant_to_nobody():
    text = INTRO + ("- What about Volkswagen and the Kaluga Engine Plant?\n\n"
                    "- The plant now ships engines to Kazakhstan.")
    assert _pairs(text, "SUPPLIES_TO") == set(), _pairs(text, "SUPPLIES_TO")
