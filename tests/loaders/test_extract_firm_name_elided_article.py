"""A firm's name runs on through a particle and an elided article glued to a capitalised
word ("Salaisons de l'Aubrac S.A.", "Celler de l'Alt Priorat S.L."): read short, the
firm was a bare first word and its name's end a place or nothing. Texts written for
these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Salaisons de l'Aubrac S.A. of Rodez exports ham to Belgium.",
     "salaisons-de-l-aubrac", "country:be"),
    ("Celler de l'Alt Priorat S.L. ships red wine to Norway.",
     "celler-de-l-alt-priorat", "country:no"),
    ("In 2021 Conserves Martin SAS began to sell fish soup to Fromagerie de l'Ouest SARL.",
     "conserves-martin", "fromagerie-de-l-ouest"),
])
def test_a_name_runs_through_an_elided_article(text, supplier, recipient):
    got = [(a.rsplit(":", 1)[-1], b if b.startswith("country:") else b.rsplit(":", 1)[-1])
           for a, b in pairs(text, S)]
    assert got == [(supplier, recipient)], got


@pytest.mark.parametrize("text, supplier", [
    # (an elided word with no particle before it starts no part of the name)
    ("Salaisons Rouergue S.A. exports ham to Belgium, l'Union reported.",
     "salaisons-rouergue"),
    # (nor does a lower-case word after the apostrophe)
    ("Salaisons Rouergue S.A. de l'autre rive exports ham to Belgium.", "salaisons-rouergue"),
])
def test_no_name_runs_on_without_a_particle_and_a_capital(text, supplier):
    got = [a.rsplit(":", 1)[-1] for a, _b in pairs(text, S)]
    assert got == [supplier], got
