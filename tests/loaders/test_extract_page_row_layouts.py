"""A town's own page of twins read by the shape of its rows, in whatever layout its
writer chose: a block of lines that share a separator (dashes, bars, tabs, runs of
spaces, semicolons, commas, colons) or an opening mark (bullets, numbers), whose
heading or lead-in says the rows are twins; the page's town (its title, also in its
own language, "Stadt X", "Gemeente X") with each row's town, dated by the row's year.
Near misses: tables of trade fairs, museums, distances and flights, partner
universities, partners a lead-in says are no twins, a row that ties another town.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

T = "TWINNED_WITH"


def twins(text) -> dict[frozenset, dict]:
    return {frozenset((r["source"]["id"], r["target"]["id"])): r
            for r in candidates(text) if r["type"] == T}


def pairs_of(own, *others) -> set[frozenset]:
    return {frozenset((own, o)) for o in others}


LAYOUTS = [
    # a year first, a dash, then the town and its country after a comma
    ("City of Tampere\nHome › City and administration › International affairs\n\n"
     "Sister cities\n\nTampere has formal ties with the towns below.\n\n"
     "1946 – Kiel, Germany\n1951 – Linköping, Sweden\n1966 – Trondheim, Norway\n",
     "city:fi:tampere", {"city:de:kiel": "1946", "city:se:linkoping": "1951",
                         "city:no:trondheim": "1966"}),
    # bullets, a semicolon before a note that dates the tie; the title in German
    ("Stadt Heidelberg – International\nPartner cities\n\n"
     "• Cambridge (United Kingdom); twinned in 1965\n"
     "• Montpellier (France); twinned in 1961\n"
     "• Rehovot (Israel); partnership since 1983\n",
     "city:de:heidelberg", {"city:gb:cambridge": "1965", "city:fr:montpellier": "1961",
                            "city:il:rehovot": "1983"}),
    # a name and its note with no separator at all, one bullet a line
    ("City of Tampere\nTwin towns\n- Kiel since 1946\n- Trondheim since 1966\n"
     "- Linköping since 1951\n",
     "city:fi:tampere", {"city:de:kiel": "1946", "city:no:trondheim": "1966",
                         "city:se:linkoping": "1951"}),
    # a column of the tie's kind under a heading that says nothing of it
    ("Ghent\nInternational relations\n\nTown | Country | Tie | Year\n"
     "Kiel | Germany | twin town | 1974\nNantes | France | sister city | 1983\n"
     "Melbourne | Australia | friendship city | 2010\n",
     "city:be:gent", {"city:de:kiel": "1974", "city:fr:nantes": "1983",
                      "city:au:melbourne": "2010"}),
    # numbered rows apart by semicolons under a heading of former twins
    ("City of Tampere – Partnerships\n\nFormer twin towns\n"
     "The following ties were ended by the City Council in 2022:\n"
     "1) Kiel; Germany; 1946\n2) Łódź; Poland; 1981\n",
     "city:fi:tampere", {"city:de:kiel": "1946", "city:pl:lodz": "1981"}),
    # a title set like a row over rows apart by long dashes
    ("Lyon - the city's sister cities\n\nBirmingham — United Kingdom — 1951\n"
     "Frankfurt — Germany — 1960\nMilan — Italy — 1967\n",
     "city:fr:lyon", {"city:gb:birmingham": "1951", "city:de:frankfurt-am-main": "1960",
                      "city:it:milan": "1967"}),
]


@pytest.mark.parametrize("text,own,expected", LAYOUTS)
def test_each_layouts_rows_twin_the_pages_town_dated_by_the_row(text, own, expected):
    got = twins(text)
    assert pairs_of(own, *expected) <= set(got), sorted(map(sorted, got))
    for other, year in expected.items():
        assert got[frozenset((own, other))]["date"] == year


def test_rows_under_a_heading_of_planned_twinnings_are_planned():
    text = ("City of Tampere – Partnerships\n\nPlanned twinnings\n"
            "1) Brno; Czech Republic; expected 2025\n2) Graz; Austria; expected 2026\n")
    got = twins(text)
    assert pairs_of("city:fi:tampere", "city:cz:brno", "city:at:graz") <= set(got)
    assert {r["status"] for r in got.values()} == {"planned"}


def test_a_lead_in_that_names_its_own_region_owns_the_rows():
    text = ("City of Hobart\nSister cities\n\nState-level ties\n\n"
            "The Government of Tasmania keeps sister-state ties of its own, "
            "which the City supports:\n"
            "  – Okayama Prefecture, Japan – sister state since 1994;\n"
            "  – Shandong Province, China – sister state since 1986.\n")
    got = twins(text)
    assert pairs_of("region:au:tasmania", "region:jp:okayama",
                    "region:cn:shandong") <= set(got), sorted(map(sorted, got))
    assert not any("city:au:hobart" in pair for pair in got)


NEAR_MISSES = [
    ("City of Tampere\nTwin towns\n\nTrade fairs\n"
     "Kiel | Germany | May 2025\nTrondheim | Norway | June 2025\n"
     "Linköping | Sweden | September 2025\n"),
    ("City of Tampere\nTwin towns\n\nMuseums worth a visit\n"
     "Kiel, Germany, 1978\nTrondheim, Norway, 1968\nLinköping, Sweden, 1951\n"),
    ("Municipality of Ravenna - Friendship and twinning\n\nDistances from Ravenna\n\n"
     "  Bologna         Italy          74 km\n  Florence        Italy          136 km\n"
     "  Venice          Italy          145 km\n"),
    ("City of Tampere\nOur twin towns are listed on another page.\n\n"
     "Direct flights from Tampere\nKiel\tGermany\tdaily\t1 h 40\n"
     "Trondheim\tNorway\tweekly\t2 h 10\n"),
    ("Stadt Heidelberg – International\nPartner universities\n"
     "• Kyoto (Japan); exchange since 1999\n• Bologna (Italy); exchange since 2004\n"),
    ("City of Tampere\nPartner cities\n"
     "Tampere also works with partner cities. These are not twinnings but projects "
     "for a fixed term:\n- Kiel (Germany) – climate, 2019\n- Trondheim (Norway) – "
     "culture, 2021\n"),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_rows_of_something_else_twin_nothing(text):
    assert not twins(text), sorted(map(sorted, twins(text)))


def test_a_row_that_ties_another_town_is_that_towns_not_the_pages():
    text = ("Regional Council of Jönköping\nTwin towns within the region\n\n"
            "- Huskvarna – twinned with Kiel since 1978;\n"
            "- Gränna – twinned with Trondheim since 1990;\n")
    got = twins(text)
    assert not any("region:se:jonkoping" in pair or "city:se:jonkoping" in pair
                   for pair in got), sorted(map(sorted, got))


def test_a_summary_table_after_the_items_restates_and_adds_nothing():
    text = ("City of Tampere\nTwin towns\n\n"
            "- Kiel (Germany) - 1946\n  Our oldest twinning, with yearly school visits.\n\n"
            "- Trondheim (Norway) - 1966\n  Choirs and orchestras meet every summer.\n\n"
            "Summary\n\nKiel      Germany      1946\nTrondheim      Norway      1966\n")
    lines = [r["evidence"]["line"] for r in candidates(text) if r["type"] == T]
    assert lines and max(lines) < 11, lines


def signings(text) -> dict[frozenset, dict]:
    return {frozenset((r["source"]["id"], r["target"]["id"])): r
            for r in candidates(text) if r["type"] == "SIGNED_AGREEMENT"}


@pytest.mark.parametrize("heading", [
    "Partner cities\nThese partnerships are not twinnings but projects for a fixed term:",
    "Cooperation agreements",
])
def test_a_rows_note_that_names_its_document_is_the_pages_signing(heading):
    text = ("City of Tampere\n\n" + heading + "\n"
            "- Kiel | Germany | memorandum on wind energy, signed 2019\n"
            "- Trondheim | Norway | protocol on culture, signed 2021\n")
    got = signings(text)
    assert pairs_of("city:fi:tampere", "city:de:kiel", "city:no:trondheim") <= set(got), got
    assert got[frozenset(("city:fi:tampere", "city:de:kiel"))]["date"] == "2019"
    if "not twinnings" in heading:
        assert not twins(text)


def test_a_note_that_names_the_documents_own_signers_is_theirs():
    text = ("City of Tampere\n\nCooperation agreements\n"
            "- Kiel | Germany | memorandum between the Port of Tampere and Kiel Port, 2019\n"
            "- Trondheim | Norway | protocol between two universities, 2021\n")
    got = signings(text)
    assert not any("city:fi:tampere" in pair for pair in got), got


def test_name_only_lines_with_capitals_of_any_alphabet_are_rows():
    text = "City of Tampere\nTwin towns\n\nŁódź (Poland)\nÖrebro (Sweden)\nKiel (Germany)\n"
    got = twins(text)
    assert pairs_of("city:fi:tampere", "city:pl:lodz", "city:se:orebro") <= set(got), got


@pytest.mark.parametrize("head", [
    "International relations | Tampere",
    "Official website\nCity of Tampere – twin towns",
    "Twin towns – Tampere City Council",
])
def test_the_pages_town_from_any_part_of_its_first_two_lines(head):
    text = head + "\n\nTwin towns\n\n1946 – Kiel, Germany\n1966 – Trondheim, Norway\n"
    got = twins(text)
    assert pairs_of("city:fi:tampere", "city:de:kiel", "city:no:trondheim") <= set(got), got
