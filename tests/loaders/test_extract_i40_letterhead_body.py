"""A text's home from its letterhead, not from its first paragraph: a long body
sentence that names "the Department of International Projects of the municipality" is
no letterhead (the words after "of" had found a district of Dubai). Every text here
was written for these tests."""

import pytest

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.parties import default_resolver


def _home(text):
    return Discourse(default_resolver(), text, set(), text.split("\n")[:10]).home


@pytest.mark.parametrize("text", [
    "Twin towns\nGabrovo has been building friendly ties with towns abroad for sixty years, "
    "and the Department of International Projects of the municipality keeps them going.\n"
    "Aalborg, Denmark (since 1971)",
    "Our partners\nHome / Town / Partners\nSince the 1990s the Office of International "
    "Cooperation of the town hall has organised exchanges with towns in Poland and Latvia.",
])
def test_a_body_sentence_is_no_letterhead(text):
    assert _home(text) != "AE"


@pytest.mark.parametrize("text, home", [
    ("Ministry of Agriculture of the Republic of Latvia\nPress release\nLatvia and "
     "Lithuania signed a protocol.", "LV"),
    ("Government of the Omsk Region\nNews\nThe region signed an agreement with Pavlodar.",
     "RU"),
])
def test_a_letterhead_still_gives_the_home(text, home):
    assert _home(text) == home
