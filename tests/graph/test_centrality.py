"""Centrality: every number against a direct NetworkX call on the same projection."""

from __future__ import annotations

import contextlib
import json
import random

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import relgraph.graph.betweenness as gb
from relgraph.graph import centrality as centrality_module
from relgraph.graph.centrality import (
    MEASURES,
    CentralityError,
    centrality,
    check_measures,
    measure,
    undirected_view,
)
from relgraph.graph.errors import UsageError
from relgraph.graph.projections import full_graph, partner_network, supply_network
from relgraph.graph.schema import SCHEMA, check_value

COUNTRIES = ["BY", "RU", "UA", "PL", "CN"]


def typed_graph(n: int = 60, seed: int = 3) -> nx.MultiDiGraph:
    """A random typed multigraph in Store.fetch() form, several components."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    parties = []
    for i in range(n):
        label = rng.choice(["Region", "City", "City", "Company", "Organization"])
        prefix = {"Organization": "org"}.get(label, label.lower())
        c = rng.choice(COUNTRIES)
        node = f"{prefix}:{c.lower()}:n{i}"
        G.add_node(node, label=label, name=f"N{i}", country=c)
        parties.append(node)
    core = parties[: n * 2 // 3]          # the rest forms small components
    for i in range(n * 2):
        a, b = rng.sample(core, 2)
        kind = rng.random()
        if kind < 0.5:
            G.add_edge(a, b, type="TWINNED_WITH", year=rng.randint(1960, 2020))
        elif kind < 0.8:
            doc = f"doc:{i}"
            G.add_node(doc, label="Document", title=f"Doc {i}", year=rng.randint(1995, 2020))
            for p in {a, b, *rng.sample(core, rng.randint(0, 2))}:
                G.add_edge(p, doc, type="SIGNED_AGREEMENT")
        else:
            G.add_edge(a, b, type="SUPPLIES_TO", year=rng.randint(2000, 2020))
    rest = parties[n * 2 // 3:]
    for a, b in zip(rest[::2], rest[1::2], strict=False):
        G.add_edge(a, b, type="TWINNED_WITH")
    for _, b, c in zip(rest[::3], rest[1::3], rest[2::3], strict=False):
        G.add_edge(b, c, type="SUPPLIES_TO")
    return G


@pytest.fixture(scope="module")
def G():
    return typed_graph()


def _close(a: dict, b: dict, tol: float = 1e-9) -> None:
    assert a.keys() == b.keys()
    for v in a:
        assert a[v] == pytest.approx(b[v], rel=tol, abs=tol), v


def _direct(H, name, weighted):
    """What NetworkX says, called directly with the documented choices."""
    w, d = ("weight", "distance") if weighted else (None, None)
    return {
        "degree": lambda: dict(H.degree()),
        "strength": lambda: dict(H.degree(weight="weight")),
        "in_degree": lambda: dict(H.in_degree()),
        "out_degree": lambda: dict(H.out_degree()),
        "betweenness": lambda: nx.betweenness_centrality(H, weight=d),
        "closeness": lambda: nx.closeness_centrality(H, distance=d),
        "eigenvector": lambda: nx.eigenvector_centrality(H, max_iter=1000, weight=w),
        "pagerank": lambda: nx.pagerank(H, alpha=0.85, weight=w),
    }[name]()


@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("name", ["degree", "strength", "betweenness", "closeness",
                                  "eigenvector", "pagerank"])
def test_partner_measures_equal_networkx(G, name, weighted):
    P = partner_network(G)
    result = centrality(G, measures=[name], weighted=weighted)
    _close(result.scores[name], _direct(P, name, weighted))
    assert len(result.rows) == P.number_of_nodes()


@pytest.mark.parametrize("name", ["degree", "strength", "in_degree", "out_degree",
                                  "betweenness", "closeness", "pagerank"])
def test_supply_measures_equal_networkx(G, name):
    S = supply_network(G)
    result = centrality(G, measures=[name], projection="supply")
    _close(result.scores[name], _direct(S, name, False))


@pytest.mark.parametrize("name", ["degree", "betweenness", "closeness", "pagerank"])
def test_full_projection_uses_undirected_view(G, name):
    H = undirected_view(full_graph(G))
    result = centrality(G, measures=name, projection="full")
    _close(result.scores[name], _direct(H, name, False))
    assert result.meta["nodes"] == G.number_of_nodes()


def test_filters_reach_the_projection(G):
    P = partner_network(G, countries=["BY", "RU"], kinds=["City"], as_of=2010,
                        rel_types=["TWINNED_WITH", "SUPPLIES_TO"])
    result = centrality(G, measures="betweenness", countries="BY,RU", kinds=["city"],
                        as_of=2010, rel_types=["twinned_with", "supplies_to"])
    _close(result.scores["betweenness"], nx.betweenness_centrality(P))
    assert result.meta["filters"] == {"rel_types": ["TWINNED_WITH", "SUPPLIES_TO"],
                                      "kinds": ["City"], "countries": ["BY", "RU"],
                                      "as_of": 2010}
    assert result.meta["undated_ties"] == P.graph["undated_ties"]


# -- betweenness: exact engines, KADABRA, the threshold --------------------------------

@st.composite
def small_graphs(draw, weighted=False):
    directed = draw(st.booleans())
    n = draw(st.integers(0, 25))
    edges = draw(st.lists(st.tuples(st.integers(0, max(0, n - 1)),
                                    st.integers(0, max(0, n - 1)),
                                    st.integers(1, 4)), max_size=3 * n))
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(range(n))
    for u, v, w in edges:
        if n:
            H.add_edge(u, v, weight=float(w), distance=1.0 / w)
    return H


@settings(max_examples=80, deadline=None)
@given(small_graphs())
@pytest.mark.parametrize("normalized", [True, False])
def test_exact_betweenness_equals_networkx(normalized, H):
    """Random, disconnected, directed graphs; hop counts run on rustworkx."""
    scores, info = gb.betweenness(H, exact=True, normalized=normalized)
    _close(scores, nx.betweenness_centrality(H, normalized=normalized))
    assert info["method"] == "exact"
    assert info["engine"] == ("rustworkx" if len(H) else None)


@settings(max_examples=60, deadline=None)
@given(small_graphs())
def test_weighted_exact_betweenness_equals_networkx(H):
    """Edge lengths (1/weight, as --weighted uses) run on networkit."""
    scores, info = gb.betweenness(H, exact=True, weight="distance")
    _close(scores, nx.betweenness_centrality(H, weight="distance"))
    if len(H):
        assert info["engine"] == "networkit"


def test_components_are_exact():
    H = nx.union_all([nx.path_graph(5), nx.relabel_nodes(nx.cycle_graph(7), lambda v: v + 10),
                      nx.Graph([(20, 21)]), nx.empty_graph(range(30, 33))])
    _close(gb.betweenness(H, exact=True)[0], nx.betweenness_centrality(H))


def _top_spearman(exact: dict, approx: dict, top: int) -> float:
    from scipy.stats import spearmanr
    best = sorted(exact, key=lambda v: (-exact[v], str(v)))[:top]
    return spearmanr([exact[v] for v in best], [approx[v] for v in best]).statistic


@pytest.mark.parametrize("graph", [nx.star_graph(8), nx.path_graph(40)])
def test_kadabra_estimates_networkx_scale(graph):
    """Unique shortest paths: KADABRA's estimates centre on the exact values."""
    exact = nx.betweenness_centrality(graph)
    approx, info = gb.betweenness(graph, exact=False, epsilon=0.002, seed=3)
    top = max(exact, key=exact.get)
    assert approx[top] == pytest.approx(exact[top], abs=0.5 * info["error_bound"])


