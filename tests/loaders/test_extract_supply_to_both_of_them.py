"""A supply to "both of them", on sentences written for these tests: "A supplies G to B,
C ships H to D, and E delivers K to both of them" supplies B and D from E as well. With
one recipient before, or a verb that supplies nothing, "both of them" adds nothing."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def supplies(text: str) -> list[tuple[str, str]]:
    return sorted((r["source"]["id"], r["target"]["id"])
                  for r in candidates(text) if r["type"] == S)


@pytest.mark.parametrize("text,supplier,recipients", [
    ("Belkard from Grodno supplies cardan shafts to MAZ in Minsk, the Minsk Motor Plant"
     " ships engines to Gomselmash in Gomel, and the Bobruisk plant Bobruiskagromash"
     " delivers trailer axles to both of them.",
     "company:by:bobruiskagromash", ["company:by:gomselmash", "company:by:maz"]),
    ("Gomselmash supplies combines to Agrokombinat, Amkodor ships loaders to Belagro, and"
     " Belshina also delivers tyres to both of them.",
     "company:by:belshina", ["company:xx:agrokombinat", "company:xx:belagro"]),
    ("MAZ supplies trucks to Kazakhstan and Uzbekistan, and BelAZ sells dump trucks to"
     " both of them.", "company:by:belaz", ["country:kz", "country:uz"]),
])
def test_both_of_them_are_the_recipients_before(text, supplier, recipients):
    assert [b for a, b in supplies(text) if a == supplier] == recipients


@pytest.mark.parametrize("text", [
    # one recipient before: "both" is not the recipients
    "Gomselmash supplies combines to Agrokombinat, and Amkodor delivers loaders to both of"
    " them.",
    # a verb that supplies nothing
    "Belshina supplies tyres to KAMAZ and MAZ, while Naftan talked to both of them.",
])
def test_both_of_them_adds_nothing(text):
    assert not [a for a, b in supplies(text) if a in ("company:by:amkodor", "company:by:naftan")]
