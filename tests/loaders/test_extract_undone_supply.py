"""A supply the text says never came about takes no side from the text's speaker or
the pair it spoke of: "The deliveries to China that were discussed ten years ago never
happened." Texts written for these tests."""

from extract_candidates import blind_pairs


def _report(body):
    return "BELTRAK\n\nAnnual report 2024\n\n" + body + "\n"


def test_an_undone_supply_takes_no_side_from_the_speaker():
    for body, undone, done in (
        ("Exports to Mongolia, planned for 2020, never materialised. Shipments to Georgia "
         "grew by a fifth.", "country:mn", "country:ge"),
        ("The deliveries to China that were discussed ten years ago never happened. "
         "Deliveries to Serbia doubled.", "country:cn", "country:rs"),
    ):
        got = blind_pairs(_report(body))
        assert not any(b == undone for _a, b in got), (body, got)
        assert any(b == done for _a, b in got), (body, got)