@pytest.mark.parametrize("seed", [1, 7])
def test_kadabra_is_within_its_bound_and_ranks_the_top(seed):
    """A tree with hubs, as the twin networks nearly are, plus a small component."""
    H = nx.union(nx.barabasi_albert_graph(600, 1, seed=seed),
                 nx.relabel_nodes(nx.path_graph(10), lambda v: v + 1000))
    exact = nx.betweenness_centrality(H)
    approx, info = gb.betweenness(H, exact=False, epsilon=0.005, delta=0.1, seed=seed)
    assert info["method"] == "kadabra" and info["engine"] == "networkit"
    assert (info["epsilon"], info["delta"], info["seed"]) == (0.005, 0.1, seed)
    assert info["error_bound"] == pytest.approx(0.005 * 610 / 608)
    assert info["samples"] > 0 and "probability >= 0.9" in info["guarantee"]
    assert max(abs(approx[v] - exact[v]) for v in H) <= info["error_bound"]
    assert _top_spearman(exact, approx, 30) > 0.9
    unnormalised, info_raw = gb.betweenness(H, exact=False, epsilon=0.005, seed=seed,
                                            normalized=False)
    scale = 609 * 608 / 2
    _close(unnormalised, {v: s * scale for v, s in approx.items()}, tol=1e-9)
    assert info_raw["error_bound"] == pytest.approx(info["error_bound"] * scale)


