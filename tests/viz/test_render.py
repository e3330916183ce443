"""``render_network`` / ``render_partner_view``: what a view is made of, across views."""

import json
import re

import networkx as nx
import pytest
from viz_samples import build_large, build_sample

from relgraph.graph.centrality import measure
from relgraph.graph.errors import UsageError
from relgraph.viz import render_network, render_partner_view, style, top_network


def page_nodes(path):
    page = path.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="rg-data">(.*?)</script>', page,
                     re.S).group(1)
    return {n["id"]: n for n in json.loads(data)["nodes"]}


def test_ego_views_are_sized_by_the_whole_networks_scores(sample, tmp_path):
    whole, _ = measure(sample, "betweenness")
    out = tmp_path / "ego.html"
    render_network(sample, out, ego="Bryansk Oblast", size_by="betweenness")
    page = out.read_text(encoding="utf-8")
    assert "in the whole network of 14 parties, not in this view" in page
    nodes = page_nodes(out)
    for node, data in nodes.items():
        # The tooltip shows the whole network's score, as `relgraph centrality` does.
        assert f"betweenness centrality (whole network): {whole[node]:.3g}" in data["t"]
    # Inside the 3-node ego graph Bryansk would score 1.0; in the whole network less.
    assert whole["region:ru:bryansk"] < 0.5


def test_a_country_keeps_its_colour_across_views_of_one_graph(tmp_path):
    G = build_large(300, seed=5)
    colours = {}
    views = [dict(), dict(ego="Party 7"), dict(top=20), dict(ego="Party 120", depth=2),
             dict(layout="geo")]
    for i, options in enumerate(views):
        out = tmp_path / f"v{i}.html"
        render_network(G, out, **options)
        for node in page_nodes(out).values():
            colours.setdefault(node["cty"], set()).add(node["c"])
    assert all(len(c) == 1 for c in colours.values()), colours
    # The most frequent country of the whole graph has the first palette colour.
    counts = nx.utils.groups({v: d["country"].lower() for v, d in G.nodes(data=True)})
    biggest = max(counts, key=lambda c: len(counts[c]))
    assert colours[biggest] == {style.PALETTE[0]}


def test_partner_views_take_colours_from_every_party_of_the_database(tmp_path):
    full = nx.MultiDiGraph()
    for node, country in [("city:ru:a", "RU"), ("city:ru:b", "RU"), ("city:ru:c", "RU"),
                          ("city:by:d", "BY"), ("city:by:e", "BY")]:
        full.add_node(node, label="City", name=node, country=country)
    full.add_edge("city:by:d", "city:by:e", type="TWINNED_WITH")
    full.add_edge("city:ru:a", "city:by:d", type="TWINNED_WITH")
    out = tmp_path / "by.html"
    render_partner_view(full, out, countries=["BY"])
    nodes = page_nodes(out)
    # Only Belarus is drawn, but Russia is the database's most frequent country.
    assert {n["c"] for n in nodes.values()} == {style.PALETTE[1]}


def test_top_picks_the_most_central_parties_and_their_ties(tmp_path):
    G = build_large(400, seed=2)
    scores, _ = measure(G, "pagerank")
    out = tmp_path / "top.html"
    r = render_network(G, out, top=25, by="pagerank", size_by="degree")
    best = sorted(G, key=lambda v: (-scores[v], v))[:25]
    assert set(page_nodes(out)) == set(best)
    assert r.edges == G.subgraph(best).number_of_edges()
    page = out.read_text(encoding="utf-8")
    assert "The 25 parties of 400 with the highest PageRank" in page


def test_top_network_keeps_ties_among_the_chosen():
    G = nx.path_graph(5)
    H = top_network(G, {0: 1, 1: 5, 2: 4, 3: 3, 4: 0}, 3)
    assert sorted(H.nodes) == [1, 2, 3] and sorted(H.edges) == [(1, 2), (2, 3)]


def test_views_above_the_limit_are_refused_with_a_hint(tmp_path):
    G = build_large(120, seed=1)
    with pytest.raises(UsageError, match="120 parties") as err:
        render_network(G, tmp_path / "x.html", max_nodes=100)
    assert "--top" in err.value.hint and "--ego" in err.value.hint
    assert not (tmp_path / "x.html").exists()
    assert render_network(G, tmp_path / "y.html", max_nodes=100, top=50).nodes == 50


@pytest.mark.parametrize("bad", [0, -3, True, 2.5])
def test_top_must_be_a_positive_whole_number(sample, tmp_path, bad):
    with pytest.raises(UsageError, match="--top"):
        render_network(sample, tmp_path / "x.html", top=bad)


def test_embed_without_images_writes_a_png_for_the_fallback(sample, tmp_path):
    r = render_network(sample, tmp_path / "v.html", embed=True)
    assert [p.name for p in r.images] == ["v.png"]
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert '<noscript><img class="rg-picture" src="v.png"' in page
    snippet = r.embed.read_text(encoding="utf-8")
    assert '<img src="v.png"' in snippet and "<table>" in snippet


def test_picture_is_referred_to_relative_to_the_page(sample, tmp_path):
    render_network(sample, tmp_path / "site" / "v.html",
                   images=[tmp_path / "img" / "v.svg", tmp_path / "img" / "v.png"])
    page = (tmp_path / "site" / "v.html").read_text(encoding="utf-8")
    assert 'src="../img/v.svg"' in page and str(tmp_path) not in page


def test_partner_views_place_parties_at_the_place_they_are_in(tmp_path):
    full = nx.MultiDiGraph()
    full.add_node("region:by:gomel", label="Region", name="Gomel Region", country="BY",
                  lat=52.4, lon=31.0)
    full.add_node("city:ru:bryansk", label="City", name="Bryansk", country="RU",
                  lat=53.25, lon=34.37)
    full.add_node("company:by:x", label="Company", name="Gomel Glass", country="BY")
    full.add_edge("company:by:x", "region:by:gomel", type="LOCATED_IN")
    full.add_edge("company:by:x", "city:ru:bryansk", type="SUPPLIES_TO", year=2020)
    full.add_edge("region:by:gomel", "city:ru:bryansk", type="TWINNED_WITH")
    out = tmp_path / "geo.html"
    render_partner_view(full, out, layout="geo")
    nodes = page_nodes(out)
    assert "Position: placed at Gomel Region" in nodes["company:by:x"]["t"]
    assert nodes["company:by:x"].get("ap") == 1
    gomel = nodes["region:by:gomel"]
    assert abs(nodes["company:by:x"]["x"] - gomel["x"]) < 12
    assert abs(nodes["company:by:x"]["y"] - gomel["y"]) < 12


def test_sample_page_carries_no_pyvis_template_and_little_css(tmp_path):
    out = tmp_path / "v.html"
    render_network(build_sample(), out)
    page = out.read_text(encoding="utf-8")
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert sum(map(len, styles)) < 12_000      # vis-network's 220 KB of icons are gone
    assert "data:image" not in page
