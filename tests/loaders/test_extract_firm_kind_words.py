"""A firm's kind written around its own name is no part of it: a compound kind before it
("Research and Production Corporation X", "Scientific and Production Association X",
"National Company X Y") leaves the name and the id, and "the X Company" or "X
Corporation" after a name of the firm table is that firm, of its country. A name that is
only a kind and a common word, or a firm the table does not list, keeps its words. Every
text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.names import strip_legal

S = "SUPPLIES_TO"


@pytest.mark.parametrize("written, core", [
    ("JSC Research and Production Corporation Almaz-Antey", "Almaz-Antey"),
    ("Scientific and Production Association Vega", "Vega"),
    ("Scientific-Production Enterprise Kvant", "Kvant"),
    ("JSC National Company Kazakhtelecom", "Kazakhtelecom"),
    ("National Company Aral Tuz Zholy", "Aral Tuz Zholy"),
])
def test_a_compound_kind_before_a_name_leaves_it(written, core):
    assert strip_legal(written) == core


@pytest.mark.parametrize("written", [
    "National Company Bank", "National Company of Tajikistan",
    "Research and Production Corporation Steel Works",
])
def test_a_kind_before_a_common_word_or_of_stays(written):
    assert strip_legal(written) == written


@pytest.mark.parametrize("text, pair", [
    ("JSC Research and Production Corporation Almaz-Antey delivered radars to Armenia.",
     ("company:ru:almaz-antey", "country:am")),
    ("In 2021 JSC National Company Kazakhtelecom bought switches from Ericsson.",
     ("company:se:ericsson", "company:kz:kazakhtelecom")),
    ("Georgia buys crude oil from the Novatek Company.",
     ("company:ru:novatek-company", "country:ge")),
])
def test_a_table_firm_with_its_kind_words_is_the_table_firm(text, pair):
    assert pair in pairs(text, S)


def test_a_firm_the_table_lacks_keeps_its_company_word():
    got = pairs("The Baltic Timber Company ships sawn wood to Denmark.", S)
    assert [s.split(":")[-1] for s, _ in got] == ["baltic-timber-company"]
