"""A run-in label ("Kazakhstan. UAN was delivered to ...") opens a section of its own: the
supplier of the section before ("Uzbekistan, for its part, sells us sulphur.") is no
supplier carried into it; the report's firm is. Every text here was written for these
tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"

REPORT = ("NITROKHIM\nANNUAL REPORT 2024\n4.2. Exports by country\n"
          "Uzbekistan. The company shipped 12 thousand tonnes of ammonia to Uzkimyo LLC. "
          "Uzbekistan, for its part, sells us sulphur.\n"
          "Kazakhstan. Carbamide was sold to KazAgroLeasing LLP under a supply contract.\n")
REPORT2 = ("VITAPROM\nANNUAL REPORT 2023\n3. Markets\n"
           "Georgia. Georgia sells us mineral water for our stores.\n"
           "Armenia. Dairy products were sold to Yerevan Retail LLC.\n")


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    (REPORT, ("company:xx:nitrokhim", "company:xx:kazagroleasing"),
     ("country:uz", "company:xx:kazagroleasing")),
    (REPORT2, ("company:xx:vitaprom", "company:xx:yerevan-retail"),
     ("country:ge", "company:xx:yerevan-retail")),
])
def test_a_label_opens_a_section_of_its_own(text, pair, wrong):
    found = blind_pairs(text, S)
    assert pair in found
    assert wrong not in found
