"""A supply the text says never came about takes no side from the text's speaker or
the pair it spoke of: "The shipments to Vietnam that were talked about in 2015 never took
place." Texts written for these tests."""

from extract_candidates import blind_pairs


def _report(body):
    return "BELTRAK\n\nAnnual report 2024\n\n" + body + "\n"


def test_an_undone_supply_takes_no_side_from_the_speaker():
    for body, undone, done in (
        ("Exports to Mongolia, planned for 2020, never materialised. Shipments to Georgia "
         "grew by a fifth.", "country:mn", "country:ge"),
        ("The shipments to Vietnam that were talked about in 2015 never took place. "
         "Sales to Armenia rose sharply.", "country:vn", "country:am"),
    ):
        got = blind_pairs(_report(body))
        assert not any(b == undone for _a, b in got), (body, got)
        assert any(b == done for _a, b in got), (body, got)
