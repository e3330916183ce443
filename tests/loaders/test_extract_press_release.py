"""Whom "we" means in a firm's press release, on texts written for these tests: the
firm its headline opens with, when a line says the text is a press release; not a town
or a topic that opens the headline, and not without such a line."""

from extract_candidates import pairs

S = "SUPPLIES_TO"


def test_we_in_a_press_release_is_the_firm_of_its_headline():
    text = ("PRESS RELEASE\n\nNavruz Tekstil expands in Europe\n\nFergana, 10 March 2025\n\n"
            "This year we shipped 12,000 tonnes of yarn to Turkey.")
    assert ("company:uz:navruz-tekstil", "country:tr") in pairs(text, S)


def test_a_release_line_after_the_genre_line():
    text = ("Press release\nAmkodor opens a dealership in Ulaanbaatar\n\n"
            "We have sold 40 loaders to Mongolian miners since 2019.")
    assert ("company:by:amkodor", "country:mn") in pairs(text, S)


def test_a_headline_that_opens_with_a_town_or_a_topic_names_no_speaker():
    for text in ("PRESS RELEASE\n\nMinsk hosts a forum of regions\n\nWe shipped loaders to"
                 " Mongolia.",
                 "News release\n\nTrade between Belarus and Mongolia grows\n\nWe shipped"
                 " loaders to Mongolia."):
        assert pairs(text, S) == []


def test_without_a_release_line_the_headline_names_no_speaker():
    text = ("Navruz Tekstil expands in Europe\n\nFergana, 10 March 2025\n\n"
            "This year we shipped 12,000 tonnes of yarn to Turkey.")
    assert ("company:uz:navruz-tekstil", "country:tr") not in pairs(text, S)
