"""Parties named a few lines from the relation, on texts written for these tests: a
text of one-line paragraphs set apart by blank lines (a web page, a report) keeps its
paragraphs and its headings apart (it is no double-spaced text, whose blank lines fall
inside sentences too); a heading after a finished sentence stands alone."""

import pytest

from relgraph.loaders.extract.document import build_document


def _spaced(paragraphs):
    """One paragraph a line, a blank line after each."""
    out = []
    for p in paragraphs:
        out += [p, ""]
    return out


WEB_PAGE = _spaced([
    "Partner towns of Lida",
    "Lida keeps ties with towns in four countries.",
    "Alytus (Lithuania)",
    "Our oldest partner. A twinning agreement was signed in 1999.",
    "Gizycko (Poland)",
    "Partner town since 2004. Choirs of both towns meet every year.",
    "Valmiera (Latvia)",
    "Ties date from 2010. Football clubs of the towns play each other.",
    "Kutaisi (Georgia)",
    "Partner town since 2016. Schools exchange pupils every spring.",
    "Vidin (Bulgaria)",
    "Talks on ties were held in 2021.",
])
REPORT = _spaced([
    "MOGILEVLIFTMASH",
    "Annual report 2024",
    "1. Overview",
    "The plant makes lifts for housing and offices.",
    "2. Export markets",
    "Russia remains the main market.",
    "3. Suppliers",
    "Steel comes from Severstal.",
    "4. Staff",
    "The plant employs 2,400 people.",
    "5. Outlook",
    "New markets are sought in Africa.",
])


def test_one_line_paragraphs_set_apart_by_blank_lines_keep_their_breaks():
    for lines, heading, first in ((WEB_PAGE, "Alytus (Lithuania)", "Our oldest partner."),
                                  (REPORT, "2. Export markets", "Russia remains")):
        text = build_document(lines).text
        assert f"\n{heading}\n{first}" in text


def test_double_spaced_wrapped_text_still_runs_on():
    lines = _spaced(["The Vitebsk Region signed an agreement on trade and",
                     "economic ties with the Pskov Region in 1999, and",
                     "the two regions renewed it in 2009."] * 4)
    text = build_document(lines).text
    assert "and economic ties" in text and "\n" not in text.strip()


def test_a_heading_after_a_finished_sentence_stands_alone():
    for lines in (["Lida keeps ties with four towns.", "Alytus (Lithuania)",
                   "Our oldest partner since 1999."],
                  ["The plant makes lifts.", "Export markets", "Russia remains the main market."]):
        text = build_document(lines).text
        assert f"{lines[1]}\n{lines[2]}" in text, text


@pytest.mark.parametrize("lines", [
    ["Twin towns of Polotsk", "Polotsk is twinned with Lomza and Utena."],
    ["Partner cities of Grodno", "Grodno keeps ties with Bialystok."],
    ["About Lida", "Lida has three partner towns."],
])
def test_a_first_line_over_a_line_that_opens_with_its_last_name_is_a_title(lines):
    assert build_document(lines).text == "\n".join(lines)


@pytest.mark.parametrize("lines", [
    ["Trade between the Grodno", "Region and Podlaskie grew."],
    ["Trade between Minsk and", "Kazan grew."],
])
def test_a_first_line_wrapped_mid_sentence_runs_on(lines):
    assert "\n" not in build_document(lines).text


# -- a signer named before, its partners listed after a lead-in ----------------------
A, S, T = "SIGNED_AGREEMENT", "SUPPLIES_TO", "TWINNED_WITH"


def test_a_referenced_signer_with_a_list_after_a_lead_in():
    from extract_candidates import pairs

    for text in (
        "The Grodno Region borders Poland. By 2010 its executive committee had concluded "
        "agreements on trade, economic and cultural cooperation with the following Russian "
        "regions:\n- the Kaluga Region (1999);\n- the Tver Region (2001);\n"
        "- the Smolensk Region (2003).",
        "The Grodno Region borders Poland. In the 2000s it signed agreements with these "
        "regions: the Kaluga Region, the Tver Region and the Smolensk Region.",
    ):
        got = set(pairs(text, A))
        assert {("region:by:grodno", "region:ru:kaluga"), ("region:by:grodno", "region:ru:tver"),
                ("region:by:grodno", "region:ru:smolensk")} <= got, got


