"""Parties named a few lines from the relation, on texts written for these tests: a
text of one-line paragraphs set apart by blank lines (a web page, a report) keeps its
paragraphs and its headings apart (it is no double-spaced text, whose blank lines fall
inside sentences too); a heading after a finished sentence stands alone."""

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
                     "economic cooperation with the Pskov Region in 1999, and",
                     "the two regions renewed it in 2009."] * 4)
    text = build_document(lines).text
    assert "and economic cooperation" in text and "\n" not in text.strip()


def test_a_heading_after_a_finished_sentence_stands_alone():
    for lines in (["Lida keeps ties with four towns.", "Alytus (Lithuania)",
                   "Our oldest partner since 1999."],
                  ["The plant makes lifts.", "Export markets", "Russia remains the main market."]):
        text = build_document(lines).text
        assert f"{lines[1]}\n{lines[2]}" in text, text


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
