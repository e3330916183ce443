"""A side one sentence leaves indefinite, named by the next sentence's copula
(``frames._one_named_next``, ``_named_next``): "Gomselmash found a new buyer abroad. It
was the Kazakh firm Agromash", "... a contract with a new partner. The partner is Y", "An
agreement was signed in 1997. Its parties were A and B"."""

import pytest
from extract_candidates import candidates, firm_blind

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def rows(text, rel_type):
    return {(firm_blind(r["source"]["id"]), firm_blind(r["target"]["id"]))
            for r in candidates(text) if r["type"] == rel_type}


@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("In 2019 Gomselmash found a new buyer abroad. It was the Kazakh firm Agromash, which "
     "took 200 combines.", S, ("company:xx:gomselmash", "company:xx:agromash")),
    ("Belshina won a new customer in Brazil. The customer is the Sao Paulo dealer "
     "Pneus Brasil.", S, ("company:xx:belshina", "company:xx:pneus-brasil")),
    ("Gomselmash signed a supply contract with a new partner in March. The partner is the "
     "Kazakh dealer Agromash.", A, ("company:xx:gomselmash", "company:xx:agromash")),
    ("A cooperation agreement was signed in Brest in 1997. Its parties were the Brest Region "
     "and the Lublin Voivodeship.", A, ("region:by:brest", "region:pl:lublin")),
    ("An agreement on cooperation was signed in 1997. The signatories were the Brest Region "
     "and the Lublin Voivodeship.", A, ("region:by:brest", "region:pl:lublin")),
])
def test_the_next_sentence_names_the_side(text, rel_type, expected):
    assert expected in rows(text, rel_type)


@pytest.mark.parametrize("text", [
    "In 2019 Gomselmash found a new buyer abroad. It was a difficult year for the plant in "
    "Gomel.",
    "An agreement on cooperation was signed in 1997. It was the first such document in "
    "Belarus.",
    "Gomselmash signed a contract with a new partner in March. The partner is based in "
    "Almaty and Astana.",
    # a paragraph break: the next paragraph names no side of this one
    "An agreement on cooperation was signed in 1997.\n\nThe signatories were the Brest "
    "Region and the Lublin Voivodeship.",
    "Gomselmash did not find a new buyer in 2019. It was Rostselmash that won the tender.",
    "Belshina is looking for a new partner. It is the Kazakh dealer Agromash, its director "
    "hopes.",
])
def test_no_side_named_next(text):
    assert not rows(text, S) and not rows(text, A)