def test_a_lead_in_without_a_signing_lists_no_signers():
    from extract_candidates import pairs

    for text in (
        "The Grodno Region borders Poland. Talks were held with the following regions: "
        "the Kaluga Region and the Tver Region.",
        "The Grodno Region borders Poland. It has not signed agreements with the following "
        "regions: the Kaluga Region and the Tver Region.",
        "The Grodno Region borders Poland. Its delegations visited the following regions: "
        "the Kaluga Region and the Tver Region.",
    ):
        assert pairs(text, A) == [], text


# -- a heading's place and the place the document is about ---------------------------
def _page(head, sections, tail=()):
    lines = list(head) + [""]
    for heading, body in sections:
        lines += [heading, "", body, ""]
    return "\n".join(lines + list(tail))


LIDA_HEAD = ("Lida City Executive Committee", "International ties")
LIDA_TITLE = ("Partner towns of Lida",)


def test_a_heading_place_twins_with_the_place_the_page_is_about():
    from extract_candidates import pairs

    for head in (LIDA_HEAD, LIDA_TITLE):
        text = _page(head, [
            ("Alytus (Lithuania)", "Our oldest partner. A twinning agreement was signed in "
                                   "1999, and choirs of both towns meet every year."),
            ("Gizycko (Poland)", "Partner town since 2004. Schools exchange pupils."),
        ])
        got = set(pairs(text, T))
        assert {("city:by:lida", "city:lt:alytus"), ("city:by:lida", "city:pl:gizycko")} <= got, got


def test_a_signing_under_a_heading_place_is_the_pages_place_and_the_headings():
    from extract_candidates import pairs

    for body in ("In 2011 the councils signed a protocol on joint tourist routes.",
                 "A memorandum on school exchanges was concluded in 2016."):
        text = _page(LIDA_TITLE, [("Gizycko (Poland)", body)])
        assert pairs(text, A) == [("city:by:lida", "city:pl:gizycko")], text


def test_no_pair_under_a_heading_when_the_sentence_denies_it_or_the_page_is_about_nobody():
    from extract_candidates import pairs

    for text in (
        _page(LIDA_TITLE, [("Kutaisi (Georgia)", "No agreement has been signed so far.")]),
        _page(LIDA_TITLE, [("Kutaisi (Georgia)", "An agreement on twinning may be signed "
                                                 "next year.")]),
        # a heading that names no place ends the section of the one before
        _page(LIDA_TITLE, [("Kutaisi (Georgia)", "Delegations met in 2019."),
                           ("Contacts", "A protocol on tourism was signed in 2020.")]),
        # two towns of one country are no twins
        _page(LIDA_TITLE, [("Grodno (Belarus)", "Partner town since 2004.")]),
        # a news item is about no place of its own
        _page(("Regional news", "Tuesday, 4 May"),
              [("Gizycko (Poland)", "A protocol on tourism was signed in 2020.")]),
    ):
        assert pairs(text, A) == [] and pairs(text, T) == [], text


def test_a_twin_word_before_a_kind_opening_a_sentence_is_no_town():
    from relgraph.loaders.extract.mentions import find_mentions

    for s in ("Partner town since 2000.", "Sister city since 1996: both take part.",
              "Twin town of Lida since 2004."):
        assert all(not m.text.startswith(("Partner", "Sister", "Twin"))
                   for m in find_mentions(s)), s


def test_the_following_twin_towns_are_the_owners():
    from extract_candidates import pairs

    for text in ("Bialystok has the following twin towns: Kaunas and Grodno.",
                 "Bialystok maintains friendly ties with the following partner cities: "
                 "Kaunas and Grodno.",
                 "Bialystok cooperates with the following sister cities: Kaunas, Grodno."):
        got = set(pairs(text, T))
        assert got == {("city:pl:bialystok", "city:lt:kaunas"),
                       ("city:pl:bialystok", "city:by:grodno")}, (text, got)


