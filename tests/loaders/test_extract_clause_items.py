"""A list set out one item a line whose items are clauses of their own ("- A ships peas
to B;" "- C sold wine to D"): each item keeps its semicolon, so no party of one item
is paired with a party of the next (``_clause_item`` in
``loaders/extract/document.py``). Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies

_LITHUANIA = ("Highlights of the year:\n"
              "- the Kaunas furniture maker Vilniaus Baldai exported chairs to Sweden;\n"
              "- Linas Agro bought rapeseed from farmers in Latvia;\n"
              "- the Klaipeda shipyard Western Baltija delivered two ferries to Norway.\n")
_MOLDOVA = ("The agency reports in particular:\n"
            " - Moldagrotehnica SA (Edinet) sells seeders to farms in Kherson Oblast;\n"
            " - Vitanta Intravest, the Chisinau brewer, shipped beer to Poland and Lithuania;\n"
            " - the Ukrainian mill Kyiv Mlyn buys wheat from Moldovan growers.\n")
_BELARUS = ("Main events of 2023:\n"
            "- Belshina of Bobruisk supplied tyres to the Kazakh assembler SaryarkaAvtoProm;\n"
            "- the Orsha flax mill exported linen to Italy;\n"
            "- Grodno Azot sold urea to traders in Poland.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_LITHUANIA, ("company:xx:western-baltija", "country:no")),
    (_LITHUANIA, ("company:xx:vilniaus-baldai", "country:se")),
    (_MOLDOVA, ("company:xx:vitanta-intravest", "country:pl")),
    (_MOLDOVA, ("company:xx:moldagrotehnica", "region:ua:kherson")),
    (_BELARUS, ("company:xx:orsha-linen-mill", "country:it")),
])
def test_each_clause_item_gives_its_own_supply(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    (_LITHUANIA, ("country:lv", "country:se")),
    (_MOLDOVA, ("company:xx:moldagrotehnica", "company:xx:vitanta-intravest")),
    (_MOLDOVA, ("company:xx:vitanta-intravest", "region:ua:kherson")),
    (_MOLDOVA, ("country:md", "region:ua:kherson")),
    (_BELARUS, ("company:xx:saryarkaavtoprom", "country:it")),
])
def test_no_pair_across_clause_items(text, wrong):
    assert wrong not in supplies(text)


def test_items_without_a_verb_still_run_on():
    # "- Minsk;" "- Brest": names alone, one list of the opener's recipients
    text = ("MAZ sold city buses to:\n- Kazan;\n- Samara; and\n- Ufa.\n")
    found = supplies(text)
    assert {("company:xx:maz", "city:ru:kazan"), ("company:xx:maz", "city:ru:samara"),
            ("company:xx:maz", "city:ru:ufa")} <= found