def test_kadabra_same_seed_same_scores():
    H = nx.barabasi_albert_graph(400, 2, seed=3)
    first = gb.betweenness(H, exact=False, seed=5)[0]
    assert gb.betweenness(H, exact=False, seed=5)[0] == first


def test_threshold_switches_to_kadabra(monkeypatch):
    H = nx.connected_watts_strogatz_graph(200, 6, 0.1, seed=4)
    assert gb.betweenness(H)[1]["method"] == "exact"
    monkeypatch.setattr(gb, "EXACT_WORK", gb.work(H) - 1)
    assert gb.betweenness(H)[1]["method"] == "kadabra"
    assert gb.betweenness(H, exact=True)[1]["method"] == "exact"
    # Directed and weighted graphs have no KADABRA: exact whatever their size.
    assert gb.betweenness(nx.DiGraph(H))[1]["method"] == "exact"
    nx.set_edge_attributes(H, 1.0, "distance")
    assert gb.betweenness(H, weight="distance")[1]["method"] == "exact"


@pytest.mark.parametrize("graph, weight", [(nx.DiGraph([(0, 1), (1, 2)]), None),
                                           (nx.Graph([(0, 1), (1, 2)]), "distance")])
def test_forced_approximation_needs_undirected_hops(graph, weight):
    with pytest.raises(UsageError, match=r"\(KADABRA\) needs an undirected graph"):
        gb.betweenness(graph, exact=False, weight=weight)


@pytest.mark.parametrize("epsilon, delta", [(0, None), (1.5, None), (None, 0), (None, 1)])
def test_bad_accuracy_is_a_usage_error(epsilon, delta):
    with pytest.raises(UsageError, match="between 0 and 1"):
        gb.betweenness(nx.path_graph(5), epsilon=epsilon, delta=delta)


def test_centrality_meta_reports_the_method_and_guarantee(G):
    result = centrality(G, measures=["betweenness", "degree"], exact=False, epsilon=0.01,
                        delta=0.05, seed=9)
    meta = result.meta
    assert meta["exact"] is False and meta["seed"] == 9
    assert meta["methods"] == {"betweenness": "kadabra", "degree": "count"}
    assert meta["betweenness"]["epsilon"] == 0.01 and meta["betweenness"]["delta"] == 0.05
    assert "probability >= 0.95" in meta["guarantee"]
    json.dumps(meta)
    exact = centrality(G, measures="betweenness", exact=True).meta
    assert exact["exact"] is True and exact["guarantee"] == "exact"


# -- eigenvector ------------------------------------------------------------------------

