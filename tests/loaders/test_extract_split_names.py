"""A name split by hyphenation at a line's end ("Nizhny Nov-" / "gorod", "Sino-" / "truk")
is one word again when its tail is no English word, even where the text writes the name
only once; compounds ("Jinan-" / "based", "Rostov-" / "on-Don") keep their hyphen. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

from relgraph.loaders.extract.document import build_document

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("lines", "word"), [
    (["In 2018 the city of Nizhny Nov-", "gorod bought 60 MAZ buses."], "Novgorod"),
    (["Jinan-based Sino-", "truk has bought starters from BATE."], "Sinotruk"),
    (["Trolleybuses went to Komsomolsk-na-Amure and to Krasno-", "yarsk in the spring."],
     "Krasnoyarsk"),
])
def test_a_split_name_is_joined(lines, word):
    assert word in build_document(lines).text


@pytest.mark.parametrize(("lines", "kept"), [
    (["The Jinan-", "based maker bought starters."], "Jinan-based"),
    (["Buses were sent to Rostov-", "on-Don in May."], "Rostov-on-Don"),
    (["A Belarusian-", "made loader was shown."], "Belarusian-made"),
    (["Trade grew after the Sino-", "foreign fair in Harbin."], "Sino-foreign"),
])
def test_a_compound_keeps_its_hyphen(lines, kept):
    assert kept in build_document(lines).text


def test_the_joined_name_is_a_party():
    text = "Jinan-based Sino-\ntruk, for its part, buys starter motors from BATE."
    assert ("company:xx:bate", "company:xx:sinotruk") in blind_pairs(text, S)
