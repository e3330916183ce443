import networkx as nx
import pytest

from relgraph.graph.communities import louvain


def two_groups() -> nx.Graph:
    G = nx.Graph()
    G.add_edges_from([("a1", "a2"), ("a2", "a3"), ("a1", "a3"), ("a3", "a4"),
                      ("a4", "a1"), ("b1", "b2"), ("b2", "b3"), ("b1", "b3"),
                      ("a1", "b1")])
    return G


def test_two_dense_groups_are_two_communities_largest_first():
    found = louvain(two_groups(), seed=3)
    assert found.count == 2
    assert {found.membership[n] for n in ("a1", "a2", "a3", "a4")} == {0}
    assert {found.membership[n] for n in ("b1", "b2", "b3")} == {1}
    assert found.modularity > 0.2


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_same_seed_same_partition(seed):
    G = nx.les_miserables_graph()
    assert louvain(G, seed=seed).membership == louvain(G, seed=seed).membership


def test_weights_are_used():
    G = two_groups()
    nx.set_edge_attributes(G, 1, "weight")
    G["a1"]["b1"]["weight"] = 50
    heavy = louvain(G, seed=3)
    assert heavy.membership["a1"] == heavy.membership["b1"]
    assert louvain(G, seed=3, weight=None).membership["a1"] != \
        louvain(G, seed=3, weight=None).membership["b1"]


def test_empty_and_edgeless_graphs():
    assert louvain(nx.Graph()).membership == {}
    G = nx.Graph()
    G.add_nodes_from(["x", "y"])
    found = louvain(G)
    assert found.count == 2 and found.modularity == 0.0


def test_directed_input_is_read_undirected():
    D = nx.DiGraph(two_groups())
    assert louvain(D, seed=3).count == 2
