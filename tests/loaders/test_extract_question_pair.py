"""A question states no supply: "Which Rakvere firms export, and where?" after a
sentence on Rakvere's agreement with Kouvola gave Rakvere's exports to Kouvola, the pair the
text spoke of last. Texts written for these tests."""

from extract_candidates import pairs


def _interview(question):
    return ("The mayor of Rakvere about the town's partners\n\n- And Finland?\n\n- In 2022 "
            "Rakvere signed a cooperation agreement with Kouvola.\n\n- Let us talk about business. "
            + question + "\n\n- Mostly furniture and cables.\n")


def test_a_question_takes_no_supply_from_the_pair_spoken_of():
    for question in ("Which Rakvere firms export, and where?",
                     "Which firms of Rakvere export most?"):
        text = _interview(question)
        assert pairs(text, "SUPPLIES_TO") == [], text
        assert ("city:ee:rakvere", "city:fi:kouvola") in pairs(text, "SIGNED_AGREEMENT"), text


def test_an_answer_still_takes_its_supply_from_the_pair_spoken_of():
    text = ("Trade between Belarus and France grew fast last year. The growth of "
            "Belarusian exports was the largest in a decade.\n")
    assert ("country:by", "country:fr") in pairs(text, "SUPPLIES_TO"), text
