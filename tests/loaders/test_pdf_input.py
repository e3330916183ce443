"""PDF input: a PDF made here (matplotlib's PDF backend writes real text) goes
through `extract_file` like the same text as .txt, with the same line numbers."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from relgraph.loaders.extract.pipeline import extract_file  # noqa: E402

LINES = [
    "Notes on regional ties",
    "In March 2019 the Vitebsk Oblast Executive Committee and the",
    "Pskov Region signed an agreement on trade and economic cooperation.",
    "Gomel and Bryansk have been twin cities since 1999.",
]


def write_pdf(path, lines):
    fig = plt.figure(figsize=(8.27, 11.69))
    for i, line in enumerate(lines):
        fig.text(0.05, 0.95 - i * 0.03, line, fontsize=11)
    fig.savefig(path)
    plt.close(fig)


def relations(extraction):
    return {(c["type"], c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
            for c in extraction.candidates}


@pytest.fixture
def pdf_and_txt(tmp_path):
    pdf, txt = tmp_path / "notes.pdf", tmp_path / "notes.txt"
    write_pdf(pdf, LINES)
    txt.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return pdf, txt


def test_pdf_gives_the_same_candidates_as_its_text(pdf_and_txt):
    pdf, txt = pdf_and_txt
    from_pdf, from_txt = relations(extract_file(str(pdf))), relations(extract_file(str(txt)))
    assert from_pdf == from_txt
    types = {t for t, *_ in from_pdf}
    assert {"SIGNED_AGREEMENT", "TWINNED_WITH"} <= types


def test_pdf_evidence_lines_point_at_the_text(pdf_and_txt):
    pdf, _ = pdf_and_txt
    for cand in extract_file(str(pdf)).candidates:
        line = cand["evidence"]["line"]
        first_word = cand["evidence"]["quote"].split()[0]
        assert first_word in LINES[line - 1], (line, cand["evidence"]["quote"])
