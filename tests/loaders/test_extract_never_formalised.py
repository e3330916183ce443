"""A tie the text says has never been formalised gives no relation, also when its side
is carried from the sentence before: "Batumi followed a different path. A long-discussed
link with Tartu has never been formalised." Texts written for these tests."""

from extract_candidates import pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"


def test_a_carried_tie_that_has_never_been_formalised_gives_nothing():
    for text in (
        "Batumi concluded a sister-city agreement with Liepaja in 2004. A long-discussed "
        "link with Tartu has never been formalised.",
        "Kobrin signed a twinning agreement with Terespol in 1993. A sister-city tie "
        "with Lublin has never been formalised.",
    ):
        got = pairs(text, T) + pairs(text, A)
        assert not any("tartu" in a + b or "lublin" in a + b for a, b in got), (text, got)


def test_a_tie_not_yet_concluded_or_a_formalised_one_still_counts():
    for text, town in (
        ("Batumi concluded a sister-city agreement with Liepaja in 2004. A partnership "
         "agreement with Tartu was formalised in 2010.", "tartu"),
        ("Brest signed a twinning agreement with Terespol in 1993. A twinning with Lublin "
         "has been formalised since then.", "lublin"),
    ):
        got = pairs(text, T) + pairs(text, A)
        assert any(town in a + b for a, b in got), (text, got)
