"""A party inside a relative clause set off by commas ("X, whose headquarters is at A
near B, buys ...") describes the subject and is none: X buys. A supply inside the
relative clause stays that clause's. Sentences written for these tests."""

import pytest
from extract_candidates import candidates, named_pairs

S = "SUPPLIES_TO"


def side_names(text) -> set[str]:
    return {c[side]["name"] for c in candidates(text) for side in ("source", "target")}


@pytest.mark.parametrize("text,pair,places", [
    ("Punto Fa, whose headquarters is at Palau near Manresa, buys knitwear from"
     " manufacturers in Covilha.", ("Covilha", "Punto Fa"), {"Palau", "Manresa"}),
    ("Mercadona, which keeps its main warehouse near Sagunto, buys olive oil from Jaen.",
     ("Jaen", "Mercadona"), {"Sagunto"}),
    ("Mercadona, whose largest depot stands in Sagunto, imports cheese from Greece.",
     ("Greece", "Mercadona"), {"Sagunto"}),
])
def test_the_subject_before_a_relative_clause_buys(text, pair, places):
    assert pair in named_pairs(text, S)
    assert not places & side_names(text)


def test_a_supply_inside_the_relative_clause_stays_its_own():
    text = ("Tractors were shipped to Mongolia, to Kazakhstan, where the company supplies"
            " assembly kits to the joint venture Steppe Motors in Zhezkazgan, and to Vietnam.")
    assert ("Kazakhstan", "Steppe Motors") not in named_pairs(text, S)
    assert ("Kazakhstan", "Vietnam") not in named_pairs(text, S)
