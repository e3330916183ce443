"""A town's own page on its twins, on texts written for these tests: rows set a line
each with no blank line between them, a breadcrumb title of many steps, an item's town
named again in its row, and rows that give a town and its year alone under a heading
of twins. The page's own place is the other twin of each row."""

from extract_candidates import pairs

T = "TWINNED_WITH"


def _has_page_twins(text, towns):
    got = set(pairs(text, T))
    return {("city:by:lida", town) for town in towns} <= got, got


# -- rows a line each, run into one paragraph ------------------------------------------
def test_rows_set_a_line_each_after_a_sentence_are_items_of_their_own():
    for rows in (
        ["Alytus (Lithuania) - partner town since 1999. Choirs of the two towns meet every",
         "summer in Alytus.",
         "Gizycko (Poland) - twin town since 2004.",
         "Kaunas (Lithuania) - partner city since 2012."],
        ["Gizycko - twin town since 2004; a protocol on schools was renewed in 2015.",
         "Kaunas - partner city since 2012.",
         "Alytus - partner town since 1999."],
    ):
        text = "\n".join(["Partner towns of Lida", "", "LITHUANIA", *rows]) + "\n"
        ok, got = _has_page_twins(text, ("city:lt:alytus", "city:pl:gizycko",
                                         "city:lt:kaunas"))
        assert ok, (text, got)


def test_a_breadcrumb_title_of_many_steps_names_the_pages_place():
    for title in ("Lida District Municipality > Town > Foreign cooperation > "
                  "Twin and partner towns",
                  "City of Lida > About the town > Foreign relations > Partner cities"):
        text = "\n".join([title, "", "Gizycko (Poland) - twin town since 2004.", "",
                          "Kaunas (Lithuania) - partner city since 2012.", ""])
        ok, got = _has_page_twins(text, ("city:pl:gizycko", "city:lt:kaunas"))
        assert ok, (text, got)


def test_an_items_town_named_again_in_its_row_is_no_partner_of_its_own():
    for row in ("Kaunas (Lithuania) - twinned in 2001; the charter was drawn up and signed "
                "in Kaunas.",
                "Kaunas - partner city since 1997; the first exchange of pupils took place "
                "in Kaunas in 1998."):
        text = "\n\n".join(["Partner towns of Lida", row]) + "\n"
        ok, got = _has_page_twins(text, ("city:lt:kaunas",))
        assert ok, (text, got)


def test_no_row_pair_without_a_page_place_or_with_another_town_in_the_row():
    for text in (
        "Regional news\n\nLATVIA\nGizycko (Poland) - twin town since 2004.\nKaunas - "
        "partner city since 2012.\n",
        "Partner towns of Lida\n\nKaunas (Lithuania) - twin city since 1997, when an "
        "agreement with Alytus was signed in Kaunas.\n",
    ):
        got = pairs(text, T)
        assert not any("lida" in a + b for a, b in got), (text, got)


# -- a town and its year alone under a heading of twins --------------------------------
def _dated_page(heading, rows, title="Lida City Executive Committee | Official website"):
    lines = [title, "Home > Town > International relations > Twin towns", "",
             "Lida keeps ties with towns in several countries.", "", heading, ""]
    for row in rows:
        lines += [row, ""]
    return "\n".join(lines)


def test_a_town_and_its_year_under_a_heading_of_twins_twins_with_the_pages_place():
    for heading, rows in (
        ("Twin towns", ["Alytus, Lithuania (since 1999). Choirs of both towns meet every "
                        "year.", "Gizycko, Warmia-Masuria, Poland (since 2004).",
                        "Kaunas, Lithuania (since 2012)."]),
        ("Sister cities", ["Gizycko (Poland) (from 2004).", "Kaunas (since 2012).",
                           "Alytus, Republic of Lithuania (since 1999). Schools exchange "
                           "pupils."]),
    ):
        text = _dated_page(heading, rows)
        ok, got = _has_page_twins(text, ("city:lt:alytus", "city:pl:gizycko",
                                         "city:lt:kaunas"))
        assert ok, (text, got)


def test_no_twin_from_a_dated_row_under_another_heading_or_on_a_page_about_nobody():
    rows = ["Gizycko, Poland (since 2004).", "Kaunas, Lithuania (since 2012)."]
    for text in (
        _dated_page("Trade fairs attended", rows),
        _dated_page("Events", rows),
        _dated_page("Twin towns", rows, title="Regional news"),
    ):
        got = pairs(text, T)
        assert not any("lida" in a + b for a, b in got), (text, got)


# -- a place set as a sentence of its own opens its section -----------------------------
def test_a_place_alone_as_a_sentence_opens_a_section_of_the_pages_twins():
    for items in (
        ["Gizycko (Poland). Partner town since 2004. Choirs of both towns meet every year.",
         "Kaunas (Lithuania). The memorandum on cooperation between the two cities was "
         "signed in Kaunas in May 2012."],
        ["Gizycko, Poland. Twin town since 2004, when the mayors met in Lida.",
         "Kaunas, Lithuania. In 2012 the mayors signed a protocol on school "
         "exchanges."],
    ):
        text = "\n\n".join(["Partner towns of Lida", *items]) + "\n"
        got = set(pairs(text, T)) | set(pairs(text, "SIGNED_AGREEMENT"))
        assert {("city:by:lida", "city:pl:gizycko"), ("city:by:lida", "city:lt:kaunas")} \
            <= got, (text, got)


def test_a_place_alone_opens_no_section_for_a_sentence_with_a_party_of_its_own():
    for items in (
        ["Kaunas (Lithuania). In 2012 Kaunas signed a protocol with Riga."],
        ["Kaunas, Lithuania. A twinning with Alytus was agreed in 2012."],
    ):
        text = "\n\n".join(["Partner towns of Lida", *items]) + "\n"
        got = pairs(text, T) + pairs(text, "SIGNED_AGREEMENT")
        assert not any("lida" in a + b for a, b in got), (text, got)


def test_the_two_cities_in_an_item_are_the_pages_place_and_the_items_not_the_pair_before():
    for item in ("Kaunas (Lithuania). The memorandum between the two cities was signed "
                 "in May 2012.",
                 "Kaunas (Lithuania) - partner city since 2009. In 2012 the two towns "
                 "signed a protocol on school exchanges."):
        text = "\n\n".join(["Partner towns of Lida",
                            "Gizycko (Poland) - twin town since 2004; a memorandum on "
                            "tourism was signed in 2010.", item]) + "\n"
        got = pairs(text, "SIGNED_AGREEMENT")
        assert ("city:by:lida", "city:lt:kaunas") in got, (text, got)
        assert got.count(("city:by:lida", "city:pl:gizycko")) <= 1, (text, got)
