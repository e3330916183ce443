import networkx as nx
import pytest
from viz_samples import build_large

from relgraph.graph.errors import UsageError
from relgraph.viz import style
from relgraph.viz.ego import ego_network, find_party
from relgraph.viz.view import build_view


def by_id(view):
    return {n.id: n for n in view.nodes}


def by_pair(view):
    return {frozenset((e.source, e.target)): e for e in view.edges}


@pytest.mark.parametrize("measure", ["degree", "strength", "betweenness", "closeness",
                                     "eigenvector", "pagerank"])
def test_the_largest_node_has_the_largest_measure(sample, measure):
    view = build_view(sample, size_by=measure)
    top = max(view.nodes, key=lambda n: n.value)
    assert top.size == max(n.size for n in view.nodes) == style.MAX_SIZE
    assert all(style.MIN_SIZE <= n.size <= style.MAX_SIZE for n in view.nodes)


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
    view = build_view(G, layout="circular")
    assert len(view.countries) <= len(style.PALETTE)
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


def test_physics_only_below_the_threshold(sample):
    assert build_view(sample).physics
    assert not build_view(sample, physics_max_nodes=5).physics
    assert not build_view(sample, layout="geo").physics
    assert not build_view(sample, layout="circular").physics


def test_geo_view_says_which_positions_are_guesses(sample):
    nodes = by_id(build_view(sample, layout="geo"))
    assert nodes["company:kz:agro"].approximate
    assert "No coordinates" in nodes["company:kz:agro"].tooltip
    assert not nodes["region:by:gomel"].approximate


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
