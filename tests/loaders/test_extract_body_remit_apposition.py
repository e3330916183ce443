"""A body described in an apposition after its name, its remit running past its head
noun ("X, the state agency for the upkeep of upland zones,"), is a body; a
firm's description with a long trade stays a firm's. Every name here was made up for
these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


def _kind(text, name):
    return next(m.kind_hint for m in find_mentions(text) if m.text == name)


@pytest.mark.parametrize("text", [
    "We joined a programme with KORVIA, the state agency for the upkeep of "
    "upland and forest zones, which we joined in 2019.",
    "KORVIA, the state agency for the promotion of exports of fruit and wine, signed a "
    "memorandum with Velmora Pumps Ltd.",
    "KORVIA, a public fund for the support of small rural schools and libraries, "
    "signed a memorandum with Velmora Pumps Ltd.",
])
def test_a_body_with_a_long_remit(text):
    assert _kind(text, "KORVIA") == "Organization"


@pytest.mark.parametrize("text", [
    "KORVIA, a maker of pumps and valves for small hill irrigation schemes, "
    "ships its goods to Velmora Pumps Ltd.",
    "KORVIA, the largest supplier of spare parts for older farm tractors and combines, "
    "signed a contract with Velmora Pumps Ltd.",
])
def test_a_firm_with_a_long_trade(text):
    assert _kind(text, "KORVIA") == "Company"


def test_a_short_remit_was_read_before():
    # (a near-miss that needs no longer remit: the kind came before this change too)
    assert _kind("KORVIA, the state agency for exports, signed a memorandum with "
                 "Velmora Pumps Ltd.", "KORVIA") == "Organization"
