"""A firm's report lists its inputs in one agentless, gapped sentence ("Motors are
purchased mainly from A, cables from B in Kaunas and doors from the C plant"): each
supplier sells to the report's firm, also when a place locates the member before and
the last member follows a bare "and" (``carried_topic._GAP_GOODS``)."""

import pytest
from extract_candidates import blind_pairs

REPORT = "MOGILEVLIFT\nAnnual report 2023\n\n4. Purchasing\n\n"


@pytest.mark.parametrize(("text", "suppliers"), [
    (REPORT + "Motors are purchased mainly from Ziehl Motoren, cables from Metalo Rankos in "
     "Kaunas and doors from the Fermator plant.", ("ziehl-motoren", "metalo-rankos", "fermator")),
    (REPORT + "Steel sheet is bought from Zhlobin Steel Works of Belarus, paint from Tikkurila "
              "and glass from Vitrum Baltic.", ("tikkurila", "vitrum-baltic")),
])
def test_each_gapped_supplier_sells_to_the_reports_firm(text, suppliers):
    found = blind_pairs(text)
    for s in suppliers:
        assert (f"company:xx:{s}", "company:xx:mogilevlift") in found, (s, found)


@pytest.mark.parametrize("text", [
    # no report: whose inputs they are is not said
    "Motors are purchased mainly from Ziehl Motoren, cables from Metalo Rankos in Kaunas and "
    "doors from the Fermator plant.",
    # the last firm is a subject of its own, with a verb
    REPORT + "Motors are purchased mainly from Ziehl Motoren, cables from Metalo Rankos in "
             "Kaunas and Fermator opened a plant in Minsk.",
])
def test_no_report_or_a_clause_of_its_own_gives_no_supplier(text):
    assert not any("fermator" in a for a, _b in blind_pairs(text))
