"""The writer named by reference as the last of a signing's co-signers, on texts
written for these tests: in a firm's own report, "A and we signed ... with B", "A and
our company ...", "A and the company co-signed ... with B" make the firm a signer with B
beside A. Near-misses: a place noun closing the list ("A and the region ..."), which may
mean either side, and a firm noun that is no co-signer ("A and the company's partner
B ..."; "with A and the company")."""

from __future__ import annotations

import pytest
from extract_candidates import FRUIT_FIRM as _FIRM
from extract_candidates import FRUIT_REPORT_HEAD as _HEAD

from relgraph.loaders.extract.pipeline import extract_lines

A = "SIGNED_AGREEMENT"


def _pairs(text: str) -> set[frozenset]:
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    return {frozenset((r["source"]["id"], r["target"]["id"])) for r in rows if r["type"] == A}


@pytest.mark.parametrize("sentence, partner, co_signer", [
    ("The Kestrel Valley Chamber of Commerce and the company jointly co-signed a training "
     "protocol with the Haldor Chamber of Commerce in 2024.",
     "org:xx:haldor-chamber-of-commerce", "org:xx:kestrel-valley-chamber-of-commerce"),
    ("The Kestrel Valley Chamber of Commerce and our company signed a memorandum with the "
     "Oskar Chamber of Commerce in 2023.",
     "org:xx:oskar-chamber-of-commerce", "org:xx:kestrel-valley-chamber-of-commerce"),
    ("In 2022 the Kestrel Valley Chamber of Commerce and we concluded an agreement with the "
     "Brill Chamber of Commerce on fairs.",
     "org:xx:brill-chamber-of-commerce", "org:xx:kestrel-valley-chamber-of-commerce"),
])
def test_own_firm_closing_co_signers(sentence, partner, co_signer):
    pairs = _pairs(_HEAD + sentence + "\n")
    assert frozenset((_FIRM, partner)) in pairs
    assert frozenset((co_signer, partner)) in pairs


@pytest.mark.parametrize("sentence, partner", [
    # a firm noun owning the next party: no co-signer of its own
    ("The Kestrel Valley Chamber of Commerce and the company's distributor Harrow Fresh Ltd "
     "signed a protocol with the Haldor Chamber of Commerce in 2024.",
     "org:xx:haldor-chamber-of-commerce"),
    # the reference is among the partners after "with", not a signer beside the subject
    ("The Haldor Chamber of Commerce signed a protocol with the Kestrel Valley Chamber of "
     "Commerce and the company's growers in 2024.",
     "org:xx:haldor-chamber-of-commerce"),
])
def test_firm_noun_not_a_co_signer(sentence, partner):
    assert frozenset((_FIRM, partner)) not in _pairs(_HEAD + sentence + "\n")


def test_place_noun_closing_list_left_alone():
    # "the region" may be either side of a pair named before: no co-signer is made of it
    text = ("Dornholm and Velsk are twin towns in two countries.\n"
            "In 2021 the Dornholm Chamber of Commerce and the region signed a protocol with "
            "the Velsk Chamber of Commerce.\n")
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    assert not any(r["type"] == A and "region" in (r["source"]["name"] + r["target"]["name"])
                   for r in rows)
