"""Legal forms several countries write: Chile's "SpA" is written as Italy's is, Chile
and Colombia write the limited company's "Ltda." as Brazil and Portugal do, and firms
of French-speaking Africa write "S.A.". A text from one of those countries keeps its
firms at home instead of in the form's first country. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


def _countries(text):
    return [a.split(":")[1] for a, _b in pairs(text, S)]


@pytest.mark.parametrize("text, country", [
    ("Temuco is a farming town in Chile. Lacteos Araucania SpA sells cheese to Peru.", "cl"),
    ("Temuco is a farming town in Chile. Maderas Cautin Ltda. sells timber to Peru.", "cl"),
    ("Cali is a city in Colombia. Confecciones Valle Ltda. sells shirts to Peru.", "co"),
    ("Agadir is a port in Morocco. Conserves Souss S.A. sells sardines to Ghana.", "ma"),
    # (the countries the forms always had still win where the text names them)
    ("Bergamo is a town in Italy. Valvole Orobie SpA sells valves to Peru.", "it"),
    ("Campinas is a city in Brazil. Metalurgica Paulista Ltda. sells pipes to Peru.", "br"),
])
def test_a_firm_of_a_shared_form_is_of_the_country_the_text_names(text, country):
    assert _countries(text) == [country], pairs(text, S)
