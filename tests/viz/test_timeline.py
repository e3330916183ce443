"""The time slider's rule is ``--as-of``'s: checked year by year against the projection."""

import networkx as nx
import pytest

from relgraph.graph.projections import partner_network
from relgraph.viz.render import _annotate
from relgraph.viz.timeline import holds, span, year_range


def edge_case_graph() -> nx.MultiDiGraph:
    """Every kind of tie the as-of rule treats differently."""
    G = nx.MultiDiGraph()
    for i in range(12):
        G.add_node(f"city:by:c{i}", label="City", name=f"C{i}", country="BY")
    docs = {
        "doc:valid": dict(date="2001-03", year=2001, valid_to="2005-12-31", status="expired"),
        "doc:expired": dict(date="2002", year=2002, status="expired"),
        "doc:open": dict(date="2003", year=2003, status="in_force"),
        "doc:undated": dict(status="signed"),
        "doc:from": dict(valid_from="2004-01-01", status="in_force"),
        "doc:terminated": dict(date="1999", year=1999, status="terminated", valid_to="2010"),
    }
    for doc, attrs in docs.items():
        G.add_node(doc, label="Document", title=doc, kind="agreement", **attrs)
    pairs = [("doc:valid", 0, 1), ("doc:expired", 1, 2), ("doc:open", 2, 3),
             ("doc:undated", 3, 4), ("doc:from", 4, 5), ("doc:terminated", 5, 6)]
    for doc, a, b in pairs:
        G.add_edge(f"city:by:c{a}", doc, type="SIGNED_AGREEMENT")
        G.add_edge(f"city:by:c{b}", doc, type="SIGNED_AGREEMENT", date="2008")
    G.add_edge("city:by:c6", "city:by:c7", type="TWINNED_WITH", since="1995", status="active")
    G.add_edge("city:by:c7", "city:by:c8", type="TWINNED_WITH", since="1990", status="ended")
    G.add_edge("city:by:c8", "city:by:c9", type="TWINNED_WITH")             # undated
    G.add_edge("city:by:c9", "city:by:c10", type="SUPPLIES_TO", year=2006)
    G.add_edge("city:by:c10", "city:by:c11", type="SUPPLIES_TO", date="2011-05")
    return G


def shown_as_of(P: nx.Graph, year):
    """What the page script shows at a slider position: parties with a tie that holds."""
    shown = set()
    for u, v, data in P.edges(data=True):
        if any(holds(span(t), year) for t in data["ties"]):
            shown |= {u, v}
    return shown


def check_every_year(full: nx.MultiDiGraph):
    P = partner_network(full)
    _annotate(P, full)
    spans = [span(t) for _, _, d in P.edges(data=True) for t in d["ties"]]
    first, last = year_range(spans)
    assert shown_as_of(P, None) == set(P)
    for year in range(first - 1, last + 2):
        assert shown_as_of(P, year) == set(partner_network(full, as_of=year)), year


def test_spans_agree_with_as_of_on_every_kind_of_tie():
    check_every_year(edge_case_graph())


def test_spans_agree_with_as_of_on_the_example_dataset(_embedded_store, load_example):
    check_every_year(load_example(_embedded_store).fetch())


@pytest.mark.parametrize("tie,expected", [
    ({"type": "TWINNED_WITH", "year": 1998, "status": "ended"}, [1998, None, 1]),
    ({"type": "SIGNED_AGREEMENT", "date": "2003-05", "status": "expired"}, [2003, None, 1]),
    ({"type": "SIGNED_AGREEMENT", "year": 2003, "status": "expired", "valid_to": "2009"},
     [2003, 2009, 0]),
    ({"type": "SUPPLIES_TO", "year": 2020, "status": "planned"}, [2020, None, 0]),
    ({"type": "SUPPLIES_TO"}, [None, None, 0]),
])
def test_span(tie, expected):
    assert span(tie) == expected
