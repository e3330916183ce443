"""A twin named in an apposition: "B, A's twin town in Germany, ...", "B, a twin city of
A in Estonia, ..." (a place after "in" only locates it), and "A also has a twin city,
the Italian port of B" (the member described, an aside before the verb). A new clause
after the member ("..., and C is twinned with D") brings no twin of the owner. Every
text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
KASSEL_TARTU = ("city:de:kassel", "city:ee:tartu")
BARI_KUTAISI = ("city:ge:kutaisi", "city:it:bari")


@pytest.mark.parametrize("text, pair", [
    ("The firm paid for a visit of a choir from Kassel, Tartu's twin town in Germany, "
     "last May.", KASSEL_TARTU),
    ("The firm supports an exchange between Tartu and Kassel, Tartu's twin city in "
     "Germany.", KASSEL_TARTU),
    ("A choir from Kassel, a twin town of Tartu in Estonia, sang at the fair.",
     KASSEL_TARTU),
    ("Kutaisi also has a twin city, the Italian port of Bari.", BARI_KUTAISI),
    ("Kutaisi, for instance, also has a twin city, the port of Bari.", BARI_KUTAISI),
])
def test_a_twin_in_an_apposition(text, pair):
    assert pair in undirected_id_pairs(text, T)


@pytest.mark.parametrize("text, pair", [
    ("Kutaisi, for instance, also has a twin city, the Italian port of Bari, and Batumi "
     "is twinned with Kassel.", ("city:ge:batumi", "city:ge:kutaisi")),
    ("The firm paid for a visit of a choir from Kassel, Tartu's prospective twin town in "
     "Germany.", KASSEL_TARTU),
])
def test_no_twin_beyond_the_apposition(text, pair):
    assert pair not in undirected_id_pairs(text, T)
