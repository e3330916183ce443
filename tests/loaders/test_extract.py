"""Extraction from short texts written for these tests."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.loaders.extract import candidates_to_records, extract_text, is_candidates_file
from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.normalize import clean_line, clean_text
from relgraph.loaders.extract.writers import write_csv

TEXT = """Twin towns

In May 2015 the town of Alpha and Beta signed a twinning agreement.
Gamma, Delta and Epsilon were twinned with Zeta, Eta and Theta respectively.
In November 2016 the Gomel Oblast Executive Committee put its name to a
cooperation agreement with the Pavlodar Oblast Akimat7. Belarus and Sudan plan to sign a
memorandum on trade.
In 2017 Belarusian exports of tractors to Sudan reached $12 million.

7 Example news item [Electronic resource]. - 2016. - URL: http://example.org/a-
b/c
"""


def _rows():
    return extract_text(TEXT, "t.txt", resolver=None)


def test_three_types_with_lines_dates_and_sources():
    ex = _rows()
    by = {(r["type"], r["source"]["name"], r["target"]["name"]): r for r in ex.candidates}
    tw = by[("TWINNED_WITH", "Alpha", "Beta")]
    assert tw["date"] == "2015-05" and tw["evidence"]["line"] == 3
    assert ("TWINNED_WITH", "Delta", "Eta") in by
    sa = by[("SIGNED_AGREEMENT", "Gomel Oblast Executive Committee", "Pavlodar Oblast Akimat")]
    assert sa["date"] == "2016-11" and sa["evidence"]["line"] == 5
    # The text itself, then the footnote it cites.
    text_src, note = (ex.sources[x] for x in sa["sources"])
    assert (text_src["title"], text_src["file"], text_src["url"]) == ("Twin towns", "t.txt", None)
    assert note["url"] == "http://example.org/a-b/c"
    assert all(r["sources"][0] == text_src["id"] for r in ex.candidates)
    planned = by[("SIGNED_AGREEMENT", "Belarus", "Sudan")]
    assert planned["status"] == "planned" and planned["document"]["kind"] == "memorandum"
    sup = by[("SUPPLIES_TO", "Belarusian", "Sudan")]
    assert sup["source"]["id"] == "country:by" and sup["value_usd"] == 12e6
    assert sup["goods"].startswith("tractors")


def test_footnote_in_mid_sentence_and_glued_numbers():
    lines = ["Minsk signed an agreement with", "", "3 Some source [Electronic resource]. - 2018.",
             " Lyon in 2018.3 Then nothing28 else."]
    doc = build_document(lines)
    assert doc.text.startswith("Minsk signed an agreement with Lyon in 2018. Then")
    ex = extract_text("\n".join(lines), resolver=None)
    assert ex.candidates[0]["target"]["name"] == "Lyon"
    assert ex.candidates[0]["evidence"]["line"] == 1


def test_csv_round_trip_loads_only_accepted_rows():
    ex = _rows()
    buf = io.StringIO()
    write_csv(ex.candidates, buf, ex.sources)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert is_candidates_file(list(rows[0]))
    rows[0]["accept"] = "yes"
    nodes, rels, problems = candidates_to_records(rows)
    assert problems == []
    assert len({r.type for r in rels}) == 1 and rels[0].properties["evidence"]["quote"]
    everything = candidates_to_records(rows, accept_all=True, min_confidence=0.0)[1]
    assert len(everything) > len(rels)
    sa = [r for r in everything if r.type == "SIGNED_AGREEMENT"]
    assert sa and all(r.end.startswith("doc:") for r in sa)


@given(st.text(max_size=300))
@settings(max_examples=200)
def test_normaliser_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\ufffd" not in once
    assert clean_line(clean_line(text)) == clean_line(text)


@given(st.lists(st.text(max_size=80), max_size=20))
@settings(max_examples=100)
def test_document_builder_never_raises(lines):
    doc = build_document(lines)
    assert len(doc.lines) == len(doc.text)
