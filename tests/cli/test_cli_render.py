"""``relgraph render`` end to end, with a store that serves a small typed graph.

The store is replaced by a stub whose ``fetch()`` returns what ``Store.fetch()``
returns (a MultiDiGraph of parties, documents and sources), so the command, the
projection and the page are exercised without a Bolt server.
"""

import contextlib
import json

import networkx as nx
import pytest
from click.testing import CliRunner

import relgraph.cli.render as render_cmd
from relgraph.cli import RelgraphGroup


def full_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    parties = [
        ("region:by:gomel", "Region", "Gomel Region", "BY", 52.42, 31.0),
        ("region:ru:bryansk", "Region", "Bryansk Oblast", "RU", 53.25, 34.37),
        ("city:by:minsk", "City", "Minsk", "BY", 53.9, 27.56),
        ("city:cn:xian", "City", "Xi'an", "CN", 34.34, 108.94),
        ("company:by:mtz", "Company", "Minsk Tractor Works", "BY", None, None),
    ]
    for node, label, name, country, lat, lon in parties:
        attrs = {"label": label, "name": name, "country": country}
        if lat is not None:
            attrs.update(lat=lat, lon=lon)
        G.add_node(node, **attrs)
    G.add_node("source:mono", label="Source", title="A monograph",
               url="https://example.org/m")
    G.add_node("doc:roadmap", label="Document", title="Roadmap 2018-2020", kind="roadmap",
               date="2018-05-17", year=2018, status="signed", sources=["source:mono"])
    G.add_edge("region:by:gomel", "doc:roadmap", type="SIGNED_AGREEMENT", sources=["source:mono"])
    G.add_edge("region:ru:bryansk", "doc:roadmap", type="SIGNED_AGREEMENT")
    G.add_edge("city:by:minsk", "city:cn:xian", type="TWINNED_WITH", since="2014",
               sources=["source:mono"])
    G.add_edge("company:by:mtz", "region:ru:bryansk", type="SUPPLIES_TO", goods="tractors",
               date="2020", year=2020, sources=["source:mono"])
    return G


@pytest.fixture
def invoke(monkeypatch):
    class Store:
        def fetch(self, **_):
            return full_graph()

    @contextlib.contextmanager
    def fake_store(ctx=None, *, read_only=False):
        yield Store()

    monkeypatch.setattr(render_cmd, "store_from_context", fake_store)
    group = RelgraphGroup("relgraph")
    group.add_command(render_cmd.render)

    def run(*args):
        return CliRunner().invoke(group, ["render", *map(str, args)])
    return run


def test_render_writes_page_images_and_snippet(invoke, tmp_path):
    out = tmp_path / "p.html"
    res = invoke("-o", out, "--png", tmp_path / "p.png", "--svg", tmp_path / "p.svg",
                 "--embed", "--size-by", "betweenness", "--format", "json")
    assert res.exit_code == 0, res.output
    row = json.loads(res.output)["rows"][0]
    assert row["nodes"] == 5 and row["edges"] == 3 and row["sources"] == 1
    page = out.read_text(encoding="utf-8")
    assert "Roadmap 2018-2020" in page and "A monograph" in page
    assert (tmp_path / "p.png").exists() and (tmp_path / "p.svg").exists()
    assert (tmp_path / "p.embed.html").exists()


@pytest.mark.parametrize("args,nodes", [
    (["--rel", "TWINNED_WITH"], 2),
    (["--rel", "signed_agreement,supplies_to"], 3),
    (["--kind", "Region"], 2),
    (["--country", "BY", "--country", "CN"], 2),
    (["--as-of", "2015"], 2),
    (["--ego", "Bryansk Oblast"], 3),
    (["--ego", "region:by:gomel", "--depth", "2"], 3),
])
def test_filters_and_ego(invoke, tmp_path, args, nodes):
    res = invoke("-o", tmp_path / "p.html", "--format", "json", *args)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["rows"][0]["nodes"] == nodes


@pytest.mark.parametrize("layout", ["force", "geo", "circular"])
def test_layouts(invoke, tmp_path, layout):
    res = invoke("-o", tmp_path / "p.html", "--layout", layout, "--physics-max", "0",
                 "--format", "json")
    assert res.exit_code == 0, res.output
    row = json.loads(res.output)["rows"][0]
    assert row["layout"] == layout and row["physics"] is False


@pytest.mark.parametrize("args,message", [
    (["--ego", "Atlantis"], "no party named 'Atlantis'"),
    (["--rel", "FRIENDS_WITH"], "unknown relation type"),
    (["--country", "FR"], "unknown country 'FR'"),
    (["--as-of", "1990"], "nothing to draw"),
])
def test_bad_input_is_a_usage_error(invoke, tmp_path, args, message):
    res = invoke("-o", tmp_path / "p.html", *args)
    assert res.exit_code == 2, res.output
    assert message in res.output
    assert not (tmp_path / "p.html").exists()


def test_top_by_measure(invoke, tmp_path):
    res = invoke("-o", tmp_path / "p.html", "--top", "2", "--by", "degree", "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["rows"][0]["nodes"] == 2
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    # Bryansk (3 partners) and one of its partners with 1, tie broken by id.
    assert "Bryansk Oblast" in page and "The 2 parties of 5 with the highest" in page


def test_colour_by_community_reaches_page_and_image(invoke, tmp_path):
    res = invoke("-o", tmp_path / "p.html", "--colour-by", "community", "--png",
                 tmp_path / "p.png")
    assert res.exit_code == 0, res.output
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert '"colourBy":"community"' in page and '<option value="community" selected>' in page


def test_ego_sizes_say_they_come_from_the_whole_network(invoke, tmp_path):
    res = invoke("-o", tmp_path / "p.html", "--ego", "Bryansk Oblast", "--size-by",
                 "betweenness")
    assert res.exit_code == 0, res.output
    assert "in the whole network of 5 parties" in (tmp_path / "p.html").read_text("utf-8")


def test_too_large_a_view_is_refused_with_a_hint(invoke, tmp_path, monkeypatch):
    import relgraph.viz.render as render_module
    monkeypatch.setattr(render_module, "MAX_NODES", 3)
    monkeypatch.setattr(render_module.render_network, "__kwdefaults__",
                        {**render_module.render_network.__kwdefaults__, "max_nodes": 3})
    res = invoke("-o", tmp_path / "p.html")
    assert res.exit_code == 2, res.output
    assert "5 parties" in res.output and "--top" in res.output
    assert not (tmp_path / "p.html").exists()
    res = invoke("-o", tmp_path / "p.html", "--top", "3")
    assert res.exit_code == 0, res.output
