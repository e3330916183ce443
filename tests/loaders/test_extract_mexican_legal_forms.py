"""Mexico's legal forms, written after a comma ("X, S.A. de C.V.", "Y, S. de R.L. de
C.V.", "Z, S.A.B. de C.V."), close a firm's name whole: they leave its id and place it
in Mexico, and the "de" inside them ends no name. Plain "S.A." keeps its many
countries. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.names import legal_countries, strip_legal

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("name", "bare"), [
    ("Laminados Cumbres, S.A. de C.V.", "Laminados Cumbres"),
    ("Tubos Anahuac, S. de R.L. de C.V.", "Tubos Anahuac"),
    ("Grupo Sierra Madre, S.A.B. de C.V.", "Grupo Sierra Madre"),
    ("Envases Mitras, S.A.P.I. de C.V.", "Envases Mitras"),
])
def test_the_form_leaves_the_name_and_places_it_in_mexico(name, bare):
    assert strip_legal(name) == bare
    assert legal_countries(name) == ("MX",)


def test_plain_sa_keeps_its_many_countries():
    assert len(legal_countries("Laminados Cumbres S.A.")) > 1


def test_the_form_is_one_mention_with_the_name():
    text = "Laminados Cumbres, S.A. de C.V., in Apodaca signed a contract with Ridge Dies LLC."
    names = [m.text for m in find_mentions(text)]
    assert "Laminados Cumbres, S.A. de C.V." in names, names
    assert not any(n.startswith("S.A.") for n in names), names


def test_a_firm_with_the_form_is_mexican_in_a_text_naming_mexico():
    text = ("Mexico and the United States trade a great deal of steel.\n\n"
            "Tubos Anahuac, S. de R.L. de C.V. signed a supply contract with Ridge Dies "
            "LLC in March.")
    found = id_pair_set(text, S)
    assert any("company:mx:tubos-anahuac" in pair for pair in found), found
