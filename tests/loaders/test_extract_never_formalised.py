"""A tie the text says has never been formalised gives no relation, also when its side
is carried from the sentence before: "Zugdidi signed with Valmiera in 2007. A
long-promised tie with Viljandi has never been formalised." Texts written for these tests."""

from extract_candidates import pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"


def test_a_carried_tie_that_has_never_been_formalised_gives_nothing():
    for text in (
        "Zugdidi concluded a sister-city agreement with Valmiera in 2007. A long-promised "
        "tie with Viljandi has never been formalised.",
        "Kobrin signed a twinning agreement with Terespol in 1993. A sister-city tie "
        "with Lublin has never been formalised.",
    ):
        got = pairs(text, T) + pairs(text, A)
        assert not any("viljandi" in a + b or "lublin" in a + b for a, b in got), (text, got)


def test_a_tie_not_yet_concluded_or_a_formalised_one_still_counts():
    for text, town in (
        ("Zugdidi concluded a sister-city agreement with Valmiera in 2007. A partnership "
         "agreement with Viljandi was formalised in 2012.", "viljandi"),
        ("Brest signed a twinning agreement with Terespol in 1993. A twinning with Lublin "
         "has been formalised since then.", "lublin"),
    ):
        got = pairs(text, T) + pairs(text, A)
        assert any(town in a + b for a, b in got), (text, got)
