"""An organisation's name goes on after "for" ("the Arab Organization for
Industrialization"), as an agency's or a centre's does. Every text here was written for
these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, name", [
    ("Amkodor signed a memorandum with the Gulf Organization for Industrial Consulting on "
     "the assembly of loaders.", "Gulf Organization for Industrial Consulting"),
    ("The Islamic Organisation for Food Security bought wheat from Kostanay.",
     "Islamic Organisation for Food Security"),
])
def test_an_organisations_name_goes_on_after_for(text, name):
    assert name in [m.text for m in find_mentions(text)]


def test_a_lower_case_organisation_opens_no_name():
    assert [m.text for m in find_mentions("The organization for trade met in Minsk.")] == \
        ["Minsk"]
