""""The Company" capitalised inside sentences is how a firm's own report names itself:
it stays the report's firm even right after "the trading company X" or "the state
company Y" was introduced (``Discourse._reporting_firm``, ``_company_as_term``). A
small "the company" after such an introduction still means the firm introduced."""

import pytest
from extract_candidates import blind_pairs

GRANULA = "\"GRANULA\" OJSC\nANNUAL REPORT 2024\n\nMarkets\n\nIn 2024 the {c} sold 70% of " \
          "its pellets abroad. The trading company Baltwood SIA (Riga) took 8,000 tonnes. " \
          "Beyond Latvia, the {c} shipped pellets to Denmark."
NAVOI = "\"NAVOI AZOT\" JSC\nANNUAL REPORT 2023\n\nExports\n\nIn 2023 the Company exported " \
        "a third of its output. The state company Kazkhim JSC (Aktau) bought most of the " \
        "urea sold to Kazakhstan. Outside the region, the Company sold ammonia to China and " \
        "Turkey."


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    (GRANULA.format(c="Company"), ("company:xx:granula", "country:dk"),
     ("company:xx:baltwood", "country:dk")),
    (NAVOI, ("company:xx:navoi-azot", "country:cn"), ("company:xx:kazkhim", "country:cn")),
    (NAVOI, ("company:xx:navoi-azot", "country:tr"), ("company:xx:kazkhim", "country:tr")),
])
def test_the_company_as_a_term_is_the_reports_firm(text, expected, wrong):
    found = blind_pairs(text)
    assert expected in found
    assert wrong not in found


def test_a_small_company_after_an_introduction_is_the_firm_introduced():
    found = blind_pairs(GRANULA.format(c="company"))
    assert ("company:xx:granula", "country:dk") not in found


def test_no_report_keeps_the_firm_introduced():
    text = ("Navoi Azot is a chemical maker. The state company Kazkhim JSC (Aktau) buys "
            "urea from it. The company also sold ammonia to China.")
    assert ("company:xx:navoi-azot", "country:cn") not in blind_pairs(text)
