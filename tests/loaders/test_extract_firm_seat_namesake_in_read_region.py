"""A firm seated in a town that has bigger namesakes abroad is seated in the namesake
that lies in a region the text has named (or in the region of a town it has named):
"a brewer in Santiago" in a text on Nuevo Leon is in Nuevo Leon's Santiago, "X Ltd in
Richmond" in a text on the Tasman region in Tasman's Richmond. A text that has read no
such region leaves the bare name to the gazetteer's biggest town. Texts written for
these tests."""

import pytest
from extract_candidates import id_pair_set

SUP = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "want"), [
    ("Nuevo León welcomed many investors this year.\n\n"
     "Cerveceria Loma Alta, a craft brewer in Santiago, exports beer to Japan.",
     "company:mx:cerveceria-loma-alta"),
    ("Growers across the Tasman region had a good season.\n\n"
     "Motueka Orchards sells apples to Orchard Juice Ltd in Richmond.",
     "company:nz:orchard-juice"),
])
def test_the_seat_is_the_namesake_in_a_region_the_text_named(text, want):
    found = id_pair_set(text, SUP)
    assert any(want in pair for pair in found), found


@pytest.mark.parametrize(("text", "want"), [
    ("Cerveceria Loma Alta, a craft brewer in Santiago, exports beer to Japan.",
     "company:cl:cerveceria-loma-alta"),
    ("Motueka Orchards sells apples to Orchard Juice Ltd in Richmond.",
     "company:us:orchard-juice"),
])
def test_with_no_such_region_read_the_biggest_town_stays(text, want):
    found = id_pair_set(text, SUP)
    assert any(want in pair for pair in found), found


def test_a_hamlet_in_a_read_region_does_not_outweigh_the_town_named():
    # (Catalonia has a hamlet called Pau; the firm is in the French town)
    text = ("Catalonia and Nouvelle-Aquitaine share a long border.\n\n"
            "Forjas Segre S.L. sells castings to Gave Avionique SAS in Pau.")
    found = id_pair_set(text, SUP)
    assert any("company:fr:gave-avionique" in pair for pair in found), found
