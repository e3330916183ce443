"""A list of partner towns right under a page's heading of partner towns, each item
naming its agreement: every town so listed is a twin of the page's town besides its
agreement. Every text here was written for these tests."""

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


def _with(own, *partners):
    return {frozenset((own, p)) for p in partners}


LIST = ("City of Vanadzor | Official website\n"
        "Home > City > Foreign ties > Twin and partner cities\n"
        "\n"
        "Partner cities\n"
        "\n"
        "Apart from its twins, Vanadzor works with a number of towns under signed "
        "documents:\n"
        "\n"
        "- Rustavi, Georgia - memorandum of understanding on youth exchanges (2019);\n"
        "- Kaluga, Russian Federation - agreement on trade and cultural ties (2016);\n"
        "- Plovdiv, Bulgaria - letter of intent on joint tourism routes (2021).\n")
PROSE = ("Jonava District Municipality | Official portal\n"
         "Home > Municipality > International relations > Partner towns\n"
         "\n"
         "Partner towns\n"
         "\n"
         "Jonava has signed cooperation agreements with Lomza in Poland (2003) and with "
         "Novopolotsk in Belarus (2007), and a memorandum with Ventspils in Latvia (2015).\n")


def test_each_partner_town_a_section_lists_with_its_agreement_is_a_twin():
    assert _pairs(LIST, "TWINNED_WITH") == _with(
        "city:am:vanadzor", "city:ge:rustavi", "city:ru:kaluga", "city:bg:plovdiv")
    assert _pairs(PROSE, "TWINNED_WITH") == _with(
        "city:lt:jonava", "city:pl:lomza", "city:by:novopolotsk", "city:lv:ventspils")


def test_agreements_under_a_heading_of_no_twins_stay_agreements():
    for text, old, new in ((LIST, "Partner cities\n", "Cooperation agreements\n"),
                           (PROSE, "Partner towns\n", "Business contacts\n")):
        text = text.replace(old, new).replace("Twin and partner cities", "Economy")\
            .replace("Partner towns", "Economy").replace("Apart from its twins", "Besides")
        assert _pairs(text, "TWINNED_WITH") == set()
        assert _pairs(text, "SIGNED_AGREEMENT")


# (a page written a paragraph a line, a lead-in under the heading, a note under an item)
DATED_TIES = ("City of Rzeszow | Official website\n"
              "Home > City > Foreign relations > Partner cities\n"
              "Partner cities\n"
              "Rzeszow also works with a number of towns under memoranda on single projects, "
              "mostly in health care, higher education and the care of old monuments.\n"
              "Lutsk (Ukraine) - cooperation in health care and water supply since 2003.\n"
              "The two hospitals have trained each other's nurses for years, and a joint "
              "project on clean water in the old town was completed in 2019 with EU money.\n"
              "Nyiregyhaza (Hungary) - friendly ties between the two universities from "
              "1997.\n")


def test_an_item_that_dates_its_tie_in_a_section_of_partner_towns_is_a_twin():
    assert _pairs(DATED_TIES, "TWINNED_WITH") == _with(
        "city:pl:rzeszow", "city:ua:lutsk", "city:hu:nyiregyhaza")


def test_dated_items_under_a_heading_of_no_partners_are_no_twins():
    other = DATED_TIES.replace("Foreign relations > Partner cities", "Economy > Fairs")\
        .replace("Partner cities\n", "Business contacts\n")
    assert _pairs(other, "TWINNED_WITH") == set()
