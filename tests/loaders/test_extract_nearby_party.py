"""A party the text names a few lines from the relation, outside its sentence: a table's
caption that names whose rows they are, set a line apart from its header and rows.
Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
                  for c in extract_lines(text.splitlines(), "t.txt").candidates
                  if c["type"] == rel_type)


def _pairs(text, rel_type):
    return {frozenset(r[:2]) for r in _rows(text, rel_type)}


# -- a caption a blank line above its table --------------------------------------------
SALES = ("Table 3.2. Sales of Gomselmash by country, 2023\n"
         "\n"
         "Country        Units    Share, %    Change, %\n"
         "Kazakhstan       410      22.0        +4.1\n"
         "Ukraine          300      16.5        -3.5\n")
EXPORTS = ("Table 6. Export deliveries of Bobruiskagromash by market\n"
           "\n"
           "Market          Balers    Spreaders\n"
           "Lithuania          120           40\n"
           "Mongolia            35           12\n")


@pytest.mark.parametrize("text, supplier, recipients", [
    (SALES, "company:by:gomselmash", {"country:kz", "country:ua"}),
    (EXPORTS, "company:by:bobruiskagromash", {"country:lt", "country:mn"}),
])
def test_a_supply_caption_by_country_owns_the_rows(text, supplier, recipients):
    rows = _rows(text, "SUPPLIES_TO")
    assert {r[0] for r in rows} == {supplier}
    assert {r[1] for r in rows} == recipients


@pytest.mark.parametrize("text", [
    # imports by country: the rows are suppliers, the caption's firm buys; not read
    SALES.replace("Sales of Gomselmash", "Imports of Gomselmash"),
    # no owner in the caption: the rows name markets of nobody the text names
    SALES.replace("Sales of Gomselmash by country", "Sales by country"),
    # prose, not a caption, above the blank line
    SALES.replace("Table 3.2. Sales of Gomselmash by country, 2023",
                  "Gomselmash sold combines in many countries."),
])
def test_no_rows_owned_without_a_supply_caption_naming_its_owner(text):
    assert _rows(text, "SUPPLIES_TO") == []


AGREEMENTS = ("Table 2.4 - Selected agreements of the Grodno Region with foreign regions\n"
              "\n"
              "Partner region           Country      Year\n"
              "Podlaskie Voivodeship    Poland       1998\n"
              "Kaunas County            Lithuania    2001\n")
TWINS = ("Table 5. Twin towns of Mogilev\n"
         "\n"
         "Town            Country       Since\n"
         "Kursk           Russia        2001\n"
         "Gabrovo         Bulgaria      2004\n")


@pytest.mark.parametrize("text, rel_type, pairs", [
    (AGREEMENTS, "SIGNED_AGREEMENT",
     {frozenset(("region:by:grodno", "region:pl:podlaskie")),
      frozenset(("region:by:grodno", "region:lt:kaunas"))}),
    (TWINS, "TWINNED_WITH",
     {frozenset(("city:by:mogilev", "city:ru:kursk")),
      frozenset(("city:by:mogilev", "city:bg:gabrovo"))}),
])
def test_a_column_of_countries_locates_the_partner_of_the_captions_owner(text, rel_type,
                                                                       pairs):
    assert _pairs(text, rel_type) == pairs


def test_a_place_and_another_country_in_one_row_stay_a_pair():
    # (a country of another place is a partner of its own: not a column that locates)
    text = ("Table 1. Agreements of Belarusian regions with foreign partners\n"
            "Minsk Region        Vietnam         2015    agreement\n"
            "Gomel Region        Mongolia        2017    memorandum\n")
    assert _pairs(text, "SIGNED_AGREEMENT") == {
        frozenset(("region:by:minsk", "country:vn")),
        frozenset(("region:by:gomel", "country:mn"))}
