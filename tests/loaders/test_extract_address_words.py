"""A town's name written in lower case inside an e-mail or web address is no common word
of the text (a common word opening a sentence is read as no name). Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import common_words, extract_lines


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == rel_type}


MAIL = ("Kobrin Town Executive Committee | Official website\n"
        "Home / Town / Partner towns\n"
        "\n"
        "Kobrin has friendly ties with towns in three countries.\n"
        "\n"
        "- 2016: Kobrin and Dzierzoniow signed an agreement on cooperation in culture.\n"
        "- 2019: the mayors of Kobrin and Kalush adopted a plan of joint events.\n"
        "\n"
        "Write to us: partners@kobrin.gov.by")
SITE = ("Lida and its partners\n"
        "\n"
        "In 2018 Lida and Alytus signed a memorandum on cooperation in tourism.\n"
        "Lida also signed an agreement with Kutno in 2021.\n"
        "\n"
        "More on the town's site: https://lida.example.by/partners/lida-alytus")


@pytest.mark.parametrize("text, pairs", [
    (MAIL, {("city:by:kobrin", "city:pl:dzierzoniow"), ("city:by:kobrin", "city:ua:kalush")}),
    (SITE, {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:kutno")}),
])
def test_a_towns_name_in_an_address_stays_a_name(text, pairs):
    assert {frozenset(p) for p in pairs} <= _pairs(text, "SIGNED_AGREEMENT")


def test_words_written_in_lower_case_in_the_text_stay_common():
    words = common_words("Gold went east. The gold of the region: info@gold.example.com")
    assert "gold" in words and "example" not in words and "info" not in words
