"""A firm named first in full with its legal form, then by the first word of its name
("Ganz Villamos Kft. ... Ganz also ships"), keeps the full name's country in a text
about two countries: a supply to a firm of that same country is no cross-border one
(``Discourse._longer_name_country``). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Slovak and Hungarian firms met in Zilina on Tuesday. The tram maker Ganz Villamos Kft. "
     "said it had delivered eight trams to the Zilina operator DPMZ last year. Ganz also "
     "ships spare parts to the bus company of Pecs, Tukebusz Kft., which runs the town's "
     "lines.", ("company:hu:ganz", "company:hu:tukebusz")),
    ("Czech and Polish firms met in Ostrava. The bus maker Karosa Vysoke Myto s.r.o. told "
     "guests that it sold twenty coaches to Arriva Polska last year. Karosa also supplies "
     "spare parts to the Brno carrier Zlin Bus s.r.o.", ("company:cz:karosa",
                                                          "company:cz:zlin-bus")),
])
def test_the_short_name_keeps_the_full_names_country(text, pair):
    assert pair in pairs(text, S)


def test_a_firm_named_only_short_crosses_the_border():
    # no longer name before: the guess of the other side's country stands
    text = ("Slovak and Hungarian firms met in Zilina on Tuesday. Tatrabus said it had "
            "delivered eight buses to Tukebusz Kft. in Pecs.")
    assert ("company:sk:tatrabus", "company:hu:tukebusz") in pairs(text, S)
