"""A firm's registered name in Portuguese or French goes on over the particles "do",
"da", "dos", "das" and "des" when capitalised words and a legal form close it after the
particle; in English "do" is a verb, and the name stops there. Texts written for these
tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier", [
    ("Cerâmica do Lis, Lda. supplies tiles to Brantwell Ltd.", "Cerâmica do Lis, Lda."),
    ("Conservas da Ria Formosa, Lda. sells tuna to Brantwell Ltd.",
     "Conservas da Ria Formosa, Lda."),
    ("Transports des Hautes Combes SARL delivers timber to Brantwell Ltd.",
     "Transports des Hautes Combes SARL"),
])
def test_a_particle_inside_a_registered_name_keeps_the_name_whole(text, supplier):
    assert [a for a, _b in pairs(text, S, key="name")] == [supplier], pairs(text, S, "name")


def test_an_english_do_before_a_firm_is_no_part_of_its_name():
    text = "Where do Brantwell Ltd buy? Brantwell Ltd buys tiles from Cerâmica Lis, Lda."
    assert [b for _a, b in pairs(text, S, key="name")] == ["Brantwell Ltd"], \
        pairs(text, S, "name")