def _fail_power_iteration(monkeypatch):
    import rustworkx as rx

    def fail(*args, **kwargs):
        raise rx.FailedToConverge("no")
    monkeypatch.setattr(rx, "eigenvector_centrality", fail)


def test_eigenvector_falls_back_to_numpy(monkeypatch):
    H = nx.karate_club_graph()
    _fail_power_iteration(monkeypatch)
    scores, info = measure(H, "eigenvector")
    _close(scores, nx.eigenvector_centrality_numpy(H), tol=1e-6)
    assert info["method"].startswith("numpy")


def test_eigenvector_undefined_is_a_domain_error(monkeypatch):
    H = nx.Graph([(0, 1), (2, 3)])
    _fail_power_iteration(monkeypatch)
    with pytest.raises(CentralityError):
        measure(H, "eigenvector")


# -- rows and ranks ---------------------------------------------------------------------

def test_rows_ranked_with_ties_and_top(G):
    result = centrality(G, measures=["degree", "pagerank"], top=5)
    assert [r["measure"] for r in result.rows] == ["degree"] * 5 + ["pagerank"] * 5
    for name in ("degree", "pagerank"):
        rows = [r for r in result.rows if r["measure"] == name]
        scores = result.scores[name]
        best = sorted(scores.values(), reverse=True)[:5]
        assert [r["score"] for r in rows] == pytest.approx(best)
        for r in rows:
            assert r["rank"] == 1 + sum(s > r["score"] + 1e-12 for s in scores.values())
            node = result.graph.nodes[r["id"]]
            assert (r["name"], r["kind"], r["country"]) == (node["name"], node["label"],
                                                             node["country"])


def test_write_rows_fit_the_schema(G):
    result = centrality(G, measures=["betweenness", "pagerank"], top=3)
    rows = result.write_rows()
    assert len(rows) == result.meta["nodes"]       # every node, not just the top
    for row in rows:
        assert row["label"] == SCHEMA.label_for_id(row["id"])
        props = SCHEMA.label(row["label"]).properties
        assert set(row["props"]) == {"betweenness", "pagerank", "centrality_run"}
        for key, value in row["props"].items():
            assert check_value(props[key], value) is None


# -- bad input --------------------------------------------------------------------------

@pytest.mark.parametrize("options, message", [
    ({"measures": ["katz"]}, "unknown measure 'katz'.*valid: degree, strength, betweenness"),
    ({"measures": ["in_degree"]}, "valid: degree, strength"),
    ({"measures": []}, "no measure given"),
    ({"kinds": ["Planet"]}, "unknown kind 'Planet'; valid: Country, Region"),
    ({"rel_types": ["FRIENDS"]}, "unknown relation type 'FRIENDS'; valid: TWINNED_WITH"),
    ({"countries": ["ZZ"]}, "unknown country 'ZZ'; countries in the graph: BY, CN, PL"),
    ({"projection": "ego"}, "unknown projection"),
    ({"top": 0}, "--top"),
    ({"epsilon": 0}, "--epsilon"),
    ({"level": "planet"}, "unknown level"),
    ({"communities": "magic"}, "unknown community method"),
    ({"projection": "full", "level": "country"}, "not the full graph"),
    ({"projection": "supply", "weights": {"SUPPLIES_TO": 2}}, "partner projection only"),
])
def test_bad_input_is_a_usage_error(G, options, message):
    with pytest.raises(UsageError, match=message) as info:
        centrality(G, **{"measures": ["degree"], **options})
    assert info.value.exit_code == 2


def test_light_constants_match_the_projections():
    """The CLI reads these without importing NetworkX; they must not drift."""
    from relgraph.graph import projections
    assert centrality_module.PROJECTIONS == projections.PROJECTIONS
    assert centrality_module.LEVELS == projections.LEVELS


