"""A lead-in whose subject keeps ties of a kind it names ("X maintains four formal
sister-state relationships:", "X keeps partnerships with five prefectures:") over a
table or a list: each row is the subject's tie with the row's place
(``tables._SUBJECT_LEAD_IN``), as "X has the following twin towns:" was."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"
ROWS_TABLE = ("| Partner | Country | Established |\n"
              "| Hokkaido Prefecture | Japan | 1980 |\n"
              "| Fujian Province | China | 1995 |\n")
ROWS_LIST = "- Hokkaido Prefecture, Japan (1980)\n- Fujian Province, China (1995)\n"


@pytest.mark.parametrize("lead", [
    "Tasmania maintains four formal sister-state relationships:",
    "Tasmania has two sister-province relationships:",
    "Tasmania keeps friendship ties with two provinces:",
])
@pytest.mark.parametrize("rows", [ROWS_TABLE, ROWS_LIST])
def test_rows_under_a_lead_in_naming_its_ties(lead, rows):
    pairs = id_pair_set(lead + "\n" + rows, T)
    assert frozenset({"region:au:tasmania", "region:jp:hokkaido"}) in pairs
    assert frozenset({"region:au:tasmania", "region:cn:fujian"}) in pairs


@pytest.mark.parametrize("lead", [
    # the ties are no twinnings: trade offices
    "Tasmania maintains four trade offices in these markets:",
    # the lead-in's subject states a count, not its own ties
    "Tasmania's exporters sold more in 2024 than in 2023.",
])
def test_rows_under_other_lead_ins_are_no_twins(lead):
    pairs = id_pair_set(lead + "\n" + ROWS_TABLE, T)
    assert frozenset({"region:au:tasmania", "region:jp:hokkaido"}) not in pairs