def test_the_following_partners_that_are_no_twins_give_no_twinning():
    from extract_candidates import pairs

    for text in ("Bialystok cooperates with the following firms: Kaunas Energija and "
                 "Grodno Azot.",
                 "Bialystok has the following partners in trade: Kaunas and Grodno."):
        assert pairs(text, T) == [], text


# -- a firm's own report: the supplies it states with one side named ------------------
def _report(head, paragraphs):
    return "\n\n".join(list(head) + list(paragraphs)) + "\n"


REPORT_HEADS = (("BOBRUISKAGROMASH", "Annual report 2024"),
                ("Bobruiskagromash", "Letter to shareholders"))


def test_a_report_firm_supplies_the_buyers_its_report_names_alone():
    from extract_candidates import firm_blind, pairs

    for head in REPORT_HEADS:
        text = _report(head, ["1. Markets", "Uzbekistan bought 40 balers under a leasing "
                              "programme.", "2. Suppliers",
                              "Hydraulic pumps come from the Italian firm Casappa."])
        got = {tuple(firm_blind(x) for x in p) for p in pairs(text, S)}
        assert {("company:xx:bobruiskagromash", "country:uz"),
                ("company:xx:casappa", "company:xx:bobruiskagromash")} <= got, (head, got)


def test_no_report_firm_for_a_news_item_a_question_or_another_firms_paragraph():
    from extract_candidates import pairs

    for text in (
        _report(("Regional news", "Tuesday, 4 May"),
                ["Bobruiskagromash makes balers.", "Uzbekistan bought 40 balers in May."]),
        _report(REPORT_HEADS[0], ["Did Uzbekistan buy balers last year?"]),
        _report(REPORT_HEADS[0], ["The Kostanay firm Agrotechservice opened a depot, and "
                                  "Uzbekistan bought 40 balers."]),
    ):
        assert not any("bobruiskagromash" in a for a, _b in pairs(text, S)), text


# -- the pair a paragraph opens with ---------------------------------------------------
def test_an_agentless_signing_takes_the_pair_its_paragraph_opened_with():
    from extract_candidates import pairs

    for text in (
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. The two "
        "border regions share a railway line. Border crossings were modernised in 2008. An "
        "agreement on trade and cultural cooperation was concluded in 1999.",
        "The Grodno Region and the Podlaskie Voivodeship share a long border. Their trade "
        "grew fast in the 1990s. Buses cross the border every hour. In 2003 a memorandum on "
        "cross-border cooperation was signed.",
    ):
        got = pairs(text, A)
        assert len(got) == 1 and {"region:by:vitebsk", "region:ru:pskov"} == set(got[0]) or \
            {"region:by:grodno", "region:pl:podlaskie"} == set(got[0]), (text, got)


def test_no_paragraph_pair_across_a_break_another_pair_or_a_denial():
    from extract_candidates import pairs

    for text in (
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. The two "
        "regions trade a lot.\n\nBorder crossings were modernised in 2008. An agreement on "
        "trade was concluded in 1999.",
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. The two "
        "regions trade a lot. The Smolensk Region is a newer partner. An agreement on trade "
        "was concluded in 1999.",
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. The two "
        "regions trade a lot. No agreement on trade has been concluded so far.",
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. The two "
        "regions trade a lot. Buses run daily. Roads were repaired. Fairs are held. An "
        "agreement on trade was concluded in 1999.",
        # nothing went on about the pair: the signing may be anyone's
        "The oldest partner of the Vitebsk Region in Russia is the Pskov Region. Trade grew "
        "every year. Border crossings were modernised in 2008. An agreement on trade was "
        "concluded in 1999.",
    ):
        assert pairs(text, A) == [], text


