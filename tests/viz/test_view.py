import networkx as nx
import pytest
from viz_samples import build_large

from relgraph.graph.errors import UsageError
from relgraph.viz import style
from relgraph.viz.ego import ego_network, find_party
from relgraph.viz.labels import CANDIDATES, candidate_box
from relgraph.viz.view import build_view, size_range


def by_id(view):
    return {n.id: n for n in view.nodes}


def by_pair(view):
    return {frozenset((e.source, e.target)): e for e in view.edges}


@pytest.mark.parametrize("measure", ["degree", "strength", "betweenness", "closeness",
                                     "eigenvector", "pagerank"])
def test_the_largest_node_has_the_largest_measure(sample, measure):
    view = build_view(sample, size_by=measure)
    top = max(view.nodes, key=lambda n: n.value)
    lo, hi = size_range(len(view.nodes))
    assert top.size == max(n.size for n in view.nodes) == hi
    assert all(lo <= n.size <= hi for n in view.nodes)


def test_degree_sizes_follow_the_number_of_partners(sample):
    nodes = by_id(build_view(sample, size_by="degree"))
    assert nodes["region:by:gomel"].value == 4
    assert nodes["region:by:gomel"].size > nodes["region:ru:bryansk"].size


def test_a_numeric_node_property_can_size_nodes(sample):
    for i, v in enumerate(sample):
        sample.nodes[v]["population"] = i
    view = build_view(sample, size_by="population")
    assert max(view.nodes, key=lambda n: n.size).value == len(sample) - 1


def test_unknown_measure_is_a_usage_error(sample):
    with pytest.raises(UsageError, match="unknown size measure"):
        build_view(sample, size_by="fame")


def test_colour_is_by_country_and_the_legend_lists_them(sample):
    view = build_view(sample)
    nodes = by_id(view)
    assert nodes["region:by:gomel"].colour == nodes["city:by:minsk"].colour
    assert nodes["region:by:gomel"].colour != nodes["region:ru:bryansk"].colour
    legend = {c["code"]: c for c in view.countries}
    assert legend["BY"]["name"] == "Belarus" and legend["BY"]["count"] == 6
    assert legend["BY"]["colour"] == nodes["region:by:gomel"].colour


def test_countries_beyond_the_palette_share_one_legend_row():
    G = build_large(300)
    for i, v in enumerate(G):
        G.nodes[v]["country"] = f"C{i % 25}"
    view = build_view(G, layout="circular")
    assert len(view.countries) <= len(style.PALETTE) + 1
    assert view.countries[-1]["key"] == style.OTHER_KEY
    assert sum(c["count"] for c in view.countries) == len(G)


def test_edge_style_follows_the_main_kind_of_tie(sample):
    edges = by_pair(build_view(sample))
    supplies = edges[frozenset(("company:by:mtz", "region:ru:bryansk"))]
    assert supplies.type == "SUPPLIES_TO" and supplies.weight == 3
    assert supplies.colour == style.REL_STYLES["SUPPLIES_TO"]["color"]
    assert supplies.dashes == style.REL_STYLES["SUPPLIES_TO"]["dashes"]
    # One agreement and one twinning: equal counts go to the first type in the legend.
    mixed = edges[frozenset(("region:by:vitebsk", "region:ru:smolensk"))]
    assert mixed.type == "TWINNED_WITH" and mixed.dashes is False
    assert supplies.width > mixed.width


def test_only_the_largest_nodes_are_labelled(sample):
    view = build_view(sample, label_top=3)
    labelled = [n for n in view.nodes if n.labelled]
    assert len(labelled) == 3
    assert min(n.value for n in labelled) >= max(n.value for n in view.nodes if not n.labelled)


def test_tooltips_list_documents_dates_and_sources(sample, sources):
    edges = by_pair(build_view(sample, sources=sources))
    tip = edges[frozenset(("region:by:gomel", "region:ru:bryansk"))].tooltip
    assert tip.splitlines()[0] == "Gomel Region — Bryansk Oblast"
    assert "2 ties" in tip
    assert "2003-06, Agreement on trade and economic cooperation (agreement)" in tip
    assert "2018-05-17, Roadmap 2018-2020 (roadmap)" in tip
    assert "Monograph on cross-border cooperation, 2019" in tip
    assert "Regional news agency report" in tip
    assert tip.index("2003-06") < tip.index("2018-05-17")


def test_node_tooltip_says_kind_country_and_measure(sample):
    nodes = by_id(build_view(sample, size_by="betweenness"))
    lines = nodes["region:by:gomel"].tooltip.splitlines()
    assert lines[:2] == ["Gomel Region", "Region · Belarus (BY)"]
    assert lines[2] == "4 partners · 5 ties"
    assert lines[3].startswith("betweenness centrality: ")


def test_caption_counts_and_dates(sample, sources):
    view = build_view(sample, sources=sources)
    assert view.caption_text() == ("14 parties · 12 links (16 ties) · 4 sources · "
                                   "latest tie dated 2022")
    assert build_view(sample, as_of=2019).caption_text().endswith("data as of 2019")


def test_as_of_is_read_from_the_projection_settings(sample):
    sample.graph["filters"] = {"as_of": 2016}
    assert build_view(sample).as_of == "2016"


def test_sources_are_cleaned_for_display(sample, sources):
    rows = {s["id"]: s for s in build_view(sample, sources=sources).sources}
    assert rows["source:cred"]["url"] == "https://example.org/a"   # no user:password
    assert rows["source:file"]["url"] is None                      # no local path


def test_physics_only_when_asked_and_below_the_threshold(sample):
    assert not build_view(sample).physics            # positions from Python by default
    assert build_view(sample, physics_max_nodes=100).physics
    assert not build_view(sample, physics_max_nodes=5).physics
    assert not build_view(sample, layout="geo").physics
    assert not build_view(sample, layout="circular").physics


