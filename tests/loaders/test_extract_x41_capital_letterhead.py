"""A firm's report whose title line writes the firm in capitals with a Baltic or Finnish
legal form ("AS NORDA KARTONS", "SIA BALTU KOKS", "KESKI PUU OY" over "Annual report
2024") speaks for that firm: a signing or a sale stated later without the firm's name
("A letter of intent was signed with X", "X and Y bought ...") is that firm's. Read
as "As Norda Kartons", the legal form was lost and the title named no firm. Texts
written for these tests."""

from extract_candidates import pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"

HEADS = (("AS NORDA KARTONS", "norda-kartons"), ("SIA BALTU KOKS", "baltu-koks"),
         ("KESKI PUU OY", "keski-puu"))


def _text(head, *paragraphs, genre="ANNUAL REPORT 2024"):
    return "\n".join([head, genre, *paragraphs]) + "\n"


def _has(got, own, other):
    return any(own in a and other in b or other in a and own in b for a, b in got)


def test_an_agentless_signing_in_a_report_is_the_titled_firms():
    for head, own in HEADS:
        for line in (
            "A letter of intent was signed in May 2024 with the Danish retailer "
            "Bygmester Jensen A/S on deliveries of boards from 2026.",
            "In March a three-year framework contract was concluded with the Polish "
            "distributor Drewex Sp. z o.o.",
        ):
            text = _text(head, "Contracts", line)
            got = pairs(text, A)
            other = "bygmester-jensen" if "Bygmester" in line else "drewex"
            assert _has(got, own, other), (text, got)


def test_buyers_without_their_seller_in_a_report_are_the_titled_firms():
    for head, own in HEADS:
        text = _text(head, "Customers",
                     "The Swedish builders' merchant Byggkompaniet AB and the Dutch "
                     "importer Houtland B.V. bought mainly thin boards for furniture.")
        got = pairs(text, S)
        assert _has(got, own, "byggkompaniet") and _has(got, own, "houtland"), (text, got)


def test_no_titled_firm_beside_a_named_signer_or_seller():
    # (a sentence that names its own signer keeps it)
    text = _text("SIA BALTU KOKS", "Contracts",
                 "In March Bygmester Jensen A/S signed a framework contract with the Polish "
                 "distributor Drewex Sp. z o.o.")
    got = pairs(text, A)
    assert _has(got, "bygmester-jensen", "drewex"), (text, got)
    assert not _has(got, "baltu-koks", "drewex"), (text, got)
    # (a buyer whose seller the sentence names bought nothing from the report's firm)
    text = _text("KESKI PUU OY", "Customers",
                 "The Dutch importer Houtland B.V. bought thin boards from the Estonian "
                 "mill Viru Vineer AS.")
    got = pairs(text, S)
    assert not _has(got, "keski-puu", "houtland"), (text, got)