# -- a buyer "takes" a quantity of goods ------------------------------------------------
def test_a_buyer_that_took_a_quantity_receives_the_topics_goods():
    from extract_candidates import firm_blind, pairs

    for text in (
        "The Orsha Linen Mill is the largest flax processor of the region. It spins about 30 "
        "million square metres of fabric a year. Most of it is exported; in 2019 Italy "
        "alone took some 2 million square metres.",
        "The Orsha Linen Mill weaves fabric for bed linen. Last year Italy took 400,000 "
        "metres of it.",
    ):
        got = [tuple(firm_blind(x) for x in p) for p in pairs(text, S)]
        assert ("company:xx:orsha-linen-mill", "country:it") in got, (text, got)


def test_took_a_time_a_place_or_people_is_no_purchase():
    from extract_candidates import pairs

    for text in (
        "The Orsha Linen Mill weaves fabric. Its stand at the fair in Italy took 2nd place.",
        "The Orsha Linen Mill weaves fabric. The road to Italy took 3 days.",
        "The Orsha Linen Mill weaves fabric. Italy took 40 delegates to the fair.",
    ):
        assert pairs(text, S) == [], text


# -- "the two regional parliaments" and a pair named two sentences before --------------
def test_the_two_parliaments_are_the_pair_named_just_before():
    from extract_candidates import pairs

    for text in (
        "A delegation from the Pavlodar Region visited the Novosibirsk Region on 12 March. "
        "On the final day the two regional parliaments signed a memorandum of cooperation.",
        "A delegation from the Pavlodar Region visited the Novosibirsk Region on 12 March. "
        "The guests toured a grain terminal. On the last day the two regions signed a "
        "memorandum of cooperation.",
        "The Omsk Region hosted deputies from the North Kazakhstan Region in March. "
        "They discussed roads and schools.\n\nThe next day both assemblies "
        "signed a protocol on cooperation.",
    ):
        got = [frozenset(p) for p in pairs(text, A)]
        assert len(got) == 1 and (got[0] == {"region:kz:pavlodar", "region:ru:novosibirsk"}
                                  or got[0] == {"region:ru:omsk", "region:kz:north-kazakhstan"}), \
            (text, got)


def test_the_two_regions_do_not_look_past_a_rival_or_far_back():
    from extract_candidates import pairs

    for text in (
        "A delegation from the Pavlodar Region visited the Novosibirsk Region on 12 March. "
        "The guests then went on to the Omsk Region. The two regions signed a memorandum.",
        "A delegation from the Pavlodar Region visited the Novosibirsk Region on 12 March. "
        "The guests toured a plant. They saw a school. They met students. They visited a "
        "farm. The two regions signed a memorandum.",
    ):
        got = [frozenset(p) for p in pairs(text, A)]
        assert frozenset({"region:kz:pavlodar", "region:ru:novosibirsk"}) not in got, (text, got)


# -- items that lead with their place ---------------------------------------------------
def test_an_item_leading_with_its_place_twins_and_signs_with_the_pages_place():
    from extract_candidates import pairs

    for lines in (
        ["Kaunas (Lithuania) - partner city since 1996. A cooperation agreement was "
         "signed in 1996.",
         "Grodno (Belarus) - twin town since 1996; the agreement on cooperation was "
         "renewed in 2008."],
        ["Kaunas, Lithuania: partner city since 1996. A cooperation agreement was signed "
         "in 1996.",
         "Grodno, Belarus: twin town since 1996; a protocol on culture was signed in 2008."],
    ):
        text = "\n\n".join(["Partner cities of Bialystok", *lines]) + "\n"
        assert {("city:pl:bialystok", "city:lt:kaunas"), ("city:pl:bialystok", "city:by:grodno")} \
            <= set(pairs(text, T)), text
        assert ("city:pl:bialystok", "city:by:grodno") in pairs(text, A), text


def test_no_item_pair_without_a_page_place_or_with_a_partner_of_its_own():
    from extract_candidates import pairs

    for text in (
        "Regional news\n\nKaunas (Lithuania) - partner city since 1996. A cooperation "
        "agreement was signed in 1996.\n",
        "Partner cities of Bialystok\n\nKaunas (Lithuania) - a twinning with Riga is "
        "planned.\n",
        "Partner cities of Bialystok\n\nKaunas (Lithuania) - an agreement may be signed "
        "next year.\n",
    ):
        assert not any("bialystok" in a or "bialystok" in b
                       for a, b in pairs(text, T) + pairs(text, A)), text