def test_geo_view_says_which_positions_are_guesses(sample):
    view = build_view(sample, layout="geo")
    nodes = by_id(view)
    assert nodes["company:kz:agro"].approximate == "placed at Astana, the capital of Kazakhstan"
    assert ("Position: placed at Astana, the capital of Kazakhstan"
            in nodes["company:kz:agro"].tooltip)
    assert not nodes["region:by:gomel"].approximate
    assert view.approximate_count() == 2 and view.basemap


def test_find_party_by_id_name_or_alias(sample):
    sample.nodes["region:by:gomel"]["aliases"] = ["Homel Voblast"]
    assert find_party(sample, "region:by:gomel") == "region:by:gomel"
    assert find_party(sample, "  gomel   REGION") == "region:by:gomel"
    assert find_party(sample, "Homel Voblast") == "region:by:gomel"


def test_find_party_explains_missing_and_ambiguous_names(sample):
    with pytest.raises(UsageError) as missing:
        find_party(sample, "Gomel Regio")
    assert "Gomel Region" in missing.value.hint
    sample.add_node("city:by:x", name="Minsk")
    with pytest.raises(UsageError, match="names 2 parties"):
        find_party(sample, "Minsk")


@pytest.mark.parametrize("depth,expected", [
    (1, {"region:by:gomel", "region:ru:bryansk", "region:ua:chernihiv",
         "region:cn:shandong", "region:by:vitebsk"}),
    (2, {"region:by:gomel", "region:ru:bryansk", "region:ua:chernihiv",
         "region:cn:shandong", "region:by:vitebsk", "company:by:mtz", "org:by:chamber",
         "region:ru:smolensk"}),
])
def test_ego_network_depth(sample, depth, expected):
    H = ego_network(sample, "Gomel Region", depth=depth)
    assert set(H) == expected
    assert H.nodes["region:by:gomel"]["ego"] is True
    assert "ego" not in sample.nodes["region:by:gomel"]


def test_ego_view_marks_and_labels_the_centre(sample):
    view = build_view(ego_network(sample, "Bryansk Oblast"), label_top=0)
    centre = [n for n in view.nodes if n.ego]
    assert [n.id for n in centre] == ["region:ru:bryansk"] and centre[0].labelled
    assert view.title == "Partners of Bryansk Oblast"


def test_ego_depth_must_be_positive(sample):
    with pytest.raises(UsageError):
        ego_network(sample, "Gomel Region", depth=0)


def test_a_graph_without_ties_metadata_still_renders():
    G = nx.karate_club_graph()
    view = build_view(G)
    assert len(view.edges) == G.number_of_edges()
    assert {e.type for e in view.edges} == {""}
    assert view.relations[0]["label"] == "Other tie"


def boxes_overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("n", [30, 100])
@pytest.mark.parametrize("graph_seed,layout_seed", [(3, 0), (0, 0), (1, 2), (5, 1)])
def test_every_node_of_a_small_view_gets_a_label_place_without_overlap(n, graph_seed,
                                                                       layout_seed):
    # Several graphs and layouts: a guarantee, not one lucky picture.
    view = build_view(build_large(n, seed=graph_seed), seed=layout_seed)
    placed = [n for n in view.nodes if n.label_k >= 0]
    assert len(placed) == len(view.nodes)
    boxes = [candidate_box(n.label_k, n.x, n.y, n.size, n.label_w) for n in placed]
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= 1000 and 0 <= a[1] and a[3] <= 680
        for b in boxes[i + 1:]:
            assert not boxes_overlap(a, b)
    # Labels also keep off the other nodes (their own disc excepted).
    for node, box in zip(placed, boxes, strict=True):
        for other in view.nodes:
            if other.id != node.id and not CANDIDATES[node.label_k][2]:
                disc = (other.x - other.size, other.y - other.size,
                        other.x + other.size, other.y + other.size)
                assert not boxes_overlap(box, disc), (node.name, other.name)


def test_label_top_limits_the_label_candidates(sample):
    view = build_view(sample, label_top=3)
    assert sum(n.labelled for n in view.nodes) == 3


def test_given_colours_win_over_the_views_own_frequencies(sample):
    colours = {"ru": style.PALETTE[0], "by": style.PALETTE[1]}
    nodes = by_id(build_view(sample, colours=colours))
    assert nodes["region:by:gomel"].colour == style.PALETTE[1]
    assert nodes["region:ru:bryansk"].colour == style.PALETTE[0]
    assert nodes["region:cn:shandong"].colour == style.OTHER_COUNTRY


def test_communities_colour_and_legend(sample):
    view = build_view(sample, colour_by="community")
    assert view.colour_by == "community" and view.communities
    assert sum(c["count"] for c in view.communities) == len(sample)
    ids = {n.community for n in view.nodes}
    assert ids == set(range(len(ids)))
    # Linked pairs of the small components share a community.
    nodes = by_id(view)
    assert nodes["city:by:minsk"].community == nodes["city:cn:xian"].community
    assert view.community_info["seed"] == 42 and -0.5 <= view.community_info["modularity"] <= 1
    with pytest.raises(UsageError, match="unknown colouring"):
        build_view(sample, colour_by="fame")


def test_edges_carry_the_spans_of_their_ties(sample):
    edges = by_pair(build_view(sample))
    spans = edges[frozenset(("company:by:mtz", "region:ru:bryansk"))].spans
    assert sorted(spans) == [[2020, None, 0], [2021, None, 0], [2022, None, 0]]
    assert build_view(sample).years == (2003, 2022)