def test_check_measures_accepts_supply_measures():
    assert check_measures("in-degree, out_degree", "supply") == ("in_degree", "out_degree")
    assert set(check_measures(",".join(MEASURES), "supply")) == set(MEASURES)


# -- the command ------------------------------------------------------------------------

class FakeStore:
    def __init__(self, graph):
        self.graph, self.written, self.fetched = graph, [], None

    def fetch(self, **options):
        self.fetched = options
        return self.graph

    def set_node_properties(self, rows):
        self.written.extend(rows)
        return len(rows)


@pytest.fixture
def run_cli(G, monkeypatch):
    cli_module = pytest.importorskip("relgraph.cli.centrality")
    from relgraph.cli import cli
    if "centrality" not in cli.commands:
        cli.add_command(cli_module.centrality)
    store = FakeStore(G)

    @contextlib.contextmanager
    def fake_store(ctx=None, *, read_only=False):
        yield store
    monkeypatch.setattr(cli_module, "store_from_context", fake_store)

    def run(*args):
        result = CliRunner().invoke(cli, ["centrality", *args])
        return result, store
    return run


def test_cli_json(run_cli, G):
    result, store = run_cli("-m", "betweenness,degree", "--top", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meta"]["measures"] == ["betweenness", "degree"]
    assert data["meta"]["nodes"] == partner_network(G).number_of_nodes()
    assert len(data["rows"]) == 6
    assert list(data["rows"][0]) == ["measure", "rank", "id", "name", "kind", "country",
                                     "score"]
    assert store.fetched["rel_types"] == ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")
    assert not store.written


def test_cli_table_header_and_write(run_cli):
    result, store = run_cli("-m", "pagerank", "--country", "BY", "--country", "RU",
                            "--write")
    assert result.exit_code == 0, result.output
    assert "# projection: partner" in result.output
    assert '"countries": ["BY", "RU"]' in result.output
    assert store.written and all("pagerank" in r["props"] for r in store.written)
    assert f"wrote pagerank on {len(store.written)} nodes" in result.output


@pytest.mark.parametrize("args, message", [
    (["-m", "katz"], "unknown measure 'katz'"),
    (["--kind", "planet"], "unknown kind 'planet'"),
    (["--rel", "LIKES"], "unknown relation type 'LIKES'"),
    (["--country", "ZZ"], "countries in the graph: BY, CN, PL, RU, UA"),
    (["--exact", "--epsilon", "0.01"], "--exact excludes"),
    (["--epsilon", "2"], "--epsilon"),
    (["--level", "country", "--write"], "--write"),
    (["--weight", "SUPPLIES_TO"], "TYPE=NUMBER"),
])
def test_cli_bad_input_exits_2(run_cli, args, message):
    result, _ = run_cli(*args)
    assert result.exit_code == 2
    assert message in result.output


@settings(max_examples=60, deadline=None)
@given(small_graphs())
@pytest.mark.parametrize("weighted", [False, True])
def test_closeness_equals_networkx(weighted, H):
    scores, info = measure(H, "closeness", weighted=weighted)
    _close(scores, nx.closeness_centrality(H, distance="distance" if weighted else None),
           tol=1e-12)
    if len(H):
        assert info["engine"] == "networkit"


@settings(max_examples=60, deadline=None)
@given(small_graphs())
@pytest.mark.parametrize("weighted", [False, True])
def test_eigenvector_and_pagerank_equal_networkx(weighted, H):
    """Disconnected and directed graphs included; NetworkX's own tolerance 1e-6."""
    w = "weight" if weighted else None
    try:
        expected = nx.eigenvector_centrality(H, max_iter=1000, weight=w)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
        expected = None
    if expected is not None:
        scores, info = measure(H, "eigenvector", weighted=weighted)
        if info["engine"] == "rustworkx":
            _close(scores, expected, tol=1e-9)
    _close(measure(H, "pagerank", weighted=weighted)[0],
           nx.pagerank(H, weight=w) if len(H) else {}, tol=1e-12)