# -- "the region" opening a paragraph: the region the text spoke of as a subject ---------
def test_the_region_opening_a_paragraph_is_the_region_that_last_acted():
    from extract_candidates import pairs

    for text, want in (
        ("GOMEL, 4 March 2025 - The Gomel Region ended last year with record trade with "
         "its Russian neighbours.\n\nGomselmash had its best year in a decade. It delivered "
         "640 combines to the Bryansk Region and 210 to the Kursk Region.\n\nThe region has "
         "worked with the Bryansk Region since the 1990s. Its agreement with the Smolensk "
         "Region goes back to 2004.", {"region:by:gomel", "region:ru:smolensk"}),
        ("MOGILEV, 3 May 2025 - The Mogilev Region reported higher sales to Russia.\n\n"
         "MAZ had a good year too. It shipped 300 trucks to the Tver Region and 40 to the "
         "Pskov Region.\n\nThe region has traded with the Tver Region since 1996. Its "
         "agreement with the Smolensk Region goes back to 2001.",
         {"region:by:mogilev", "region:ru:smolensk"}),
    ):
        got = [frozenset(p) for p in pairs(text, A)]
        assert frozenset(want) in got, (text, got)


def test_the_region_after_a_region_named_in_its_paragraph_is_not_the_older_one():
    from extract_candidates import pairs

    text = ("The Mogilev Region reported higher exports on Tuesday.\n\nThe Tver Region "
            "bought trucks from MAZ. The region also signed an agreement with the Vitebsk "
            "Region in 2019.")
    got = [frozenset(p) for p in pairs(text, A)]
    assert frozenset({"region:by:mogilev", "region:by:vitebsk"}) not in got, got


# -- a region's parliament, and the people of a body ------------------------------------
def test_a_regions_parliament_in_lower_case_and_the_people_of_a_body_sign_for_the_region():
    from extract_candidates import pairs

    for text in (
        "The Chelyabinsk regional parliament and the Kostanay regional maslikhat signed a "
        "memorandum.",
        "Deputies of the Legislative Assembly of the Chelyabinsk Region signed an agreement "
        "with the Kostanay regional maslikhat.",
        "Representatives of the Maslikhat of the Kostanay Region signed a protocol with the "
        "Chelyabinsk Region.",
    ):
        got = [frozenset(p) for p in pairs(text, A)]
        assert got == [frozenset({"region:ru:chelyabinsk", "region:kz:kostanay"})], (text, got)


def test_a_regions_parliament_that_signs_nothing_gives_no_signing():
    from extract_candidates import pairs

    for text in ("The Chelyabinsk regional parliament debated roads to the Kostanay Region.",
                 "Deputies of the Legislative Assembly of the Chelyabinsk Region visited the "
                 "Kostanay Region, but no agreement was signed."):
        assert pairs(text, A) == [], text


def test_a_reports_section_heading_states_no_supply():
    from extract_candidates import pairs

    for heading in ("Foreign markets", "Export markets abroad"):
        text = _report(REPORT_HEADS[0], [heading, "Uzbekistan bought 40 balers in May."])
        got = pairs(text, S, key="name")
        assert got and all(b == "Uzbekistan" for _a, b in got), (heading, got)


def test_goods_for_a_product_bought_from_a_supplier_are_no_firm():
    from extract_candidates import firm_blind, pairs

    from relgraph.loaders.extract.names import goods_opening

    for s in ("Gearboxes for the harvesters are purchased from the German firm Bondioli.",
              "Bearings of our planters are bought from SKF."):
        assert goods_opening(s.split()[0], 0, s, set())
    text = ("Lidagroprommash makes potato harvesters. Gearboxes for the harvesters are "
            "purchased from the German firm Bondioli.")
    got = [tuple(firm_blind(x) for x in p) for p in pairs(text, S)]
    assert got == [("company:xx:bondioli", "company:xx:lidagroprommash")], got


