"""An acronym the text defines for a common noun's words ("raw cane sugar (RCS)",
"crude tall oil (CTOs)") names a kind of goods or firms, no party: read as a firm, "our
RCS supplier" made it one side of "the two companies". Texts written for these tests."""

import pytest
from extract_candidates import party_ids


@pytest.mark.parametrize("text, acronym", [
    ("Raw cane sugar (RCS) is our main input. Our RCS supplier is Tropic Cane Ltd, and the "
     "two companies signed a supply contract in 2020.", "rcs"),
    ("Since 2019 the plant has bought crude tall oil (CTOs) abroad. Its CTO supplier is "
     "Nordic Pine Oy, and the two companies signed a new contract in 2021.", "cto"),
])
def test_a_term_acronym_names_no_party(text, acronym):
    ids = party_ids(text)
    assert not any(i.split(":")[-1] in (acronym, acronym + "s") for i in ids), ids


def test_an_acronym_of_a_name_still_names_its_body():
    # (a name in capitals keeps its acronym: a body, not a term)
    text = "The Danube Shipping Union (DSU) signed a memorandum with Ruse in 2020."
    assert any(i.split(":")[-1] in ("dsu", "danube-shipping-union") for i in party_ids(text))
