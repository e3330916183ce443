"""A place read as the firm or body of its description, with the firm's name after a
comma: "to the transport company of Szeged, SZKT Kft., which ..." supplies SZKT Kft., not
Szeged (``_named_after`` in ``loaders/extract/supplies.py``). Sentences written for
these tests."""

import pytest
from extract_candidates import blind_pairs as supplies
from extract_candidates import candidates


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Belkommunmash also delivers trolleybus parts to the transport company of Szeged, SZKT "
     "Kft., which runs the city lines.", ("company:xx:belkommunmash", "company:xx:szkt"),
     ("company:xx:belkommunmash", "city:hu:szeged")),
    ("Amkodor sells loaders to the road agency of Almaty, Almatyzholzhondeu.",
     ("company:xx:amkodor", "company:xx:almatyzholzhondeu"),
     ("company:xx:amkodor", "city:kz:almaty")),
])
def test_the_firm_named_after_its_place(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    # a list of places after the description: each is a recipient
    ("Amkodor sells loaders to the road agency of Almaty, Astana and Shymkent.",
     [("company:xx:amkodor", "city:kz:almaty"), ("company:xx:amkodor", "city:kz:astana")]),
    # a firm with its town after a comma: the firm stays
    ("Lida Beer ships beer to Baltic Drinks SIA, Riga, which distributes it in Latvia.",
     [("company:xx:lida-beer", "company:xx:baltic-drinks")]),
])
def test_the_recipients_stay(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)
    assert all(r["source"]["id"] != r["target"]["id"] for r in candidates(text))