def test_a_firm_that_opens_a_passive_stays_a_firm():
    from relgraph.loaders.extract.names import goods_opening

    for s, names in (("Achema for the region was bought from its owners.", {"Achema"}),
                     ("Gearboxes for the harvesters make money.", set())):
        assert not goods_opening(s.split()[0], 0, s, names), s


# -- "our" on a place's page about its ties ----------------------------------------------
def test_our_twin_on_a_places_page_is_that_place():
    from extract_candidates import pairs

    for text, want in (
        ("Partner cities of Lida\n\nAlytus has been our twin town since 1999.\n",
         ("city:lt:alytus", "city:by:lida")),
        ("Lida: twin towns\n\nGizycko became our partner city in 2004.\n",
         ("city:pl:gizycko", "city:by:lida")),
        ("Partner cities of Bialystok\n\nKaunas and Alytus are our partner cities.\n",
         ("city:lt:alytus", "city:pl:bialystok")),
    ):
        assert want in pairs(text, T), text


def test_our_twin_under_a_title_about_something_else_is_nobody():
    from extract_candidates import pairs

    for text in ("Lida hosts a folk festival\n\nAlytus became our partner city in 2004.\n",
                 "Lida in spring\n\nGizycko has been our twin town since 1999.\n"):
        assert not any("lida" in a or "lida" in b for a, b in pairs(text, T)), text


# -- rows set apart by blank lines under a caption or a lead-in that names their owner ---
def test_rows_a_blank_line_apart_under_an_owner_are_its_partners():
    from extract_candidates import pairs

    for text, rel, owner in (
        ("Partner cities of Bialystok:\n\nKaunas (Lithuania)\n\nGrodno (Belarus)\n\n"
         "Milwaukee (USA)\n", T, "city:pl:bialystok"),
        ("The Vitebsk Region has signed agreements with the following Russian regions:\n\n"
         "Pskov Region (1999)\n\nSmolensk Region (2001)\n\nTver Region (2004)\n", A,
         "region:by:vitebsk"),
        ("Bialystok has the following partner cities:\nKaunas (Lithuania), since 1996\n"
         "Grodno (Belarus), since 1996\n", T, "city:pl:bialystok"),
    ):
        got = pairs(text, rel)
        assert len(got) >= 2 and all(a == owner for a, _b in got), (text, got)


def test_no_rows_for_prose_a_lead_in_without_an_owner_or_a_single_line():
    from extract_candidates import pairs

    for text in (
        "The Vitebsk Region has signed agreements with the following Russian regions:\n\n"
        "Pskov Region (1999)\n",
        "We list the regions here:\n\nPskov Region (1999)\n\nSmolensk Region (2001)\n",
        "The Vitebsk Region has the following neighbours:\n\nPskov Region (Russia)\n\n"
        "Smolensk Region (Russia)\n",
    ):
        assert pairs(text, A) == [] and pairs(text, T) == [], text


# -- "A and B are our partner cities": the owner's twins, not each other's -----------
def _pairs(text, rel_type):
    from extract_candidates import pairs
    return pairs(text, rel_type)


@pytest.mark.parametrize("text", [
    "Kaunas and Alytus are our partner cities.",
    "Kaunas and Alytus are its twin towns.",
    "Lida, Alytus and Utena have long been our sister cities.",
])
def test_towns_that_are_an_owners_twins_are_not_each_others(text):
    assert not _pairs(text, T)


@pytest.mark.parametrize("text", [
    "Partner cities of Grodno\n\nKaunas and Alytus are our partner cities.\n",
    "Partner cities of Grodno\n\nKaunas, Alytus and Utena are our partner cities.\n",
])
def test_every_town_listed_as_our_partner_is_the_speakers(text):
    got = {frozenset(p) for p in _pairs(text, T)}
    towns = [t for t in ("kaunas", "alytus", "utena") if t in text.lower()]
    assert got == {frozenset(("city:by:grodno", f"city:lt:{t}")) for t in towns}


def test_towns_that_are_partner_cities_of_each_other_stay_paired():
    assert _pairs("Kaunas and Alytus are partner cities.", T)
