"""A "with" after a list of things a sentence names ("will focus on the X agreement, the
ferry line with C and ...") belongs to the listed thing right before it, not to the
document named first: C signs nothing. An aside set off by commas, or a next document,
keeps its reading. Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

TARTU_KALMAR = frozenset({"city:ee:tartu", "city:se:kalmar"})


@pytest.mark.parametrize("text", [
    "Next year Tartu will focus on the Narva agreement, the ferry line with Kalmar and the "
    "new museum.",
    "This year Tartu will give priority to the Riga treaty, a rail link with Kalmar and the "
    "port.",
])
def test_a_with_of_the_next_listed_thing_signs_nothing(text):
    assert TARTU_KALMAR not in id_pair_set(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text", [
    "Tartu signed a memorandum, the first such document, with Kalmar.",
    "Tartu signed an agreement on ferry traffic with Kalmar in 2019.",
])
def test_the_documents_own_with_still_signs(text):
    assert TARTU_KALMAR in id_pair_set(text, "SIGNED_AGREEMENT")
