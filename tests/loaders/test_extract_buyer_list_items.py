"""A list of buyers opened by a colon and set out item by item ("Our largest customers
were: 1. A (Lyon, France) - goods; 2. B ..."): every item's leading firm is a buyer,
not only the first; and a full stop after a firm's legal form before a bracket that
places it ("B S.L. (Valencia, Spain)") ends no sentence. Every text here was written for
these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.sentences import split_sentences

FIRM = "company:xx:varnafjord-tork"
HEAD = "VARNAFJORD TORK AS\nAnnual report 2025\n\n"


def _pairs(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


ITEMS = ["Bacalhau Lisboa Lda. (Lisbon, Portugal) - dried cod for retail",
         "Lagos Fish Traders Ltd (Lagos, Nigeria) - stockfish heads",
         "Pescados Rio S.A. (Santos, Brazil) - salted cod"]
BUYERS = {"company:xx:bacalhau-lisboa", "company:xx:lagos-fish-traders",
          "company:xx:pescados-rio"}


def _listed(caption, marker="{n}. "):
    return HEAD + caption + "\n\n" + "\n".join(
        marker.format(n=n) + item + (";" if n < len(ITEMS) else ".")
        for n, item in enumerate(ITEMS, 1)) + "\n"


@pytest.mark.parametrize("text", [
    _listed("Our three biggest buyers last year were:"),
    _listed("Our main buyers are:", marker="- "),
    _listed("The Company sells dried fish to 300 importers. Its biggest customers were:"),
])
def test_every_item_is_a_buyer(text):
    assert {(FIRM, b) for b in BUYERS} <= _pairs(text)


@pytest.mark.parametrize("text", [
    # no colon: the clauses after the first are their own
    HEAD + "Our largest customer was Bacalhau Lisboa Lda.; Lagos Fish Traders Ltd "
    "opened a store; Pescados Rio S.A. closed its plant.\n",
    # suppliers: the items supply the firm, they buy nothing from it
    _listed("Our main suppliers were:"),
])
def test_no_buyers_beyond_the_list(text):
    pairs = _pairs(text)
    assert (FIRM, "company:xx:lagos-fish-traders") not in pairs
    assert (FIRM, "company:xx:pescados-rio") not in pairs


def test_suppliers_listed_supply_the_firm():
    pairs = _pairs(_listed("Our main suppliers were:"))
    assert ("company:xx:pescados-rio", FIRM) in pairs


@pytest.mark.parametrize(("text", "n"), [
    ("Our buyer is Rio Pescados Lda. (Porto, Portugal) - cod.", 1),
    ("Our buyer is Rio Pescados Ltda. (Recife) - cod.", 1),
    ("Our buyer is Vongole Adriatiche SpA. (Chioggia) - cod.", 1),
    # a bracket after an ordinary word's stop still opens a sentence
    ("Sales grew. (In 2024 they fell.)", 2),
])
def test_a_legal_form_before_a_bracket_ends_no_sentence(text, n):
    assert len(split_sentences(text)) == n
