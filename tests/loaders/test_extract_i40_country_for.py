"""A country's name ends before "for the" and what the goods are for ("sent turbines to
Kazakhstan for the Ekibastuz power station"): the country is the recipient, not a
firm called "Kazakhstan for the Ekibastuz". A body whose name takes "for" keeps it.
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, pair", [
    ("Uralmash sent two crushers to Kazakhstan for the Ekibastuz coal mine.",
     ("company:ru:uralmash", "country:kz")),
    ("In 2021 Belkommunmash shipped trolleybuses to Moldova for the Chisinau depot.",
     ("company:by:belkommunmash", "country:md")),
])
def test_a_country_before_for_the_is_the_recipient(text, pair):
    assert pair in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, name", [
    ("The Centre for the Study of Trade in Minsk signed it.", "Centre for the Study of Trade"),
    ("The Agency for the Development of Exports signed it.",
     "Agency for the Development of Exports"),
])
def test_a_body_named_with_for_keeps_its_name(text, name):
    assert name in [m.text for m in find_mentions(text)]
