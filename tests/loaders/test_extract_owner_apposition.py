"""A subject opened by a possessive with a name in apposition ("Our largest exporter,
X, ships ...; its biggest customers are ...") is that name: "its" later in the sentence
is the firm's, not the speaker's town (``references.actor``, ``_appositive_name``)."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"

HEAD = ('"We trade with everyone"\nThe mayor of Tartu on the city\'s exporters\n'
        "Tartu is Estonia's second city. We asked the mayor about its firms.\n"
        "- What does the city export?\n")


def suppliers(text, target):
    return {r["source"]["id"] for r in candidates(text)
            if r["type"] == S and r["target"]["id"] == target}


@pytest.mark.parametrize(("text", "firm", "buyer"), [
    (HEAD + "- A great deal. Our biggest exporter, Emajogi Valve Works, ships valves to "
     "thirty countries; its main buyers are utilities in Finland and Sweden.",
     "emajogi-valve-works", "country:fi"),
    (HEAD + "- Quite a lot. Our main employer, Peipsi Dairy, sells cheese across the Baltic "
     "states; its largest customers are supermarkets in Latvia and Lithuania.",
     "peipsi-dairy", "country:lv"),
])
def test_its_buyers_are_the_named_firms(text, firm, buyer):
    got = suppliers(text, buyer)
    assert any(s.endswith(firm) for s in got)
    assert "city:ee:tartu" not in got


def test_a_possessive_with_no_name_after_it_keeps_its_owner():
    text = HEAD + "- Our city ships little abroad; its main buyers are in Finland and Sweden."
    assert not any(s.startswith("company:") for s in suppliers(text, "country:fi"))
