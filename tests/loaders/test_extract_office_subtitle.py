"""An interview's subtitle that names its guest by office ("The mayor of Jelgava about
the town's foreign partners") makes that place the one "we" means. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.parties import default_resolver
from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == rel_type}


MAYOR = ("\"Our doors stay open\"\n"
         "The mayor of Lida on the town's partners in Poland and Lithuania and on the new "
         "bus routes across the border\n"
         "Lida lies close to the Lithuanian border. We asked the mayor about its partners "
         "in the European Union.\n"
         "- Which partnerships matter most?\n"
         "- In 2004 we signed a twinning agreement with Alytus, and it is still alive.\n")
GOVERNOR = ("\"Trade goes where roads go\"\n"
            "The governor of the Grodno Region on cross-border trade, the new checkpoints and "
            "the queues of lorries at the border\n"
            "The region borders Poland and Lithuania. We asked the governor about ties with "
            "the European Union.\n"
            "- What links the region with Poland?\n"
            "- In 2019 we signed an agreement on cooperation with the Podlaskie Voivodeship.\n")


@pytest.mark.parametrize("text, rel_type, pair", [
    (MAYOR, "TWINNED_WITH", {"city:by:lida", "city:lt:alytus"}),
    (GOVERNOR, "SIGNED_AGREEMENT", {"region:by:grodno", "region:pl:podlaskie"}),
])
def test_the_guest_named_by_office_in_a_subtitle_speaks(text, rel_type, pair):
    assert frozenset(pair) in _pairs(text, rel_type)


@pytest.mark.parametrize("head", [
    # a sentence of the body (its closing stop), not a subtitle
    "The mayor of Lida on Monday met journalists from Kutno.",
    # no topic after "on"
    "The mayor of Lida and guests from Kutno",
])
def test_no_guest_without_an_office_subtitle(head):
    lines = [head, "Trade with Poland grew last year."]
    disc = Discourse(default_resolver(), "\n".join(lines), set(), lines)
    assert disc.speaker is None
