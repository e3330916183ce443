"""A firm referred to under a heading that names no firm, in texts written for these
tests: a text about one firm (its first line names it, and it has named no other) goes
on about it ("Exports", "Raw materials"); not when it has named two, not when its first
line is another topic ("Trucks"), not under a numbered section of a monograph or report
("3.5. Food industry"), and not when the section names a firm of its own."""

from extract_candidates import pairs

S = "SUPPLIES_TO"


def test_the_company_under_an_unnumbered_heading_is_the_texts_one_firm():
    text = ("Amkodor is a Minsk maker of road machinery.\n\nExports\n"
            "The company sold 40 loaders to Mongolia in 2024.")
    assert ("company:by:amkodor", "country:mn") in pairs(text, S)


def test_the_plant_buys_under_another_heading():
    text = ("Savushkin Product is a dairy in Brest. It makes cheese and yoghurt.\n\n"
            "Raw materials\n\nThe plant buys starter cultures from Denmark.")
    assert ("country:dk", "company:by:savushkin-product") in pairs(text, S)


def test_two_firms_before_the_heading_leave_the_company_open():
    text = ("Amkodor and Belshina are Belarusian makers of machinery and tyres.\n\nExports\n"
            "The company sold 40 loaders to Mongolia in 2024.")
    assert not any(a.startswith("company:") for a, _ in pairs(text, S))


def test_a_numbered_section_is_a_topic_of_its_own():
    text = ("Amkodor is a Minsk maker of road machinery.\n\n3.5. Food industry\n"
            "The Brest region grows grain. The plant ships flour to Mongolia.")
    assert ("company:by:amkodor", "country:mn") not in pairs(text, S)


def test_a_section_that_names_its_own_firm_keeps_it():
    text = ("Amkodor is a Minsk maker of road machinery.\n\nDairy\n"
            "Savushkin Product opened a shop in Ulaanbaatar. The company sells cheese to"
            " Mongolia.")
    got = pairs(text, S)
    assert ("company:by:amkodor", "country:mn") not in got


def test_a_title_in_capitals_names_the_texts_firm():
    text = ("NAVRUZ TEKSTIL - ANNUAL REPORT 2024\n\nLetter from the chairman\n\n"
            "Navruz Tekstil of Fergana had a good year.\n\nExports\n\n"
            "The company sold 4,000 tonnes of yarn to Turkey.")
    assert ("company:uz:navruz-tekstil", "country:tr") in pairs(text, S)


def test_a_first_line_on_another_topic_keeps_the_border():
    text = ("Machine building in the Vitebsk Region\n\nVistan makes machine tools in Vitebsk."
            "\n\nDairy\n\nThe plant sells butter to Vietnam.")
    assert not any(a.startswith("company:") for a, _ in pairs(text, S))
