""""The parties" of a sentence that names a firm of its own before it are that firm's
and another's, not the pair the text spoke of before ("The main supplier is X, which
delivers under a supply contract; in 2024 the parties extended it"). With no firm of
its own, "the parties" are still the earlier pair. Texts written for these tests."""

from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def _has(got, x, y):
    return any(x in a and y in b or y in a and x in b for a, b in got)


FIRST = ("In March 2023 Tallinna Vesi AS signed a service contract with the Finnish "
         "engineering firm Pöyry Oyj.")


def test_the_parties_after_a_firm_of_its_own_are_not_the_earlier_pair():
    for later in (
        "The main supplier of pipes remains Valmet Putki Oy, which delivered most of them "
        "under a long-term contract; in June the parties agreed on an amendment that prolongs "
        "the deal to 2028.",
        "Pumps come from Grundfos Pumpen GmbH under a framework contract, and in May the "
        "parties concluded a protocol on spare parts.",
    ):
        text = FIRST + " " + later + "\n"
        got = pairs(text, A)
        assert _has(got, "tallinna-vesi", "poyry"), (text, got)
        assert len([1 for a, b in got if _has([(a, b)], "tallinna-vesi", "poyry")]) == 1, \
            (text, got)


def test_the_parties_without_a_firm_of_their_own_are_the_earlier_pair():
    text = (FIRST + " In June the parties signed an amendment that prolongs the deal "
            "to 2028.\n")
    got = pairs(text, A)
    assert _has(got, "tallinna-vesi", "poyry"), (text, got)
