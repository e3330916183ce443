"""A table of a region's agreements whatever its layout: cells padded with spaces beside
their bars, the country's column before the partner's, a caption that names the owner
as the agent ("concluded by X"). Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
ROWS = {("region:by:gomel", "region:ru:tomsk"), ("region:cn:henan", "region:ru:tomsk"),
        ("region:kz:pavlodar", "region:ru:tomsk")}


def _table(caption: str, header: str, rows: list[str]) -> str:
    return ("The region works with partners on three continents.\n\n" + caption + "\n\n"
            + "\n".join([header, *rows]) + "\n\nThe list is updated every year.\n")


@pytest.mark.parametrize("text", [
    # cells padded beside their bars
    _table("The Tomsk Region has signed agreements with the following partners:",
           "Partner region   | Country      | Document                      | Year",
           ["Henan Province   | China        | Memorandum of understanding   | 2017",
            "Gomel Region     | Belarus      | Agreement on cooperation      | 2008",
            "Pavlodar Region  | Kazakhstan   | Agreement on cooperation      | 2016"]),
    # the country's column first
    _table("Table 2. Agreements of the Tomsk Region with regions abroad",
           "Country | Partner | Year",
           ["Belarus | Gomel Region | 2008", "China | Henan Province | 2017",
            "Kazakhstan | Pavlodar Region | 2016"]),
    # the owner named as the agent of the caption's participle
    _table("The agreements concluded by the Tomsk Region with regions abroad are these:",
           "Partner | Country | Year",
           ["Gomel Region | Belarus | 2008", "Henan Province | China | 2017",
            "Pavlodar Region | Kazakhstan | 2016"]),
])
def test_each_row_is_an_agreement_of_the_tables_owner(text):
    assert set(undirected_id_pairs(text, A)) == ROWS


def test_a_country_column_names_no_partner_of_its_own_region():
    text = _table("Table 2. Agreements of the Tomsk Region with regions abroad",
                  "Country | Partner | Year",
                  ["Belarus | Gomel Region | 2008", "China | Henan Province | 2017"])
    got = {x for pair in undirected_id_pairs(text, A) for x in pair}
    assert not any(x.startswith("country:") for x in got)
