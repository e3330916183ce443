"""A pair that signs with an aside between it and its verb: set off by two dashes ("A and
B - twin towns since 1995 and linked by a ferry - intend to sign ...") or by commas when
the aside opens with a lower-case word that starts no clause ("A and B, partners since
2000, signed ..."). A twinning told in a dashed aside is done whatever the clause around
it intends. Every text here was written for these tests."""

import pytest
from extract_candidates import candidates, undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
PAIR = ("city:ee:tartu", "city:ru:pskov")


@pytest.mark.parametrize("text", [
    "Further north, Tartu and Pskov - twin towns since 1995 and joined by a ferry line - "
    "intend to sign a protocol on planning a bridge next spring.",
    "Tartu and Pskov - twinned in 1996, the year after the crossing opened - signed an "
    "agreement on customs hours that will extend them to midnight.",
    "Tartu and Pskov, neighbours on the lake since the Middle Ages, signed a protocol on "
    "fishing quotas.",
])
def test_the_pair_signs_past_its_aside(text):
    assert undirected_id_pairs(text, A) == [PAIR]


@pytest.mark.parametrize("text", [
    # an aside that is a clause of its own, or a reported speaker: no pair signing
    "Tartu and Pskov - the mayors said on Monday - will not sign a protocol.",
    "Tartu and Pskov, while the talks went on, exchanged choirs and a protocol was drafted "
    "by others.",
])
def test_no_signing_past_a_clause(text):
    assert undirected_id_pairs(text, A) == []


@pytest.mark.parametrize("text", [
    "Tartu and Pskov - twin towns since 1995 and joined by a ferry line - intend to sign a "
    "protocol on planning a bridge next spring.",
    "Tartu and Pskov - twinned in 1996 - plan to sign a protocol on fishing next year.",
])
def test_a_twinning_in_a_dashed_aside_is_a_fact(text):
    twins = [c for c in candidates(text) if c["type"] == T]
    assert [c["status"] for c in twins] == ["fact"]
    assert [c["status"] for c in candidates(text) if c["type"] == A] == ["planned"]
