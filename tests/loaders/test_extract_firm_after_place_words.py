"""A place read as the firm of its description, with the firm's name after a comma,
in other words than "company": "the transport operator of X, NAME", "the water
utility of X, NAME" and a legal form written in lower case after the name ("NAME
a.s.", "NAME d.d."): the firm is the recipient, not the place (``supplies._named_after``).
A town after the comma is the next of a list. Every text here was written for these
tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "firm", "town"), [
    ("Vitovt Electro sold twelve trolleybuses to the transport operator of Ostrava, "
     "Dopravni Podnik.", "company:xx:dopravni-podnik", "city:cz:ostrava"),
    ("Vitovt Electro sold twelve trolleybuses to the tram company of Ostrava, Dopravni "
     "Podnik a.s., which runs the lines.", "company:xx:dopravni-podnik", "city:cz:ostrava"),
    ("Last year Vitovt Pumps delivered two pumping units to the water utility of Rijeka, "
     "Vodovod Rijeka d.d.", "company:xx:vodovod-rijeka", "city:hr:rijeka"),
    ("Vitovt Electro ships spare parts to the public transport operator of Zilina, DPMZ, "
     "every quarter.", "company:xx:dpmz", "city:sk:zilina"),
])
def test_the_named_firm_receives(text, firm, town):
    found = {b for _a, b in blind_pairs(text, S)}
    assert firm in found
    assert town not in found


@pytest.mark.parametrize(("text", "towns"), [
    # towns after the comma: a list of places the operator serves, each a recipient
    ("Vitovt Electro sold trolleybuses to the transport operators of Ostrava, Brno and "
     "Plzen.", {"city:cz:ostrava", "city:cz:brno"}),
    ("Vitovt Electro sold trolleybuses to the transport company of Ostrava, Brno.",
     {"city:cz:ostrava", "city:cz:brno"}),
])
def test_a_town_after_the_comma_is_no_firm_name(text, towns):
    assert towns <= {b for _a, b in blind_pairs(text, S)}


@pytest.mark.parametrize(("text", "firm", "town"), [
    # the described firm as the buyer that opens the sentence
    ("The tram company of Ostrava, Dopravni Podnik a.s., ordered forty trams from Vitovt "
     "Electro.", "company:xx:dopravni-podnik", "city:cz:ostrava"),
    ("The water utility of Rijeka, Vodovod Rijeka d.d., buys its pumps from Vitovt Pumps.",
     "company:xx:vodovod-rijeka", "city:hr:rijeka"),
])
def test_the_named_firm_buys(text, firm, town):
    found = {b for _a, b in blind_pairs(text, S)}
    assert firm in found
    assert town not in found
