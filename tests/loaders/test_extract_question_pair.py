"""A question states no supply: "Which Narva firms export, and where?" after a
sentence on Narva's agreement with Lahti gave Narva's exports to Lahti, the pair the
text spoke of last. Texts written for these tests."""

from extract_candidates import pairs


def _interview(question):
    return ("The mayor of Narva on the city's partners\n\n- And Finland?\n\n- In 2023 Narva "
            "concluded a partnership agreement with Lahti.\n\n- Let us talk about business. "
            + question + "\n\n- Mostly furniture and cables.\n")


def test_a_question_takes_no_supply_from_the_pair_spoken_of():
    for question in ("Which Narva firms export, and where?",
                     "Which firms of Narva export most?"):
        text = _interview(question)
        assert pairs(text, "SUPPLIES_TO") == [], text
        assert ("city:ee:narva", "city:fi:lahti") in pairs(text, "SIGNED_AGREEMENT"), text


def test_an_answer_still_takes_its_supply_from_the_pair_spoken_of():
    text = ("Trade between Belarus and France grew fast last year. The growth of "
            "Belarusian exports was the largest in a decade.\n")
    assert ("country:by", "country:fr") in pairs(text, "SUPPLIES_TO"), text
