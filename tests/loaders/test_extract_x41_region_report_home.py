"""A region's own report (its government's or ministry's letterhead) lists its
agreements with other regions and cities of its own country, often with no signer in
the sentence ("An agreement with the Perm Krai was signed in 2015", "Agreements with
St. Louis (2016) remain in force"): the letterhead's region signed them. Texts
written for these tests."""

from extract_candidates import pairs

A, T, S = "SIGNED_AGREEMENT", "TWINNED_WITH", "SUPPLIES_TO"

HEAD = ("MINISTRY OF ECONOMIC DEVELOPMENT OF THE UDMURT REPUBLIC\n"
        "Report on the external relations of the Udmurt Republic in 2023\nIzhevsk, 2024\n"
        "1. The ministry prepared this report under the regional law on external ties.\n")
HEAD_STATE = ("DEPARTMENT OF ECONOMIC DEVELOPMENT OF THE STATE OF ILLINOIS\n"
              "Report on the external relations of Illinois in 2023\nSpringfield, 2024\n"
              "1. The department prepared this report under the state law on external "
              "ties.\n")


def _has(got, x, y):
    return any(x in a and y in b or y in a and x in b for a, b in got)


def test_a_region_reports_its_agreements_with_places_of_its_own_country():
    for head, home, body, partner in (
        (HEAD, "udmurt", "3.1. An agreement on trade and cultural cooperation with the "
         "Perm Krai was signed in Izhevsk in May 2015.", "perm"),
        (HEAD_STATE, "illinois", "3.2. The agreements with St. Louis (2016) remain in "
         "force; a plan of joint events was adopted in 2023.", "louis"),
        (HEAD, "udmurt", "3.3. A cooperation agreement with Tomsk Oblast (2019) remained "
         "in force in the reporting year.", "tomsk"),
    ):
        text = head + "3. Interregional cooperation\n" + body + "\n"
        got = pairs(text, A)
        assert _has(got, home, partner), (text, got)


def test_no_home_pair_without_a_regions_letterhead_or_for_other_relations():
    body = ("3.1. An agreement on trade and cultural cooperation with the Perm Krai was "
            "signed in Izhevsk in May 2015.\n")
    # (a news item about the region: whose agreement it is, is not said)
    text = ("Regional news, 4 June 2023\nIzhevsk hosts a trade fair\n"
            "The fair opened on Monday with 300 exhibitors.\n" + body)
    assert not _has(pairs(text, A), "udmurt", "perm"), pairs(text, A)
    # (the letterhead's region neither twins nor trades with a place of its own country
    # because a sentence names the place alone)
    text = HEAD + "3. Interregional cooperation\n3.1. Twin-town relations were " \
        "established with Perm in 2015, and machine tools were delivered to Tomsk.\n"
    assert not _has(pairs(text, T), "udmurt", "perm"), pairs(text, T)
    assert not _has(pairs(text, S), "udmurt", "tomsk"), pairs(text, S)
