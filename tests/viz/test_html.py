import json
import re
from html.parser import HTMLParser

import pytest
from viz_samples import INJECTIONS, build_large

from relgraph.graph.errors import UsageError
from relgraph.viz import render_network
from relgraph.viz.assets import vis_assets
from relgraph.viz.html import embed_snippet, external_references, page_html, to_pyvis
from relgraph.viz.view import build_view


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of the JSON data element."""

    def __init__(self):
        super().__init__()
        self.tags, self.data, self._in_data = [], "", False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_data = tag == "script" and dict(attrs).get("id") == "rg-data"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data += data


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


def ours(page: str) -> str:
    """The page without vis-network's own code (which mentions things like
    "javascript:" in its polyfills)."""
    js, css = vis_assets()
    assert js in page and css in page
    return page.replace(js, "").replace(css, "")


@pytest.fixture
def hostile_page(hostile, sources):
    return page_html(build_view(hostile, sources=sources, label_top=50))


def test_page_is_self_contained(hostile_page):
    assert external_references(hostile_page) == []
    assert not re.search(r'(src|href)="https?://', hostile_page)
    tags = parse(hostile_page).tags
    assert not [a for t, a in tags if t in ("script", "img", "iframe") and "src" in a]
    assert not [a for t, a in tags if t == "link"]
    mine = ours(hostile_page).lower()
    assert "bootstrap" not in mine and "cdn" not in mine


def test_vis_network_is_inlined(hostile_page):
    assert "vis-network" in hostile_page and "new vis.Network(" in hostile_page
    assert len(hostile_page) > 500_000


def test_external_references_finds_what_it_should():
    assert external_references('<img src="https://x.org/a.png">')
    assert external_references("<script src='//cdn.example/x.js'></script>")
    assert external_references("<style>@import 'a.css'</style>")
    assert external_references('<div style="background:url(http://x/y)">')
    assert not external_references('<span data-url="https://x.org">https://x.org</span>')


def test_content_security_policy_forbids_every_fetch(hostile_page):
    meta = [a for t, a in parse(hostile_page).tags
            if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert meta and "default-src 'none'" in meta[0]["content"]
    assert "connect-src" not in meta[0]["content"]  # falls back to 'none'


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_never_appear_as_markup(hostile_page, name):
    raw = name.strip()
    assert raw not in hostile_page.replace("\u2028", " ").replace("\u2029", " ")
    # The only script elements are ours: data, vis-network, page script.
    scripts = [a for t, a in parse(hostile_page).tags if t == "script"]
    assert len(scripts) == 3
    assert not [t for t, a in parse(hostile_page).tags
                if t in ("img", "svg") and ("onerror" in a or "onload" in a)]


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_survive_as_data(hostile_page, name):
    data = json.loads(parse(hostile_page).data)
    labels = {n.get("label") for n in data["nodes"]}
    folded = " ".join(name.split())
    assert folded in labels
    assert any(folded in n["title"] for n in data["nodes"])
    assert any(folded in e["title"] for e in data["edges"])


def test_table_and_legend_carry_the_names_as_escaped_text(hostile_page):
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page
    assert "<th scope=\"row\">Gomel Region</th>" in hostile_page
    assert "Colour: country" in hostile_page and "Line: main kind of tie" in hostile_page
    assert "Node size" in hostile_page or "Size" in hostile_page


def test_unsafe_source_urls_are_dropped(hostile_page):
    mine = ours(hostile_page)
    assert "javascript:" not in mine
    assert "secret" not in hostile_page
    assert "file:" not in mine and "/home/" not in hostile_page


def test_data_carries_positions_and_physics_setting(sample):
    data = json.loads(parse(page_html(build_view(sample))).data)
    assert data["physics"] is True and data["options"]["physics"]["enabled"] is True
    assert all("x" in n and "y" in n for n in data["nodes"])
    big = json.loads(parse(page_html(build_view(sample, physics_max_nodes=3))).data)
    assert big["physics"] is False and big["options"]["physics"] == {"enabled": False}


def test_pyvis_network_holds_the_view(sample):
    net = to_pyvis(build_view(sample))
    assert len(net.nodes) == sample.number_of_nodes()
    assert len(net.edges) == sample.number_of_edges()


def test_render_network_writes_page_image_and_snippet(sample, sources, tmp_path):
    out = tmp_path / "site" / "partners.html"
    r = render_network(sample, out, sources=sources, size_by="betweenness",
                       images=[tmp_path / "partners.png"], embed=True)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert r.bytes == out.stat().st_size and r.nodes == 14 and r.edges == 12
    assert (tmp_path / "partners.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    snippet = r.embed.read_text(encoding="utf-8")
    assert 'src="partners.html"' in snippet and "relgraph:height" in snippet
    # The page names the same iframe id that the snippet listens for.
    frame_id = re.search(r'id="(relgraph-[0-9a-f]+)"', snippet).group(1)
    assert f'"embedId":"{frame_id}"' in out.read_text(encoding="utf-8")
    assert not list(out.parent.glob(".partners.html.*"))  # no temporary file left


def test_render_network_ego(sample, tmp_path):
    r = render_network(sample, tmp_path / "ego.html", ego="Bryansk Oblast", depth=1)
    assert r.nodes == 3
    assert "Partners of Bryansk Oblast" in (tmp_path / "ego.html").read_text(encoding="utf-8")


def test_render_network_refuses_an_empty_graph(tmp_path):
    import networkx as nx
    with pytest.raises(UsageError, match="nothing to draw"):
        render_network(nx.Graph(), tmp_path / "x.html")


def test_page_holds_no_local_paths(sample, tmp_path):
    out = tmp_path / "deep" / "dir" / "view.html"
    render_network(sample, out, embed=True)
    page = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in page and "deep/dir" not in page
    assert str(tmp_path) not in (out.parent / "view.embed.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("title", ['" onload="alert(1)', "</iframe><script>alert(1)</script>"])
def test_embed_snippet_escapes_title_and_src(title):
    s = embed_snippet('x" onload="alert(1).html', title=title)
    assert 'onload="alert' not in s and "</iframe><script>alert" not in s


def test_large_views_turn_physics_off_and_keep_the_file_compact():
    view = build_view(build_large(600))
    assert not view.physics
    page = page_html(view)
    data = json.loads(parse(page).data)
    assert data["options"]["edges"]["smooth"] is False
    assert len(page) < 700_000 + 1200 * len(view.nodes)
