"""Headlines, title lines and section headings, on texts written for these tests: a
headline in Title Case or capitals (also the text's first line) is no part of a name on
the next line; a headline the body restates gives no pair of its own (not the towns
for the regions that signed, not the same pair once more), one it does not restate
keeps its pair; a report's section heading ("Exports") is no firm."""

from extract_candidates import candidates, pairs

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.headlines import headline_lines

A, S, T = "SIGNED_AGREEMENT", "SUPPLIES_TO", "TWINNED_WITH"


def _names(text, rel):
    return pairs(text, rel, key="name")


def test_a_title_case_first_line_is_no_part_of_the_next_lines_name():
    for head in ("Belarusian Tractor Maker Ships Forty Tractors To Kenya",
                 "BELARUSIAN TRACTOR MAKER SHIPS TO KENYA"):
        text = f"{head}\nMinsk Tractor Works delivered 40 tractors to Kenya in April."
        assert ("company:by:mtz", "country:ke") in pairs(text, S)
        assert all("Kenya Minsk" not in a for a, _b in _names(text, S))


def test_about_x_on_the_first_line_stands_alone():
    text = "About Belshina\nBelshina supplies tyres to Egypt and Serbia."
    assert ("Belshina", "Egypt") in _names(text, S)
    assert all(a == "Belshina" for a, _b in _names(text, S))


def test_a_wrapped_first_line_still_runs_on():
    # lower-case words or a closing function word: the first line of a sentence
    doc = build_document(["Minsk Tractor Works and the", "Kenyan dealer signed a contract."])
    assert "\n" not in doc.text
    doc = build_document(["The plant in Minsk shipped", "Tractors to Kenya."])
    assert "\n" not in doc.text
    doc = build_document(["Lida signed it in 2019. The Grodno Regional", "Executive Committee"])
    assert "\n" not in doc.text


def test_towns_in_a_headline_for_the_regions_of_the_body_give_no_pair():
    for head in ("Grodno and Bialystok sign a new road map",
                 "Vitebsk, Smolensk agree on border trade"):
        body = ("The Grodno Region and the Podlaskie Voivodeship signed a road map on trade."
                if "Grodno" in head else
                "The Vitebsk Region and the Smolensk Region signed an agreement on trade.")
        text = f"{head}\n\nMINSK, 3 March 2025 - {body}"
        got = pairs(text, A)
        assert not any(a.startswith("city:") or b.startswith("city:") for a, b in got)
        assert len(got) == 1


def test_a_headline_the_body_repeats_gives_one_candidate():
    text = ("Lida and Alytus become twin towns\n\nLIDA, 5 May 2025 - Lida and the Lithuanian"
            " town of Alytus signed a twinning charter on Friday.")
    rows = [r for r in candidates(text) if r["type"] == T]
    assert len(rows) == 1 and rows[0]["evidence"]["line"] == 3


def test_a_headline_the_body_does_not_restate_keeps_its_pair():
    # the body names a firm in the country, not the country: the headline says more
    text = ("Amkodor ships its first graders to Mongolia\n\nAmkodor delivered six graders"
            " to the Erdenet Mining Corporation in May.")
    assert ("company:by:amkodor", "country:mn") in pairs(text, S)
    text = ("Brest and Lublin sign a cooperation agreement\n\nThe forum in Brest gathered"
            " 200 entrepreneurs.")
    assert ("city:by:brest", "city:pl:lublin") in pairs(text, A)


def test_headline_lines_are_short_lines_of_their_own_at_the_top():
    lines = ["PRESS RELEASE", "Gomselmash to assemble combines in Uzbekistan",
             "GOMEL, 14 April 2025 - Gomselmash and Agromash Servis signed a contract on",
             "the assembly of combines."]
    assert headline_lines(lines) == {1, 2}
    assert headline_lines(["Grodno and Bialystok signed a road map on", "trade."]) == set()


def test_a_section_heading_of_a_report_is_no_firm():
    for heading in ("Exports", "Key markets", "Our partners"):
        text = (f"Annual report 2024\n\n{heading}\n\nThe plant shipped 300 trucks to"
                " Mongolia.")
        assert not any(a.endswith(("exports", "markets", "partners"))
                       for a, _b in pairs(text, S))
    text = "Mogilevliftmash\nAnnual Report 2024\n\nWe shipped lifts to Kazakhstan."
    assert ("company:by:mogilevliftmash", "country:kz") in pairs(text, S)


def test_a_digest_items_headline_is_read_against_its_own_item():
    text = ("Weekly digest of regional news\n\nMogilev signs a plan with Kaluga\n\n"
            "The Mogilev Region and the Kaluga Region signed a plan of joint events.\n\n"
            "Vitebsk and Smolensk sign a border trade agreement\n\n"
            "The Vitebsk Region and the Smolensk Region signed an agreement on border trade."
            "\n\nBrest and Lublin sign a youth exchange agreement\n\n"
            "Some 200 students met in Brest on Friday.")
    rows = [r for r in candidates(text) if r["type"] == A]
    got = {(r["source"]["id"], r["target"]["id"]) for r in rows}
    assert ("region:by:vitebsk", "region:ru:smolensk") in got
    # each signing once, from its body; the last headline is the only statement of its own
    assert [r["evidence"]["line"] for r in rows
            if r["source"]["id"] == "region:by:vitebsk"] == [9]
    assert not any(a == "city:by:mogilev" or b == "city:by:mogilev" for a, b in got)
    assert ("city:by:brest", "city:pl:lublin") in got


def test_title_case_headline_words_are_no_firm_names():
    # the verb and nouns of the headline were one firm "Tractor Maker Ships", which
    # "the company" below then stood for
    for head in ("Belarusian Tractor Maker Ships To Kenya",
                 "BELARUSIAN TRACTOR MAKER SHIPS TO KENYA"):
        text = (f"{head}\n\nMINSK, 4 May 2025 - The company delivered 120 tractors to Kenya"
                " in April.")
        assert not any("maker" in a for a, _b in pairs(text, S))
    # a firm the text names stays a firm, cut off from the headline's verb
    text = ("Zhodino Dairy Opens Vietnam Office\n\nZhodino Dairy shipped 300 tonnes of milk"
            " powder to Vietnam in March.")
    assert all(a == "Zhodino Dairy" for a, _b in _names(text, S))


def test_a_release_headline_in_title_case_or_capitals_names_the_firm_alone():
    for head, firm in (("Belshina Expands In Africa", "company:by:belshina"),
                       ("BELSHINA EXPANDS IN AFRICA", "company:by:belshina"),
                       ("Grodno Azot Ships Urea To Brazil", "company:by:grodno-azot")):
        text = f"Press release\n{head}\n\nWe shipped 5,000 tonnes to Egypt and Nigeria this year."
        assert {a for a, _b in pairs(text, S)} == {firm}, head
