"""An answer that opens with a common word standing alone ("Yes.", "Certainly, ...",
"A: Absolutely.") names no one: the word is no firm, and "we" after it is still the
speaker. Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("line", [
    "A: Yes. We buy engines from Kovrov Motors.",
    "Q: Do you trade? A: Certainly, we buy engines from Kovrov Motors.",
    "Absolutely. We buy engines from Kovrov Motors.",
    "It grew fast. Indeed, we buy engines from Kovrov Motors.",
    "A: Exactly! We buy engines from Kovrov Motors.",
])
def test_an_interjection_is_no_mention(line):
    words = {m.text for m in find_mentions(line)}
    assert "Kovrov Motors" in words
    assert not words & {"Yes", "Certainly", "Absolutely", "Indeed", "Exactly"}


@pytest.mark.parametrize(("line", "name"), [
    ("Turkey, Iran and Iraq buy our wheat.", "Turkey"),       # a country
    ("Nice, Genoa and Split signed the charter.", "Nice"),    # a known town
    ("Kovrov Motors ships engines to Oslo.", "Kovrov Motors"),
])
def test_names_opening_a_sentence_stay(line, name):
    assert name in {m.text for m in find_mentions(line)}


def test_no_firm_is_made_of_the_answer():
    text = ("Mayor of Tarvik on the town's partners\n\n"
            "Q: Do you work with Norway?\nA: Yes. We signed a memorandum with Bodo in 2019.\n")
    assert not any(i.endswith(":yes") for i in party_ids(text))
